#include "model/store/inventorystore.h"

#include "model/store/database.h"
#include "model/store/teamstore.h"

namespace uproot {

QString likePattern(const QString &term)
{
    QString escaped;
    escaped.reserve(term.size() + 2);
    escaped += u'%';
    for (QChar c : term) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    return escaped;
}

InventoryStore::InventoryStore(Database &db) : m_db(db) {}

Id InventoryStore::addImportSource(const ImportSourceRecord &s)
{
    Statement st(m_db, "INSERT INTO import_sources(path, format, encoding, imported_at, scanned_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)");
    const QDateTime importedAt = s.importedAt.isValid() ? s.importedAt : QDateTime::currentDateTimeUtc();
    st.bind(1, s.path).bind(2, s.format).bind(3, s.encoding).bind(4, importedAt.toString(Qt::ISODate));
    st.bind(5, (s.scannedAt.isValid() ? s.scannedAt : importedAt.date()).toString(Qt::ISODate));
    return st.run() ? m_db.lastInsertId() : 0;
}

bool InventoryStore::finishImportSource(Id id, qint64 read, qint64 imported, qint64 skipped,
                                        const QString &reportJson)
{
    Statement st(m_db, "UPDATE import_sources SET rows_read = ?2, rows_imported = ?3, rows_skipped = ?4, "
                       "report = ?5 WHERE id = ?1");
    st.bind(1, id).bind(2, read).bind(3, imported).bind(4, skipped).bind(5, reportJson);
    return st.run();
}

static ImportSourceRecord sourceFrom(const Statement &st)
{
    ImportSourceRecord s;
    s.id = st.int64(0);
    s.path = st.text(1);
    s.format = st.text(2);
    s.encoding = st.text(3);
    s.importedAt = QDateTime::fromString(st.text(4), Qt::ISODate);
    s.rowsRead = st.int64(5);
    s.rowsImported = st.int64(6);
    s.rowsSkipped = st.int64(7);
    s.scannedAt = QDate::fromString(st.text(8), Qt::ISODate);
    return s;
}

QList<ImportSourceRecord> InventoryStore::importSources()
{
    QList<ImportSourceRecord> all;
    Statement st(m_db,
                 "SELECT id, path, format, encoding, imported_at, rows_read, rows_imported, rows_skipped, "
                 "coalesce(scanned_at, substr(imported_at, 1, 10)) FROM import_sources ORDER BY id");
    while (st.next())
        all.append(sourceFrom(st));
    return all;
}

ImportSourceRecord InventoryStore::importSource(Id id)
{
    Statement st(m_db,
                 "SELECT id, path, format, encoding, imported_at, rows_read, rows_imported, rows_skipped, "
                 "coalesce(scanned_at, substr(imported_at, 1, 10)) FROM import_sources WHERE id = ?1");
    st.bind(1, id);
    return st.next() ? sourceFrom(st) : ImportSourceRecord{};
}

QString InventoryStore::importReportOfInstallation(Id installationId)
{
    Statement st(m_db,
                 "SELECT src.report FROM installations i JOIN import_sources src ON src.id = i.source_id "
                 "WHERE i.id = ?1");
    st.bind(1, installationId);
    return st.next() ? st.text(0) : QString();
}

QHash<QString, Id> InventoryStore::systemIdsByNormalizedName()
{
    QHash<QString, Id> ids;
    Statement st(m_db, "SELECT norm_name, id FROM systems");
    while (st.next())
        ids.insert(st.text(0), st.int64(1));
    return ids;
}

SystemRecord InventoryStore::system(Id id)
{
    const QByteArray sql =
        "SELECT s.id, s.name, s.norm_name, s.os, s.site, s.component, s.owner, s.ip, s.serial, s.team,"
        " s.mission_function, s.criticality, s.kind, s.replacement, s.contract, s.notes, " +
        TeamStore::effectiveTeamSql("s") + ", " + TeamStore::teamSourceSql("s") +
        " FROM systems s WHERE s.id = ?1";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    SystemRecord s;
    if (st.next()) {
        s.id = st.int64(0);
        s.name = st.text(1);
        s.normalizedName = st.text(2);
        s.os = st.text(3);
        s.site = st.text(4);
        s.component = st.text(5);
        s.owner = st.text(6);
        s.ip = st.text(7);
        s.serial = st.text(8);
        s.team = st.text(9);
        s.missionFunction = st.text(10);
        s.criticality = st.text(11);
        s.kind = st.text(12);
        s.replacement = st.text(13);
        s.contract = st.text(14);
        s.notes = st.text(15);
        s.effectiveTeam = st.text(16);
        s.teamSource = TeamSource(st.integer(17));
    }
    return s;
}

bool InventoryStore::setPlanField(Id systemId, PlanField field, const QString &value)
{
    // The column comes from this fixed list, never from user text.
    const char *sql = nullptr;
    switch (field) {
    case PlanField::Component:
        sql = "UPDATE systems SET component = ?2 WHERE id = ?1";
        break;
    case PlanField::Site:
        sql = "UPDATE systems SET site = ?2 WHERE id = ?1";
        break;
    case PlanField::Owner:
        sql = "UPDATE systems SET owner = ?2 WHERE id = ?1";
        break;
    case PlanField::Team:
        sql = "UPDATE systems SET team = ?2 WHERE id = ?1";
        break;
    case PlanField::MissionFunction:
        sql = "UPDATE systems SET mission_function = ?2 WHERE id = ?1";
        break;
    case PlanField::Criticality:
        sql = "UPDATE systems SET criticality = ?2 WHERE id = ?1";
        break;
    case PlanField::Kind:
        sql = "UPDATE systems SET kind = ?2 WHERE id = ?1";
        break;
    case PlanField::Replacement:
        sql = "UPDATE systems SET replacement = ?2 WHERE id = ?1";
        break;
    case PlanField::Contract:
        sql = "UPDATE systems SET contract = ?2 WHERE id = ?1";
        break;
    case PlanField::Notes:
        sql = "UPDATE systems SET notes = ?2 WHERE id = ?1";
        break;
    }
    Statement st(m_db, sql);
    st.bind(1, systemId);
    if (value.isEmpty())
        st.bindNull(2);
    else
        st.bind(2, value);
    return st.run() && m_db.changes() == 1;
}

QList<TitleRecord> InventoryStore::titles()
{
    QList<TitleRecord> all;
    Statement st(m_db, "SELECT id, name, publisher, cpe, purl, package, bundle_id, kind FROM software_titles "
                       "ORDER BY id");
    while (st.next())
        all.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6),
                    st.text(7)});
    return all;
}

