#pragma once

#include "model/store/storetypes.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace uproot {

class Project;

// What a bar on the timeline spans and how far its work is: a task's, a system's or a group's.
struct TimelineSpan
{
    QDate start;  // the earliest start (or due, for a step with no start) of its tasks
    QDate finish; // the latest due date of its tasks
    int done = 0; // done or skipped
    int total = 0;
    TaskStatus state = TaskStatus::ToDo;
    bool late = false; // a task not done or skipped is due before the status date
};

// One system's work on the timeline: its tasks under every directive it is affected by, and what they come
// to.
struct TimelineSystem : TimelineSpan
{
    Id systemId = 0;
    QString name;
    QString component;
    QString team;     // the effective team ("" for the systems no defined team takes)
    QList<int> tasks; // indices into TimelinePlan::tasks, in directive and step order
};

// What the timeline shows of a project, read once through the project's readers: every task with its dates,
// grouped by system, the directives' dated milestones and the status date. Rows, spans and states are worked
// out here so that the model, the painter and a printed timeline agree.
struct TimelinePlan
{
    QList<TaskRecord> tasks;
    QList<TimelineSystem> systems; // by component, then name
    QList<MilestoneRecord> milestones;
    QHash<Id, QString> directiveCodes;
    QDate statusDate;
    QDate first; // the earliest date any task or milestone has (invalid: nothing dated)
    QDate last;

    static TimelinePlan load(Project &project);
    // The state a set of tasks shows as one bar: blocked if any is, done if all are done or skipped, in
    // progress once any has begun, else to do.
    static TaskStatus combinedState(int blocked, int begun, int done, int total);
    // Recomputes one system's span, progress and state from its tasks (after a task changed).
    void summarize(TimelineSystem &system) const;
    bool isLate(const TaskRecord &task) const;
    // The index of a task by id (-1: not on the timeline).
    int taskIndex(Id taskId) const { return m_taskIndex.value(taskId, -1); }
    int systemOfTask(int taskIndex) const { return m_systemOfTask.value(taskIndex, -1); }

private:
    QHash<Id, int> m_taskIndex;
    QHash<int, int> m_systemOfTask;
};

} // namespace uproot
