#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace uproot {

class DirectiveCatalog;

// The user's directive folder together with the catalog it feeds. A directive file the person imports, or a
// definition they wrote (a copy of another directive, a new one), is checked against the catalog first, then
// kept in the folder (so it is there the next time the program starts) and loaded into the catalog from
// there. Whatever fails leaves the catalog and the folder as they were: a file written and then not taken by
// the catalog is removed again.
class UserDirectiveFolder
{
public:
    // What became of an import or a save.
    struct Result
    {
        enum class Status {
            Added,   // the catalog holds the directives, and the folder keeps their file
            Refused, // not something the catalog can take (unreadable, invalid, an id it has); nothing
                     // written
            NotKept, // valid, but the folder could not keep it (not written, or written and not loaded back)
        };

        bool ok() const { return status == Status::Added; }

        Status status = Status::Refused;
        QString error;     // why, naming the file and the field; empty when added
        QString path;      // the file kept in the folder, when added
        QStringList added; // the ids the catalog gained, in the file's order
    };

    // folder: userDirectiveFolder() in the program.
    UserDirectiveFolder(DirectiveCatalog &catalog, const QString &folder);

    // Adds every directive of a catalog file and keeps its bytes as they are, under the file's own name.
    Result importFile(const QString &path);
    // Adds every directive of a definition the person wrote, kept in the catalog format under the first
    // directive's id. sourceName names the definition in errors. An id the catalog already has is refused:
    // a copy needs an id of its own.
    Result saveDefinition(const QString &json, const QString &sourceName);

private:
    Result keep(const QByteArray &bytes, const QString &baseName);

    DirectiveCatalog &m_catalog;
    QString m_folder;
};

} // namespace uproot
