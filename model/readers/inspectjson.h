#pragma once

class QIODevice;

namespace uproot {

class ProgressSink;
class RecordReader;

// `uproot inspect FILE`: writes what an opened reader reads as one JSON document, incrementally, so a file of
// any size is printed in bounded memory:
//   {"format": "csv", "encoding": "UTF-8", "separator": ",", "sheet": "", "header": [...],
//    "rows": [{"line": 2, "fields": [...]}, ...],
//    "issues": [{"line": 7, "column": 3, "reason": "...", "skipped": false}, ...],
//    "notes": [...], "error": null | {"line": .., "column": .., "reason": "...", "message": "file:line:
//    reason"}}
// Issues arrive while the rows are written; they are kept aside (in a temporary file once there are many) and
// written after the rows. Returns false when the reader failed (the document still ends with the error) or
// the output could not be written.
bool recordsToJson(RecordReader &reader, QIODevice *out, ProgressSink *sink = nullptr);

} // namespace uproot
