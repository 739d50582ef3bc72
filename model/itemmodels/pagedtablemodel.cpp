#include "model/itemmodels/pagedtablemodel.h"

#include <QTimer>

#include <limits>

namespace uproot {

PagedTableModel::PagedTableModel(ProjectChange::Area area, QObject *parent)
    : QAbstractTableModel(parent)
    , m_area(area)
{
}

void PagedTableModel::attach(bool hasSource, ProjectChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_hasSource = hasSource;
    m_changes = hasSource ? changes : nullptr;
    if (m_changes)
        connect(m_changes, &ProjectChanges::changed, this, &PagedTableModel::projectChanged);
    reload();
}

void PagedTableModel::setSearch(const QString &term)
{
    if (term == m_query.search)
        return;
    m_query.search = term;
    reload();
}

void PagedTableModel::setStateFilter(const QString &state)
{
    if (state == m_query.stateFilter)
        return;
    m_query.stateFilter = state;
    reload();
}

void PagedTableModel::setAsOf(const QDate &date)
{
    if (date == m_query.asOf)
        return;
    m_query.asOf = date;
    reload();
}

void PagedTableModel::setConfidenceFilter(const QString &confidence)
{
    if (confidence == m_query.confidenceFilter)
        return;
    m_query.confidenceFilter = confidence;
    reload();
}

void PagedTableModel::setDirectiveFilter(const QString &directiveCode)
{
    if (directiveCode == m_query.directiveFilter)
        return;
    m_query.directiveFilter = directiveCode;
    reload();
}

void PagedTableModel::setGroupFilter(int column, const QString &value)
{
    const int groupColumn = column < 0 ? -1 : column;
    // "" is a group of its own (systems with no component recorded); only the column says "no filter".
    const QString groupValue = groupColumn < 0 ? QString() : (value.isNull() ? QStringLiteral("") : value);
    if (groupColumn == m_query.groupColumn && groupValue == m_query.groupValue)
        return;
    m_query.groupColumn = groupColumn;
    m_query.groupValue = groupValue;
    reload();
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // Item views count rows in int; a table beyond that shows its first 2^31-1 rows.
    return int(qMin<qint64>(m_rowCount, std::numeric_limits<int>::max()));
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    m_query.sortColumn = column;
    m_query.descending = order == Qt::DescendingOrder;
    // Rows are re-read from SQL in the new order: nothing cached keeps its place, so this is a reset.
    beginResetModel();
    clearCache();
    endResetModel();
}

void PagedTableModel::reload()
{
    beginResetModel();
    clearCache();
    ++m_generation;
    m_countPending = false;
    const int first = m_hasSource ? loadFirstPage() : 0;
    if (first < 0) {
        m_rowCount = countRows(m_query);
    } else {
        // A short first page is the whole result; a full one may have more, which a count over the whole
        // table says. That count is what costs at a million rows (a search cannot stop at the first page), so
        // the view shows the first page before it and a person typing the next letter makes it stale, not
        // slower.
        m_rowCount = first;
        if (first >= kPageRows) {
            m_countPending = true;
            QTimer::singleShot(0, this, [this, generation = m_generation] { countRest(generation); });
        }
    }
    endResetModel();
    if (!m_countPending)
        emit countFinished();
}

void PagedTableModel::finishCounting()
{
    if (m_countPending)
        countRest(m_generation);
}

void PagedTableModel::countRest(quint64 generation)
{
    if (generation != m_generation || !m_countPending)
        return;
    m_countPending = false;
    const qint64 count = countRows(m_query);
    const qint64 shown = m_rowCount;
    if (count > shown) {
        const int last = int(qMin<qint64>(count, std::numeric_limits<int>::max()) - 1);
        beginInsertRows({}, int(shown), last);
        m_rowCount = count;
        endInsertRows();
    } else if (count < shown) {
        // Rows went between the page and the count (a write in between): read both again.
        reload();
        return;
    }
    emit countFinished();
}

void PagedTableModel::projectChanged(const ProjectChange &change)
{
    if (change.resets(m_area))
        reload();
    else if (change.edits(m_area))
        refreshRows(change.ids);
}

void PagedTableModel::refreshRows(const QList<Id> &ids)
{
    Q_UNUSED(ids);
    reload();
}

} // namespace uproot
