#pragma once

#include "model/store/storetypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace uproot {

// The dashboard's figures for one directive as of a status date, counted in systems. A system is affected
// while it has an open finding under the directive; it is cleared when all its tasks are done or skipped and
// no scan dated up to the status date shows a product back (the status report's rule); overdue when not
// cleared and the latest due date of its tasks is before the status date; blocked when not cleared and a task
// of it is blocked.
struct DashboardCounts
{
    qint64 affected = 0;
    qint64 cleared = 0;
    qint64 overdue = 0;
    qint64 blocked = 0;
    qint64 reappeared = 0; // a product seen again by a scan after a verified removal
    qint64 planned = 0;    // affected systems that have tasks
    qint64 tasks = 0;      // tasks of the affected systems under the directive
    QDate firstStart;      // the plan's first working day
    QDate lastDue;         // the plan's finish: the latest due date of those tasks
    qint64 remaining() const { return affected - cleared; }
};

// Which systems a figure or a bar stands for; the rows behind it are listed with DashboardReader::systems.
enum class DashboardFigure { Affected, Cleared, Remaining, Overdue, Blocked, Reappeared };
// What the breakdowns group systems by. A system counts once under each product it has.
enum class DashboardDimension { None, Component, Team, Site, Product };

struct DashboardBreakdownRow
{
    QString value; // "" for systems with nothing recorded
    qint64 affected = 0;
    qint64 cleared = 0;
    qint64 overdue = 0;
    qint64 blocked = 0;
    qint64 reappeared = 0;
    qint64 remaining() const { return affected - cleared; }
};

// One system behind a figure, with what a manager asks about it.
struct DashboardSystemRow
{
    Id systemId = 0;
    QString name;
    QString component;
    QString team;
    QString site;
    qint64 done = 0;
    qint64 total = 0;
    QDate due;
    bool cleared = false;
    bool overdue = false;
    bool blocked = false;
    bool reappeared = false;
    QString blockers; // the blocked tasks' reasons with the task: "waiting for the password (Uninstall the agent)"
};

struct DashboardSystemQuery
{
    Id directiveId = 0;
    QDate asOf;
    DashboardFigure figure = DashboardFigure::Affected;
    DashboardDimension dimension = DashboardDimension::None;
    QString value; // the dimension's value ("" for systems with none recorded)
    qint64 offset = 0;
    int limit = 200;
};

// How many systems reached a state on a date: the burndown's steps.
struct DashboardDayCount
{
    QDate date;
    qint64 systems = 0;
};

// The dashboard's read interface: every figure is counted in SQL, none by loading rows.
class DashboardReader
{
public:
    virtual ~DashboardReader() = default;

    virtual DashboardCounts counts(Id directiveId, const QDate &asOf) = 0;
    // Largest number of remaining systems first.
    virtual QList<DashboardBreakdownRow> breakdown(DashboardDimension by, Id directiveId,
                                                   const QDate &asOf) = 0;
    virtual qint64 systemCount(const DashboardSystemQuery &query) = 0;
    // By due date, then name.
    virtual QList<DashboardSystemRow> systems(const DashboardSystemQuery &query) = 0;
    // Planned: how many affected systems the plan finishes on each date (their latest due date), by date.
    virtual QList<DashboardDayCount> plannedFinishes(Id directiveId) = 0;
    // Actual: how many of the systems cleared as of the status date were cleared on each date, by date. The
    // date is the earlier of the scan that verified the removal of all its findings and the last audit line
    // that set one of its tasks done or skipped, and never after the status date (the figures count the tasks
    // as they are).
    virtual QList<DashboardDayCount> clearedByDate(Id directiveId, const QDate &asOf) = 0;
};

} // namespace uproot
