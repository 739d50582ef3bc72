#pragma once

#include "model/itemmodels/pagecache.h"
#include "model/itemmodels/pagedtablemodel.h"
#include "model/store/tasksreader.h"

namespace uproot {

// Per-system replacement tasks. The Status column is editable; an edit is announced (statusEdited) for the
// project to make it a command, so the model itself never writes.
class TasksModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksModel)
public:
    enum Column { System, Component, Step, Title, Status, Owner, Due, ColumnCount };

    explicit TasksModel(QObject *parent = nullptr);

    // The rows come from the reader and follow the project's changes; null detaches.
    void setSource(TasksReader *reader, ProjectChanges *changes);
    // Whether the Status column can be edited (not in a read-only project).
    void setEditable(bool editable) { m_editable = editable; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Id taskAt(const QModelIndex &index) const;

signals:
    // A person chose a status in the table; whoever owns the project turns it into a command.
    void statusEdited(uproot::Id taskId, uproot::TaskStatus status);

protected:
    qint64 countRows(const PageQuery &query) override;
    void clearCache() override { m_cache.clear(); }
    int loadFirstPage() override;
    void refreshRows(const QList<Id> &ids) override;

private:
    const TaskRecord *rowAt(int row) const;
    // The status with its reason, the notes and how much evidence the task holds.
    static QString toolTip(const TaskRecord &task);
    TasksReader *m_reader = nullptr;
    bool m_editable = false;
    mutable PageCache<TaskRecord> m_cache;
};

} // namespace uproot
