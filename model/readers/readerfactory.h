#pragma once

#include "model/readers/delimitedreader.h"
#include "model/readers/xlsxreader.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace uproot {

class RecordReader;

// What the wizard or the command line may force; every default detects from the content.
struct ReaderOptions
{
    DelimitedOptions delimited;
    XlsxOptions xlsx;
    QString
        systemName; // for osquery, CycloneDX and GLPI files that name no host; empty: the file's base name
    // The line (a workbook's row) the header is on, for reports with a title above it; 0: the first with a
    // value. Applies to delimited text and workbooks alike, over their own options.
    qint64 headerLine = 0;
};

// The --format names: "auto", "csv", "xlsx", the tools' presets (toolPresetNames(): delimited text or XLSX,
// told apart by content; the preset itself is recognised from the header by the importer), "osquery",
// "cyclonedx", "glpi".
QStringList readerFormats();

// Creates the reader for a file and opens it (so header() and info() are ready). For "auto" the content
// decides: a ZIP archive is an XLSX workbook (or, as Intune exports come, an archive holding one CSV file),
// JSON is osquery output, a CycloneDX BOM or a GLPI inventory, XML with <REQUEST> is a GLPI/FusionInventory
// inventory, and anything else is delimited text. Returns null with *error set (file, line and column where
// known, and the reason) when the format is unknown or the file cannot be opened as that format.
std::unique_ptr<RecordReader> openReader(const QString &path, const QString &format, ReadError *error,
                                         const ReaderOptions &options = {});
// The same, with the error as one line of text.
std::unique_ptr<RecordReader> openReader(const QString &path, const QString &format, QString *error,
                                         const ReaderOptions &options = {});

} // namespace uproot
