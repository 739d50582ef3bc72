#include "model/store/sqliteprojectstore.h"

#include "model/store/sqliteunitofwork.h"

#include "model/store/dashboardstore.h"
#include "model/store/documentstore.h"
#include "model/store/findingstore.h"
#include "model/store/inventorystore.h"
#include "model/store/schema.h"
#include "model/store/schemacheck.h"
#include "model/store/statement.h"
#include "model/store/taskstore.h"
#include "model/store/teamstore.h"
#include "model/store/templatestore.h"
#include "model/store/transaction.h"
#include "model/store/verifiedfiles.h"

#include "model/translation.h"

#include <QMap>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(ProjectStore)

SqliteProjectStore::SqliteProjectStore() = default;
SqliteProjectStore::~SqliteProjectStore()
{
    // Statements must be finalised before the connection closes.
    m_dashboard.reset();
    m_templates.reset();
    m_teams.reset();
    m_documents.reset();
    m_tasks.reset();
    m_findings.reset();
    m_inventory.reset();
    // What this program wrote to a file it had checked (or made) is as sound as what it checked: the next
    // open need not read it through again. But only if the file is as this store last left it: a write by
    // anyone else meanwhile (a program editing its bytes, another connection's checkpoint) was never checked,
    // so the record is dropped and the next open reads the file through. A log another connection still
    // holds makes the record lapse too.
    const bool mayRecord = m_verified && !m_readOnly;
    if (mayRecord)
        checkOwnStamp(); // forgets the record when someone else wrote
    m_db.close();
    if (mayRecord && !m_foreignWrite)
        VerifiedFiles::recordVerified(m_path);
}

void SqliteProjectStore::noteOwnWrite()
{
    m_ownStamp = VerifiedFiles::stampOf(m_path);
}

void SqliteProjectStore::checkOwnStamp()
{
    // Once another writer is seen, the file stays unverified for this session: a later write of our own
    // stamps over what the other did, but does not make it checked.
    if (m_foreignWrite || VerifiedFiles::stampOf(m_path) == m_ownStamp)
        return;
    m_foreignWrite = true;
    VerifiedFiles::forget(m_path);
}

std::unique_ptr<SqliteProjectStore> SqliteProjectStore::open(const QString &path, OpenMode mode,
                                                             QString *error, OpenFailure *failure)
{
    const auto fail = [&](OpenFailure kind, const QString &why) {
        if (failure)
            *failure = kind;
        if (error)
            *error = why;
        return nullptr;
    };
    if (failure)
        *failure = OpenFailure::None;
    const QFileInfo info(path);
    if (mode == OpenMode::CreateNew && info.exists())
        return fail(OpenFailure::NotAProject,
                    tr("%1: a file of that name already exists; choose another name").arg(path));
    if (mode != OpenMode::CreateNew && !info.exists())
        return fail(OpenFailure::NotAProject, tr("%1: no such project file").arg(path));
    // SQLite takes an empty file for an empty database, and would make a project of it.
    if (mode != OpenMode::CreateNew && info.size() == 0)
        return fail(
            OpenFailure::NotAProject,
            tr("%1: cannot open the project: it is not an Uproot project (the file is empty)").arg(path));
    const bool hadSidecars = SchemaCheck::hasSidecars(path);
    std::unique_ptr<SqliteProjectStore> store(new SqliteProjectStore);
    store->m_path = info.absoluteFilePath();
    store->m_readOnly = mode == OpenMode::ReadOnly || mode == OpenMode::SalvageCopy;
    QString why;
    if (mode == OpenMode::SalvageCopy) {
        if (!store->openSalvageCopy(path, &why))
            return fail(OpenFailure::Unavailable, tr("%1: cannot make a salvage copy: %2").arg(path, why));
        return store;
    }
    if (!store->m_db.open(path, mode == OpenMode::CreateNew, store->m_readOnly, &why))
        return fail(OpenFailure::Unavailable, tr("%1: cannot open the project: %2").arg(path, why));
    if (mode != OpenMode::CreateNew) {
        QStringList problems;
        OpenFailure kind = OpenFailure::None;
        if (!store->judge(&problems, &kind)) {
            store.reset(); // closed before the caller hears of it, without a checkpoint
            if (!hadSidecars)
                SchemaCheck::removeEmptySidecars(path);
            return fail(kind, problems.size() == 1
                                  ? tr("%1: cannot open the project: %2").arg(path, problems.first())
                                  : tr("%1: cannot open the project:\n  %2")
                                        .arg(path, problems.join(QStringLiteral("\n  "))));
        }
    }
    if (!store->initialise(&why)) {
        store->m_verified = false;
        return fail(OpenFailure::Refused, tr("%1: cannot open the project: %2").arg(path, why));
    }
    if (mode == OpenMode::CreateNew)
        store->m_verified = true;
    store->noteOwnWrite();
    return store;
}

