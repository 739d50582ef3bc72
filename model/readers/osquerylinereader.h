#pragma once

#include <QByteArray>

namespace uproot {

class StructuredRecordInput;

// Splits an osquery result log into its JSON lines without holding more than one line (and one read chunk) in
// memory, and refuses a line longer than a cap instead of growing without end on a file that has no line
// breaks at all.
class OsqueryLineReader
{
public:
    enum class Result { Line, End, TooLong, Failed };

    OsqueryLineReader(StructuredRecordInput *input, qint64 maxLineBytes);

    // The next line without its line break (LF or CRLF). TooLong leaves lineNumber() at the long line.
    Result next(QByteArray *line);
    qint64 lineNumber() const { return m_lineNumber; }

private:
    StructuredRecordInput *m_input;
    qint64 m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_start = 0;      // where the next line starts in m_buffer
    qsizetype m_searchFrom = 0; // where to go on looking for its line break
    qint64 m_lineNumber = 0;
    bool m_ended = false;
};

} // namespace uproot
