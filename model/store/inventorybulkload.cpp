#include "model/store/inventorybulkload.h"

#include "model/store/database.h"
#include "model/store/statement.h"

#include <QHash>

#include <algorithm>

namespace uproot {

namespace {

// Rows per INSERT statement: each statement has a fixed cost (its own journal of what to undo should it fail
// half-way, the reset) that one row would pay alone. 256 rows of 5 parameters are 1,281 parameters, below the
// 32,766 SQLite allows by default since 3.32 (the build asks for 3.33); against 64 rows per statement a 1M-row
// import took about 6% less time.
constexpr int RowsPerStatement = 256;
// Installations per batch handed to the writer, and how many batches may wait: enough to ride out a slow
// moment on either side, few enough that memory does not grow with the file.
constexpr int RowsPerBatch = RowsPerStatement * 32;
constexpr size_t MaxQueuedBatches = 4;

// The date of the scan an import source holds; files imported before scan dates were kept have the import's.
QByteArray scanDateOf(const char *sourceId)
{
    return QByteArray("(SELECT coalesce(scanned_at, substr(imported_at, 1, 10)) FROM import_sources WHERE id = ")
           + sourceId + ")";
}

QByteArray installationsInsertSql(int rows)
{
    QByteArray sql = "INSERT INTO installations(system_id, title_id, version, install_date, source_line, "
                     "source_id, first_seen, last_seen) VALUES ";
    for (int r = 0; r < rows; ++r) {
        const int p = 2 + r * 5;
        if (r)
            sql += ',';
        sql += "(?" + QByteArray::number(p) + ",?" + QByteArray::number(p + 1) + ",?" + QByteArray::number(p + 2)
            + ",?" + QByteArray::number(p + 3) + ",?" + QByteArray::number(p + 4) + ",?1,?1,?1)";
    }
    // An installation a scan verified removed and this one shows again has reappeared, when this scan covers its
    // system (the system's last scan is this one, which the batch's system rows have just settled): the file of
    // an older scan imported later says nothing backwards. The system is only read for an installation missing
    // since a scan: the common case costs one NULL test.
    sql += " ON CONFLICT(system_id, title_id, version) DO UPDATE SET source_id = excluded.source_id, "
           "source_line = excluded.source_line, last_seen = excluded.last_seen, "
           "reappeared_in = CASE WHEN installations.missing_since IS NOT NULL "
           "AND installations.reappeared_in IS NULL "
           "AND (SELECT last_seen FROM systems WHERE id = installations.system_id) = ?1 "
           "THEN ?1 ELSE installations.reappeared_in END";
    return sql;
}

// A system's last scan only moves forward in time: the file of an older scan imported later does not become the
// scan that covers the system, so it verifies nothing about it (InventoryBulkLoad::finish).
QByteArray touchSystemSql()
{
    return "UPDATE systems SET last_seen = CASE WHEN " + scanDateOf("?2") + " >= coalesce("
           + scanDateOf("systems.last_seen")
           + ", '') THEN ?2 ELSE last_seen END, "
             "os = coalesce(nullif(os, ''), ?3), site = coalesce(nullif(site, ''), ?4), "
             "component = coalesce(nullif(component, ''), ?5), owner = coalesce(nullif(owner, ''), ?6), "
             "ip = coalesce(nullif(ip, ''), ?7), serial = coalesce(nullif(serial, ''), ?8), "
             "norm_name = coalesce(nullif(?9, ''), norm_name) WHERE id = ?1";
}

Id maxId(Database &db, const char *sql)
{
    Statement st(db, sql);
    return st.next() ? st.int64(0) : 0;
}

// Appends the UTF-8 of `text` to `arena`, the common all-ASCII case without a temporary.
void appendUtf8(QByteArray &arena, const QString &text)
{
    const qsizetype start = arena.size();
    const qsizetype n = text.size();
    const auto *in = reinterpret_cast<const char16_t *>(text.utf16());
    arena.resize(start + n);
    char *out = arena.data() + start;
    for (qsizetype i = 0; i < n; ++i) {
        if (in[i] >= 0x80) {
            arena.resize(start);
            arena += text.toUtf8();
            return;
        }
        out[i] = char(in[i]);
    }
}

} // namespace

struct InventoryBulkLoad::Batch
{
    struct SystemOp
    {
        bool insert;
        SystemRecord record;
    };
    // Text lives in one arena per batch (no allocation per row); an offset of -1 is NULL.
    struct Row
    {
        Id system;
        Id title;
        qint64 line;
        bool covered; // the title has matches
        int version;
        int versionLength;
        int installDate;
        int installDateLength;
    };
    std::vector<SystemOp> systems;
    std::vector<TitleRecord> titles;
    std::vector<std::pair<Id, QList<TitleDirectiveMatch>>> matches;
    std::vector<Row> rows;
    QByteArray text;

