#pragma once

#include "model/readers/recordreader.h"
#include "model/readers/textdecoder.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QIODevice;

namespace uproot {

// What the wizard lets the user override; the defaults detect both from the content.
struct DelimitedOptions
{
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Auto;
    QChar separator;                 // null: detect (comma, semicolon, tab or pipe)
    qint64 chunkBytes = 1024 * 1024; // how much is read and decoded at a time; small values only for tests
    // The line the header is on, for reports that put a title or a date above it; 0 or 1: the first non-blank
    // record. Records that start above it are not read (the report says how many).
    qint64 headerLine = 0;
};

// Reads CSV, TSV, semicolon- and pipe-separated text (RFC 4180 quoting, with lenient handling of what real
// exports get wrong) and streams its records. The first non-blank record is the header, unless the options put
// it further down.
//
// Policies, chosen so that nothing is lost silently and nothing lands in the wrong column:
// - A row with fewer fields than the header is delivered with the missing fields empty, and reported:
// exporters
//   (Excel among them) leave out trailing empty fields, and the fields that are there are in their right
//   columns.
// - A row with more fields than the header is delivered when the extra fields are all empty (a trailing
//   separator), and otherwise skipped and reported: an extra field usually comes from an unquoted separator
//   inside a value, which shifts every later field into the wrong column.
// - A quote inside an unquoted field is kept as text; text after a closing quote is kept as part of the field
//   (as Python's csv does). Both are reported.
// - A quote that is never closed is a fatal error at the line and column where it opened: everything after it
//   would be one field.
// - A record over MaxRecordChars characters or MaxFields fields is skipped and reported (in the header it is
//   fatal), so a 100 MB line neither hangs nor exhausts memory.
// - Blank lines are not records. An Excel "sep=;" first line sets the separator.
// - Bytes that are not valid UTF-8 in a file judged UTF-8 are read as Windows-1252 and reported per line.
class DelimitedReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedReader)
public:
    static constexpr qsizetype MaxRecordChars = 16 * 1024 * 1024; // fields and all
    static constexpr int MaxFields = 16384; // Excel's column limit

    explicit DelimitedReader(const QString &path, const DelimitedOptions &options = {});
    // Reads from a device the caller keeps open and alive; name is what error messages call the file.
    DelimitedReader(QIODevice *device, const QString &name, const DelimitedOptions &options = {});
    // Reads from a device it owns (a zip entry, for instance).
    DelimitedReader(std::unique_ptr<QIODevice> device, const QString &name,
                    const DelimitedOptions &options = {});
    ~DelimitedReader() override;
    Q_DISABLE_COPY_MOVE(DelimitedReader)

    bool open() override;
    QStringList header() const override { return m_header; }
    ReaderInfo info() const override;
    bool read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink) override;
    ReadError error() const override { return m_error; }

    // Encoding and separator as open() would decide them, for the wizard (info().encoding and .separator).
    static ReaderInfo sniff(const QString &path, const DelimitedOptions &options, ReadError *error);

private:
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    bool fail(qint64 line, int column, const QString &reason);
    bool decodeMore();
    void detectSeparator();
    void skipSepLine();
    bool parseBuffer();
    bool finishInput();
    void beginField();
    void closeField();
    void append(const char16_t *begin, qsizetype length);
    void endRecord();
    void takeHeader();
    void deliver();
    void newline(qint64 absolute, char16_t c);
    void reportInvalidBytesBefore(qint64 absolute);
    void issue(qint64 line, int column, const QString &reason, bool skipped = false);
    int columnAt(qint64 absolute) const { return int(qMin<qint64>(absolute - m_lineStart + 1, INT_MAX)); }
    qint64 absoluteAt(const char16_t *p) const;

    // Input
    std::unique_ptr<QIODevice> m_owned;
    QIODevice *m_device = nullptr;
    QString m_name;
    DelimitedOptions m_options;
    std::unique_ptr<TextDecoder> m_decoder;
    bool m_opened = false;
    bool m_inputDone = false;
    bool m_finished = false;
    bool m_readStarted = false;
    bool m_cancelled = false;
    qint64 m_total = 0;

    // Decoded text: m_buffer[m_pos..] is still to be parsed; m_base is the absolute offset of m_buffer[0].
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_base = 0;
    char16_t m_separator = u',';

    // Parser state, kept across chunks.
    State m_state = State::FieldStart;
    qint64 m_line = 1;      // current physical line
    qint64 m_lineStart = 0; // absolute offset where it starts
    qint64 m_lastCr = -2;   // absolute offset of the last CR, to take a following LF as the same line end
    qint64 m_recordLine = 0;
    int m_fieldCount = 0; // fields begun in the current record
    qsizetype m_recordChars = 0;
    QString *m_field = nullptr; // the field being read
    bool m_fieldFresh = false;  // it still holds the previous record's value
    qint64 m_quoteLine = 0;     // where the open quote of the current field is
    int m_quoteColumn = 0;
    bool m_quoteIssueReported = false;
    QString m_skipReason;   // set when the current record is being skipped
    QStringList m_overflow; // fields beyond the header (all fields before the header is known)
    bool m_stop = false;    // the consumer asked to stop, or open() has its header
    qint64 m_records = 0;
    qint64 m_recordsAboveHeader = 0; // records before DelimitedOptions::headerLine, not read
    qint64 m_headerRecordLine = 0;

    // Invalid bytes not yet reported, and how many lines had them.
    QList<TextDecoder::InvalidByte> m_invalid;
    qsizetype m_invalidPos = 0;
    qint64 m_invalidLines = 0;
    qint64 m_trailingEmptyRows = 0;

    SourceRecord m_record;
    QStringList m_header;
    QStringList m_notes;
    QList<ReadIssue> m_pendingIssues; // found by open(), delivered by read()
    const RecordCallback *m_onRecord = nullptr;
    const IssueCallback *m_onIssue = nullptr;
    ProgressSink *m_sink = nullptr;
    ReadError m_error;
};

} // namespace uproot
