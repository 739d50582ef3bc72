#pragma once

#include "model/readers/recordreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QIODevice;
class QXmlStreamReader;

namespace uproot {

class XlsxWorkbook;
class XmlTokenLimiter;

struct XlsxOptions
{
    QString sheet; // empty: the first visible worksheet
    // The row the header is on, for reports with a title above it; 0 or 1: the first row with a value. Rows
    // above it are not read (the report says how many).
    qint64 headerRow = 0;
};

// Streams the rows of one worksheet of an XLSX workbook. The first row with a value is the header; rows
// without any value are not records. SourceRecord.line is the spreadsheet's row number, so the import report
// points at the row the user sees.
//
// Values are read as a person sees them in Excel where it matters for matching: shared and inline strings
// (rich text runs joined), numbers as stored, TRUE/FALSE, error values such as #N/A as text, and numbers
// formatted as dates as ISO dates (see XlsxNumberFormat). Cells missing from a row (sparse rows) are empty.
// Cells beyond the last named header column hold no column to go to: they are reported and left out, and the
// row is still delivered, because unlike delimited text a spreadsheet cell cannot shift into the wrong
// column.
class XlsxReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static constexpr int MaxColumns = 16384; // XFD, Excel's last column

    explicit XlsxReader(const QString &path, const XlsxOptions &options = {});
    // Reads from a seekable device the caller keeps open and alive; name is what error messages call the
    // file.
    XlsxReader(QIODevice *device, const QString &name, const XlsxOptions &options = {});
    ~XlsxReader() override;
    Q_DISABLE_COPY_MOVE(XlsxReader)

    bool open() override;
    QStringList header() const override { return m_header; }
    ReaderInfo info() const override;
    bool read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink) override;
    ReadError error() const override { return m_error; }

    // The worksheet names in workbook order, for the wizard's sheet choice.
    static QStringList sheetNames(const QString &path, ReadError *error);

    // "C5" -> column 2 (0-based); MaxColumns for a column past XFD; -1 when the reference names no column.
    static int columnOfReference(QStringView reference);

private:
    bool fail(qint64 line, const QString &reason);
    bool nextRow();
    void readCell();
    QString cellText(QStringView type, const QString &value, int style, int column);
    void issue(qint64 line, int column, const QString &reason);
    bool rowIsEmpty() const;
    static QString columnName(int column);

    std::unique_ptr<QIODevice> m_owned;
    QIODevice *m_device = nullptr;
    QString m_name;
    XlsxOptions m_options;
    // Declared in this order so the sheet stream closes before the workbook (and its zip) go.
    std::unique_ptr<XlsxWorkbook> m_workbook;
    std::unique_ptr<XmlTokenLimiter> m_sheetDevice;
    std::unique_ptr<QXmlStreamReader> m_xml;
    QString m_sheetName;
    QString m_sheetPart;
    bool m_opened = false;
    bool m_readStarted = false;

    qint64 m_row = 0;    // the row just read
    QStringList m_cells; // its cells, by column; the first m_used are this row's
    int m_used = 0;
    int m_lastColumn = -1; // for cells without a reference

    QStringList m_header;
    SourceRecord m_record;
    QStringList m_notes;
    QList<ReadIssue> m_pendingIssues;
    const IssueCallback *m_onIssue = nullptr;
    ReadError m_error;
};

} // namespace uproot
