#pragma once

#include "model/project/projectchanges.h"
#include "model/store/dashboardreader.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace uproot {

// The systems behind one of the dashboard's figures or bars (overdue, or the overdue of one component ...),
// in due-date order, loaded from SQL a page at a time as the view scrolls (fetchMore). It reloads when the
// project changes anything the figures depend on.
class DashboardSystemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardSystemsModel)
public:
    enum Column { System, Component, Team, Site, Progress, Due, State, Blockers, ColumnCount };
    // SystemIdRole has PagedTableModel's number, so the system pages open from these rows as from any
    // table's.
    enum Role { RawValueRole = Qt::UserRole, IdRole, SystemIdRole };

    explicit DashboardSystemsModel(QObject *parent = nullptr);

    // Null detaches.
    void setSource(DashboardReader *reader, ProjectChanges *changes);
    // The directive and status date counted against; reloads when either differs.
    void setScope(Id directiveId, const QDate &asOf);
    // Which systems are listed; reloads.
    void setSelection(DashboardFigure figure, DashboardDimension dimension = DashboardDimension::None,
                      const QString &value = {});
    DashboardSystemQuery query() const { return m_query; }
    // How many systems the selection holds (rows not fetched yet included).
    qint64 totalCount() const { return m_total; }
    void reload();
    // While held (the dashboard is hidden), a change only marks the rows stale; they reload when released.
    void setHeld(bool held);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Id systemAt(const QModelIndex &index) const;
    DashboardSystemRow rowAt(int row) const { return m_rows.value(row); }
    // The state a person reads: "cleared", "reappeared", "blocked", "overdue" or "in progress"/"not started".
    static QString stateText(const DashboardSystemRow &row);
    // Whether a change can move the dashboard's figures: findings and scans, tasks, the status date, a
    // system's component or team, the team rules, the directive's rules.
    static bool movesFigures(const ProjectChange &change);

private:
    QPointer<ProjectChanges> m_changes;
    DashboardReader *m_reader = nullptr;
    bool m_held = false;
    bool m_stale = false;
    DashboardSystemQuery m_query;
    QList<DashboardSystemRow> m_rows;
    qint64 m_total = 0;
};

} // namespace uproot
