#pragma once

#include "model/store/dashboardreader.h"

#include <QDate>
#include <QList>
#include <QString>

namespace uproot {

// What the dashboard shows at the top, for the project's primary directive as of its status date: the counts
// (DashboardReader) and the plan's finish against the target in working days, computed the way `uproot plan`
// gives it (Planner: weekends and federal holidays are not working days).
struct DashboardFigures
{
    Id directiveId = 0; // 0: the project follows no directive
    QString directiveCode;
    QDate asOf;
    DashboardCounts counts;
    QDate target;          // the target the plan keeps, else the directive's removal deadline; may be invalid
    QDate projectedFinish; // the latest due date of the plan's tasks; invalid without a plan
    // After the target: how many working days late; before it: minus the working days to spare.
    int workingDaysLate = 0;
    QList<MilestoneRecord> milestones; // the directive's, without the recurring status reports

    bool hasFindings() const { return counts.affected > 0; }
    bool hasPlan() const { return counts.tasks > 0; }
    bool hasProjection() const { return target.isValid() && projectedFinish.isValid(); }
};

} // namespace uproot
