#pragma once

#include "model/itemmodels/pagecache.h"
#include "model/itemmodels/pagedtablemodel.h"

namespace uproot {

// Per-system replacement tasks. The Status column is editable; an edit becomes an undo command.
class TasksModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksModel)
public:
    enum Column { System, Component, Step, Title, Status, Owner, Due, ColumnCount };

    explicit TasksModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Id taskAt(const QModelIndex &index) const;

protected:
    qint64 countRows(const PageQuery &query) override;
    void clearCache() override { m_cache.clear(); }
    void projectChanged(const ProjectChange &change) override;

private:
    const TaskRecord *rowAt(int row) const;
    mutable PageCache<TaskRecord> m_cache;
};

} // namespace uproot
