#pragma once

#include <QString>

namespace uproot {

class Database;

// Copies whole project files with SQLite's online backup API (sqlite3_backup_*): page by page, under SQLite's
// own locks, so a copy is one consistent commit of its source even while other connections read or write it,
// and a restore is one commit that every other connection sees as a change of the file.
class SqliteBackup final
{
public:
    // Copies the committed state of the database open on `source` (including what is still in its write-ahead
    // log) to a new file `target`, which must not exist. The copy is written beside it under another name and
    // renamed when complete, so a failed or killed copy never leaves a file that looks like a backup. The
    // copy stands alone (rollback journal, no -wal beside it): it opens read-only and can be copied as one
    // file.
    static bool copy(Database &source, const QString &target, QString *error);
    // The same from a file no connection of this process has open.
    static bool copyFile(const QString &sourceFile, const QString &target, QString *error);
    // Replaces the content of the database in `projectFile` by that of `backupFile` in one commit. On failure
    // the project is as it was; notADatabase tells that the project file itself could not be read as one.
    static bool restore(const QString &backupFile, const QString &projectFile, QString *error,
                        bool *notADatabase);
    // Whether `file` reads as an SQLite database and passes SQLite's quick check; error says why not.
    static bool quickCheck(const QString &file, QString *error);
    // The suffix of a copy still being written (followed by the writing process's id).
    static QString partialSuffix();
};

} // namespace uproot
