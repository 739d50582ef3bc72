#pragma once

#include "model/project/projectchanges.h"
#include "model/store/dashboardreader.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace uproot {

// The dashboard's breakdown of the affected systems by component, team, site or product: one row per value,
// the most remaining first. The bar charts and the table beside them read it.
class DashboardBreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardBreakdownModel)
public:
    enum Column { Value, Affected, Cleared, Remaining, Overdue, Blocked, ColumnCount };
    // RawValueRole: the count as a number, or the value as stored ("" for none) in the Value column.
    enum Role { RawValueRole = Qt::UserRole, IdRole };

    explicit DashboardBreakdownModel(DashboardDimension dimension, QObject *parent = nullptr);

    void setSource(DashboardReader *reader, ProjectChanges *changes);
    void setScope(Id directiveId, const QDate &asOf);
    DashboardDimension dimension() const { return m_dimension; }
    void reload();
    // While held (the dashboard is hidden), a change only marks the rows stale; they reload when released.
    void setHeld(bool held);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    DashboardBreakdownRow rowAt(int row) const { return m_rows.value(row); }
    // The value as a person reads it ("(none)" for systems with nothing recorded).
    static QString valueText(const QString &value);
    static QString dimensionName(DashboardDimension dimension);

private:
    DashboardDimension m_dimension;
    QPointer<ProjectChanges> m_changes;
    DashboardReader *m_reader = nullptr;
    bool m_held = false;
    bool m_stale = false;
    Id m_directiveId = 0;
    QDate m_asOf;
    QList<DashboardBreakdownRow> m_rows;
};

} // namespace uproot
