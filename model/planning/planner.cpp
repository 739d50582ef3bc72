#include "model/planning/planner.h"

#include "model/store/findingsreader.h"
#include "model/store/tasksreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace uproot {

Planner::Planner(FindingsReader &findings, TasksReader &tasks, TaskTemplate taskTemplate)
    : m_findings(findings)
    , m_tasks(tasks)
    , m_template(std::move(taskTemplate))
{
}

QDate Planner::workingDayOnOrAfter(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

bool Planner::plan(Id directiveId, const PlanSettings &settings, PlanChanges *changes, QString *error)
{
    *changes = PlanChanges{};
    if (settings.systemsPerDay < 1 || !settings.removalStart.isValid()) {
        *error = QCoreApplication::translate("Planner", "the plan needs a removal start date and a capacity of at "
                                                        "least one system a day");
        return false;
    }
    QList<AffectedSystemRow> systems = m_findings.affectedSystems(directiveId);
    std::stable_sort(systems.begin(), systems.end(), [](const AffectedSystemRow &a, const AffectedSystemRow &b) {
        return std::tie(a.component, a.site, a.name) < std::tie(b.component, b.site, b.name);
    });
    QSet<Id> affected;
    for (const AffectedSystemRow &s : std::as_const(systems))
        affected.insert(s.systemId);
    QHash<Id, QList<TaskRecord>> existing;
    for (const TaskRecord &t : m_tasks.tasksOfDirective(directiveId)) {
        if (affected.contains(t.systemId))
            existing[t.systemId].append(t);
        else if (t.status == TaskStatus::ToDo)
            changes->removed.append(t); // the system was cleared before anyone started on it
    }
    PlanResult &result = changes->result;
    result.tasksRemoved = changes->removed.size();
    QDate day = workingDayOnOrAfter(settings.removalStart);
    int onThisDay = 0;
    for (const AffectedSystemRow &s : std::as_const(systems)) {
        if (onThisDay == settings.systemsPerDay) {
            day = workingDayOnOrAfter(day.addDays(1));
            onThisDay = 0;
        }
        ++onThisDay;
        const QList<TaskRecord> mine = existing.value(s.systemId);
        for (int step = 0; step < m_template.steps().size(); ++step) {
            const TaskTemplate::Step &st = m_template.steps()[step];
            const QDate due = st.planning && settings.planDue.isValid() ? settings.planDue : day;
            const auto found = std::find_if(mine.cbegin(), mine.cend(),
                                            [&](const TaskRecord &t) { return t.step == step + 1; });
            if (found != mine.cend()) {
                if (found->status == TaskStatus::ToDo && found->due != due)
                    changes->moved.append({found->id, found->due, due});
                continue;
            }
            TaskRecord t;
            t.systemId = s.systemId;
            t.directiveId = directiveId;
            t.step = step + 1;
            t.title = st.title;
            t.owner = s.owner;
            t.due = due;
            changes->added.append(t);
        }
        ++result.systems;
    }
    result.tasksAdded = changes->added.size();
    result.projectedFinish = systems.isEmpty() ? QDate() : day;
    return true;
}

} // namespace uproot
