#pragma once

#include <QMarginsF>
#include <QPageLayout>

namespace uproot {

// Paper and margins of a document. US agencies print on Letter, so that is the default; A4 for everyone else.
struct PageSetup
{
    enum class Paper { Letter, A4 };

    Paper paper = Paper::Letter;
    QMarginsF marginsPt{54, 54, 54, 54}; // three quarters of an inch all round, in points

    QPageLayout pageLayout() const;
};

} // namespace uproot
