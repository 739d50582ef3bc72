#include "model/store/findingstore.h"

#include "model/store/database.h"
#include "model/store/inventorystore.h"
#include "model/store/statement.h"
#include "model/store/teamstore.h"

#include <QPair>
#include <QSet>

namespace uproot {

namespace {
// What the scans say about a finding, as of ?9 (a date, YYYY-MM-DD): the scan that verified its removal (ms) or
// saw it again after that (ra). A scan dated after ?9 does not count yet.
#define UPROOT_SCAN_JOINS                                                                                          \
    " LEFT JOIN import_sources ms ON ms.id = i.missing_since"                                                    \
    " AND coalesce(ms.scanned_at, substr(ms.imported_at, 1, 10)) <= ?9"                                          \
    " LEFT JOIN import_sources ra ON ra.id = i.reappeared_in"                                                    \
    " AND coalesce(ra.scanned_at, substr(ra.imported_at, 1, 10)) <= ?9"
// The state a person reads (stateText): a decision or an exclusion first, then the scans, else open.
#define UPROOT_STATE                                                                                               \
    "(CASE WHEN f.state <> 'open' THEN f.state WHEN ra.id IS NOT NULL THEN 'reappeared'"                         \
    " WHEN ms.id IS NOT NULL THEN 'removed' ELSE 'open' END)"

const char *const kSelect =
    "SELECT f.id, f.installation_id, s.name, s.component, s.site, t.name, i.version, t.publisher, d.code,"
    " f.confidence, f.rule, f.matched, src.path, i.source_line, f.state, f.reason, f.directive_id, i.system_id,"
    " CASE WHEN ra.id IS NOT NULL THEN 2 WHEN ms.id IS NOT NULL THEN 1 ELSE 0 END,"
    " coalesce(ra.scanned_at, substr(ra.imported_at, 1, 10), ms.scanned_at, substr(ms.imported_at, 1, 10)),"
    " coalesce(ra.path, ms.path)"
    " FROM findings f JOIN installations i ON i.id = f.installation_id JOIN systems s ON s.id = i.system_id"
    " JOIN software_titles t ON t.id = i.title_id JOIN directives d ON d.id = f.directive_id"
    " LEFT JOIN import_sources src ON src.id = i.source_id" UPROOT_SCAN_JOINS;
// The tables every count and group joins.
const char *const kFrom =
    " FROM findings f JOIN installations i ON i.id = f.installation_id"
    " JOIN systems s ON s.id = i.system_id JOIN software_titles t ON t.id = i.title_id" UPROOT_SCAN_JOINS;
// ?1 search pattern or NULL, ?2 state or NULL (every state but 'excluded': those are shown only when asked; the
// states are the words stateText gives), ?3 confidence or NULL, ?4 directive code or NULL, ?5 group value or NULL
// (the group's column comes from groupExpression), ?9 the as-of date.
const char *const kWhere =
    " WHERE (?1 IS NULL OR s.name LIKE ?1 ESCAPE '\\' OR t.name LIKE ?1 ESCAPE '\\' OR t.publisher LIKE ?1 "
    "ESCAPE '\\' OR s.component LIKE ?1 ESCAPE '\\' OR s.site LIKE ?1 ESCAPE '\\')"
    " AND (CASE WHEN ?2 IS NULL THEN f.state <> 'excluded' ELSE " UPROOT_STATE " = ?2 END)"
    " AND (?3 IS NULL OR f.confidence = ?3)"
    " AND (?4 IS NULL OR f.directive_id IN (SELECT id FROM directives WHERE code = ?4))";

// Like ORDER BY, GROUP BY and the group filter's column cannot be bound: they come from this fixed list.
const char *groupExpression(int column)
{
    switch (column) {
    case FindingStore::System:
        return "coalesce(s.name, '')";
    case FindingStore::Component:
        return "coalesce(s.component, '')";
    case FindingStore::Site:
        return "coalesce(s.site, '')";
    case FindingStore::Product:
        return "coalesce(t.name, '')";
    default:
        return nullptr;
    }
}

QByteArray whereClause(const PageQuery &q)
{
    const char *group = groupExpression(q.groupColumn);
    return QByteArray(kWhere) + " AND (?5 IS NULL OR " + (group ? group : "s.name") + " = ?5)";
}

// ORDER BY cannot take a bound parameter: the column comes from this fixed list, never from user text.
const char *order(int column)
{
    switch (column) {
    case FindingStore::System:
        return "s.name";
    case FindingStore::Component:
        return "s.component";
    case FindingStore::Site:
        return "s.site";
    case FindingStore::Product:
        return "t.name";
    case FindingStore::Version:
        return "i.version";
    case FindingStore::Publisher:
        return "t.publisher";
    case FindingStore::Directive:
        return "d.code";
    case FindingStore::ConfidenceColumn:
        return "f.confidence";
    case FindingStore::State:
        return UPROOT_STATE;
    case FindingStore::Rule:
        return "f.rule";
    case FindingStore::Source:
        return "src.path";
    default:
        return "s.name";
    }
}

// Every scan counts when no date is given.
void bindAsOf(Statement &st, const QDate &asOf)
{
    st.bind(9, asOf.isValid() ? asOf.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
}

void bindFilters(Statement &st, const PageQuery &q)
{
    if (q.search.isEmpty())
        st.bindNull(1);
    else
        st.bind(1, likePattern(q.search));
    if (q.stateFilter.isEmpty())
        st.bindNull(2);
    else
        st.bind(2, q.stateFilter);
    if (q.confidenceFilter.isEmpty())
        st.bindNull(3);
    else
        st.bind(3, q.confidenceFilter);
    if (q.directiveFilter.isEmpty())
        st.bindNull(4);
    else
        st.bind(4, q.directiveFilter);
    if (groupExpression(q.groupColumn))
        st.bind(5, q.groupValue.isNull() ? QStringLiteral("") : q.groupValue); // a null QString binds NULL
    else
        st.bindNull(5);
    bindAsOf(st, q.asOf);
}

FindingRow rowFrom(const Statement &st)
{
    FindingRow r;
    r.id = st.int64(0);
    r.installationId = st.int64(1);
    r.system = st.text(2);
    r.component = st.text(3);
    r.site = st.text(4);
    r.product = st.text(5);
    r.version = st.text(6);
    r.publisher = st.text(7);
    r.directive = st.text(8);
    r.confidence = confidenceFromString(st.text(9));
    r.rule = st.text(10);
    r.matched = st.text(11);
    r.sourcePath = st.text(12);
    r.sourceLine = st.int64(13);
    r.state = findingStateFromString(st.text(14));
    r.reason = st.text(15);
    r.directiveId = st.int64(16);
    r.systemId = st.int64(17);
    if (r.state == FindingState::Open) {
        const qint64 scan = st.int64(18);
        r.scan = scan == 2 ? ScanState::Reappeared : scan == 1 ? ScanState::Removed : ScanState::AsFound;
        if (r.scan != ScanState::AsFound) {
            r.scanDate = QDate::fromString(st.text(19), Qt::ISODate);
            r.scanPath = st.text(20);
        }
    }
    return r;
}
} // namespace

FindingStore::FindingStore(Database &db)
    : m_db(db)
{
}

bool FindingStore::loadMatches(const QList<TitleDirectiveMatch> &matches)
{
    if (!m_db.exec("CREATE TEMP TABLE IF NOT EXISTS title_matches (title_id INTEGER NOT NULL, "
                   "directive_id INTEGER NOT NULL, confidence TEXT NOT NULL, rule TEXT NOT NULL, "
                   "matched TEXT NOT NULL, fresh INTEGER NOT NULL, excluded INTEGER NOT NULL, "
                   "PRIMARY KEY (title_id, directive_id)) "
                   "WITHOUT ROWID;"
                   "DELETE FROM temp.title_matches"))
        return false;
    // The pairs that already have findings, read from the findings (a few per cent of the installations).
    QSet<QPair<Id, Id>> present;
    Statement st(m_db, "SELECT DISTINCT i.title_id, f.directive_id FROM findings f "
                       "JOIN installations i ON i.id = f.installation_id");
    while (st.next())
        present.insert({st.int64(0), st.int64(1)});
    if (!st.ok())
        return false;
    Statement add(m_db, "INSERT OR REPLACE INTO temp.title_matches VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const TitleDirectiveMatch &m : matches) {
        add.bind(1, m.titleId).bind(2, m.directiveId).bind(3, toString(m.confidence)).bind(4, m.rule);
        add.bind(5, m.matched).bind(6, qint64(!present.contains({m.titleId, m.directiveId})));
        add.bind(7, qint64(m.excluded));
        if (!add.run())
            return false;
    }
    return true;
}

bool FindingStore::applyMatches(const QList<TitleDirectiveMatch> &matches, qint64 *added, qint64 *removed)
{
    *added = 0;
    *removed = 0;
    if (!loadMatches(matches))
        return false;
    // What the user sees change: findings that leave the report (gone, or now excluded by a rule) and findings
    // that come onto it (new, or no longer excluded). Findings are a few per cent of the installations.
    Statement leaving(m_db, "SELECT count(*) FROM findings f JOIN installations i ON i.id = f.installation_id "
                            "LEFT JOIN temp.title_matches m ON m.title_id = i.title_id "
                            "AND m.directive_id = f.directive_id "
                            "WHERE f.state <> 'excluded' AND (m.title_id IS NULL OR m.excluded)");
    Statement returning(m_db, "SELECT count(*) FROM findings f JOIN installations i ON i.id = f.installation_id "
                              "JOIN temp.title_matches m ON m.title_id = i.title_id "
                              "AND m.directive_id = f.directive_id WHERE f.state = 'excluded' AND NOT m.excluded");
    if (!leaving.next() || !returning.next())
        return false;
    *removed = leaving.int64(0);
    *added = returning.int64(0);

    Statement drop(m_db, "DELETE FROM findings WHERE NOT EXISTS (SELECT 1 FROM installations i "
                         "JOIN temp.title_matches m ON m.title_id = i.title_id AND m.directive_id = findings.directive_id "
                         "WHERE i.id = findings.installation_id)");
    if (!drop.run())
        return false;
    // A finding that becomes excluded says so; one that stops being excluded takes back the user's decision,
    // if one was ever recorded for it, or is open.
    Statement update(m_db, "UPDATE findings SET confidence = m.confidence, rule = m.rule, matched = m.matched, "
                           "state = CASE WHEN m.excluded THEN 'excluded' WHEN findings.state <> 'excluded' "
                           "THEN findings.state ELSE coalesce(d.state, 'open') END, "
                           "reason = CASE WHEN m.excluded THEN NULL WHEN findings.state <> 'excluded' "
                           "THEN findings.reason ELSE d.reason END "
                           "FROM installations i JOIN temp.title_matches m ON m.title_id = i.title_id "
                           "LEFT JOIN finding_decisions d ON d.installation_id = i.id "
                           "AND d.directive_id = m.directive_id "
                           "WHERE i.id = findings.installation_id AND m.directive_id = findings.directive_id "
                           "AND (findings.confidence IS NOT m.confidence OR findings.rule IS NOT m.rule "
                           "OR findings.matched IS NOT m.matched "
                           "OR (findings.state = 'excluded') IS NOT (m.excluded <> 0))");
    if (!update.run())
        return false;
    // Only a pair matched for the first time needs the installations read, and then all of them once. A
    // decision recorded before the finding went (a rule change and its undo) comes back with it.
    Statement anyFresh(m_db, "SELECT 1 FROM temp.title_matches WHERE fresh LIMIT 1");
    if (!anyFresh.next())
        return anyFresh.ok();
    for (const bool excluded : {false, true}) {
        Statement insert(m_db, "INSERT INTO findings(installation_id, directive_id, confidence, rule, matched, "
                               "state, reason) "
                               "SELECT i.id, m.directive_id, m.confidence, m.rule, m.matched, "
                               "CASE WHEN m.excluded THEN 'excluded' ELSE coalesce(d.state, 'open') END, "
                               "CASE WHEN m.excluded THEN NULL ELSE d.reason END FROM installations i "
                               "CROSS JOIN temp.title_matches m ON m.title_id = i.title_id AND m.fresh "
                               "AND m.excluded = ?1 "
                               "LEFT JOIN finding_decisions d ON d.installation_id = i.id "
                               "AND d.directive_id = m.directive_id WHERE true "
                               "ON CONFLICT(installation_id, directive_id) DO NOTHING");
        insert.bind(1, qint64(excluded));
        if (!insert.run())
            return false;
        if (!excluded)
            *added += m_db.changes();
    }
    return true;
}

qint64 FindingStore::countAll()
{
    Statement st(m_db, "SELECT count(*) FROM findings WHERE state <> 'excluded'");
    return st.next() ? st.int64(0) : 0;
}

qint64 FindingStore::countForDirective(Id directiveId)
{
    Statement st(m_db, "SELECT count(*) FROM findings WHERE directive_id = ?1 AND state <> 'excluded'");
    st.bind(1, directiveId);
    return st.next() ? st.int64(0) : 0;
}

qint64 FindingStore::count(const PageQuery &q)
{
    const QByteArray sql = QByteArray("SELECT count(*)") + kFrom + whereClause(q);
    Statement st(m_db, sql.constData());
    bindFilters(st, q);
    return st.next() ? st.int64(0) : 0;
}

QList<FindingRow> FindingStore::page(const PageQuery &q)
{
    // Unsorted, a reappearance comes first: the product is back on a system thought clear.
    const QByteArray sql = QByteArray(kSelect) + whereClause(q) + " ORDER BY "
                           + (q.sortColumn < 0 ? "ra.id IS NULL, " : "") + order(q.sortColumn)
                           + (q.descending ? " DESC" : " ASC") + ", f.id LIMIT ?6 OFFSET ?7";
    Statement st(m_db, sql.constData());
    bindFilters(st, q);
    st.bind(6, q.limit).bind(7, q.offset);
    QList<FindingRow> rows;
    while (st.next())
        rows.append(rowFrom(st));
    return rows;
}

bool FindingStore::forEach(const PageQuery &q, const std::function<bool(const FindingRow &)> &callback)
{
    const QByteArray sql = QByteArray(kSelect) + whereClause(q) + " ORDER BY s.name, t.name, i.version, d.code";
    Statement st(m_db, sql.constData());
    bindFilters(st, q);
    while (st.next()) {
        if (!callback(rowFrom(st)))
            return true;
    }
    return st.ok();
}

FindingRow FindingStore::findingAsOf(Id id, const QDate &asOf)
{
    const QByteArray sql = QByteArray(kSelect) + " WHERE f.id = ?1";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    bindAsOf(st, asOf);
    return st.next() ? rowFrom(st) : FindingRow{};
}

QList<FindingGroup> FindingStore::groups(Column by, const PageQuery &filters)
{
    const char *group = groupExpression(by);
    if (!group)
        return {};
    PageQuery q = filters;
    q.groupColumn = -1;
    const QByteArray sql = QByteArray("SELECT ") + group
                           + ", count(*), count(DISTINCT i.system_id), sum(f.confidence = ?6),"
                             " sum(f.confidence = ?7), min(i.system_id)"
                           + kFrom + whereClause(q) + " GROUP BY 1 ORDER BY 2 DESC, 1";
    Statement st(m_db, sql.constData());
    bindFilters(st, q);
    st.bind(6, toString(Confidence::Confirmed)).bind(7, toString(Confidence::NeedsReview));
    QList<FindingGroup> all;
    while (st.next())
        all.append({st.text(0), st.int64(1), st.int64(2), st.int64(3), st.int64(4),
                    by == System ? st.int64(5) : 0});
    return all;
}

QList<FindingRow> FindingStore::findingsOfSystem(Id systemId)
{
    const QByteArray sql = QByteArray(kSelect) + " WHERE i.system_id = ?1 ORDER BY d.code, t.name, i.version, f.id";
    Statement st(m_db, sql.constData());
    st.bind(1, systemId);
    QList<FindingRow> rows;
    while (st.next())
        rows.append(rowFrom(st));
    return rows;
}

bool FindingStore::setDecision(Id installationId, Id directiveId, FindingState state, const QString &reason)
{
    if (state == FindingState::Excluded)
        return false; // detection's word, not a decision
    Statement record(m_db, state == FindingState::Open
                               ? "DELETE FROM finding_decisions WHERE installation_id = ?1 AND directive_id = ?2"
                               : "INSERT OR REPLACE INTO finding_decisions VALUES (?1, ?2, ?3, ?4)");
    record.bind(1, installationId).bind(2, directiveId);
    if (state != FindingState::Open)
        record.bind(3, toString(state)).bind(4, reason);
    if (!record.run())
        return false;
    Statement st(m_db, "UPDATE findings SET state = ?3, reason = ?4 WHERE installation_id = ?1 "
                       "AND directive_id = ?2 AND state <> 'excluded'");
    st.bind(1, installationId).bind(2, directiveId).bind(3, toString(state));
    if (state == FindingState::Open)
        st.bindNull(4);
    else
        st.bind(4, reason);
    return st.run();
}

Id FindingStore::findingIdFor(Id installationId, Id directiveId)
{
    Statement st(m_db, "SELECT id FROM findings WHERE installation_id = ?1 AND directive_id = ?2");
    st.bind(1, installationId).bind(2, directiveId);
    return st.next() ? st.int64(0) : 0;
}

QList<ProductSummary> FindingStore::productCounts(Id directiveId)
{
    Statement st(m_db, "SELECT t.name, t.publisher, count(DISTINCT i.system_id), group_concat(DISTINCT i.version)"
                       " FROM findings f"
                       " JOIN installations i ON i.id = f.installation_id JOIN software_titles t ON t.id = i.title_id"
                       " WHERE f.directive_id = ?1 AND f.state = 'open' GROUP BY t.name, t.publisher"
                       " ORDER BY 3 DESC, 1");
    st.bind(1, directiveId);
    QList<ProductSummary> all;
    while (st.next())
        all.append({st.text(0), st.text(1), st.text(3).split(u',', Qt::SkipEmptyParts).join(QStringLiteral(", ")),
                    st.int64(2)});
    return all;
}

QList<ComponentSummary> FindingStore::componentCounts(Id directiveId)
{
    Statement st(m_db, "SELECT coalesce(nullif(s.component, ''), '(none)'), count(DISTINCT s.id) FROM findings f"
                       " JOIN installations i ON i.id = f.installation_id JOIN systems s ON s.id = i.system_id"
                       " WHERE f.directive_id = ?1 AND f.state = 'open' GROUP BY 1 ORDER BY 2 DESC, 1");
    st.bind(1, directiveId);
    QList<ComponentSummary> all;
    while (st.next())
        all.append({st.text(0), st.int64(1)});
    return all;
}

QList<AffectedSystemRow> FindingStore::affectedSystems(Id directiveId)
{
    // Each name ends in U+001F so the list can be split without caring about commas inside product names.
    const QByteArray sql = "SELECT s.id, s.name, s.component, s.site, s.owner, group_concat(DISTINCT t.name || char(31)), "
                           + TeamStore::effectiveTeamSql("s") + ", s.criticality, s.kind, " + TeamStore::teamSourceSql("s")
                           + ", s.mission_function FROM findings f JOIN installations i ON i.id = f.installation_id"
                             " JOIN systems s ON s.id = i.system_id JOIN software_titles t ON t.id = i.title_id"
                             " WHERE f.directive_id = ?1 AND f.state = 'open' GROUP BY s.id ORDER BY s.name";
    Statement st(m_db, sql.constData());
    st.bind(1, directiveId);
    QList<AffectedSystemRow> all;
    while (st.next()) {
        QString products = st.text(5);
        products.replace(QStringLiteral("\x1f,"), QStringLiteral("; "));
        products.remove(QChar(0x1f));
        all.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), products, st.text(6), st.text(7),
                    st.text(8), TeamSource(st.integer(9)), st.text(10)});
    }
    return all;
}

qint64 FindingStore::affectedSystemCount(Id directiveId)
{
    Statement st(m_db, "SELECT count(DISTINCT i.system_id) FROM findings f JOIN installations i"
                       " ON i.id = f.installation_id WHERE f.state = 'open' AND (?1 = 0 OR f.directive_id = ?1)");
    st.bind(1, directiveId);
    return st.next() ? st.int64(0) : 0;
}

QHash<Id, SystemScanState> FindingStore::scanStateBySystem(Id directiveId, const QDate &asOf)
{
    Statement st(m_db, "SELECT i.system_id, count(*), sum(ms.id IS NOT NULL AND ra.id IS NULL), sum(ra.id IS NOT NULL)"
                       " FROM findings f JOIN installations i ON i.id = f.installation_id" UPROOT_SCAN_JOINS
                       " WHERE f.directive_id = ?1 AND f.state = 'open' GROUP BY i.system_id");
    st.bind(1, directiveId);
    bindAsOf(st, asOf);
    QHash<Id, SystemScanState> all;
    while (st.next())
        all.insert(st.int64(0), {st.int64(1), st.int64(2), st.int64(3)});
    return all;
}

} // namespace uproot
