#include "model/import/sourcerow.h"

#include "model/readers/readerfactory.h"
#include "model/readers/recordreader.h"
#include "model/translation.h"

#include <QFileInfo>

namespace uproot {

namespace {
UPROOT_DECLARE_TR_FUNCTION(SourceRow)
} // namespace

bool readSourceRow(const QString &path, qint64 line, const QString &format, const ReaderOptions &options,
                   QStringList *header, QStringList *fields, QString *error)
{
    header->clear();
    fields->clear();
    if (path.isEmpty()) {
        *error = tr("the finding records no source file");
        return false;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: the file is no longer there; it was moved, renamed or deleted after the import")
                     .arg(path);
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("%1: the file cannot be read").arg(path);
        return false;
    }
    if (line < 1) {
        *error = tr("%1: the finding records no line of this file").arg(path);
        return false;
    }
    QString why;
    std::unique_ptr<RecordReader> reader =
        openReader(path, format.isEmpty() ? QStringLiteral("auto") : format, &why, options);
    if (!reader) {
        *error = tr("%1\nThe file may have changed since the import.").arg(why);
        return false;
    }
    bool found = false;
    bool passed = false;
    // Records come in file order, so reading stops at the line or just past it.
    const bool ok = reader->read(
        [&](const SourceRecord &record) {
            if (record.line == line) {
                *fields = record.fields;
                found = true;
                return false;
            }
            if (record.line > line) {
                passed = true;
                return false;
            }
            return true;
        },
        [](const ReadIssue &) {}, nullptr);
    if (found) {
        *header = reader->header();
        return true;
    }
    if (!ok && !passed) {
        *error = tr("%1\nThe file may have changed since the import.").arg(reader->error().message());
        return false;
    }
    *error =
        tr("%1: no record starts on line %2 any more; the file changed after the import").arg(path).arg(line);
    return false;
}

} // namespace uproot
