#pragma once

#include "model/readers/sourcerecord.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace uproot {

class ProgressSink;

// What a reader found out about its input, for the import report and the wizard's preview.
struct ReaderInfo
{
    QString format;    // "csv", "xlsx", "osquery", "cyclonedx", "glpi"
    QString encoding;  // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252", or empty
    QString separator; // for delimited text: ",", ";", "\t", "|"
    QString sheet;     // for XLSX
    QStringList notes; // e.g. "bytes are not valid UTF-8; read as Windows-1252"
};

// Every reader streams records to a callback, never holding the whole file in memory. The header is known after
// open(); structured formats (osquery, CycloneDX, GLPI) present a fixed header of their own so that every
// format reaches the importer in the same tabular shape.
class RecordReader
{
public:
    using RecordCallback = std::function<bool(const SourceRecord &)>; // return false to stop early
    using IssueCallback = std::function<void(const ReadIssue &)>;

    virtual ~RecordReader() = default;

    virtual bool open() = 0;
    virtual QStringList header() const = 0;
    virtual ReaderInfo info() const = 0;
    // Streams every record after the header. Returns false on a fatal error (see error()) or Cancel
    // (sink->isCancelled(); error() then says "cancelled").
    virtual bool read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink) = 0;
    virtual ReadError error() const = 0;
};

} // namespace uproot
