#pragma once

#include "model/detection/directive.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace uproot {

// The directives a user can choose from: the shipped ones (":/directives/*.json") and any the user imported
// or defined. Every way in validates completely first and changes nothing on error, so the catalog already
// loaded stays exactly as it was; errors name the file (or directive) and the field path.
class DirectiveCatalog
{
public:
    DirectiveCatalog() = default;

    // Every shipped directive, in file-name order. A shipped file that does not load is reported in *error
    // and left out (a test makes sure none does).
    static DirectiveCatalog builtin(QString *error = nullptr);

    // Parses a catalog file without touching any catalog (for an import dialog that asks before adding or
    // replacing).
    static std::optional<QList<Directive>> parseJson(const QByteArray &bytes, const QString &sourceName,
                                                     QString *error);

    // Adds every directive of a file. Fails, adding none, when the file is unreadable or invalid or one of
    // its identifiers is already in the catalog. sourceName is how errors name the file.
    bool loadFile(const QString &path, QString *error);
    bool loadJson(const QByteArray &bytes, const QString &sourceName, QString *error);

    // The catalog format of one directive (with "schemaVersion"), for export and for storing in a project.
    static QJsonObject toJson(const Directive &directive);
    static QByteArray toBytes(const QList<Directive> &directives);

    const QList<Directive> &directives() const { return m_directives; }
    QStringList ids() const;
    const Directive *find(const QString &id) const;
    bool contains(const QString &id) const { return find(id) != nullptr; }
    // The file a directive came from (":/directives/bod-17-01.json", a user's path), or "" when it was added.
    QString sourceOf(const QString &id) const;
    bool isBuiltin(const QString &id) const;

    // User-defined directives. Each is validated as if read from a file (errors are prefixed with its id),
    // and stored in its canonical form. add fails when the id exists, replace when it does not.
    bool add(const Directive &directive, QString *error);
    bool replace(const Directive &directive, QString *error);
    bool remove(const QString &id);

private:
    bool commit(const QList<Directive> &directives, const QString &sourceName, const QString &source,
                QString *error);
    static std::optional<Directive> canonical(const Directive &directive, QString *error);
    qsizetype indexOf(const QString &id) const;

    QList<Directive> m_directives;
    QStringList m_sources; // parallel to m_directives
};

} // namespace uproot
