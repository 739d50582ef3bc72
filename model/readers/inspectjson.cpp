#include "model/readers/inspectjson.h"

#include "model/readers/recordreader.h"

#include <QIODevice>
#include <QTemporaryFile>

namespace uproot {

namespace {

constexpr qsizetype FlushBytes = 64 * 1024;
constexpr qsizetype IssuesInMemory = 4 * 1024 * 1024;

void appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    qsizetype plainFrom = 0;
    auto flushPlain = [&](qsizetype to) {
        if (to > plainFrom)
            out.append(QStringView(text).mid(plainFrom, to - plainFrom).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            out.append("\\\"");
            break;
        case u'\\':
            out.append("\\\\");
            break;
        case u'\n':
            out.append("\\n");
            break;
        case u'\r':
            out.append("\\r");
            break;
        case u'\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.append("0123456789abcdef"[c >> 4]);
            out.append("0123456789abcdef"[c & 0xF]);
            break;
        }
    }
    flushPlain(text.size());
    out.append('"');
}

void appendStrings(QByteArray &out, const QStringList &list)
{
    out.append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out.append(", ");
        appendString(out, list.at(i));
    }
    out.append(']');
}

void appendMember(QByteArray &out, const char *name, const QString &value)
{
    out.append("  \"").append(name).append("\": ");
    appendString(out, value);
    out.append(",\n");
}

// The issues, in memory while they are few and in a temporary file beyond that.
class IssueSpool
{
public:
    bool add(const ReadIssue &issue)
    {
        m_text.append(m_count++ ? ",\n    {" : "\n    {");
        m_text.append("\"line\": ").append(QByteArray::number(issue.line));
        m_text.append(", \"column\": ").append(QByteArray::number(issue.column));
        m_text.append(", \"reason\": ");
        appendString(m_text, issue.reason);
        m_text.append(", \"skipped\": ").append(issue.skipped ? "true" : "false").append('}');
        if (m_text.size() < IssuesInMemory)
            return true;
        if (!m_file.isOpen() && !m_file.open())
            return false;
        const bool written = m_file.write(m_text) == m_text.size();
        m_text.clear();
        return written;
    }

    bool writeTo(QIODevice *out)
    {
        if (m_file.isOpen()) {
            m_file.seek(0);
            while (!m_file.atEnd()) {
                const QByteArray block = m_file.read(FlushBytes);
                if (block.isEmpty() || out->write(block) != block.size())
                    return false;
            }
        }
        return out->write(m_text) == m_text.size();
    }

    qint64 count() const { return m_count; }

private:
    QByteArray m_text;
    QTemporaryFile m_file;
    qint64 m_count = 0;
};

} // namespace

bool recordsToJson(RecordReader &reader, QIODevice *out, ProgressSink *sink)
{
    const ReaderInfo before = reader.info();
    QByteArray buffer;
    buffer.reserve(FlushBytes * 2);
    bool writable = true;
    auto flush = [&] {
        if (writable && !buffer.isEmpty())
            writable = out->write(buffer) == buffer.size();
        buffer.clear();
    };

    buffer.append("{\n");
    appendMember(buffer, "format", before.format);
    appendMember(buffer, "encoding", before.encoding);
    appendMember(buffer, "separator", before.separator);
    appendMember(buffer, "sheet", before.sheet);
    buffer.append("  \"header\": ");
    appendStrings(buffer, reader.header());
    buffer.append(",\n  \"rows\": [");

    IssueSpool issues;
    bool spooled = true;
    qint64 rows = 0;
    const bool ok = reader.read(
        [&](const SourceRecord &record) {
            buffer.append(rows++ ? ",\n    {\"line\": " : "\n    {\"line\": ");
            buffer.append(QByteArray::number(record.line));
            buffer.append(", \"fields\": ");
            appendStrings(buffer, record.fields);
            buffer.append('}');
            if (buffer.size() >= FlushBytes)
                flush();
            return writable; // no point reading on when the output is gone
        },
        [&](const ReadIssue &issue) { spooled = issues.add(issue) && spooled; }, sink);

    buffer.append(rows ? "\n  ],\n  \"issues\": [" : "],\n  \"issues\": [");
    flush();
    if (writable)
        writable = issues.writeTo(out) && spooled;
    buffer.append(issues.count() ? "\n  ],\n" : "],\n");
    buffer.append("  \"notes\": ");
    appendStrings(buffer, reader.info().notes);
    buffer.append(",\n  \"error\": ");
    const ReadError error = reader.error();
    if (ok || error.isNull()) {
        buffer.append("null");
    } else {
        buffer.append("{\"line\": ").append(QByteArray::number(error.line));
        buffer.append(", \"column\": ").append(QByteArray::number(error.column));
        buffer.append(", \"reason\": ");
        appendString(buffer, error.reason);
        buffer.append(", \"message\": ");
        appendString(buffer, error.message());
        buffer.append('}');
    }
    buffer.append("\n}\n");
    flush();
    return ok && writable;
}

} // namespace uproot
