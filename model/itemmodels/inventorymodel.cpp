#include "model/itemmodels/inventorymodel.h"


namespace uproot {

static_assert(int(InventoryModel::ColumnCount) == int(InventoryReader::ColumnCount),
              "the model's columns are the store's sort columns");

InventoryModel::InventoryModel(QObject *parent)
    : PagedTableModel(ProjectChange::Inventory, parent)
{
}

void InventoryModel::setSource(InventoryReader *reader, ProjectChanges *changes)
{
    m_reader = reader;
    attach(reader != nullptr, changes);
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 InventoryModel::countRows(const PageQuery &q)
{
    return m_reader->countInventory(q);
}

int InventoryModel::loadFirstPage()
{
    if (!m_reader)
        return -1;
    return firstPage(m_cache, [this](const PageQuery &q) { return m_reader->inventoryPage(q); });
}

const InventoryRow *InventoryModel::rowAt(int row) const
{
    if (!m_reader)
        return nullptr;
    return cachedRow(m_cache, row, [this](const PageQuery &q) { return m_reader->inventoryPage(q); });
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const InventoryRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->installationId;
    if (role == SystemIdRole)
        return r->systemId;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case System:
        return r->system;
    case Component:
        return r->component;
    case Site:
        return r->site;
    case Product:
        return r->product;
    case Publisher:
        return r->publisher;
    case Version:
        return r->version;
    case Source:
        if (role == RawValueRole)
            return r->sourceLine;
        return r->sourcePath.isEmpty() ? QString()
                                       : QString(r->sourcePath.section(u'/', -1) + u':' + QString::number(r->sourceLine));
    }
    return {};
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case System:
        return tr("System");
    case Component:
        return tr("Component");
    case Site:
        return tr("Site");
    case Product:
        return tr("Software");
    case Publisher:
        return tr("Publisher");
    case Version:
        return tr("Version");
    case Source:
        return tr("Source row");
    }
    return {};
}

Id InventoryModel::installationAt(const QModelIndex &index) const
{
    return data(index, IdRole).toLongLong();
}

} // namespace uproot
