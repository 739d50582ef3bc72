#pragma once

#include <QString>

namespace uproot::projectfiles {

// Whole project files, for backups and their restore, without a store open on them: the engine's way of
// copying itself consistently (for the SQLite file, its online backup API: model/store/sqlitebackup.h).

// Copies the project file `source` to a new file `target` (the committed state, as one file).
bool copy(const QString &source, const QString &target, QString *error);
// Replaces the content of `project` by that of `backup` in one commit that other connections see as a change;
// notAProject tells that the project file itself could not be read (it is then replaced as a file by the
// caller).
bool restore(const QString &backup, const QString &project, QString *error, bool *notAProject);
// Whether the file reads and passes the engine's quick check.
bool quickCheck(const QString &file, QString *error);
// What a copy still being written has after its name (followed by the writing process's id).
QString partialSuffix();

} // namespace uproot::projectfiles