bool SqliteProjectStore::judge(QStringList *problems, OpenFailure *failure)
{
    // Nothing reaches the file until the verdict: a file that fails is closed as it was found.
    m_db.setWritesHeld(true);
    int version = -1;
    const ProjectCheck::Verdict identified = SchemaCheck::identify(m_db, &version, problems);
    if (identified != ProjectCheck::Verdict::Sound) {
        *failure = identified == ProjectCheck::Verdict::NotAProject ? OpenFailure::NotAProject
                                                                    : OpenFailure::Refused;
        return false;
    }
    if (!ProjectCheck::isCheckedOnOpen()) {
        m_db.setWritesHeld(false);
        return true;
    }
    // An old file is judged as the version it says it is, before it is upgraded. The integrity check reads
    // the whole file; a file exactly as it was when it last passed need not be read through again.
    const bool known = VerifiedFiles::unchangedSinceVerified(m_path);
    *problems = SchemaCheck::differences(m_db, version);
    if (!known)
        *problems += SchemaCheck::integrity(m_db, ProjectCheck::Depth::Quick);
    if (!problems->isEmpty()) {
        problems->prepend(tr("it failed the check on opening, and was neither used nor changed:"));
        *failure = OpenFailure::Refused;
        VerifiedFiles::forget(m_path);
        return false;
    }
    if (!known)
        VerifiedFiles::recordVerified(m_path);
    m_verified = true;
    m_db.setWritesHeld(false);
    return true;
}

bool SqliteProjectStore::openSalvageCopy(const QString &path, QString *error)
{
    m_salvage = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/uproot-salvage-XXXXXX"));
    if (!m_salvage->isValid()) {
        *error = m_salvage->errorString();
        return false;
    }
    // The write-ahead log holds the last commits of a file whose writer was stopped; it goes with the copy.
    const QString copy = m_salvage->filePath(QFileInfo(path).fileName());
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if ((suffix.isEmpty() || QFileInfo::exists(path + suffix)) &&
            !QFile::copy(path + suffix, copy + suffix)) {
            *error = tr("%1 cannot be copied to %2").arg(path + suffix, m_salvage->path());
            return false;
        }
    }
    if (!m_db.open(copy, false, true, error))
        return false;
    m_db.disableTriggersAndViews();
    int version = -1;
    QStringList problems;
    if (SchemaCheck::identify(m_db, &version, &problems) == ProjectCheck::Verdict::NotAProject) {
        *error = problems.join(QLatin1Char(' '));
        return false;
    }
    // Whatever the file lacks, the readers are there; a read of a table that is missing finds nothing.
    m_db.exec("PRAGMA cache_size = -32768");
    makeTableStores();
    return true;
}

void SqliteProjectStore::makeTableStores()
{
    m_inventory = std::make_unique<InventoryStore>(m_db);
    m_findings = std::make_unique<FindingStore>(m_db);
    m_tasks = std::make_unique<TaskStore>(m_db);
    m_teams = std::make_unique<TeamStore>(m_db);
    m_documents = std::make_unique<DocumentStore>(m_db);
    m_templates = std::make_unique<TemplateStore>(m_db);
    m_dashboard = std::make_unique<DashboardStore>(m_db);
}

