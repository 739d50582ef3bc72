#pragma once

#include "model/itemmodels/pagecache.h"
#include "model/project/projectchange.h"
#include "model/store/tasksreader.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace uproot {

class ProjectChanges;

// The tasks grouped under their system: a system row with its progress ("7 of 11"), state and span, and under
// it the tasks the filter lets through. Systems load in pages from SQL (never the whole list); a system's
// tasks load when its rows are first read. The Status of a task row is editable: the choice is announced
// (statusEdited) for the project to make it a command, so the model itself never writes. A task edit
// refreshes its system's rows only; rows that come or go reload the model.
class TaskGroupsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskGroupsModel)
public:
    // Name: the system, or the task's step and title. Owner: the system's team, or the task's owner.
    enum Column { Name, Component, Progress, Status, Owner, Start, Due, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, IdRole, SystemIdRole, IsSystemRole };

    explicit TaskGroupsModel(QObject *parent = nullptr);

    // The rows come from the reader and follow the project's changes; null detaches.
    void setSource(TasksReader *reader, ProjectChanges *changes);
    void setEditable(bool editable) { m_editable = editable; }
    void setFilter(const TaskGroupFilter &filter);
    TaskGroupFilter filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The task of a task row (0 on a system row) and the system of either.
    Id taskAt(const QModelIndex &index) const;
    Id systemAt(const QModelIndex &index) const;
    // The system's state as a person reads it: done, blocked, overdue, in progress or to do.
    static QString stateText(const TaskGroupRecord &group);
    // "7 of 11": tasks done or skipped of all the system's tasks.
    static QString progressText(const TaskGroupRecord &group);

    void reload();

signals:
    void statusEdited(uproot::Id taskId, uproot::TaskStatus status);

private:
    void projectChanged(const ProjectChange &change);
    void refreshTasks(const QList<Id> &taskIds);
    const TaskGroupRecord *groupAt(int row) const;
    const QList<TaskRecord> &tasksOf(const TaskGroupRecord &group) const;
    QVariant groupData(const TaskGroupRecord &group, int column, int role) const;
    QVariant taskData(const TaskRecord &task, int column, int role) const;

    TasksReader *m_reader = nullptr;
    QPointer<ProjectChanges> m_changes;
    TaskGroupFilter m_filter;
    bool m_editable = false;
    qint64 m_groupCount = 0;
    mutable PageCache<TaskGroupRecord> m_groups;
    // The tasks of systems whose rows were read, by system.
    mutable QHash<Id, QList<TaskRecord>> m_tasks;
};

} // namespace uproot
