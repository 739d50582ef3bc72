#include "model/store/dashboardstore.h"

#include "model/store/database.h"
#include "model/store/statement.h"
#include "model/store/teamstore.h"

#include <sqlite3.h>

namespace uproot {

namespace {

// The state of every affected system of directive ?1 as of ?9 (YYYY-MM-DD), as the common table `st`: the
// open findings with the scans dated up to ?9 (the findings table's own rule, FindingStore's
// UPROOT_SCAN_JOINS), and the tasks. Both halves are grouped by system over an index (findings_by_directive;
// the tasks' unique (system_id, directive_id, step)), so the figures cost one pass over the directive's
// findings and tasks.
const char *const kState =
    "WITH aff AS ("
    " SELECT i.system_id AS sid, sum(ra.id IS NOT NULL) AS reappeared,"
    "  sum(ms.id IS NULL OR ra.id IS NOT NULL) AS unverified,"
    "  max(coalesce(ms.scanned_at, substr(ms.imported_at, 1, 10))) AS verified_on"
    " FROM findings f JOIN installations i ON i.id = f.installation_id"
    " LEFT JOIN import_sources ms ON ms.id = i.missing_since"
    "  AND coalesce(ms.scanned_at, substr(ms.imported_at, 1, 10)) <= ?9"
    " LEFT JOIN import_sources ra ON ra.id = i.reappeared_in"
    "  AND coalesce(ra.scanned_at, substr(ra.imported_at, 1, 10)) <= ?9"
    " WHERE f.directive_id = ?1 AND f.state = 'open' GROUP BY i.system_id),"
    " tk AS ("
    " SELECT system_id AS sid, count(*) AS total, sum(status IN ('done', 'skipped')) AS done,"
    "  max(due) AS due, min(coalesce(start, due)) AS start, sum(status = 'blocked') AS blocked"
    " FROM tasks WHERE directive_id = ?1 GROUP BY system_id),"
    " st0 AS ("
    " SELECT aff.sid AS sid, coalesce(tk.total, 0) AS total, coalesce(tk.done, 0) AS done, tk.due AS due,"
    "  tk.start AS start, coalesce(tk.blocked, 0) AS blocked_tasks, aff.reappeared > 0 AS reappeared,"
    "  coalesce(tk.total, 0) > 0 AND tk.done = tk.total AND aff.reappeared = 0 AS cleared,"
    "  CASE WHEN aff.unverified = 0 THEN aff.verified_on END AS verified_on"
    " FROM aff LEFT JOIN tk ON tk.sid = aff.sid),"
    " st AS (SELECT *, NOT cleared AND due < ?9 AS overdue, NOT cleared AND blocked_tasks > 0 AS blocked"
    " FROM st0)";

// The same state read back from where DashboardStore::state keeps it (sid is its primary key).
const char *const kCached = "WITH st AS (SELECT * FROM temp.dashboard_state)";

// Each system's values of a dimension, as the common table `dim` (sid, value). The expressions come from this
// fixed list, never from user text.
QByteArray dimension(DashboardDimension by)
{
    switch (by) {
    case DashboardDimension::Component:
        return ", dim AS (SELECT st.sid AS sid, coalesce(s.component, '') AS value FROM st"
               " JOIN systems s ON s.id = st.sid)";
    case DashboardDimension::Site:
        return ", dim AS (SELECT st.sid AS sid, coalesce(s.site, '') AS value FROM st"
               " JOIN systems s ON s.id = st.sid)";
    case DashboardDimension::Team:
        return ", dim AS (SELECT st.sid AS sid, " + TeamStore::effectiveTeamSql("s") +
               " AS value FROM st JOIN systems s ON s.id = st.sid)";
    case DashboardDimension::Product:
        // GROUP BY rather than DISTINCT: SQLite indexes a grouped common table for the join with `st` on the
        // fly, but scans a DISTINCT one once per system (9 s instead of 60 ms at 10,000 systems).
        return ", dim AS (SELECT i.system_id AS sid, t.name AS value FROM findings f"
               " JOIN installations i ON i.id = f.installation_id JOIN software_titles t ON t.id = i.title_id"
               " WHERE f.directive_id = ?1 AND f.state = 'open' GROUP BY 1, 2)";
    case DashboardDimension::None:
        break;
    }
    return {};
}

// Which systems a figure stands for, from a fixed list.
const char *figureCondition(DashboardFigure figure)
{
    switch (figure) {
    case DashboardFigure::Affected:
        return "1";
    case DashboardFigure::Cleared:
        return "st.cleared";
    case DashboardFigure::Remaining:
        return "NOT st.cleared";
    case DashboardFigure::Overdue:
        return "st.overdue";
    case DashboardFigure::Blocked:
        return "st.blocked";
    case DashboardFigure::Reappeared:
        return "st.reappeared";
    }
    return "0";
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
}

QDate dateOf(const Statement &st, int column)
{
    return QDate::fromString(st.text(column), Qt::ISODate);
}

QByteArray systemsFilter(const DashboardSystemQuery &q)
{
    QByteArray sql =
        QByteArray(" FROM st JOIN systems s ON s.id = st.sid WHERE ") + figureCondition(q.figure);
    if (q.dimension != DashboardDimension::None)
        sql += " AND st.sid IN (SELECT sid FROM dim WHERE value = ?5)";
    return sql;
}

void bindSystemsQuery(Statement &st, const DashboardSystemQuery &q)
{
    st.bind(1, q.directiveId).bind(9, isoDate(q.asOf));
    if (q.dimension != DashboardDimension::None)
        st.bind(5, q.value.isNull() ? QStringLiteral("") : q.value);
}

} // namespace

DashboardStore::DashboardStore(Database &db) : m_db(db) {}

QByteArray DashboardStore::state(Id directiveId, const QDate &asOf)
{
    sqlite3 *handle = m_db.handle();
    // Inside a transaction the temporary table would roll back with it: no cache there.
    if (!sqlite3_get_autocommit(handle))
        return kState;
    Statement version(m_db, "PRAGMA data_version");
    const qint64 otherCommits = version.next() ? version.int64(0) : -1;
    version = Statement();
    const qint64 changes = sqlite3_total_changes64(handle);
    if (m_cached && m_directiveId == directiveId && m_asOf == asOf && m_changes == changes &&
        m_dataVersion == otherCommits)
        return kCached;
    m_cached = false;
    if (!m_db.exec(
            "CREATE TEMP TABLE IF NOT EXISTS dashboard_state (sid INTEGER PRIMARY KEY, total, done, due,"
            " start, blocked_tasks, reappeared, cleared, verified_on, overdue, blocked);"
            " DELETE FROM temp.dashboard_state"))
        return kState;
    const QByteArray fill =
        QByteArray(kState) +
        " INSERT INTO temp.dashboard_state SELECT sid, total, done, due, start, blocked_tasks,"
        " reappeared, cleared, verified_on, overdue, blocked FROM st";
    Statement st(m_db, fill.constData());
    st.bind(1, directiveId).bind(9, isoDate(asOf));
    if (!st.run())
        return kState;
    m_cached = true;
    m_directiveId = directiveId;
    m_asOf = asOf;
    m_changes = sqlite3_total_changes64(handle); // after the table's own rows
    m_dataVersion = otherCommits;
    return kCached;
}

DashboardCounts DashboardStore::counts(Id directiveId, const QDate &asOf)
{
    const QByteArray sql =
        state(directiveId, asOf) +
        " SELECT count(*), coalesce(sum(cleared), 0), coalesce(sum(overdue), 0),"
        " coalesce(sum(blocked), 0), coalesce(sum(reappeared), 0), coalesce(sum(total > 0), 0),"
        " coalesce(sum(total), 0), min(start), max(due) FROM st";
    Statement st(m_db, sql.constData());
    st.bind(1, directiveId).bind(9, isoDate(asOf));
    DashboardCounts c;
    if (st.next()) {
        c.affected = st.int64(0);
        c.cleared = st.int64(1);
        c.overdue = st.int64(2);
        c.blocked = st.int64(3);
        c.reappeared = st.int64(4);
        c.planned = st.int64(5);
        c.tasks = st.int64(6);
        c.firstStart = dateOf(st, 7);
        c.lastDue = dateOf(st, 8);
    }
    return c;
}

QList<DashboardBreakdownRow> DashboardStore::breakdown(DashboardDimension by, Id directiveId,
                                                       const QDate &asOf)
{
    if (by == DashboardDimension::None)
        return {};
    const QByteArray sql = state(directiveId, asOf) + dimension(by) +
                           " SELECT dim.value, count(*), sum(st.cleared), sum(st.overdue), sum(st.blocked),"
                           " sum(st.reappeared) FROM dim JOIN st ON st.sid = dim.sid GROUP BY dim.value"
                           " ORDER BY count(*) - sum(st.cleared) DESC, sum(st.overdue) DESC, dim.value";
    Statement st(m_db, sql.constData());
    st.bind(1, directiveId).bind(9, isoDate(asOf));
    QList<DashboardBreakdownRow> rows;
    while (st.next())
        rows.append({st.text(0), st.int64(1), st.int64(2), st.int64(3), st.int64(4), st.int64(5)});
    return rows;
}

qint64 DashboardStore::systemCount(const DashboardSystemQuery &q)
{
    const QByteArray sql =
        state(q.directiveId, q.asOf) + dimension(q.dimension) + " SELECT count(*)" + systemsFilter(q);
    Statement st(m_db, sql.constData());
    bindSystemsQuery(st, q);
    return st.next() ? st.int64(0) : 0;
}

QList<DashboardSystemRow> DashboardStore::systems(const DashboardSystemQuery &q)
{
    const QByteArray sql =
        state(q.directiveId, q.asOf) + dimension(q.dimension) +
        " SELECT st.sid, s.name, coalesce(s.component, ''), " + TeamStore::effectiveTeamSql("s") +
        ", coalesce(s.site, ''), st.done, st.total, st.due, st.cleared, st.overdue, st.blocked,"
        " st.reappeared, (SELECT group_concat(coalesce(nullif(k.reason, ''), 'no reason given') || ' (' || "
        "k.title || ')', '; ')"
        " FROM tasks k WHERE k.system_id = st.sid AND k.directive_id = ?1"
        " AND k.status = 'blocked')" +
        systemsFilter(q) + " ORDER BY st.due IS NULL, st.due, s.name, st.sid LIMIT ?6 OFFSET ?7";
    Statement st(m_db, sql.constData());
    bindSystemsQuery(st, q);
    st.bind(6, qint64(q.limit)).bind(7, q.offset);
    QList<DashboardSystemRow> rows;
    while (st.next()) {
        DashboardSystemRow r;
        r.systemId = st.int64(0);
        r.name = st.text(1);
        r.component = st.text(2);
        r.team = st.text(3);
        r.site = st.text(4);
        r.done = st.int64(5);
        r.total = st.int64(6);
        r.due = dateOf(st, 7);
        r.cleared = st.int64(8) != 0;
        r.overdue = st.int64(9) != 0;
        r.blocked = st.int64(10) != 0;
        r.reappeared = st.int64(11) != 0;
        r.blockers = st.text(12);
        rows.append(r);
    }
    return rows;
}

QList<DashboardDayCount> DashboardStore::plannedFinishes(Id directiveId)
{
    // The scans do not matter to the plan; ?9 only completes the common table.
    const QByteArray sql = state(directiveId, m_directiveId == directiveId ? m_asOf : QDate()) +
                           " SELECT due, count(*) FROM st WHERE due IS NOT NULL GROUP BY due ORDER BY due";
    Statement st(m_db, sql.constData());
    st.bind(1, directiveId).bind(9, isoDate({}));
    QList<DashboardDayCount> rows;
    while (st.next())
        rows.append({dateOf(st, 0), st.int64(1)});
    return rows;
}

QList<DashboardDayCount> DashboardStore::clearedByDate(Id directiveId, const QDate &asOf)
{
    // The audit line of a status change reads "<system> step <n>: <from> -> <to>" (SetTaskStatusCommand).
    const QByteArray sql =
        state(directiveId, asOf) +
        ", finished AS (SELECT substr(detail, 1, instr(detail, ' step ') - 1) AS name,"
        " max(substr(at, 1, 10)) AS day FROM audit_events WHERE action = 'task-status'"
        " AND (detail LIKE '% -> done' OR detail LIKE '% -> skipped') GROUP BY 1),"
        " days AS (SELECT min(?9, coalesce(min(st.verified_on, finished.day), st.verified_on, finished.day, "
        "?9))"
        " AS day FROM st JOIN systems s ON s.id = st.sid LEFT JOIN finished ON finished.name = s.name"
        " WHERE st.cleared)"
        " SELECT day, count(*) FROM days GROUP BY day ORDER BY day";
    Statement st(m_db, sql.constData());
    st.bind(1, directiveId).bind(9, isoDate(asOf));
    QList<DashboardDayCount> rows;
    while (st.next())
        rows.append({dateOf(st, 0), st.int64(1)});
    return rows;
}

} // namespace uproot
