#pragma once

#include "model/import/importfilesettings.h"
#include "model/readers/recordreader.h"
#include "model/readers/sourcerecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace uproot {

// The first records of a file as its reader delivers them, for the import wizard's preview and mapping pages.
struct ImportPreview
{
    static constexpr int Rows = 50;       // records read for a preview
    static constexpr int MaxIssues = 200; // problems kept before the preview stops reading

    // Reads the first records of the file as the settings say. A file that cannot be read at all gives an
    // error and no header; one that fails part way keeps what was read before the error.
    static ImportPreview read(const ImportFileSettings &settings);

    bool loaded = false;
    QString error; // the file cannot be read as chosen: file, line, column and reason
    QStringList header;
    QList<SourceRecord> rows;
    bool more = false; // the file holds records beyond those read
    ReaderInfo info;
    QStringList sheets;      // the worksheets of an XLSX workbook
    QList<ReadIssue> issues; // found while reading the preview rows
};

} // namespace uproot
