#include "model/documents/pagesetup.h"

#include <QPageSize>

namespace uproot {

QPageLayout PageSetup::pageLayout() const
{
    const QPageSize size(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter);
    return QPageLayout(size, QPageLayout::Portrait, marginsPt, QPageLayout::Point);
}

} // namespace uproot
