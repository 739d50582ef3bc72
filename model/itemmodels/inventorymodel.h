#pragma once

#include "model/itemmodels/pagecache.h"
#include "model/itemmodels/pagedtablemodel.h"
#include "model/store/inventoryreader.h"

namespace uproot {

// Every installation of every system, one row each.
class InventoryModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)
public:
    enum Column { System, Component, Site, Product, Publisher, Version, Source, ColumnCount };

    explicit InventoryModel(QObject *parent = nullptr);

    // The rows come from the reader and follow the project's changes; null detaches.
    void setSource(InventoryReader *reader, ProjectChanges *changes);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Id installationAt(const QModelIndex &index) const;

protected:
    qint64 countRows(const PageQuery &query) override;
    void clearCache() override { m_cache.clear(); }
    int loadFirstPage() override;

private:
    const InventoryRow *rowAt(int row) const;
    InventoryReader *m_reader = nullptr;
    mutable PageCache<InventoryRow> m_cache;
};

} // namespace uproot
