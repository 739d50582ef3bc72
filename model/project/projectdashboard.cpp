// The dashboard's part of Project: its figures gathered from the dashboard reader, the directive and the
// plan's target.
#include "model/planning/workingcalendar.h"
#include "model/project/project.h"
#include "model/project/projectsettings.h"

namespace uproot {

DashboardFigures Project::dashboardFigures()
{
    DashboardFigures f;
    f.asOf = asOf();
    const DirectiveRecord directive = primaryDirective();
    f.directiveId = directive.id;
    f.directiveCode = directive.code;
    if (!directive.id)
        return f;
    f.counts = dashboard().counts(directive.id, f.asOf);
    // The target as the planner takes it (buildPlan): the one kept with the plan, else the removal deadline.
    f.target = QDate::fromString(settings().value(QString::fromLatin1(settingkeys::planTarget)), Qt::ISODate);
    for (const MilestoneRecord &m : directiveRecords().milestones(directive.id)) {
        if (m.kind == QLatin1String("removal-deadline") && !f.target.isValid())
            f.target = m.due;
        if (m.kind != QLatin1String("status-report"))
            f.milestones.append(m);
    }
    f.projectedFinish = f.counts.lastDue;
    if (f.hasProjection()) {
        // The planner's calendar for lateness: weekends and federal holidays, no team's days off.
        f.workingDaysLate = WorkingCalendar({}, true).daysLate(f.projectedFinish, f.target);
    }
    return f;
}

} // namespace uproot
