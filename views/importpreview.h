#pragma once

#include "model/readers/recordreader.h"
#include "model/readers/sourcerecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace uproot {

// The first records of a file as its reader delivers them, for the wizard's preview and mapping pages.
struct ImportPreview
{
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
