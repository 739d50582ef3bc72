#pragma once

#include "model/store/dashboardreader.h"

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
    Database &m_db;
};

} // namespace uproot
