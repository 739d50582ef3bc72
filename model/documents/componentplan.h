#pragma once

#include <QDate>
#include <QString>

namespace uproot {

// One component (sub-agency) in a plan of action: its endpoints (element f), the mission function of its
// affected systems (g) and its planned removal window (i).
struct ComponentPlan
{
    QString component;
    qint64 endpoints = 0;
    QString missionFunction; // empty: "Not recorded"
    QDate plannedStart;      // invalid: not scheduled
    QDate plannedFinish;
};

} // namespace uproot
