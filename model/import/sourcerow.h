#pragma once

#include "model/readers/readerfactory.h"

#include <QString>
#include <QStringList>

namespace uproot {

// Reads one record of an imported file again, as the importer saw it: the reader's header and the fields of
// the record that starts on the given line (SourceRecord::line). Reading stops at that line, so a row near
// the top of a large file comes back at once. Fails with a message naming the file when it is gone (moved or
// deleted since the import), cannot be read, or no longer has a record on that line (it changed since).
// format and options: as the file was imported (a header further down, a chosen sheet, a forced encoding).
bool readSourceRow(const QString &path, qint64 line, const QString &format, const ReaderOptions &options,
                   QStringList *header, QStringList *fields, QString *error);

} // namespace uproot
