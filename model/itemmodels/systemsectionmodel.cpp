#include "model/itemmodels/systemsectionmodel.h"

#include "model/itemmodels/pagedtablemodel.h"

namespace uproot {

static_assert(int(SystemSectionModel::SystemIdRole) == int(PagedTableModel::SystemIdRole),
              "a row's system is read with one role in every table");

SystemSectionModel::SystemSectionModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(headers)
{
}

void SystemSectionModel::setRows(QList<Row> rows)
{
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).id == m_rows.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

int SystemSectionModel::rowOf(Id id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int SystemSectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SystemSectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant SystemSectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return r.display.value(index.column());
    case RawValueRole:
        return r.raw.isEmpty() ? r.display.value(index.column()) : r.raw.value(index.column());
    case IdRole:
        return r.id;
    case SystemIdRole:
        return m_systemId;
    case Qt::ToolTipRole:
        return r.toolTip.isEmpty() ? QVariant() : QVariant(r.toolTip);
    default:
        return {};
    }
}

QVariant SystemSectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags SystemSectionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() == m_editableColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SystemSectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_editable ||
        index.column() != m_editableColumn)
        return false;
    // The project's command writes the store; its change then refreshes this row.
    emit edited(m_rows.at(index.row()).id, index.column(), value);
    return true;
}

} // namespace uproot