    Batch()
    {
        rows.reserve(RowsPerBatch);
        text.reserve(RowsPerBatch * 24);
    }
    void clear()
    {
        systems.clear();
        titles.clear();
        matches.clear();
        rows.clear();
        text.resize(0); // keeps the capacity
    }
    QByteArrayView view(int offset, int length) const
    {
        return offset < 0 ? QByteArrayView() : QByteArrayView(text.constData() + offset, length);
    }
};

struct InventoryBulkLoad::Writer
{
    Writer(Database &database, Id source)
        : db(database)
        , sourceId(source)
        , insertSystem(database, "INSERT INTO systems(id, name, norm_name, os, site, component, owner, ip, serial, "
                           "first_seen, last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)")
        , touchSystem(database, touchSystemSql().constData())
        , insertTitle(database, "INSERT INTO software_titles(id, name, publisher, cpe, purl, package, bundle_id, "
                          "kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        , insertMany(database, installationsInsertSql(RowsPerStatement).constData())
        , insertOne(database, installationsInsertSql(1).constData())
        , addFinding(database, "INSERT INTO findings(installation_id, directive_id, confidence, rule, matched, "
                         "state) SELECT id, ?4, ?5, ?6, ?7, ?8 FROM installations "
                         "WHERE system_id = ?1 AND title_id = ?2 AND version = ?3 "
                         "ON CONFLICT(installation_id, directive_id) DO NOTHING")
    {
        insertMany.bind(1, sourceId);
        insertOne.bind(1, sourceId);
    }

    QString prepareError() const
    {
        for (const Statement *st : {&insertSystem, &touchSystem, &insertTitle, &insertMany, &insertOne, &addFinding}) {
            if (!st->isValid())
                return st->error();
        }
        return {};
    }

    static QString orEmpty(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

    bool write(const Batch &batch)
    {
        const DatabaseLock lock(db);
        for (const Batch::SystemOp &op : batch.systems) {
            const SystemRecord &s = op.record;
            if (op.insert) {
                insertSystem.bind(1, s.id).bind(2, s.name).bind(3, s.normalizedName).bind(4, s.os).bind(5, s.site);
                insertSystem.bind(6, s.component).bind(7, s.owner).bind(8, s.ip).bind(9, s.serial);
                insertSystem.bind(10, sourceId);
                if (!insertSystem.run())
                    return fail(insertSystem);
            } else {
                touchSystem.bind(1, s.id).bind(2, sourceId).bind(3, s.os).bind(4, s.site).bind(5, s.component);
                touchSystem.bind(6, s.owner).bind(7, s.ip).bind(8, s.serial).bind(9, s.normalizedName);
                if (!touchSystem.run())
                    return fail(touchSystem);
            }
        }
        for (const TitleRecord &t : batch.titles) {
            // Empty rather than NULL: the UNIQUE constraint treats NULLs as distinct.
            insertTitle.bind(1, t.id).bind(2, t.name).bind(3, orEmpty(t.publisher)).bind(4, orEmpty(t.cpe));
            insertTitle.bind(5, orEmpty(t.purl)).bind(6, orEmpty(t.package)).bind(7, orEmpty(t.bundleId));
            insertTitle.bind(8, orEmpty(t.kind));
            if (!insertTitle.run())
                return fail(insertTitle);
        }
        for (const auto &[titleId, matches] : batch.matches)
            titleMatches.insert(titleId, matches);
        const size_t n = batch.rows.size();
        size_t i = 0;
        for (; i + RowsPerStatement <= n; i += RowsPerStatement) {
            for (int r = 0; r < RowsPerStatement; ++r)
                bindRow(insertMany, 2 + r * 5, batch, batch.rows[i + size_t(r)]);
            if (!insertMany.run())
                return fail(insertMany);
        }
        for (; i < n; ++i) {
            bindRow(insertOne, 2, batch, batch.rows[i]);
            if (!insertOne.run())
                return fail(insertOne);
        }
        // A few per cent of the rows are covered: each is found again through the unique index.
        for (const Batch::Row &row : batch.rows) {
            if (!row.covered)
                continue;
            for (const TitleDirectiveMatch &m : titleMatches.value(row.title)) {
                addFinding.bind(1, row.system).bind(2, row.title);
                addFinding.bindUtf8View(3, batch.view(row.version, row.versionLength));
                addFinding.bind(4, m.directiveId).bind(5, toString(m.confidence)).bind(6, m.rule);
                addFinding.bind(7, m.matched);
                addFinding.bind(8, toString(m.excluded ? FindingState::Excluded : FindingState::Open));
                if (!addFinding.run())
                    return fail(addFinding);
                if (!m.excluded)
                    findings += db.changes();
            }
        }
        return true;
    }

    static void bindRow(Statement &st, int p, const Batch &batch, const Batch::Row &row)
    {
        st.bind(p, row.system).bind(p + 1, row.title);
        st.bindUtf8View(p + 2, batch.view(row.version, row.versionLength));
        st.bindUtf8View(p + 3, batch.view(row.installDate, row.installDateLength));
        st.bind(p + 4, row.line);
    }

    bool fail(const Statement &st)
    {
        error = st.error();
        return false;
    }

    Database &db;
    Id sourceId;
    QHash<Id, QList<TitleDirectiveMatch>> titleMatches;
    qint64 findings = 0;
    Statement insertSystem;
    Statement touchSystem;
    Statement insertTitle;
    Statement insertMany;
    Statement insertOne;
    Statement addFinding;
    QString error;
};

InventoryBulkLoad::InventoryBulkLoad(Database &db, Id sourceId)
    : m_db(db)
    , m_current(std::make_unique<Batch>())
    , m_sourceId(sourceId)
{
    m_nextSystemId = maxId(db, "SELECT max(id) FROM systems") + 1;
    m_nextTitleId = maxId(db, "SELECT max(id) FROM software_titles") + 1;
    m_installationIdBefore = maxId(db, "SELECT max(id) FROM installations");
    m_writer = std::make_unique<Writer>(db, sourceId);
    const QString why = m_writer->prepareError();
    if (!why.isEmpty()) {
        m_failed = true;
        m_error = why;
        return;
    }
    m_thread = std::thread([this] { writerLoop(); });
}

InventoryBulkLoad::~InventoryBulkLoad()
{
    abort();
}

Id InventoryBulkLoad::addSystem(const SystemRecord &system)
{
    Batch::SystemOp op{true, system};
    op.record.id = m_nextSystemId++;
    m_current->systems.push_back(std::move(op));
    return m_current->systems.back().record.id;
}

void InventoryBulkLoad::touchSystem(Id id, const SystemRecord &seen)
{
    Batch::SystemOp op{false, seen};
    op.record.id = id;
    m_current->systems.push_back(std::move(op));
}

Id InventoryBulkLoad::addTitle(const TitleRecord &title)
{
    m_current->titles.push_back(title);
    m_current->titles.back().id = m_nextTitleId++;
    return m_current->titles.back().id;
}

void InventoryBulkLoad::setTitleMatches(Id titleId, const QList<TitleDirectiveMatch> &matches)
{
    if (matches.isEmpty())
        return;
    m_coveredTitles.insert(titleId);
    m_current->matches.emplace_back(titleId, matches);
}

void InventoryBulkLoad::addInstallation(Id systemId, Id titleId, const QString &version,
                                        const QString &installDate, qint64 sourceLine)
{
    Batch &b = *m_current;
    const int versionAt = int(b.text.size());
    appendUtf8(b.text, version);
    const int versionLength = int(b.text.size()) - versionAt;
    int dateAt = -1;
    int dateLength = 0;
    if (!installDate.isEmpty()) {
        dateAt = int(b.text.size());
        appendUtf8(b.text, installDate);
        dateLength = int(b.text.size()) - dateAt;
    }
    b.rows.push_back({systemId, titleId, sourceLine, m_coveredTitles.contains(titleId), versionAt, versionLength,
                      dateAt, dateLength});
    if (m_current->rows.size() >= RowsPerBatch)
        push(false);
}

bool InventoryBulkLoad::failed() const
{
    return m_failed;
}

void InventoryBulkLoad::push(bool last)
{
    // In the unique index's order each row lands beside the one before it, on pages the search has just been
    // through. The sort costs the reading thread, which has time to spare, and saves the writer, which has not:
    // a 1M-row import went from 1.02 s to 0.78 s.
    Batch &b = *m_current;
    std::sort(b.rows.begin(), b.rows.end(), [&b](const Batch::Row &x, const Batch::Row &y) {
        if (x.system != y.system)
            return x.system < y.system;
        if (x.title != y.title)
            return x.title < y.title;
        const QByteArrayView xv = b.view(x.version, x.versionLength);
        const QByteArrayView yv = b.view(y.version, y.versionLength);
        if (xv != yv)
            return xv < yv;
        // The same installation twice in one batch: file order, so the first row's date stays and the last
        // row's line is where it was seen, as when the rows come one by one.
        return x.line < y.line;
    });
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < MaxQueuedBatches || m_failed || m_aborted; });
    if (!m_failed && !m_aborted) {
        m_queue.push_back(std::move(m_current));
        if (!m_spare.empty()) {
            m_current = std::move(m_spare.back());
            m_spare.pop_back();
        } else {
            m_current = std::make_unique<Batch>();
        }
    } else {
        m_current->clear(); // nothing more will be written; keep memory flat
    }
    if (last)
        m_closed = true;
    m_changed.notify_all();
}

void InventoryBulkLoad::writerLoop()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed || m_aborted; });
            if (m_aborted || m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        const bool written = m_writer->write(*batch);
        std::lock_guard lock(m_mutex);
        if (!written) {
            m_failed = true;
            m_error = m_writer->error;
            m_queue.clear();
            m_changed.notify_all();
            return;
        }
        // Batches go round: their vectors and text keep their capacity, so the steady state allocates nothing.
        batch->clear();
        m_spare.push_back(std::move(batch));
    }
}

