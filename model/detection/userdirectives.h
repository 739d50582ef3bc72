#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace uproot {

class DirectiveCatalog;

// A user's own directive files (copied and edited, or imported) live in one folder, in the catalog format,
// and join the shipped ones when the program starts.

// <AppDataLocation>/directives
QString userDirectiveFolder();

// Adds every *.json file of the folder to the catalog, in file-name order. A file that does not load is left
// out (the catalog stays as it was for it) and its error, naming the file, is appended to *errors. Returns
// how many files were added. A folder that does not exist yet holds no files.
int loadUserDirectives(DirectiveCatalog &catalog, const QString &folder, QStringList *errors);

// Writes a directive file into the folder as <baseName>.json, or <baseName>-2.json and so on when that name
// is taken, so nothing of the user's is overwritten. Returns the path written, or "" with *error set.
QString writeUserDirectiveFile(const QString &folder, const QString &baseName, const QByteArray &bytes,
                               QString *error);

} // namespace uproot
