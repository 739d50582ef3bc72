#include "model/documents/writefailure.h"
#include "model/project/project.h"
#include "model/project/tabularexport.h"
#include "model/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>

namespace uproot::tabularexport {

namespace {

UPROOT_DECLARE_TR_FUNCTION(TabularExport)

using StreamWriter = bool (*)(Project &, QIODevice *, QString *);
using FileWriter = bool (*)(Project &, const QString &, QString *);

StreamWriter streamWriter(const QString &kind, const QString &ext)
{
    if (kind == QLatin1String("findings") && ext == QLatin1String("csv"))
        return findingsCsv;
    if (kind == QLatin1String("findings") && ext == QLatin1String("json"))
        return findingsJson;
    if (kind == QLatin1String("tasks") && ext == QLatin1String("csv"))
        return tasksCsv;
    if (kind == QLatin1String("calendar") && ext == QLatin1String("ics"))
        return milestonesCalendar;
    return nullptr;
}

FileWriter fileWriter(const QString &kind, const QString &ext)
{
    if (ext != QLatin1String("xlsx"))
        return nullptr;
    if (kind == QLatin1String("findings"))
        return findingsXlsx;
    if (kind == QLatin1String("tasks"))
        return tasksXlsx;
    return nullptr;
}

bool readsFailed(const Project &project, const QString &path, QString *error)
{
    const QString fault = project.readFault();
    if (fault.isEmpty())
        return false;
    *error = tr("%1 was not written: a read from the project failed, so what was read is incomplete: %2")
                 .arg(QDir::toNativeSeparators(path), fault);
    return true;
}

} // namespace

QStringList tableKinds()
{
    return {QStringLiteral("findings"), QStringLiteral("tasks"), QStringLiteral("calendar")};
}

QStringList extensionsOf(const QString &kind)
{
    if (kind == QLatin1String("findings"))
        return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("json")};
    if (kind == QLatin1String("tasks"))
        return {QStringLiteral("csv"), QStringLiteral("xlsx")};
    if (kind == QLatin1String("calendar"))
        return {QStringLiteral("ics")};
    return {};
}

bool writeFile(Project &project, const QString &kind, const QString &path, QString *error)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (const FileWriter write = fileWriter(kind, ext)) {
        if (!write(project, path, error))
            return false;
        // The workbook is renamed into place at its end; rows taken from failed reads do not stay.
        if (readsFailed(project, path, error)) {
            QFile::remove(path);
            return false;
        }
        return true;
    }
    const StreamWriter write = streamWriter(kind, ext);
    if (!write) {
        *error =
            tr("%1: %2 is exported as .%3").arg(path, kind, extensionsOf(kind).join(QStringLiteral(", .")));
        if (extensionsOf(kind).isEmpty())
            *error = tr("%1: %2 is not a table that can be exported").arg(path, kind);
        return false;
    }
    // Written to a temporary file and renamed at the end: a failed export leaves no half file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(project, &file, error))
        return false;
    if (readsFailed(project, path, error))
        return false; // the temporary file goes, uncommitted
    // commit() flushes what is still buffered and renames; a full disk may first show here.
    errno = 0;
    if (!file.commit()) {
        const int systemError = errno;
        *error = tr("cannot write %1: %2").arg(path, writeFailureReason(file, systemError));
        return false;
    }
    return true;
}

} // namespace uproot::tabularexport
