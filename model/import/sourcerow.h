#pragma once

#include <QString>
#include <QStringList>

namespace uproot {

// Reads one record of an imported file again, as the importer saw it: the reader's header and the fields of
// the record that starts on the given line (SourceRecord::line). Reading stops at that line, so a row near
// the top of a large file comes back at once. Fails with a message naming the file when it is gone (moved or
// deleted since the import), cannot be read, or no longer has a record on that line (it changed since).
bool readSourceRow(const QString &path, qint64 line, QStringList *header, QStringList *fields,
                   QString *error);

} // namespace uproot
