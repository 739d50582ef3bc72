#include "model/store/transaction.h"

#include "model/store/statement.h"

#include <sqlite3.h>

namespace uproot {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    m_active = m_db.exec(m_nested ? "SAVEPOINT uproot_nested" : "BEGIN IMMEDIATE", &m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::rollback()
{
    m_active = false;
    if (m_nested)
        m_db.exec("ROLLBACK TO uproot_nested; RELEASE uproot_nested");
    else
        m_db.exec("ROLLBACK");
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(m_nested ? "RELEASE uproot_nested" : "COMMIT", &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

namespace {
QString pragmaText(Database &db, const char *sql)
{
    Statement st(db, sql);
    return st.next() ? st.text(0) : QString();
}
} // namespace

BulkWriteMode::BulkWriteMode(Database &db)
    : m_db(db)
{
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        return;
    if (pragmaText(m_db, "PRAGMA foreign_keys") == QLatin1String("1"))
        m_foreignKeysWereOn = m_db.exec("PRAGMA foreign_keys = OFF");
    // Leaving WAL needs the only connection to the file; when it cannot be had, the log stays.
    if (pragmaText(m_db, "PRAGMA journal_mode") == QLatin1String("wal"))
        m_leftWal = pragmaText(m_db, "PRAGMA journal_mode = DELETE") == QLatin1String("delete");
    // NORMAL is safe under WAL, not with a rollback journal: a power cut could leave a corrupt file. FULL syncs
    // the journal before the file is written.
    if (m_leftWal) {
        m_synchronous = pragmaText(m_db, "PRAGMA synchronous").toInt();
        m_db.exec("PRAGMA synchronous = FULL");
    }
    // A load writes mostly at the right edge of its B-trees, and every page is written out once whatever the
    // cache: a small cache that recycles its pages beats a large one that keeps allocating them (measured: about
    // 15% less time to store a million rows with 8 MB than with 32 MB).
    m_cacheSize = pragmaText(m_db, "PRAGMA cache_size").toLongLong();
    m_db.exec("PRAGMA cache_size = -8192");
}

BulkWriteMode::~BulkWriteMode()
{
    if (m_cacheSize) {
        // PRAGMA takes no parameters; the value is the number SQLite gave us.
        const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(m_cacheSize);
        m_db.exec(sql.constData());
    }
    if (m_leftWal) {
        m_db.exec("PRAGMA journal_mode = WAL");
        const QByteArray sql = "PRAGMA synchronous = " + QByteArray::number(m_synchronous);
        m_db.exec(sql.constData());
    }
    if (m_foreignKeysWereOn)
        m_db.exec("PRAGMA foreign_keys = ON");
}

} // namespace uproot
