#pragma once

#include "model/itemmodels/pagecache.h"
#include "model/itemmodels/pagedtablemodel.h"
#include "model/store/findingsreader.h"

namespace uproot {

// One row per (installation, directive) detection, with why it was flagged.
class FindingsModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)
public:
    enum Column { System, Component, Site, Product, Version, Publisher, Directive, Confidence, State, Rule, Source,
                  ColumnCount };
    enum Role { ExplanationRole = SystemIdRole + 1 };

    explicit FindingsModel(QObject *parent = nullptr);

    // The rows come from the reader and follow the project's changes; null detaches.
    void setSource(FindingsReader *reader, ProjectChanges *changes);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Id findingAt(const QModelIndex &index) const;
    FindingRow rowData(const QModelIndex &index) const;

protected:
    qint64 countRows(const PageQuery &query) override;
    void clearCache() override { m_cache.clear(); }
    int loadFirstPage() override;
    void refreshRows(const QList<Id> &ids) override;

private:
    const FindingRow *rowAt(int row) const;
    FindingsReader *m_reader = nullptr;
    mutable PageCache<FindingRow> m_cache;
};

} // namespace uproot