bool InventoryBulkLoad::finish(QString *error)
{
    if (m_aborted) {
        if (error)
            *error = QStringLiteral("the load was abandoned");
        return false;
    }
    if (m_thread.joinable()) {
        push(true);
        m_thread.join();
    }
    if (m_failed) {
        if (error)
            *error = m_error;
        return false;
    }
    m_installationsCreated = maxId(m_db, "SELECT max(id) FROM installations") - m_installationIdBefore;
    // Only the installations stored before this load are looked at (a range of ids; none in a new project).
    Statement seen(m_db, "SELECT count(*) FROM installations WHERE id <= ?1 AND last_seen = ?2");
    seen.bind(1, m_installationIdBefore);
    seen.bind(2, m_sourceId);
    m_installationsSeenAgain = seen.next() ? seen.int64(0) : 0;
    // A project that held no installations before this load has nothing to verify: the first import pays nothing.
    if (m_installationIdBefore > 0 && !verifyRemovals(error))
        return false;
    return true;
}

bool InventoryBulkLoad::verifyRemovals(QString *error)
{
    // This scan covers a system when the system's last scan is now this one (touchSystem moves it only forward).
    // Each covered product on such a system that this scan did not show is verified removed by it; one that came
    // back and is gone again is removed again. Only installations with findings are looked at (a few per cent),
    // found through the findings' index, so the cost follows the findings, not the inventory. A title that a rule
    // change covers later has no removal recorded until the next scan of its systems.
    Statement removed(m_db, "UPDATE installations SET missing_since = ?1, reappeared_in = NULL "
                            "WHERE id IN (SELECT installation_id FROM findings) AND last_seen IS NOT ?1 "
                            "AND (missing_since IS NULL OR reappeared_in IS NOT NULL) "
                            "AND system_id IN (SELECT id FROM systems WHERE last_seen = ?1)");
    removed.bind(1, m_sourceId);
    if (!removed.run()) {
        if (error)
            *error = removed.error();
        return false;
    }
    m_removalsVerified = m_db.changes();
    Statement back(m_db, "SELECT count(*) FROM installations WHERE id IN (SELECT installation_id FROM findings) "
                         "AND reappeared_in = ?1");
    back.bind(1, m_sourceId);
    if (!back.next()) {
        if (error)
            *error = back.error();
        return false;
    }
    m_reappearances = back.int64(0);
    return true;
}

qint64 InventoryBulkLoad::findingsCreated() const
{
    return m_writer ? m_writer->findings : 0;
}

void InventoryBulkLoad::abort()
{
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_queue.clear();
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace uproot