bool SqliteProjectStore::initialise(QString *error)
{
    const int version = schema::version(m_db);
    if (!m_readOnly) {
        if (!m_db.exec("PRAGMA journal_mode = WAL", error) || !m_db.exec("PRAGMA synchronous = NORMAL", error))
            return false;
    }
    // A larger page cache keeps the indexes of a million-row import in memory (32 MB, inside the 150 MB budget).
    if (!m_db.exec("PRAGMA foreign_keys = ON", error) || !m_db.exec("PRAGMA cache_size = -32768", error)
        || !m_db.exec("PRAGMA temp_store = MEMORY", error))
        return false;
    if (version < schema::kCurrentVersion) {
        if (m_readOnly) {
            *error = tr("it needs upgrading to schema %1, which cannot be done read-only")
                         .arg(schema::kCurrentVersion);
            return false;
        }
        if (!schema::migrate(m_db, version, error))
            return false;
        const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(schema::kApplicationId);
        if (!m_db.exec(sql.constData(), error))
            return false;
        // The upgrade's own result is held to the same standard as a file that was opened.
        const QStringList problems = SchemaCheck::differences(m_db, schema::kCurrentVersion);
        if (!problems.isEmpty()) {
            *error = tr("its upgrade to schema %1 did not give this version's schema: %2")
                         .arg(schema::kCurrentVersion)
                         .arg(problems.join(QStringLiteral("; ")));
            return false;
        }
    }
    makeTableStores();
    return true;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, OpenMode mode, QString *error,
                                                 OpenFailure *failure)
{
    return SqliteProjectStore::open(path, mode, error, failure);
}

InventoryReader &SqliteProjectStore::inventory()
{
    return *m_inventory;
}

FindingsReader &SqliteProjectStore::findings()
{
    return *m_findings;
}

TasksReader &SqliteProjectStore::tasks()
{
    return *m_tasks;
}

TeamsReader &SqliteProjectStore::teams()
{
    return *m_teams;
}

DocumentsReader &SqliteProjectStore::documents()
{
    return *m_documents;
}

TemplatesReader &SqliteProjectStore::templates()
{
    return *m_templates;
}

DashboardReader &SqliteProjectStore::dashboard()
{
    return *m_dashboard;
}

std::unique_ptr<UnitOfWork> SqliteProjectStore::beginWork(WorkKind kind)
{
    return std::make_unique<SqliteUnitOfWork>(*this, kind == WorkKind::Bulk);
}

int SqliteProjectStore::schemaVersion()
{
    return schema::version(m_db);
}

