#include "model/itemmodels/dashboardbreakdownmodel.h"

#include "model/itemmodels/dashboardsystemsmodel.h"

#include <QLocale>

namespace uproot {

DashboardBreakdownModel::DashboardBreakdownModel(DashboardDimension dimension, QObject *parent)
    : QAbstractTableModel(parent), m_dimension(dimension)
{
}

void DashboardBreakdownModel::setSource(DashboardReader *reader, ProjectChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_reader = reader;
    m_changes = reader ? changes : nullptr;
    if (m_changes) {
        connect(m_changes, &ProjectChanges::changed, this, [this](const ProjectChange &c) {
            if (!DashboardSystemsModel::movesFigures(c))
                return;
            if (m_held)
                m_stale = true;
            else
                reload();
        });
    }
    reload();
}

void DashboardBreakdownModel::setScope(Id directiveId, const QDate &asOf)
{
    if (m_directiveId == directiveId && m_asOf == asOf)
        return;
    m_directiveId = directiveId;
    m_asOf = asOf;
    reload();
}

void DashboardBreakdownModel::setHeld(bool held)
{
    m_held = held;
    if (!held && m_stale)
        reload();
}

void DashboardBreakdownModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_rows = m_reader && m_directiveId ? m_reader->breakdown(m_dimension, m_directiveId, m_asOf)
                                       : QList<DashboardBreakdownRow>{};
    endResetModel();
}

int DashboardBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DashboardBreakdownModel::valueText(const QString &value)
{
    return value.isEmpty() ? tr("(none)") : value;
}

QString DashboardBreakdownModel::dimensionName(DashboardDimension dimension)
{
    switch (dimension) {
    case DashboardDimension::Component:
        return tr("Component");
    case DashboardDimension::Team:
        return tr("Team");
    case DashboardDimension::Site:
        return tr("Site");
    case DashboardDimension::Product:
        return tr("Product");
    case DashboardDimension::None:
        break;
    }
    return {};
}

QVariant DashboardBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DashboardBreakdownRow &r = m_rows[index.row()];
    if (role == IdRole)
        return index.row();
    qint64 n = 0;
    switch (Column(index.column())) {
    case Value:
        if (role == RawValueRole)
            return r.value;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return valueText(r.value);
        return {};
    case Affected:
        n = r.affected;
        break;
    case Cleared:
        n = r.cleared;
        break;
    case Remaining:
        n = r.remaining();
        break;
    case Overdue:
        n = r.overdue;
        break;
    case Blocked:
        n = r.blocked;
        break;
    case ColumnCount:
        return {};
    }
    if (role == RawValueRole)
        return n;
    if (role == Qt::DisplayRole)
        return QLocale().toString(n);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DashboardBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Value:
        return dimensionName(m_dimension);
    case Affected:
        return tr("Affected");
    case Cleared:
        return tr("Cleared");
    case Remaining:
        return tr("Remaining");
    case Overdue:
        return tr("Overdue");
    case Blocked:
        return tr("Blocked");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace uproot
