#include "model/readers/delimitedreader.h"

#include "model/readers/headernames.h"
#include "model/readers/progresssink.h"
#include "model/readers/separatorsniffer.h"

#include <QFile>

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace uproot {

namespace {

constexpr qsizetype SampleChars = 64 * 1024;
constexpr qint64 CancelEveryRecords = 4096;

// Gives a reused field an empty value without reallocating, unless the consumer still shares its text.
void makeEmpty(QString &field)
{
    if (field.isDetached())
        field.resize(0);
    else
        field = QString();
}

// The first of a, b, '\n' or '\r' in [p, end), or end. This scan is where a large import spends its time, so
// it looks at eight characters at a time where the processor allows.
const char16_t *findStop(const char16_t *p, const char16_t *end, char16_t a, char16_t b)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi16(short(a));
    const __m128i vb = _mm_set1_epi16(short(b));
    const __m128i vn = _mm_set1_epi16(short(u'\n'));
    const __m128i vr = _mm_set1_epi16(short(u'\r'));
    while (end - p >= 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(x, va), _mm_cmpeq_epi16(x, vb)),
                                         _mm_or_si128(_mm_cmpeq_epi16(x, vn), _mm_cmpeq_epi16(x, vr)));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + qCountTrailingZeroBits(uint(mask)) / 2;
        p += 8;
    }
#endif
    while (p < end && *p != a && *p != b && *p != u'\n' && *p != u'\r')
        ++p;
    return p;
}

} // namespace

DelimitedReader::DelimitedReader(const QString &path, const DelimitedOptions &options)
    : DelimitedReader(std::make_unique<QFile>(path), path, options)
{
}

DelimitedReader::DelimitedReader(QIODevice *device, const QString &name, const DelimitedOptions &options)
    : m_device(device), m_name(name), m_options(options)
{
}

DelimitedReader::DelimitedReader(std::unique_ptr<QIODevice> device, const QString &name,
                                 const DelimitedOptions &options)
    : m_owned(std::move(device)), m_device(m_owned.get()), m_name(name), m_options(options)
{
}

DelimitedReader::~DelimitedReader() = default;

bool DelimitedReader::fail(qint64 line, int column, const QString &reason)
{
    if (m_error.isNull())
        m_error = {m_name, line, column, reason};
    m_stop = true;
    return false;
}

bool DelimitedReader::open()
{
    if (m_opened)
        return m_error.isNull();
    m_opened = true;
    const QChar forced = m_options.separator;
    if (!forced.isNull() && (forced == u'"' || forced == u'\n' || forced == u'\r'))
        return fail(0, 0, tr("a quote or a line break cannot be the separator"));
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly))
        return fail(0, 0, tr("cannot open the file: %1").arg(m_device->errorString()));
    m_total = m_device->size();
    m_decoder = std::make_unique<TextDecoder>(m_device);
    if (!m_decoder->start(m_options.encoding))
        return fail(0, 0, m_decoder->errorString());
    m_notes += m_decoder->notes();

    while (m_buffer.size() < SampleChars && decodeMore()) {
    }
    if (!m_error.isNull())
        return false;
    skipSepLine();
    if (!m_options.separator.isNull())
        m_separator = m_options.separator.unicode();
    else if (m_separator == 0)
        detectSeparator();

    while (m_header.isEmpty() && m_error.isNull()) {
        parseBuffer();
        if (m_stop || !m_header.isEmpty())
            break;
        if (!decodeMore()) {
            if (m_error.isNull())
                finishInput();
            break;
        }
    }
    if (!m_error.isNull())
        return false;
    if (m_header.isEmpty()) {
        if (m_recordsAboveHeader > 0)
            return fail(0, 0,
                        tr("the file ends before line %1, where the header was to be").arg(m_options.headerLine));
        return fail(0, 0,
                    m_decoder->bytesRead() == 0
                        ? tr("the file is empty")
                        : tr("the file has no header row: it holds only blank lines"));
    }
    m_stop = false;
    return true;
}