static qint64 countOf(Database &db, const char *sql)
{
    Statement st(db, sql);
    return st.next() ? st.int64(0) : 0;
}

qint64 InventoryStore::systemCount()
{
    return countOf(m_db, "SELECT count(*) FROM systems");
}

qint64 InventoryStore::installationCount()
{
    return countOf(m_db, "SELECT count(*) FROM installations");
}

qint64 InventoryStore::titleCount()
{
    return countOf(m_db, "SELECT count(*) FROM software_titles");
}

namespace {
const char *const kInventoryColumns = "SELECT i.id, s.name, s.component, s.site, t.name, t.publisher, "
                                      "i.version, src.path, i.source_line, i.system_id";
const char *const kInventoryFrom =
    " FROM installations i JOIN systems s ON s.id = i.system_id JOIN software_titles t ON t.id = i.title_id"
    " LEFT JOIN import_sources src ON src.id = i.source_id";
// Every searched column belongs to a system or a title: the few thousand of each that match are found once
// (SQLite keeps a non-correlated IN list as a lookup table), and an installation matches by its system's or
// title's id.
const char *const kInventorySearch =
    " WHERE (?1 IS NULL OR i.system_id IN (SELECT id FROM systems WHERE name LIKE ?1 ESCAPE '\\'"
    " OR component LIKE ?1 ESCAPE '\\' OR site LIKE ?1 ESCAPE '\\')"
    " OR i.title_id IN (SELECT id FROM software_titles WHERE name LIKE ?1 ESCAPE '\\'"
    " OR publisher LIKE ?1 ESCAPE '\\'))";

// How a page in one column's order is read. ORDER BY cannot take a bound parameter: every column name below
// comes from this fixed list, never from user text. Each order is total (it ends in a key unique per
// installation), so pages never overlap or skip rows.
struct InventoryOrder
{
    // The sort keys with "%" where the direction goes.
    const char *keys;
    // The loops that produce the rows already in that order through the version-6 indexes (each system's or
    // title's installations come from installations_by_system, in its own order), so the first page costs a
    // page and not a sort of the table. Null: the order has no such path, the rows are sorted by a top-N sort
    // of the installation ids alone (the page's other columns are joined for its rows only).
    const char *walk;
    // The keys as the top-N sort names them (installations with the tables the keys need).
    const char *sortKeys;
    const char *sortFrom;
};

const char *const kWalkSystems = " FROM systems s CROSS JOIN installations i ON i.system_id = s.id"
                                 " JOIN software_titles t ON t.id = i.title_id"
                                 " LEFT JOIN import_sources src ON src.id = i.source_id";
const char *const kWalkTitles = " FROM software_titles t CROSS JOIN systems s"
                                " CROSS JOIN installations i ON i.system_id = s.id AND i.title_id = t.id"
                                " LEFT JOIN import_sources src ON src.id = i.source_id";
const char *const kWalkInstallations = " FROM installations i CROSS JOIN systems s ON s.id = i.system_id"
                                       " CROSS JOIN software_titles t ON t.id = i.title_id"
                                       " LEFT JOIN import_sources src ON src.id = i.source_id";
const char *const kSortInstallations = " FROM installations i";
const char *const kSortWithTitles = " FROM installations i JOIN software_titles t ON t.id = i.title_id";
// Rows in the import's order come in source-line order, so the top-N sort keeps few of them when it reads them
// in the direction of the sort (a million insertions into it otherwise, four times the cost). The LIMIT keeps
// SQLite from flattening the subquery, which would drop its order.
const char *const kSortWithSources =
    " FROM (SELECT id, system_id, title_id, source_id, source_line FROM installations ORDER BY id% LIMIT -1) i"
    " LEFT JOIN import_sources src ON src.id = i.source_id";

InventoryOrder inventoryOrder(int column)
{
    switch (column) {
    case InventoryStore::System:
        return {"s.name%, s.id%, i.title_id%, i.version%", kWalkSystems, nullptr, nullptr};
    case InventoryStore::Component:
        return {"s.component%, s.name%, s.id%, i.title_id%, i.version%", kWalkSystems, nullptr, nullptr};
    case InventoryStore::Site:
        return {"s.site%, s.name%, s.id%, i.title_id%, i.version%", kWalkSystems, nullptr, nullptr};
    case InventoryStore::Product:
        return {"t.name%, t.id%, s.id%, i.version%", kWalkTitles, "t.name%, t.id%, i.system_id%, i.version%",
                kSortWithTitles};
    case InventoryStore::Publisher:
        return {"t.publisher%, t.name%, t.id%, s.id%, i.version%", kWalkTitles,
                "t.publisher%, t.name%, t.id%, i.system_id%, i.version%", kSortWithTitles};
    case InventoryStore::Version:
        return {"i.version%, i.id%", nullptr, "i.version%, i.id%", kSortInstallations};
    case InventoryStore::Source:
        return {"src.path%, i.source_line%, i.id%", nullptr, "src.path%, i.source_line%, i.id%",
                kSortWithSources};
    default:
        // The order of the import: the installations' own, read in rowid order.
        return {"i.id%", kWalkInstallations, nullptr, nullptr};
    }
}

QByteArray withDirection(const char *keys, bool descending)
{
    return QByteArray(keys).replace('%', descending ? " DESC" : "");
}

void bindSearch(Statement &st, const PageQuery &q)
{
    if (q.search.isEmpty())
        st.bindNull(1);
    else
        st.bind(1, likePattern(q.search));
}
} // namespace

