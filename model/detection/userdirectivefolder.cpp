#include "model/detection/userdirectivefolder.h"

#include "model/detection/directivecatalog.h"
#include "model/detection/directivereader.h"
#include "model/detection/userdirectives.h"

#include "model/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(UserDirectiveFolder)

UserDirectiveFolder::UserDirectiveFolder(DirectiveCatalog &catalog, const QString &folder)
    : m_catalog(catalog), m_folder(folder)
{
}

UserDirectiveFolder::Result UserDirectiveFolder::importFile(const QString &path)
{
    // Try the file on a copy of the catalog first: a file that does not load, or clashes with a directive
    // already there, is refused before anything is written.
    Result result;
    DirectiveCatalog trial = m_catalog;
    if (!trial.loadFile(path, &result.error))
        return result;
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.read(DirectiveReader::MaxFileSize + 1);
    if (file.error() != QFile::NoError) {
        result.error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    return keep(bytes, QFileInfo(path).completeBaseName());
}

UserDirectiveFolder::Result UserDirectiveFolder::saveDefinition(const QString &json,
                                                                const QString &sourceName)
{
    Result result;
    const auto parsed = DirectiveCatalog::parseJson(json.toUtf8(), sourceName, &result.error);
    if (!parsed)
        return result;
    if (parsed->isEmpty()) {
        result.error = sourceName + QStringLiteral(": ") + tr("the definition holds no directive");
        return result;
    }
    for (qsizetype i = 0; i < parsed->size(); ++i) {
        const QString &id = parsed->at(i).id;
        if (m_catalog.contains(id)) {
            const QString field =
                parsed->size() == 1 ? QStringLiteral("id") : QStringLiteral("directives[%1].id").arg(i);
            result.error =
                sourceName + QStringLiteral(": ") + field + QStringLiteral(": ") +
                tr("a directive \"%1\" is already in the catalog; give the copy an id of its own").arg(id);
            return result;
        }
    }
    // The catalog format, not the text as typed: the kept file reads like every other directive file.
    return keep(DirectiveCatalog::toBytes(*parsed), parsed->first().id);
}

UserDirectiveFolder::Result UserDirectiveFolder::keep(const QByteArray &bytes, const QString &baseName)
{
    Result result;
    result.status = Result::Status::NotKept;
    const QStringList before = m_catalog.ids();
    const QString path = writeUserDirectiveFile(m_folder, baseName, bytes, &result.error);
    if (path.isEmpty())
        return result;
    // Loaded from the kept file, so the catalog names it as the directives' source. The file can still fail
    // here though its content passed: written in the catalog format it may outgrow the size a file may have.
    if (!m_catalog.loadFile(path, &result.error)) {
        QFile::remove(path);
        return result;
    }
    result.status = Result::Status::Added;
    result.error.clear();
    result.path = path;
    for (const QString &id : m_catalog.ids()) {
        if (!before.contains(id))
            result.added << id;
    }
    return result;
}

} // namespace uproot
