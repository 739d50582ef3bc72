#pragma once

#include "model/store/storetypes.h"
#include "model/store/taskgroupfilter.h"

#include <QHash>
#include <QList>

namespace uproot {

struct SystemProgress
{
    qint64 done = 0; // done or skipped
    qint64 total = 0;
    QDate due; // the latest due date of its tasks
};

// Evidence attached to a task, as listed (the file's content stays in the store).
// Per-system replacement tasks as read back. Commands write them through a UnitOfWork.
class TasksReader
{
public:
    enum Column { System, Component, Step, Title, Status, Owner, Due, ColumnCount };

    virtual ~TasksReader() = default;

    virtual TaskRecord task(Id id) = 0;
    virtual qint64 count(const PageQuery &query) = 0;
    virtual QList<TaskRecord> page(const PageQuery &query) = 0;
    virtual QList<TaskRecord> tasksOfSystem(Id systemId, Id directiveId) = 0;
    // Every task of one system, under any directive, in directive and step order.
    virtual QList<TaskRecord> allTasksOfSystem(Id systemId) = 0;
    // The evidence of every task of one system, oldest first.
    virtual QList<TaskEvidenceRecord> evidenceOfSystem(Id systemId) = 0;
    // Every task of a directive, in system and step order.
    virtual QList<TaskRecord> tasksOfDirective(Id directiveId) = 0;
    // The same tasks for the scheduler: in no particular order, without the system's name and component, and
    // `evidence` only telling whether there is any (1) or none (0). Re-scheduling 10,000 systems reads
    // 110,000 of them, and the sort and the joins were two thirds of its time.
    virtual QList<TaskRecord> tasksToSchedule(Id directiveId) { return tasksOfDirective(directiveId); }
    // A task's evidence in the order it was added, without the files' bytes.
    virtual QList<TaskEvidenceRecord> evidenceOfTask(Id taskId) = 0;
    // One evidence item with its bytes (for saving a copy, or putting it back on undo); id 0 when there is
    // none.
    virtual TaskEvidenceRecord evidenceItem(Id evidenceId) = 0;

    virtual qint64 countByStatus(TaskStatus status) = 0;
    virtual qint64 total() = 0;
    virtual QHash<Id, SystemProgress> progressBySystem(Id directiveId) = 0;

    // The tasks grouped by system, systems by name: how many systems have a task the filter lets through, a
    // page of them with their progress, one of them, and the tasks it lists (by directive and step).
    virtual qint64 countTaskGroups(const TaskGroupFilter &filter) = 0;
    virtual QList<TaskGroupRecord> taskGroups(const TaskGroupFilter &filter, qint64 offset, int limit) = 0;
    virtual TaskGroupRecord taskGroup(Id systemId, const TaskGroupFilter &filter) = 0;
    virtual QList<TaskRecord> groupTasks(Id systemId, const TaskGroupFilter &filter) = 0;
    // The teams and components of systems that have tasks, for the filters' choices.
    virtual QStringList taskTeams() = 0;
    virtual QStringList taskComponents() = 0;
};

} // namespace uproot
