#include "model/itemmodels/findinggroupsmodel.h"

#include "model/itemmodels/pagedtablemodel.h"


#include <QLocale>
#include <algorithm>

namespace uproot {

static_assert(int(FindingGroupsModel::SystemIdRole) == int(PagedTableModel::SystemIdRole),
              "a row's system is read with one role in every table");

FindingGroupsModel::FindingGroupsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingGroupsModel::setSource(FindingsReader *reader, ProjectChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_reader = reader;
    m_changes = reader ? changes : nullptr;
    if (m_changes)
        connect(m_changes, &ProjectChanges::changed, this, &FindingGroupsModel::projectChanged);
    reload();
}

void FindingGroupsModel::setGroupBy(int column)
{
    const int by = FindingsReader::canGroupBy(column) ? column : -1;
    if (by == m_groupBy)
        return;
    m_groupBy = by;
    reload();
}

void FindingGroupsModel::setFilters(const PageQuery &filters)
{
    if (filters.search == m_filters.search && filters.stateFilter == m_filters.stateFilter &&
        filters.confidenceFilter == m_filters.confidenceFilter &&
        filters.directiveFilter == m_filters.directiveFilter)
        return;
    m_filters = PageQuery{};
    m_filters.search = filters.search;
    m_filters.stateFilter = filters.stateFilter;
    m_filters.confidenceFilter = filters.confidenceFilter;
    m_filters.directiveFilter = filters.directiveFilter;
    reload();
}

void FindingGroupsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_reader && m_groupBy >= 0)
        m_rows = m_reader->groups(FindingsReader::Column(m_groupBy), m_filters);
    sortRows();
    endResetModel();
}

void FindingGroupsModel::projectChanged(const ProjectChange &change)
{
    // A finding's state changes no count unless the groups are filtered by state.
    if (change.resets(ProjectChange::Findings)
        || (change.edits(ProjectChange::Findings) && !m_filters.stateFilter.isEmpty()))
        reload();
}

int FindingGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static qint64 countOf(const FindingGroup &g, int column)
{
    switch (column) {
    case FindingGroupsModel::Findings:
        return g.findings;
    case FindingGroupsModel::Systems:
        return g.systems;
    case FindingGroupsModel::Confirmed:
        return g.confirmed;
    case FindingGroupsModel::NeedsReview:
        return g.needsReview;
    }
    return 0;
}

QVariant FindingGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FindingGroup &g = m_rows.at(index.row());
    if (role == SystemIdRole)
        return m_groupBy == FindingsReader::System ? g.systemId : Id(0);
    if (index.column() == Group) {
        if (role == RawValueRole)
            return g.value;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return g.value.isEmpty() ? tr("(none recorded)") : g.value;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawValueRole)
        return countOf(g, index.column());
    if (role == Qt::DisplayRole)
        return QLocale().toString(countOf(g, index.column()));
    return {};
}

QVariant FindingGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        switch (m_groupBy) {
        case FindingsReader::Product:
            return tr("Product");
        case FindingsReader::System:
            return tr("System");
        case FindingsReader::Component:
            return tr("Component");
        case FindingsReader::Site:
            return tr("Site");
        }
        return tr("Group");
    case Findings:
        return tr("Findings");
    case Systems:
        return tr("Systems");
    case Confirmed:
        return tr("Confirmed");
    case NeedsReview:
        return tr("Needs review");
    }
    return {};
}

void FindingGroupsModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0) {
        reload(); // back to the store's order, largest group first
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> values;
    for (const QModelIndex &index : before)
        values.append(m_rows.value(index.row()).value);
    sortRows();
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(values.at(i));
        changePersistentIndex(before.at(i), row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void FindingGroupsModel::sortRows()
{
    // The store gives the largest group first; a header click orders by one column, ties by value.
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [column, descending](const FindingGroup &a, const FindingGroup &b) {
                         if (column == Group) {
                             const int c = a.value.localeAwareCompare(b.value);
                             return descending ? c > 0 : c < 0;
                         }
                         const qint64 x = countOf(a, column);
                         const qint64 y = countOf(b, column);
                         if (x != y)
                             return descending ? x > y : x < y;
                         return a.value.localeAwareCompare(b.value) < 0;
                     });
}

QString FindingGroupsModel::valueAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()).value : QString();
}

int FindingGroupsModel::rowOf(const QString &value) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value == value)
            return int(i);
    }
    return -1;
}

} // namespace uproot
