#include "model/store/inventorystore.h"

#include "model/store/database.h"

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
    , m_insertSystem(db, "INSERT INTO systems(name, norm_name, os, site, component, owner, ip, serial, "
                         "first_seen, last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)")
    , m_touchSystem(db, "UPDATE systems SET last_seen = ?2, "
                        "os = coalesce(nullif(os, ''), ?3), site = coalesce(nullif(site, ''), ?4), "
                        "component = coalesce(nullif(component, ''), ?5), owner = coalesce(nullif(owner, ''), ?6), "
                        "ip = coalesce(nullif(ip, ''), ?7), serial = coalesce(nullif(serial, ''), ?8) "
                        "WHERE id = ?1")
    , m_insertTitle(db, "INSERT INTO software_titles(name, publisher, cpe, purl, package, bundle_id) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
    , m_insertInstallation(db, "INSERT INTO installations(system_id, title_id, version, install_date, source_id, "
                               "source_line, first_seen, last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?5)")
    , m_touchInstallation(db, "UPDATE installations SET last_seen = ?2, source_id = ?2, source_line = ?3 "
                              "WHERE id = ?1")
{
}

Id InventoryStore::addImportSource(const ImportSourceRecord &s)
{
    Statement st(m_db, "INSERT INTO import_sources(path, format, encoding, imported_at) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, s.path).bind(2, s.format).bind(3, s.encoding);
    st.bind(4, (s.importedAt.isValid() ? s.importedAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate));
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
    return s;
}

QList<ImportSourceRecord> InventoryStore::importSources()
{
    QList<ImportSourceRecord> all;
    Statement st(m_db, "SELECT id, path, format, encoding, imported_at, rows_read, rows_imported, rows_skipped "
                       "FROM import_sources ORDER BY id");
    while (st.next())
        all.append(sourceFrom(st));
    return all;
}

ImportSourceRecord InventoryStore::importSource(Id id)
{
    Statement st(m_db, "SELECT id, path, format, encoding, imported_at, rows_read, rows_imported, rows_skipped "
                       "FROM import_sources WHERE id = ?1");
    st.bind(1, id);
    return st.next() ? sourceFrom(st) : ImportSourceRecord{};
}

QHash<QString, Id> InventoryStore::systemIdsByNormalizedName()
{
    QHash<QString, Id> ids;
    Statement st(m_db, "SELECT norm_name, id FROM systems");
    while (st.next())
        ids.insert(st.text(0), st.int64(1));
    return ids;
}

Id InventoryStore::insertSystem(const SystemRecord &s, Id sourceId)
{
    m_insertSystem.bind(1, s.name).bind(2, s.normalizedName).bind(3, s.os).bind(4, s.site).bind(5, s.component);
    m_insertSystem.bind(6, s.owner).bind(7, s.ip).bind(8, s.serial).bind(9, sourceId);
    return m_insertSystem.run() ? m_db.lastInsertId() : 0;
}

bool InventoryStore::touchSystem(Id id, const SystemRecord &s, Id sourceId)
{
    m_touchSystem.bind(1, id).bind(2, sourceId).bind(3, s.os).bind(4, s.site).bind(5, s.component);
    m_touchSystem.bind(6, s.owner).bind(7, s.ip).bind(8, s.serial);
    return m_touchSystem.run();
}

SystemRecord InventoryStore::system(Id id)
{
    Statement st(m_db, "SELECT id, name, norm_name, os, site, component, owner, ip, serial FROM systems "
                       "WHERE id = ?1");
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
    }
    return s;
}

bool InventoryStore::updateSystem(const SystemRecord &s)
{
    Statement st(m_db, "UPDATE systems SET os = ?2, site = ?3, component = ?4, owner = ?5, ip = ?6, serial = ?7 "
                       "WHERE id = ?1");
    st.bind(1, s.id).bind(2, s.os).bind(3, s.site).bind(4, s.component).bind(5, s.owner).bind(6, s.ip);
    st.bind(7, s.serial);
    return st.run();
}

QString InventoryStore::titleKey(const TitleRecord &t)
{
    const QChar sep(0x1f);
    return t.name + sep + t.publisher + sep + t.cpe + sep + t.purl + sep + t.package + sep + t.bundleId;
}

QHash<QString, Id> InventoryStore::titleIdsByKey()
{
    QHash<QString, Id> ids;
    Statement st(m_db, "SELECT id, name, publisher, cpe, purl, package, bundle_id FROM software_titles");
    while (st.next()) {
        const TitleRecord t{0, st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)};
        ids.insert(titleKey(t), st.int64(0));
    }
    return ids;
}

Id InventoryStore::insertTitle(const TitleRecord &t)
{
    // Empty rather than NULL: the UNIQUE constraint treats NULLs as distinct.
    m_insertTitle.bind(1, t.name).bind(2, t.publisher.isNull() ? QStringLiteral("") : t.publisher);
    m_insertTitle.bind(3, t.cpe.isNull() ? QStringLiteral("") : t.cpe);
    m_insertTitle.bind(4, t.purl.isNull() ? QStringLiteral("") : t.purl);
    m_insertTitle.bind(5, t.package.isNull() ? QStringLiteral("") : t.package);
    m_insertTitle.bind(6, t.bundleId.isNull() ? QStringLiteral("") : t.bundleId);
    return m_insertTitle.run() ? m_db.lastInsertId() : 0;
}

QList<TitleRecord> InventoryStore::titles()
{
    QList<TitleRecord> all;
    Statement st(m_db, "SELECT id, name, publisher, cpe, purl, package, bundle_id FROM software_titles ORDER BY id");
    while (st.next())
        all.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)});
    return all;
}

QHash<QString, Id> InventoryStore::installationsOfSystem(Id systemId)
{
    QHash<QString, Id> ids;
    Statement st(m_db, "SELECT id, title_id, version FROM installations WHERE system_id = ?1");
    st.bind(1, systemId);
    while (st.next())
        ids.insert(QString::number(st.int64(1)) + u':' + st.text(2), st.int64(0));
    return ids;
}

Id InventoryStore::insertInstallation(const InstallationRecord &i, Id sourceId)
{
    m_insertInstallation.bind(1, i.systemId).bind(2, i.titleId);
    m_insertInstallation.bind(3, i.version.isNull() ? QStringLiteral("") : i.version);
    m_insertInstallation.bind(4, i.installDate).bind(5, sourceId).bind(6, i.sourceLine);
    return m_insertInstallation.run() ? m_db.lastInsertId() : 0;
}

bool InventoryStore::touchInstallation(Id id, Id sourceId, qint64 sourceLine)
{
    m_touchInstallation.bind(1, id).bind(2, sourceId).bind(3, sourceLine);
    return m_touchInstallation.run();
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
    return r;
}

QList<InventoryRow> InventoryStore::inventoryPage(const PageQuery &q)
{
    QByteArray sql = QByteArray("SELECT i.id, s.name, s.component, s.site, t.name, t.publisher, i.version, src.path, "
                                "i.source_line")
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

InventoryRow InventoryStore::installation(Id installationId)
{
    QByteArray sql = QByteArray("SELECT i.id, s.name, s.component, s.site, t.name, t.publisher, i.version, src.path, "
                                "i.source_line")
                     + kInventoryFrom + " WHERE i.id = ?1";
    Statement st(m_db, sql.constData());
    st.bind(1, installationId);
    return st.next() ? inventoryRowFrom(st) : InventoryRow{};
}

} // namespace uproot
