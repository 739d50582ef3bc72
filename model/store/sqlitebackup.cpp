#include "model/store/sqlitebackup.h"

#include "model/store/database.h"
#include "model/store/statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <sqlite3.h>

namespace uproot {

namespace {

// Runs a backup from `from` into `to` in one step, waiting while another connection holds a lock SQLite's
// busy handler does not wait for (the source's writer, a restore's readers).
bool runBackup(sqlite3 *to, sqlite3 *from, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const int code = sqlite3_extended_errcode(to);
        *error =
            code != SQLITE_OK ? QString::fromUtf8(sqlite3_errmsg(to)) : QString::fromUtf8(sqlite3_errstr(rc));
        if (*error == QLatin1String("not an error"))
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace

QString SqliteBackup::partialSuffix()
{
    return QStringLiteral(".partial-");
}

bool SqliteBackup::copy(Database &source, const QString &target, QString *error)
{
    if (QFile::exists(target)) {
        *error = QStringLiteral("%1 already exists").arg(target);
        return false;
    }
    const QString partial = target + partialSuffix() + QString::number(QCoreApplication::applicationPid());
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")})
        QFile::remove(partial + suffix);
    bool ok = false;
    {
        Database copy;
        ok = copy.open(partial, true, false, error) &&
             runBackup(copy.handle(), source.handle(), error)
             // The pages copied carry the source's write-ahead-log mark; the copy goes back to a rollback
             // journal, so that it is one file and opens read-only without leaving -wal and -shm beside it.
             && copy.exec("PRAGMA journal_mode = DELETE", error);
        copy.close();
    }
    if (ok && !QFile::rename(partial, target)) {
        *error = QStringLiteral("cannot name the copy %1").arg(target);
        ok = false;
    }
    if (!ok) {
        for (const QString &suffix :
             {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    }
    return ok;
}

bool SqliteBackup::copyFile(const QString &sourceFile, const QString &target, QString *error)
{
    Database source;
    if (!source.open(sourceFile, false, false, error))
        return false;
    return copy(source, target, error);
}

bool SqliteBackup::restore(const QString &backupFile, const QString &projectFile, QString *error,
                           bool *notADatabase)
{
    *notADatabase = false;
    Database backup;
    if (!backup.open(backupFile, false, true, error))
        return false;
    Database project;
    if (!project.open(projectFile, false, false, error))
        return false;
    // A file whose header is not SQLite's cannot take pages; the caller replaces it as a file instead.
    Statement probe(project, "SELECT count(*) FROM sqlite_schema");
    if (!probe.isValid() || !probe.next()) {
        const int code = sqlite3_errcode(project.handle());
        *error = probe.isValid() ? project.lastError() : probe.error();
        *notADatabase = code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
        return false;
    }
    probe = Statement();
    if (!runBackup(project.handle(), backup.handle(), error)) {
        const int code = sqlite3_errcode(project.handle());
        *notADatabase = code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
        return false;
    }
    return true;
}

bool SqliteBackup::quickCheck(const QString &file, QString *error)
{
    Database db;
    if (!db.open(file, false, true, error))
        return false;
    Statement check(db, "PRAGMA quick_check");
    QStringList lines;
    while (check.next())
        lines.append(check.text(0));
    if (!check.isValid() || !check.ok()) {
        *error = check.isValid() ? db.lastError() : check.error();
        return false;
    }
    if (lines != QStringList{QStringLiteral("ok")}) {
        *error = lines.mid(0, 3).join(QStringLiteral("; "));
        return false;
    }
    return true;
}

} // namespace uproot
