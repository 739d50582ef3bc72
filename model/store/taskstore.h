#pragma once

#include "model/store/statement.h"
#include "model/store/tasksreader.h"

namespace uproot {

class Database;

// Per-system replacement tasks generated from a template.
class TaskStore final : public TasksReader
{
public:
    explicit TaskStore(Database &db);

    // Inserts the task unless the system already has that step for that directive; returns its id, or 0 when
    // it was not inserted. A record with an id keeps that id.
    Id addTask(const TaskRecord &task);
    bool removeTask(Id id);
    // A task's first working day (invalid: the due day) and its due date.
    bool setDates(Id id, const QDate &start, const QDate &due);
    // The day a task moved by hand holds (invalid: none, the planner places it freely).
    bool setNotBefore(Id id, const QDate &day);
    bool setStatus(Id id, TaskStatus status, const QString &reason);
    bool setNotes(Id id, const QString &notes);
    // Adds the evidence (a record with an id keeps it); returns its id, 0 on failure.
    Id addEvidence(const TaskEvidenceRecord &evidence);
    bool removeEvidence(Id evidenceId);
    TaskRecord task(Id id) override;

    qint64 count(const PageQuery &query) override;
    QList<TaskRecord> page(const PageQuery &query) override;
    QList<TaskRecord> tasksOfSystem(Id systemId, Id directiveId) override;
    QList<TaskRecord> tasksOfDirective(Id directiveId) override;
    QList<TaskRecord> tasksToSchedule(Id directiveId) override;
    QList<TaskEvidenceRecord> evidenceOfTask(Id taskId) override;
    TaskEvidenceRecord evidenceItem(Id evidenceId) override;
    QList<TaskRecord> allTasksOfSystem(Id systemId) override;
    QList<TaskEvidenceRecord> evidenceOfSystem(Id systemId) override;

    qint64 countByStatus(TaskStatus status) override;
    qint64 total() override;
    QHash<Id, SystemProgress> progressBySystem(Id directiveId) override;

    qint64 countTaskGroups(const TaskGroupFilter &filter) override;
    QList<TaskGroupRecord> taskGroups(const TaskGroupFilter &filter, qint64 offset, int limit) override;
    TaskGroupRecord taskGroup(Id systemId, const TaskGroupFilter &filter) override;
    QList<TaskRecord> groupTasks(Id systemId, const TaskGroupFilter &filter) override;
    QStringList taskTeams() override;
    QStringList taskComponents() override;

private:
    // The columns a TaskRecord is read from, and reading one (shared with taskstoregroups.cpp).
    static const char *selectSql();
    static TaskRecord recordFrom(const Statement &st);

    Database &m_db;
    Statement m_add;
    Statement m_setDates; // prepared once: a re-schedule moves tens of thousands of tasks
    Statement m_setNotBefore;
};

} // namespace uproot
