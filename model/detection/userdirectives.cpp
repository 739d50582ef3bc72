#include "model/detection/userdirectives.h"

#include "model/detection/directivecatalog.h"
#include "model/translation.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace uproot {

namespace {
UPROOT_DECLARE_TR_FUNCTION(UserDirectives)

// A file name from a directive id or a file's base name: ids are already safe; anything else keeps letters,
// digits, '-', '_' and '.'.
QString safeBaseName(const QString &name)
{
    QString base;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.')
            base.append(c);
        else
            base.append(u'-');
    }
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    return base.isEmpty() ? QStringLiteral("directive") : base.left(80);
}
} // namespace

QString userDirectiveFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/directives");
}

int loadUserDirectives(DirectiveCatalog &catalog, const QString &folder, QStringList *errors)
{
    const QDir dir(folder);
    if (!dir.exists())
        return 0;
    int added = 0;
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        QString error;
        if (catalog.loadFile(dir.filePath(file), &error))
            ++added;
        else if (errors)
            errors->append(error);
    }
    return added;
}

QString writeUserDirectiveFile(const QString &folder, const QString &baseName, const QByteArray &bytes,
                               QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("%1: the folder cannot be created").arg(folder);
        return {};
    }
    const QString base = safeBaseName(baseName);
    QString path = QDir(folder).filePath(base + QStringLiteral(".json"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2.json").arg(base).arg(n));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1: cannot be written: %2").arg(path, file.errorString());
        return {};
    }
    return path;
}

} // namespace uproot
