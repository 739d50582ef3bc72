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

// Every table and format, the usual format of each first: one writer to a stream (written through a
// QSaveFile here) or one that puts its file in place itself (a workbook).
struct Format
{
    const char *kind;
    const char *extension;
    StreamWriter stream;
    FileWriter file;
};

constexpr Format kFormats[] = {
    {"findings", "csv", findingsCsv, nullptr},   {"findings", "xlsx", nullptr, findingsXlsx},
    {"findings", "json", findingsJson, nullptr}, {"tasks", "csv", tasksCsv, nullptr},
    {"tasks", "xlsx", nullptr, tasksXlsx},       {"calendar", "ics", milestonesCalendar, nullptr},
};

const Format *formatOf(const QString &kind, const QString &ext)
{
    for (const Format &f : kFormats) {
        if (kind == QLatin1String(f.kind) && ext == QLatin1String(f.extension))
            return &f;
    }
    return nullptr;
}

} // namespace

bool readsFailedSince(const Project &project, qint64 faultsBefore, const QString &path, QString *error)
{
    if (project.readFaultCount() == faultsBefore)
        return false;
    *error = tr("%1 was not written: a read from the project failed, so what was read is incomplete: %2")
                 .arg(QDir::toNativeSeparators(path), project.lastReadFault());
    return true;
}

QStringList extensionsOf(const QString &kind)
{
    QStringList extensions;
    for (const Format &f : kFormats) {
        if (kind == QLatin1String(f.kind))
            extensions.append(QLatin1String(f.extension));
    }
    return extensions;
}

bool writeFile(Project &project, const QString &kind, const QString &path, QString *error)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    const Format *format = formatOf(kind, ext);
    if (!format) {
        *error =
            tr("%1: %2 is exported as .%3").arg(path, kind, extensionsOf(kind).join(QStringLiteral(", .")));
        if (extensionsOf(kind).isEmpty())
            *error = tr("%1: %2 is not a table that can be exported").arg(path, kind);
        return false;
    }
    // A workbook checks its reads itself, before it is put in place.
    if (format->file)
        return format->file(project, path, error);
    // Written to a temporary file and renamed at the end: a failed export leaves no half file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const qint64 faultsBefore = project.readFaultCount();
    if (!format->stream(project, &file, error))
        return false;
    if (readsFailedSince(project, faultsBefore, path, error))
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
