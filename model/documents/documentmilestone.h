#pragma once

#include <QDate>
#include <QString>

namespace uproot {

// A dated milestone of a directive as a document shows it.
struct DocumentMilestone
{
    QString title; // e.g. "Plan of action due to DHS"
    QDate date;
    QString warning; // e.g. "Falls on a Sunday; the directive counts calendar days"; empty when none
};

} // namespace uproot
