#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace uproot {

// One record as a reader sees it: the fields in header order, and the physical line (1-based) of the source
// file where the record starts (for structured formats: the line where its element or object starts, or the
// record's ordinal when the format has no useful lines).
struct SourceRecord
{
    qint64 line = 0;
    QStringList fields;
};

// A problem with one place in the input. A reader reports a row it had to skip or could only read leniently as
// an issue and goes on; it fails (ReadError) only when it cannot go on.
struct ReadIssue
{
    qint64 line = 0;
    int column = 0; // 1-based character column, 0 when not known
    QString reason;
    bool skipped = false; // true: the record was not delivered
    qint64 rows = 1;      // the records a skip stands for (one line of a log can hold many)
};

struct ReadError
{
    QString file;
    qint64 line = 0;
    int column = 0;
    QString reason;
    // The fault is not the input's (the project, or a temporary file, could not be written): the command line
    // exits 1, not 2.
    bool projectFault = false;
    bool isNull() const { return reason.isEmpty(); }
    // "file:line:column: reason", leaving out what is not known.
    QString message() const;
};

} // namespace uproot