QString SqliteProjectStore::value(const QString &key, const QString &fallback)
{
    Statement st(m_db, "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    return st.next() ? st.text(0) : fallback;
}

bool SqliteProjectStore::setSetting(const QString &key, const QString &value)
{
    Statement st(m_db, "INSERT INTO settings(key, value) VALUES (?1, ?2) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    return st.run();
}

Id SqliteProjectStore::upsertDirective(const DirectiveRecord &d)
{
    Statement st(m_db, "INSERT INTO directives(code, title, issuer, issued, definition) VALUES (?1, ?2, ?3, ?4, ?5) "
                       "ON CONFLICT(code) DO UPDATE SET title = excluded.title, issuer = excluded.issuer, "
                       "issued = excluded.issued, definition = excluded.definition RETURNING id");
    st.bind(1, d.code).bind(2, d.title).bind(3, d.issuer).bind(4, d.issued.toString(Qt::ISODate));
    st.bind(5, d.definitionJson);
    const Id id = st.next() ? st.int64(0) : 0;
    st.reset();
    return id;
}

static DirectiveRecord directiveFrom(const Statement &st)
{
    DirectiveRecord d;
    d.id = st.int64(0);
    d.code = st.text(1);
    d.title = st.text(2);
    d.issuer = st.text(3);
    d.issued = QDate::fromString(st.text(4), Qt::ISODate);
    d.definitionJson = st.text(5);
    return d;
}

QList<DirectiveRecord> SqliteProjectStore::all()
{
    QList<DirectiveRecord> all;
    Statement st(m_db, "SELECT id, code, title, issuer, issued, definition FROM directives ORDER BY id");
    while (st.next())
        all.append(directiveFrom(st));
    return all;
}

DirectiveRecord SqliteProjectStore::find(Id id)
{
    Statement st(m_db, "SELECT id, code, title, issuer, issued, definition FROM directives WHERE id = ?1");
    st.bind(1, id);
    return st.next() ? directiveFrom(st) : DirectiveRecord{};
}

bool SqliteProjectStore::setDirectiveDefinition(Id id, const QString &definitionJson)
{
    Statement st(m_db, "UPDATE directives SET definition = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, definitionJson);
    return st.run() && m_db.changes() == 1;
}

bool SqliteProjectStore::replaceMilestones(Id directiveId, const QList<MilestoneRecord> &milestones)
{
    Statement del(m_db, "DELETE FROM milestones WHERE directive_id = ?1");
    del.bind(1, directiveId);
    if (!del.run())
        return false;
    Statement ins(m_db, "INSERT INTO milestones(directive_id, seq, kind, title, due, warning) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const MilestoneRecord &m : milestones) {
        ins.bind(1, directiveId).bind(2, m.sequence).bind(3, m.kind).bind(4, m.title);
        ins.bind(5, m.due.toString(Qt::ISODate)).bind(6, m.warning);
        if (!ins.run())
            return false;
    }
    return true;
}

QList<MilestoneRecord> SqliteProjectStore::milestones(Id directiveId)
{
    Statement st(m_db, "SELECT id, directive_id, seq, kind, title, due, warning FROM milestones "
                       "WHERE ?1 = 0 OR directive_id = ?1 ORDER BY due, seq");
    st.bind(1, directiveId);
    QList<MilestoneRecord> all;
    while (st.next()) {
        MilestoneRecord m;
        m.id = st.int64(0);
        m.directiveId = st.int64(1);
        m.sequence = st.integer(2);
        m.kind = st.text(3);
        m.title = st.text(4);
        m.due = QDate::fromString(st.text(5), Qt::ISODate);
        m.warning = st.text(6);
        all.append(m);
    }
    return all;
}

static QString chainHash(const QString &prev, const QString &at, const QString &actor, const QString &action,
                         const QString &detail)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &part : {prev, at, actor, action, detail}) {
        h.addData(part.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

bool SqliteProjectStore::appendAudit(const QString &actor, const QString &action, const QString &detail)
{
    // The file's identity is born with its first audit line, in the same transaction: the head pinned in the
    // user's settings is found again by it when the file is copied or moved.
    Statement identity(m_db, "INSERT OR IGNORE INTO settings(key, value) VALUES ('project-id', ?1)");
    identity.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!identity.run())
        return false;
    identity = Statement();
    Statement last(m_db, "SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1");
    const QString prev = last.next() ? last.text(0) : QString(64, u'0');
    last = Statement();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Statement st(m_db, "INSERT INTO audit_events(at, actor, action, detail, prev, hash) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, at).bind(2, actor).bind(3, action).bind(4, detail).bind(5, prev);
    st.bind(6, chainHash(prev, at, actor, action, detail));
    return st.run();
}

QList<AuditEvent> SqliteProjectStore::events()
{
    QList<AuditEvent> all;
    Statement st(m_db, "SELECT id, at, actor, action, detail, hash FROM audit_events ORDER BY id");
    while (st.next()) {
        AuditEvent e;
        e.id = st.int64(0);
        e.at = QDateTime::fromString(st.text(1), Qt::ISODateWithMs);
        e.actor = st.text(2);
        e.action = st.text(3);
        e.detail = st.text(4);
        e.hash = st.text(5);
        all.append(e);
    }
    return all;
}

QList<AuditEvent> SqliteProjectStore::eventsMatching(const QList<AuditMatch> &matches)
{
    // substr() compares the prefix as text, so a system name holding % or _ matches only itself. The matches go
    // in chunks well under SQLite's limit on bound parameters, and the chunks' events are merged by id.
    constexpr qsizetype kChunk = 200;
    QMap<Id, AuditEvent> found;
    for (qsizetype from = 0; from < matches.size(); from += kChunk) {
        const QList<AuditMatch> chunk = matches.mid(from, kChunk);
        QByteArray sql = "SELECT id, at, actor, action, detail, hash FROM audit_events WHERE ";
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const QByteArray a = QByteArray::number(2 * i + 1);
            const QByteArray p = QByteArray::number(2 * i + 2);
            sql += i ? " OR " : "";
            sql += "((coalesce(?" + a + ", '') = '' OR action = ?" + a + ") AND substr(detail, 1, length(?" + p
                   + ")) = ?" + p + ")";
        }
        Statement st(m_db, sql.constData());
        for (qsizetype i = 0; i < chunk.size(); ++i)
            st.bind(int(2 * i + 1), chunk.at(i).action).bind(int(2 * i + 2), chunk.at(i).detailPrefix);
        while (st.next()) {
            AuditEvent e;
            e.id = st.int64(0);
            e.at = QDateTime::fromString(st.text(1), Qt::ISODateWithMs);
            e.actor = st.text(2);
            e.action = st.text(3);
            e.detail = st.text(4);
            e.hash = st.text(5);
            found.insert(e.id, e);
        }
    }
    return found.values();
}

Id SqliteProjectStore::verify()
{
    Statement st(m_db, "SELECT id, at, actor, action, detail, prev, hash FROM audit_events ORDER BY id");
    QString prev(64, u'0');
    while (st.next()) {
        const QString expected = chainHash(prev, st.text(1), st.text(2), st.text(3), st.text(4));
        if (st.text(5) != prev || st.text(6) != expected)
            return st.int64(0);
        prev = expected;
    }
    return 0;
}

AuditHead SqliteProjectStore::head()
{
    AuditHead h;
    h.hash = QString(64, u'0');
    Statement count(m_db, "SELECT count(*) FROM audit_events");
    if (count.next())
        h.events = count.int64(0);
    Statement last(m_db, "SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1");
    if (last.next())
        h.hash = last.text(0);
    return h;
}

static AuditEvent firstEvent(Statement &st)
{
    AuditEvent e;
    if (st.next()) {
        e.id = st.int64(0);
        e.at = QDateTime::fromString(st.text(1), Qt::ISODateWithMs);
        e.actor = st.text(2);
        e.action = st.text(3);
        e.detail = st.text(4);
        e.hash = st.text(5);
    }
    return e;
}

AuditEvent SqliteProjectStore::eventAt(qint64 position)
{
    if (position < 1)
        return {};
    Statement st(m_db, "SELECT id, at, actor, action, detail, hash FROM audit_events ORDER BY id LIMIT 1 OFFSET ?1");
    st.bind(1, position - 1);
    return firstEvent(st);
}

AuditEvent SqliteProjectStore::event(Id id)
{
    Statement st(m_db, "SELECT id, at, actor, action, detail, hash FROM audit_events WHERE id = ?1");
    st.bind(1, id);
    return firstEvent(st);
}

AuditEvent SqliteProjectStore::lastEvent()
{
    Statement st(m_db, "SELECT id, at, actor, action, detail, hash FROM audit_events ORDER BY id DESC LIMIT 1");
    return firstEvent(st);
}

QString SqliteProjectStore::projectId()
{
    Statement st(m_db, "SELECT value FROM settings WHERE key = 'project-id'");
    return st.next() ? st.text(0) : QString();
}

QString SqliteProjectStore::integrityCheck()
{
    Statement st(m_db, "PRAGMA integrity_check");
    QStringList lines;
    while (st.next())
        lines.append(st.text(0));
    return lines.join(QLatin1Char('\n'));
}

} // namespace uproot
