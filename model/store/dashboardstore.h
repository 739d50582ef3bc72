#pragma once

#include "model/store/dashboardreader.h"

#include <QByteArray>

namespace uproot {

class Database;

// The dashboard's SQL: one statement per figure set, breakdown or list, each over the per-system state of the
// directive (its open findings with what the scans say, and its tasks), so that nothing is counted in C++.
class DashboardStore final : public DashboardReader
{
public:
    explicit DashboardStore(Database &db);

    DashboardCounts counts(Id directiveId, const QDate &asOf) override;
    QList<DashboardBreakdownRow> breakdown(DashboardDimension by, Id directiveId, const QDate &asOf) override;
    qint64 systemCount(const DashboardSystemQuery &query) override;
    QList<DashboardSystemRow> systems(const DashboardSystemQuery &query) override;
    QList<DashboardDayCount> plannedFinishes(Id directiveId) override;
    QList<DashboardDayCount> clearedByDate(Id directiveId, const QDate &asOf) override;

private:
    // The common table `st` every query starts from: the per-system state computed once into a temporary
    // table and read from there while nothing in the file changes (this connection's changes and other
    // connections' commits both count), so that the dashboard's eight queries after an edit cost one pass
    // over the directive's findings and tasks rather than eight.
    QByteArray state(Id directiveId, const QDate &asOf);

    Database &m_db;
    bool m_cached = false;
    Id m_directiveId = 0;
    QDate m_asOf;
    qint64 m_changes = -1;
    qint64 m_dataVersion = -1;
};

} // namespace uproot