bool DelimitedReader::decodeMore()
{
    if (m_inputDone)
        return false;
    if (m_pos > 0) {
        m_base += m_pos;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (!m_decoder->decodeChunk(m_buffer, m_options.chunkBytes)) {
        m_inputDone = true;
        if (!m_decoder->errorString().isEmpty())
            fail(m_line, 0, tr("cannot read the file: %1").arg(m_decoder->errorString()));
        return false;
    }
    if (m_invalidPos == m_invalid.size()) {
        m_invalid.clear();
        m_invalidPos = 0;
    }
    m_invalid += m_decoder->takeInvalidBytes();
    return true;
}

// Excel writes and honours a first line "sep=;" naming the separator; it is not part of the data.
void DelimitedReader::skipSepLine()
{
    m_separator = 0;
    const QStringView text(m_buffer);
    auto isLineEnd = [&](qsizetype i) { return i < text.size() && (text[i] == u'\n' || text[i] == u'\r'); };
    if (text.size() < 5 || !text.startsWith(u"sep=", Qt::CaseInsensitive) || isLineEnd(4) ||
        text[4] == u'"' || (text.size() > 5 && !isLineEnd(5)))
        return;
    m_separator = text[4].unicode();
    m_notes.append(tr("The first line \u201csep=%1\u201d set the separator.").arg(QChar(m_separator)));
    qsizetype pos = 5;
    if (isLineEnd(pos)) {
        newline(m_base + pos, text[pos].unicode());
        ++pos;
        if (text[pos - 1] == u'\r' && pos < text.size() && text[pos] == u'\n') {
            newline(m_base + pos, u'\n');
            ++pos;
        }
    }
    m_pos = pos;
}

void DelimitedReader::detectSeparator()
{
    QStringView rest = QStringView(m_buffer).mid(m_pos);
    // A header further down is what the separator is sniffed from: a title above it says nothing about it.
    for (qint64 line = 1; line < m_options.headerLine && !rest.isEmpty(); ++line) {
        qsizetype end = 0;
        while (end < rest.size() && rest[end] != u'\n' && rest[end] != u'\r')
            ++end;
        if (end + 1 < rest.size() && rest[end] == u'\r' && rest[end + 1] == u'\n')
            ++end;
        rest = rest.mid(qMin(end + 1, rest.size()));
    }
    const QStringView sample = rest.left(SampleChars);
    const QChar found = SeparatorSniffer::detect(sample, m_inputDone && sample.size() == rest.size());
    if (found.isNull()) {
        m_separator = u',';
        m_notes.append(
            tr("No separator (comma, semicolon, tab or pipe) was found in the header; the file was read "
               "as one column."));
    } else {
        m_separator = found.unicode();
    }
}

qint64 DelimitedReader::absoluteAt(const char16_t *p) const
{
    return m_base + (p - reinterpret_cast<const char16_t *>(m_buffer.constData()));
}

void DelimitedReader::newline(qint64 absolute, char16_t c)
{
    if (c == u'\n' && m_lastCr == absolute - 1) { // the LF of a CRLF ends the line the CR ended
        m_lineStart = absolute + 1;
        return;
    }
    if (m_invalidPos < m_invalid.size())
        reportInvalidBytesBefore(absolute);
    ++m_line;
    m_lineStart = absolute + 1;
    if (c == u'\r')
        m_lastCr = absolute;
}

// One issue per line with bytes the decoder read leniently, at the first of them.
void DelimitedReader::reportInvalidBytesBefore(qint64 absolute)
{
    if (m_invalid.at(m_invalidPos).offset >= absolute)
        return;
    const TextDecoder::InvalidByte &first = m_invalid.at(m_invalidPos);
    const QString hex = QString::number(first.byte, 16).toUpper().rightJustified(2, u'0');
    if (first.kind == TextDecoder::InvalidByte::TruncatedUtf16) {
        issue(m_line, columnAt(first.offset),
              tr("the file ends in the middle of a UTF-16 character (byte 0x%1); it was read as U+FFFD")
                  .arg(hex));
    } else {
        issue(m_line, columnAt(first.offset),
              tr("byte 0x%1 is not valid UTF-8; it was read as the Windows-1252 character \u201c%2\u201d")
                  .arg(hex, QString(QChar(TextDecoder::windows1252(first.byte)))));
    }
    ++m_invalidLines;
    while (m_invalidPos < m_invalid.size() && m_invalid.at(m_invalidPos).offset < absolute)
        ++m_invalidPos;
}

void DelimitedReader::issue(qint64 line, int column, const QString &reason, bool skipped)
{
    const ReadIssue found{line, column, reason, skipped};
    if (m_onIssue)
        (*m_onIssue)(found);
    else
        m_pendingIssues.append(found);
}

Q_ALWAYS_INLINE void DelimitedReader::closeField()
{
    if (m_fieldFresh && m_field)
        makeEmpty(*m_field);
    m_fieldFresh = false;
}

Q_ALWAYS_INLINE void DelimitedReader::beginField()
{
    closeField();
    const qsizetype width = m_record.fields.size();
    if (!m_skipReason.isEmpty()) {
        m_field = nullptr;
    } else if (m_fieldCount < width) {
        m_field = &m_record.fields[m_fieldCount];
    } else if (m_fieldCount >= MaxFields) {
        m_skipReason = tr("the row has more than %1 fields").arg(MaxFields);
        m_field = nullptr;
    } else {
        const qsizetype k = m_fieldCount - width;
        if (k == m_overflow.size())
            m_overflow.append(QString());
        m_field = &m_overflow[k];
    }
    m_fieldFresh = true;
    if (m_fieldCount <= MaxFields)
        ++m_fieldCount;
}

// A field's first piece replaces its old value in the reused string (one call, no reallocation in the steady
// state); a field split by a quote or a chunk boundary appends the rest.
Q_ALWAYS_INLINE void DelimitedReader::append(const char16_t *begin, qsizetype length)
{
    if (length == 0 || !m_field)
        return;
    m_recordChars += length;
    if (m_recordChars > MaxRecordChars) {
        m_skipReason = tr("the row is longer than %1 characters").arg(MaxRecordChars);
        m_field = nullptr;
    } else if (m_fieldFresh) {
        m_fieldFresh = false;
        if (!m_field->isDetached())
            *m_field = QString();
        m_field->resize(length);
        std::memcpy(static_cast<void *>(m_field->data()), begin, size_t(length) * sizeof(char16_t));
    } else {
        m_field->append(reinterpret_cast<const QChar *>(begin), length);
    }
}

bool DelimitedReader::parseBuffer()
{
    const auto *const begin = reinterpret_cast<const char16_t *>(m_buffer.constData());
    const char16_t *const end = begin + m_buffer.size();
    const char16_t *p = begin + m_pos;
    const char16_t separator = m_separator;
    while (p < end && !m_stop) {
        switch (m_state) {
        case State::FieldStart: {
            const char16_t c = *p;
            if (m_fieldCount == 0) {
                if (c == u'\n' || c == u'\r') { // a blank line, or the LF of a CRLF
                    newline(absoluteAt(p), c);
                    ++p;
                    continue;
                }
                m_recordLine = m_line;
            }
            beginField();
            if (c == u'"') {
                m_quoteLine = m_line;
                m_quoteColumn = columnAt(absoluteAt(p));
                m_state = State::Quoted;
                ++p;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        }
        case State::Unquoted: {
            const char16_t *start = p;
            p = findStop(p, end, separator, u'"');
            append(start, p - start);
            if (p == end)
                break;
            const char16_t c = *p;
            if (c == separator) {
                m_state = State::FieldStart;
            } else if (c == u'"') {
                if (!m_quoteIssueReported) {
                    issue(m_line, columnAt(absoluteAt(p)),
                          tr("a quote inside a field that does not start with one was read as text"));
                    m_quoteIssueReported = true;
                }
                append(p, 1);
            } else {
                endRecord();
                newline(absoluteAt(p), c);
                m_state = State::FieldStart;
            }
            ++p;
            continue;
        }
        case State::Quoted: {
            const char16_t *start = p;
            for (;;) {
                p = findStop(p, end, u'"', u'"');
                if (p == end || *p == u'"')
                    break;
                newline(absoluteAt(p), *p); // kept in the field, but it still starts a physical line
                ++p;
            }
            append(start, p - start);
            if (p == end)
                break;
            m_state = State::AfterQuote;
            ++p;
            continue;
        }
        case State::AfterQuote: {
            const char16_t c = *p;
            if (c == u'"') { // a doubled quote stands for one
                append(p, 1);
                m_state = State::Quoted;
                ++p;
            } else if (c == separator) {
                m_state = State::FieldStart;
                ++p;
            } else if (c == u'\n' || c == u'\r') {
                endRecord();
                newline(absoluteAt(p), c);
                m_state = State::FieldStart;
                ++p;
            } else {
                if (!m_quoteIssueReported) {
                    issue(m_line, columnAt(absoluteAt(p)),
                          tr("text after the closing quote of a field was kept as part of the field"));
                    m_quoteIssueReported = true;
                }
                m_state = State::Unquoted;
            }
            continue;
        }
        }
    }
    m_pos = p - begin;
    return m_error.isNull();
}

bool DelimitedReader::finishInput()
{
    if (m_finished)
        return m_error.isNull();
    m_finished = true;
    m_inputDone = true;
    switch (m_state) {
    case State::Quoted:
        return fail(m_quoteLine, m_quoteColumn,
                    tr("the quote that opens this field is never closed (the file ends inside it)"));
    case State::Unquoted:
    case State::AfterQuote:
        endRecord();
        break;
    case State::FieldStart:
        if (m_fieldCount > 0) { // the file ends right after a separator: the last field is empty
            beginField();
            endRecord();
        }
        break;
    }
    m_state = State::FieldStart;
    if (m_invalidPos < m_invalid.size())
        reportInvalidBytesBefore(m_base + m_buffer.size() + 1);
    return m_error.isNull();
}

void DelimitedReader::endRecord()
{
    closeField();
    ++m_records;
    if (m_header.isEmpty()) {
        if (m_recordLine < m_options.headerLine)
            ++m_recordsAboveHeader;
        else
            takeHeader();
    } else if (!m_skipReason.isEmpty()) {
        issue(m_recordLine, 0, m_skipReason, true);
        // A skipped giant field must not keep its memory for the rest of the file.
        for (QString &field : m_record.fields) {
            if (field.capacity() > 64 * 1024)
                field = QString();
        }
        for (QString &field : m_overflow) {
            if (field.capacity() > 64 * 1024)
                field = QString();
        }
    } else {
        const int width = int(m_header.size());
        if (m_fieldCount > width) {
            bool extrasEmpty = true;
            for (int k = 0; k < m_fieldCount - width && extrasEmpty; ++k)
                extrasEmpty = m_overflow.at(k).isEmpty();
            if (extrasEmpty) {
                ++m_trailingEmptyRows;
                deliver();
            } else {
                issue(m_recordLine, 0,
                      width == 1 && m_fieldCount > 2
                          // One name and then wider rows: a title above the real header, most likely.
                          ? tr("the row has %1 fields but the header (line %2) has one, so its values cannot be "
                               "matched to columns (if the header is further down, give its line: "
                               "--header-line, or \u201cHeader on line\u201d in the import wizard)")
                                .arg(m_fieldCount)
                                .arg(m_headerRecordLine)
                          : tr("the row has %1 fields but the header has %2, so its values cannot be matched to "
                               "columns (is there an unquoted separator inside a value?)")
                                .arg(m_fieldCount)
                                .arg(width),
                      true);
            }
        } else {
            if (m_fieldCount < width) {
                // A row written with another separator than the file's reads as one long field holding exactly
                // the header's number of separators (a value such as "Doe, Jane" in a two-column file does not).
                QString otherSeparator;
                if (m_fieldCount == 1 && width >= 3) {
                    for (const char16_t candidate : {u',', u';', u'\t', u'|'}) {
                        if (candidate != m_separator && m_record.fields[0].count(QChar(candidate)) == width - 1) {
                            otherSeparator = candidate == u'\t' ? tr("tab") : QString(QChar(candidate));
                            break;
                        }
                    }
                }
                for (int k = m_fieldCount; k < width; ++k)
                    makeEmpty(m_record.fields[k]);
                issue(m_recordLine, 0,
                      otherSeparator.isEmpty()
                          ? tr("the row has %1 of the header's %2 fields; the missing ones were read as empty")
                                .arg(m_fieldCount)
                                .arg(width)
                          : tr("the row has 1 of the header's %1 fields: it seems to be separated by \u201c%2\u201d, "
                               "not \u201c%3\u201d like the rest of the file; the missing fields were read as empty")
                                .arg(width)
                                .arg(otherSeparator,
                                     m_separator == u'\t' ? tr("tab") : QString(QChar(m_separator))));
            }
            deliver();
        }
    }
    m_fieldCount = 0;
    m_recordChars = 0;
    m_field = nullptr;
    m_skipReason.clear();
    m_quoteIssueReported = false;
    if (m_sink && m_records % CancelEveryRecords == 0 && m_sink->isCancelled()) {
        m_cancelled = true;
        m_stop = true;
    }
}

void DelimitedReader::takeHeader()
{
    m_stop = true; // open() has what it came for
    if (!m_skipReason.isEmpty()) {
        fail(m_recordLine, 0, tr("the header row cannot be read: %1").arg(m_skipReason));
        return;
    }
    QList<ReadIssue> changes;
    m_header = HeaderNames::clean(m_overflow.mid(0, m_fieldCount), m_recordLine, &changes);
    m_headerRecordLine = m_recordLine;
    for (const ReadIssue &change : std::as_const(changes)) {
        issue(change.line, change.column, change.reason);
        m_notes.append(change.reason);
    }
    m_record.fields = QStringList(m_header.size());
    m_overflow.clear();
    if (m_options.headerLine > 1) {
        m_notes.append(m_recordLine == m_options.headerLine
                           ? tr("The header was read from line %1, as asked; %n record(s) above it were not read.",
                                nullptr, int(m_recordsAboveHeader))
                                 .arg(m_recordLine)
                           : tr("The header was to be on line %1; the first record from there, on line %2, was "
                                "read as the header, and %n record(s) above it were not.",
                                nullptr, int(m_recordsAboveHeader))
                                 .arg(m_options.headerLine)
                                 .arg(m_recordLine));
    }
}

void DelimitedReader::deliver()
{
    m_record.line = m_recordLine;
    if (!(*m_onRecord)(m_record))
        m_stop = true;
}

bool DelimitedReader::read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink)
{
    if (!m_error.isNull())
        return false;
    if (!m_opened || m_header.isEmpty())
        return fail(0, 0, tr("the file was not opened"));
    if (m_readStarted)
        return fail(0, 0, tr("the file was already read"));
    m_readStarted = true;
    m_onRecord = &onRecord;
    m_onIssue = &onIssue;
    m_sink = sink;
    for (const ReadIssue &pending : std::as_const(m_pendingIssues))
        onIssue(pending);
    m_pendingIssues.clear();

    m_stop = false;
    for (;;) {
        parseBuffer();
        if (m_stop)
            break;
        if (sink) {
            sink->progress(m_decoder->bytesRead(), m_total);
            if (sink->isCancelled()) {
                m_cancelled = true;
                break;
            }
        }
        if (!decodeMore()) {
            if (m_error.isNull())
                finishInput();
            break;
        }
    }
    m_onRecord = nullptr;
    m_onIssue = nullptr;
    m_sink = nullptr;
    if (m_cancelled)
        return fail(0, 0, tr("cancelled"));
    if (!m_error.isNull())
        return false;
    if (sink)
        sink->progress(m_decoder->bytesRead(), m_total);
    if (m_invalidLines > 0) {
        m_notes.append(
            tr("Lines holding bytes that are not valid UTF-8, read as Windows-1252 where they are not: %1.")
                .arg(m_invalidLines));
    }
    if (m_trailingEmptyRows > 0) {
        m_notes.append(tr("Rows with empty fields after the last column, which were ignored: %1.")
                           .arg(m_trailingEmptyRows));
    }
    return true;
}

ReaderInfo DelimitedReader::info() const
{
    ReaderInfo result;
    result.format = QStringLiteral("csv");
    if (m_decoder)
        result.encoding = m_decoder->encodingName();
    if (m_separator)
        result.separator = QString(QChar(m_separator));
    result.notes = m_notes;
    return result;
}

ReaderInfo DelimitedReader::sniff(const QString &path, const DelimitedOptions &options, ReadError *error)
{
    DelimitedReader reader(path, options);
    if (!reader.open() && error)
        *error = reader.error();
    return reader.info();
}

} // namespace uproot
