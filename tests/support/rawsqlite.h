#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

// A project file read and changed through a plain SQLite connection of the test's own, as anyone with the
// sqlite3 tool could: for the tests of what Uproot does with a file someone else changed. The test links
// SQLite::SQLite3 itself.
namespace uproot::testsupport {

// Runs SQL on the file; false with SQLite's message in error (if given) when it fails.
inline bool tamper(const QString &path, const QByteArray &sql, QString *error = nullptr)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close(db); // the last connection: the write-ahead log goes into the file
    return rc == SQLITE_OK;
}

// The first column of the first row a query gives, or -1.
inline qint64 scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

} // namespace uproot::testsupport
