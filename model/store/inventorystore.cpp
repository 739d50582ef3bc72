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

InventoryStore::InventoryStore(Database &db)
    : m_db(db)
{
}

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
    Statement st(m_db, "SELECT id, path, format, encoding, imported_at, rows_read, rows_imported, rows_skipped, "
                       "coalesce(scanned_at, substr(imported_at, 1, 10)) FROM import_sources ORDER BY id");
    while (st.next())
        all.append(sourceFrom(st));
    return all;
}

ImportSourceRecord InventoryStore::importSource(Id id)
{
    Statement st(m_db, "SELECT id, path, format, encoding, imported_at, rows_read, rows_imported, rows_skipped, "
                       "coalesce(scanned_at, substr(imported_at, 1, 10)) FROM import_sources WHERE id = ?1");
    st.bind(1, id);
    return st.next() ? sourceFrom(st) : ImportSourceRecord{};
}

QString InventoryStore::importReportOfInstallation(Id installationId)
{
    Statement st(m_db, "SELECT src.report FROM installations i JOIN import_sources src ON src.id = i.source_id "
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
    const QByteArray sql = "SELECT s.id, s.name, s.norm_name, s.os, s.site, s.component, s.owner, s.ip, s.serial, s.team,"
                           " s.mission_function, s.criticality, s.kind, s.replacement, s.contract, s.notes, "
                           + TeamStore::effectiveTeamSql("s") + ", " + TeamStore::teamSourceSql("s")
                           + " FROM systems s WHERE s.id = ?1";
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
const char *const kInventoryFrom =
    " FROM installations i JOIN systems s ON s.id = i.system_id JOIN software_titles t ON t.id = i.title_id"
    " LEFT JOIN import_sources src ON src.id = i.source_id";
const char *const kInventorySearch =
    " WHERE (?1 IS NULL OR s.name LIKE ?1 ESCAPE '\\' OR t.name LIKE ?1 ESCAPE '\\'"
    " OR t.publisher LIKE ?1 ESCAPE '\\' OR s.component LIKE ?1 ESCAPE '\\' OR s.site LIKE ?1 ESCAPE '\\')";

// ORDER BY cannot take a bound parameter: the column comes from this fixed list, never from user text.
const char *inventoryOrder(int column)
{
    switch (column) {
    case InventoryStore::System:
        return "s.name";
    case InventoryStore::Component:
        return "s.component";
    case InventoryStore::Site:
        return "s.site";
    case InventoryStore::Product:
        return "t.name";
    case InventoryStore::Publisher:
        return "t.publisher";
    case InventoryStore::Version:
        return "i.version";
    case InventoryStore::Source:
        return "src.path";
    default:
        return "i.id";
    }
}
} // namespace

qint64 InventoryStore::countInventory(const PageQuery &q)
{
    QByteArray sql = QByteArray("SELECT count(*)") + kInventoryFrom + kInventorySearch;
    Statement st(m_db, sql.constData());
    if (q.search.isEmpty())
        st.bindNull(1);
    else
        st.bind(1, likePattern(q.search));
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
    QByteArray sql = QByteArray("SELECT i.id, s.name, s.component, s.site, t.name, t.publisher, i.version, src.path, "
                                "i.source_line, i.system_id")
                     + kInventoryFrom + kInventorySearch + " ORDER BY " + inventoryOrder(q.sortColumn)
                     + (q.descending ? " DESC" : " ASC") + ", i.id LIMIT ?2 OFFSET ?3";
    Statement st(m_db, sql.constData());
    if (q.search.isEmpty())
        st.bindNull(1);
    else
        st.bind(1, likePattern(q.search));
    st.bind(2, q.limit).bind(3, q.offset);
    QList<InventoryRow> rows;
    while (st.next())
        rows.append(inventoryRowFrom(st));
    return rows;
}

QList<InventoryRow> InventoryStore::installationsOfSystem(Id systemId)
{
    QByteArray sql = QByteArray("SELECT i.id, s.name, s.component, s.site, t.name, t.publisher, i.version, src.path, "
                                "i.source_line, i.system_id")
                     + kInventoryFrom + " WHERE i.system_id = ?1 ORDER BY t.name, i.version, i.id";
    Statement st(m_db, sql.constData());
    st.bind(1, systemId);
    QList<InventoryRow> rows;
    while (st.next())
        rows.append(inventoryRowFrom(st));
    return rows;
}

InventoryRow InventoryStore::installation(Id installationId)
{
    QByteArray sql = QByteArray("SELECT i.id, s.name, s.component, s.site, t.name, t.publisher, i.version, src.path, "
                                "i.source_line, i.system_id")
                     + kInventoryFrom + " WHERE i.id = ?1";
    Statement st(m_db, sql.constData());
    st.bind(1, installationId);
    return st.next() ? inventoryRowFrom(st) : InventoryRow{};
}

} // namespace uproot
