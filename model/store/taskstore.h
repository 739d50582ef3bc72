#pragma once

#include "model/store/statement.h"
#include "model/store/storetypes.h"

#include <QHash>

namespace uproot {

class Database;

struct SystemProgress
{
    qint64 done = 0; // done or skipped
    qint64 total = 0;
    QDate due;       // the latest due date of its tasks
};

// Per-system replacement tasks generated from a template.
class TaskStore final
{
public:
    explicit TaskStore(Database &db);

    // Inserts the task unless the system already has that step for that directive; returns true when inserted.
    bool addTask(const TaskRecord &task);
    bool setDue(Id id, const QDate &due);
    bool setStatus(Id id, TaskStatus status);
    TaskRecord task(Id id);
    // Tasks not yet done whose system no longer has an open finding; returns how many were removed.
    qint64 removeTasksOfClearedSystems(Id directiveId);

    enum Column { System, Component, Step, Title, Status, Owner, Due, ColumnCount };
    qint64 count(const PageQuery &query);
    QList<TaskRecord> page(const PageQuery &query);
    QList<TaskRecord> tasksOfSystem(Id systemId, Id directiveId);

    qint64 countByStatus(TaskStatus status);
    qint64 total();
    QHash<Id, SystemProgress> progressBySystem(Id directiveId);

private:
    Database &m_db;
    Statement m_add;
};

} // namespace uproot
