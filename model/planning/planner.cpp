#include "model/planning/planner.h"

#include "model/store/findingstore.h"
#include "model/store/projectstore.h"
#include "model/store/taskstore.h"
#include "model/store/transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace uproot {

Planner::Planner(ProjectStore &store, TaskTemplate taskTemplate)
    : m_store(store)
    , m_template(std::move(taskTemplate))
{
}

QDate Planner::workingDayOnOrAfter(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

bool Planner::plan(Id directiveId, const PlanSettings &settings, PlanResult *result, QString *error)
{
    *result = PlanResult{};
    if (settings.systemsPerDay < 1 || !settings.removalStart.isValid()) {
        *error = QCoreApplication::translate("Planner", "the plan needs a removal start date and a capacity of at "
                                                        "least one system a day");
        return false;
    }
    Transaction tx(m_store.database());
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QList<AffectedSystemRow> systems = m_store.findings().affectedSystems(directiveId);
    std::stable_sort(systems.begin(), systems.end(), [](const AffectedSystemRow &a, const AffectedSystemRow &b) {
        return std::tie(a.component, a.site, a.name) < std::tie(b.component, b.site, b.name);
    });
    TaskStore &tasks = m_store.tasks();
    result->tasksRemoved = tasks.removeTasksOfClearedSystems(directiveId);
    QDate day = workingDayOnOrAfter(settings.removalStart);
    int onThisDay = 0;
    for (const AffectedSystemRow &s : systems) {
        if (onThisDay == settings.systemsPerDay) {
            day = workingDayOnOrAfter(day.addDays(1));
            onThisDay = 0;
        }
        ++onThisDay;
        const QList<TaskRecord> existing = tasks.tasksOfSystem(s.systemId, directiveId);
        for (int step = 0; step < m_template.steps().size(); ++step) {
            const TaskTemplate::Step &st = m_template.steps()[step];
            const QDate due = st.planning && settings.planDue.isValid() ? settings.planDue : day;
            const auto found = std::find_if(existing.cbegin(), existing.cend(),
                                            [&](const TaskRecord &t) { return t.step == step + 1; });
            if (found != existing.cend()) {
                if (found->status == TaskStatus::ToDo && found->due != due && !tasks.setDue(found->id, due)) {
                    *error = m_store.lastError();
                    return false;
                }
                continue;
            }
            TaskRecord t;
            t.systemId = s.systemId;
            t.directiveId = directiveId;
            t.step = step + 1;
            t.title = st.title;
            t.owner = s.owner;
            t.due = due;
            if (tasks.addTask(t))
                ++result->tasksAdded;
        }
        ++result->systems;
    }
    result->projectedFinish = systems.isEmpty() ? QDate() : day;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace uproot
