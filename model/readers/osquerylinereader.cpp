#include "model/readers/osquerylinereader.h"

#include "model/readers/structuredrecordinput.h"

namespace uproot {

OsqueryLineReader::OsqueryLineReader(StructuredRecordInput *input, qint64 maxLineBytes)
    : m_input(input)
    , m_maxLineBytes(maxLineBytes)
{
}

OsqueryLineReader::Result OsqueryLineReader::next(QByteArray *line)
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_searchFrom);
        if (newline >= 0) {
            ++m_lineNumber;
            qsizetype end = newline;
            if (end > m_start && m_buffer.at(end - 1) == '\r')
                --end;
            if (end - m_start > m_maxLineBytes)
                return Result::TooLong;
            *line = m_buffer.mid(m_start, end - m_start);
            m_start = newline + 1;
            m_searchFrom = m_start;
            return Result::Line;
        }
        m_searchFrom = m_buffer.size();
        if (m_buffer.size() - m_start > m_maxLineBytes) {
            ++m_lineNumber;
            return Result::TooLong;
        }
        if (m_ended) {
            if (m_start >= m_buffer.size())
                return Result::End;
            // The last line may lack its line break (a log cut off mid-write).
            ++m_lineNumber;
            qsizetype end = m_buffer.size();
            if (m_buffer.at(end - 1) == '\r')
                --end;
            *line = m_buffer.mid(m_start, end - m_start);
            m_start = m_buffer.size();
            m_searchFrom = m_start;
            return Result::Line;
        }
        // Drop what has been handed out before reading more, so the buffer holds one line at most.
        if (m_start > 0) {
            m_buffer.remove(0, m_start);
            m_searchFrom -= m_start;
            m_start = 0;
        }
        const QByteArray chunk = m_input->read();
        if (chunk.isEmpty()) {
            if (!m_input->errorString().isEmpty())
                return Result::Failed;
            m_ended = true;
        } else {
            m_buffer.append(chunk);
        }
    }
}

} // namespace uproot
