#include "model/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <cstring>
#include <sqlite3.h>

namespace uproot {

namespace {

// SQLite's own words for a failure, with what a person needs when the fault is the machine's rather than the
// project's: which file, and the operating system's reason ("No space left on device", "File too large").
// SQLite reports a full disk (and a file at its size limit) as "database or disk is full", and a failed write
// as "disk I/O error", with no file and no reason.
QString describeError(sqlite3 *db, const char *message)
{
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    const int code = sqlite3_extended_errcode(db);
    const int primary = code & 0xff;
    if (primary != SQLITE_FULL && primary != SQLITE_IOERR && primary != SQLITE_CANTOPEN)
        return text;
    const char *name = sqlite3_db_filename(db, "main");
    const QString file = name && *name ? QDir::toNativeSeparators(QString::fromUtf8(name))
                                       : QCoreApplication::translate("Database", "the project");
    // SQLite keeps the system's error number for I/O and open failures only (for a full disk it may be an old
    // one), so a full disk is said in words.
    if (primary == SQLITE_FULL)
        return QCoreApplication::translate("Database", "the disk is full: %1 could not be written").arg(file);
    int systemError = sqlite3_system_errno(db);
    // SQLite does not always keep the number with the connection (a write that fails at commit); the main
    // file's own last error then says it.
    if (!systemError)
        sqlite3_file_control(db, "main", SQLITE_FCNTL_LAST_ERRNO, &systemError);
    const QString reason = systemError ? QString::fromLocal8Bit(std::strerror(systemError)) : text;
    if (primary == SQLITE_CANTOPEN)
        return QCoreApplication::translate("Database", "%1 (or its journal) could not be opened: %2")
            .arg(file, reason);
    if (code == SQLITE_IOERR_READ || code == SQLITE_IOERR_SHORT_READ)
        return QCoreApplication::translate("Database", "%1 could not be read: %2").arg(file, reason);
    return QCoreApplication::translate("Database", "%1 (or its journal) could not be written: %2")
        .arg(file, reason);
}

} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, bool create, bool readOnly, QString *error)
{
    close();
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // Serialized: an import writes from its own thread while the window may still read for a repaint. Each call
    // takes the connection's mutex; the import's writer holds it per batch, and the whole costs about 3% of a
    // 1M-row import (measured against a connection without the mutex).
    flags |= SQLITE_OPEN_FULLMUTEX;
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_busy_timeout(m_db, 2000);
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = describeError(m_db, message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

void Database::setWritesHeld(bool held)
{
    exec(held ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, held ? 1 : 0, nullptr);
}

void Database::disableTriggersAndViews()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
}

void Database::noteFault(const QString &message)
{
    if (m_fault.isEmpty())
        m_fault = message;
    m_lastFault = message;
    ++m_faults;
}

QString Database::lastError() const
{
    return m_db ? describeError(m_db, nullptr) : QString();
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

DatabaseLock::DatabaseLock(Database &db)
    : m_mutex(sqlite3_db_mutex(db.handle()))
{
    sqlite3_mutex_enter(m_mutex);
}

DatabaseLock::~DatabaseLock()
{
    sqlite3_mutex_leave(m_mutex);
}

} // namespace uproot
