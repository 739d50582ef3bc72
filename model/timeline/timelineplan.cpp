#include "model/timeline/timelineplan.h"

#include "model/project/project.h"

#include <algorithm>
#include <tuple>

namespace uproot {

TaskStatus TimelinePlan::combinedState(int blocked, int begun, int done, int total)
{
    if (blocked > 0)
        return TaskStatus::Blocked;
    if (total > 0 && done == total)
        return TaskStatus::Done;
    if (begun > 0)
        return TaskStatus::InProgress;
    return TaskStatus::ToDo;
}

bool TimelinePlan::isLate(const TaskRecord &task) const
{
    return task.status != TaskStatus::Done && task.status != TaskStatus::Skipped && task.due.isValid() &&
           statusDate.isValid() && task.due < statusDate;
}

void TimelinePlan::summarize(TimelineSystem &system) const
{
    system.start = {};
    system.finish = {};
    system.done = 0;
    system.total = int(system.tasks.size());
    system.late = false;
    int blocked = 0;
    int begun = 0;
    for (int i : std::as_const(system.tasks)) {
        const TaskRecord &t = tasks.at(i);
        const QDate start = t.start.isValid() ? t.start : t.due;
        if (start.isValid() && (!system.start.isValid() || start < system.start))
            system.start = start;
        if (t.due.isValid() && (!system.finish.isValid() || t.due > system.finish))
            system.finish = t.due;
        if (t.status == TaskStatus::Done || t.status == TaskStatus::Skipped)
            ++system.done;
        if (t.status == TaskStatus::Blocked)
            ++blocked;
        if (t.status != TaskStatus::ToDo)
            ++begun;
        system.late = system.late || isLate(t);
    }
    system.state = combinedState(blocked, begun, system.done, system.total);
}

TimelinePlan TimelinePlan::load(Project &project)
{
    TimelinePlan plan;
    plan.statusDate = project.asOf();
    QHash<Id, int> systemIndex;
    for (const DirectiveRecord &d : project.directives()) {
        plan.directiveCodes.insert(d.id, d.code);
        // The effective team of each affected system (its own, else its component's or site's rule).
        QHash<Id, QString> teamOf;
        for (const AffectedSystemRow &s : project.findings().affectedSystems(d.id))
            teamOf.insert(s.systemId, s.team);
        for (TaskRecord &t : project.tasks().tasksOfDirective(d.id)) {
            auto it = systemIndex.find(t.systemId);
            if (it == systemIndex.end()) {
                it = systemIndex.insert(t.systemId, int(plan.systems.size()));
                TimelineSystem &s = plan.systems.emplaceBack();
                s.systemId = t.systemId;
                s.name = t.system;
                s.component = t.component;
                s.team = teamOf.value(t.systemId);
            }
            plan.systems[*it].tasks.append(int(plan.tasks.size()));
            plan.tasks.append(std::move(t));
        }
    }
    std::sort(plan.systems.begin(), plan.systems.end(), [](const TimelineSystem &a, const TimelineSystem &b) {
        return std::tie(a.component, a.name, a.systemId) < std::tie(b.component, b.name, b.systemId);
    });
    plan.m_taskIndex.reserve(plan.tasks.size());
    for (int i = 0; i < plan.tasks.size(); ++i)
        plan.m_taskIndex.insert(plan.tasks.at(i).id, i);
    for (int s = 0; s < plan.systems.size(); ++s) {
        TimelineSystem &system = plan.systems[s];
        for (int t : std::as_const(system.tasks))
            plan.m_systemOfTask.insert(t, s);
        plan.summarize(system);
        if (system.start.isValid() && (!plan.first.isValid() || system.start < plan.first))
            plan.first = system.start;
        if (system.finish.isValid() && (!plan.last.isValid() || system.finish > plan.last))
            plan.last = system.finish;
    }
    plan.milestones = project.directiveRecords().milestones(0);
    for (const MilestoneRecord &m : std::as_const(plan.milestones)) {
        if (!m.due.isValid())
            continue;
        if (!plan.first.isValid() || m.due < plan.first)
            plan.first = m.due;
        if (!plan.last.isValid() || m.due > plan.last)
            plan.last = m.due;
    }
    return plan;
}

} // namespace uproot
