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

// Whether a read from the project failed while the rows were taken (not before: a salvage copy has failed
// reads of its damaged tables, and still exports the others whole).
bool readsFailed(const Project &project, qint64 faultsBefore, const QString &path, QString *error)
{
    if (project.readFaultCount() == faultsBefore)
        return false;
    *error = tr("%1 was not written: a read from the project failed, so what was read is incomplete: %2")
                 .arg(QDir::toNativeSeparators(path), project.lastReadFault());
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
    // A workbook checks its reads itself, before it is put in place.
    if (const FileWriter write = fileWriter(kind, ext))
        return write(project, path, error);
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
    const qint64 faultsBefore = project.readFaultCount();
    if (!write(project, &file, error))
        return false;
    if (readsFailed(project, faultsBefore, path, error))
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
