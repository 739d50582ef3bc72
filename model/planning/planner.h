#pragma once

#include "model/planning/tasktemplate.h"
#include "model/store/storetypes.h"

#include <QDate>

namespace uproot {

class ProjectStore;

struct PlanSettings
{
    int systemsPerDay = 25; // team capacity: systems whose removal can be finished in one working day
    QDate removalStart;     // the first day of removal work (the directive's begin-removal date)
    QDate planDue;          // planning steps are due by then (the plan-of-action date)
};

struct PlanResult
{
    qint64 systems = 0;
    qint64 tasksAdded = 0;
    qint64 tasksRemoved = 0;
    QDate projectedFinish;
};

// Generates per-system tasks from a template for every system with an open finding, and places each system's
// removal on a working day (weekends skipped) in order of component, site and name, at the team's capacity.
// Refreshing keeps tasks already started and their statuses; tasks of systems no longer affected that were never
// started are removed.
class Planner final
{
public:
    Planner(ProjectStore &store, TaskTemplate taskTemplate);

    bool plan(Id directiveId, const PlanSettings &settings, PlanResult *result, QString *error);

    // The next working day on or after a date (Saturday and Sunday are not working days).
    static QDate workingDayOnOrAfter(QDate date);

private:
    ProjectStore &m_store;
    TaskTemplate m_template;
};

} // namespace uproot
