#include "model/itemmodels/dashboardsystemsmodel.h"

#include <QLocale>

namespace uproot {

namespace {
constexpr int kPage = 200;
} // namespace

bool DashboardSystemsModel::movesFigures(const ProjectChange &c)
{
    const ProjectChange::Areas areas =
        ProjectChange::Inventory | ProjectChange::Findings | ProjectChange::Tasks |
        ProjectChange::Directives | ProjectChange::Settings | ProjectChange::Systems | ProjectChange::Teams;
    return (c.reset & areas) || areas.testFlag(c.edited);
}

DashboardSystemsModel::DashboardSystemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DashboardSystemsModel::setSource(DashboardReader *reader, ProjectChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_reader = reader;
    m_changes = reader ? changes : nullptr;
    if (m_changes) {
        connect(m_changes, &ProjectChanges::changed, this, [this](const ProjectChange &c) {
            if (!movesFigures(c))
                return;
            if (m_held)
                m_stale = true;
            else
                reload();
        });
    }
    reload();
}

void DashboardSystemsModel::setScope(Id directiveId, const QDate &asOf)
{
    if (m_query.directiveId == directiveId && m_query.asOf == asOf)
        return;
    m_query.directiveId = directiveId;
    m_query.asOf = asOf;
    reload();
}

void DashboardSystemsModel::setSelection(DashboardFigure figure, DashboardDimension dimension,
                                         const QString &value)
{
    m_query.figure = figure;
    m_query.dimension = dimension;
    m_query.value = dimension == DashboardDimension::None ? QString() : value;
    reload();
}

void DashboardSystemsModel::setHeld(bool held)
{
    m_held = held;
    if (!held && m_stale)
        reload();
}

void DashboardSystemsModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_reader && m_query.directiveId) {
        m_total = m_reader->systemCount(m_query);
        DashboardSystemQuery q = m_query;
        q.offset = 0;
        q.limit = kPage;
        m_rows = m_reader->systems(q);
    }
    endResetModel();
}

int DashboardSystemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardSystemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DashboardSystemsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && m_rows.size() < m_total;
}

void DashboardSystemsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    DashboardSystemQuery q = m_query;
    q.offset = m_rows.size();
    q.limit = kPage;
    const QList<DashboardSystemRow> more = m_reader->systems(q);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the rows changed under us; the next reload counts again
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

Id DashboardSystemsModel::systemAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows[index.row()].systemId : 0;
}

QString DashboardSystemsModel::stateText(const DashboardSystemRow &r)
{
    if (r.cleared)
        return tr("cleared");
    if (r.reappeared)
        return tr("reappeared");
    if (r.blocked)
        return tr("blocked");
    if (r.overdue)
        return tr("overdue");
    if (r.total == 0)
        return tr("not planned");
    return r.done > 0 ? tr("in progress") : tr("not started");
}

QVariant DashboardSystemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DashboardSystemRow &r = m_rows[index.row()];
    if (role == IdRole || role == SystemIdRole)
        return r.systemId;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole) {
        switch (Column(index.column())) {
        case System:
            return r.name;
        case Component:
            return r.component;
        case Team:
            return r.team;
        case Site:
            return r.site;
        case Progress:
            if (role == RawValueRole)
                return r.total ? double(r.done) / double(r.total) : 0.0;
            return r.total ? tr("%1 of %2").arg(r.done).arg(r.total) : tr("no tasks");
        case Due:
            if (role == RawValueRole)
                return r.due;
            return r.due.isValid() ? QLocale().toString(r.due, QLocale::ShortFormat) : QString();
        case State:
            return stateText(r);
        case Blockers:
            return r.blockers;
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant DashboardSystemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case System:
        return tr("System");
    case Component:
        return tr("Component");
    case Team:
        return tr("Team");
    case Site:
        return tr("Site");
    case Progress:
        return tr("Tasks done");
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    case Blockers:
        return tr("Blocked by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace uproot