qint64 InventoryStore::countInventory(const PageQuery &q)
{
    // Without a search every installation counts, which SQLite answers from the smallest index.
    if (q.search.isEmpty())
        return installationCount();
    const QByteArray sql = QByteArray("SELECT count(*) FROM installations i") + kInventorySearch;
    Statement st(m_db, sql.constData());
    bindSearch(st, q);
    return st.next() ? st.int64(0) : 0;
}

static InventoryRow inventoryRowFrom(const Statement &st)
{
    InventoryRow r;
    r.installationId = st.int64(0);
    r.system = st.text(1);
    r.component = st.text(2);
    r.site = st.text(3);
    r.product = st.text(4);
    r.publisher = st.text(5);
    r.version = st.text(6);
    r.sourcePath = st.text(7);
    r.sourceLine = st.int64(8);
    r.systemId = st.int64(9);
    return r;
}

QList<InventoryRow> InventoryStore::inventoryPage(const PageQuery &q)
{
    const InventoryOrder order = inventoryOrder(q.sortColumn);
    // Walking the titles visits every (title, system) pair; with a search that matches few rows that is far
    // more than sorting the matches, so a search sorts them instead.
    const bool walk = order.walk && (!order.sortFrom || q.search.isEmpty());
    const QByteArray keys = withDirection(order.keys, q.descending);
    QByteArray sql;
    if (walk) {
        sql = QByteArray(kInventoryColumns) + order.walk + kInventorySearch + " ORDER BY " + keys +
              " LIMIT ?2 OFFSET ?3";
    } else {
        sql = QByteArray(kInventoryColumns) + " FROM (SELECT i.id AS page_id" + withDirection(order.sortFrom, q.descending) +
              kInventorySearch + " ORDER BY " + withDirection(order.sortKeys, q.descending) +
              " LIMIT ?2 OFFSET ?3) page CROSS JOIN installations i ON i.id = page.page_id"
              " JOIN systems s ON s.id = i.system_id JOIN software_titles t ON t.id = i.title_id"
              " LEFT JOIN import_sources src ON src.id = i.source_id ORDER BY " +
              keys;
    }
    Statement st(m_db, sql.constData());
    bindSearch(st, q);
    st.bind(2, q.limit).bind(3, q.offset);
    QList<InventoryRow> rows;
    while (st.next())
        rows.append(inventoryRowFrom(st));
    return rows;
}

QList<InventoryRow> InventoryStore::installationsOfSystem(Id systemId)
{
    QByteArray sql = QByteArray(kInventoryColumns) + kInventoryFrom +
                     " WHERE i.system_id = ?1 ORDER BY t.name, i.version, i.id";
    Statement st(m_db, sql.constData());
    st.bind(1, systemId);
    QList<InventoryRow> rows;
    while (st.next())
        rows.append(inventoryRowFrom(st));
    return rows;
}

InventoryRow InventoryStore::installation(Id installationId)
{
    QByteArray sql = QByteArray(kInventoryColumns) + kInventoryFrom + " WHERE i.id = ?1";
    Statement st(m_db, sql.constData());
    st.bind(1, installationId);
    return st.next() ? inventoryRowFrom(st) : InventoryRow{};
}

} // namespace uproot
