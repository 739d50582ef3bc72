#include "model/readers/xlsxreader.h"

#include "model/readers/headernames.h"
#include "model/readers/progresssink.h"
#include "model/readers/xlsxworkbook.h"
#include "model/readers/xmltokenlimiter.h"

#include <QFile>
#include <QXmlStreamReader>

namespace uproot {

namespace {

constexpr int ProgressEveryRows = 1024;

} // namespace

XlsxReader::XlsxReader(const QString &path, const XlsxOptions &options)
    : m_owned(std::make_unique<QFile>(path)), m_device(m_owned.get()), m_name(path), m_options(options)
{
}

XlsxReader::XlsxReader(QIODevice *device, const QString &name, const XlsxOptions &options)
    : m_device(device), m_name(name), m_options(options)
{
}

XlsxReader::~XlsxReader()
{
    // The stream reader refers to the sheet device, which refers to the workbook's zip.
    m_xml.reset();
    m_sheetDevice.reset();
}

bool XlsxReader::fail(qint64 line, const QString &reason)
{
    if (m_error.isNull())
        m_error = {m_name, line, 0, reason};
    return false;
}

int XlsxReader::columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference[i].unicode();
        if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else
            break;
    }
    if (i == 0)
        return -1;
    return qMin(column, MaxColumns + 1) - 1; // anything past XFD is MaxColumns, which is ignored
}

QString XlsxReader::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

bool XlsxReader::open()
{
    if (m_opened)
        return m_error.isNull();
    m_opened = true;
    m_workbook = std::make_unique<XlsxWorkbook>(m_device);
    if (!m_workbook->open())
        return fail(0, m_workbook->errorString());

    const QList<XlsxWorkbook::Sheet> sheets = m_workbook->sheets();
    const int index = m_workbook->sheetIndex(m_options.sheet);
    if (index < 0) {
        QStringList names;
        for (const XlsxWorkbook::Sheet &sheet : sheets)
            names.append(sheet.name);
        return fail(0, tr("the workbook has no sheet named \u201c%1\u201d; it has: %2")
                           .arg(m_options.sheet, names.join(QStringLiteral(", "))));
    }
    m_sheetName = sheets.at(index).name;
    m_sheetPart = sheets.at(index).part;
    if (m_options.sheet.isEmpty() && index > 0)
        m_notes.append(tr("Hidden sheets before \u201c%1\u201d were passed over.").arg(m_sheetName));
    if (!m_workbook->loadSharedStrings()) {
        fail(0, m_workbook->errorString());
        // A temporary file that could not be written is not the workbook's fault.
        m_error.projectFault = m_workbook->failedOutsideTheFile();
        return false;
    }

    m_sheetDevice = m_workbook->openPart(m_sheetPart);
    if (!m_sheetDevice)
        return fail(0, m_workbook->errorString());
    m_xml = std::make_unique<QXmlStreamReader>(m_sheetDevice.get());

    qint64 above = 0; // rows with values above the header row asked for
    while (nextRow()) {
        if (rowIsEmpty())
            continue;
        if (m_row < m_options.headerRow) {
            ++above;
            continue;
        }
        if (m_options.headerRow > 1)
            m_notes.append(tr("The header was read from row %1; %n row(s) above it were not read.", nullptr,
                              int(qMin<qint64>(above, INT_MAX)))
                               .arg(m_row));
        int width = m_used;
        while (width > 0 && m_cells.at(width - 1).isEmpty())
            --width;
        QList<ReadIssue> changes;
        m_header = HeaderNames::clean(m_cells.mid(0, width), m_row, &changes);
        for (const ReadIssue &change : std::as_const(changes)) {
            m_pendingIssues.append(change);
            m_notes.append(change.reason);
        }
        m_record.fields = QStringList(m_header.size());
        return true;
    }
    if (!m_error.isNull())
        return false;
    if (above > 0)
        return fail(0, tr("the sheet \u201c%1\u201d ends before row %2, where the header was to be")
                           .arg(m_sheetName)
                           .arg(m_options.headerRow));
    return fail(0, tr("the sheet \u201c%1\u201d is empty: it has no header row").arg(m_sheetName));
}

bool XlsxReader::rowIsEmpty() const
{
    for (int k = 0; k < m_used; ++k) {
        if (!m_cells.at(k).isEmpty())
            return false;
    }
    return true;
}

void XlsxReader::issue(qint64 line, int column, const QString &reason)
{
    const ReadIssue found{line, column, reason, false};
    if (m_onIssue)
        (*m_onIssue)(found);
    else
        m_pendingIssues.append(found);
}

// Reads up to the end of the next <row>; false at the end of the sheet data or on an error.
bool XlsxReader::nextRow()
{
    QXmlStreamReader &xml = *m_xml;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData")
            return false;
        if (token != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        bool ok = false;
        const qint64 number = xml.attributes().value(QStringLiteral("r")).toLongLong(&ok);
        m_row = ok && number > 0 ? number : m_row + 1;
        m_used = 0;
        m_lastColumn = -1;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType inner = xml.readNext();
            if (inner == QXmlStreamReader::StartElement) {
                if (xml.name() == u"c")
                    readCell();
                else
                    xml.skipCurrentElement();
            } else if (inner == QXmlStreamReader::EndElement && xml.name() == u"row") {
                return true;
            }
        }
    }
    if (xml.hasError()) {
        fail(m_row, tr("the sheet \u201c%1\u201d is damaged near row %2: %3")
                        .arg(m_sheetName)
                        .arg(m_row)
                        .arg(XlsxWorkbook::xmlError(xml, *m_sheetDevice)));
    }
    return false;
}

void XlsxReader::readCell()
{
    QXmlStreamReader &xml = *m_xml;
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView reference = attributes.value(QStringLiteral("r"));
    int column = reference.isEmpty() ? m_lastColumn + 1 : columnOfReference(reference);
    if (column < 0 && !reference.isEmpty()) {
        issue(m_row, 0,
              tr("a cell has the reference \u201c%1\u201d, which names no column; it was read as the next "
                 "cell")
                  .arg(reference.toString()));
        column = m_lastColumn + 1;
    }
    const QString type = attributes.value(QStringLiteral("t")).toString();
    const int style = attributes.value(QStringLiteral("s")).toInt();

    QString value;
    bool inlineText = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"c")
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"v") {
            value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"is") {
            inlineText = true;
        } else if (xml.name() == u"t" && inlineText) {
            value += XlsxWorkbook::unescape(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (xml.name() == u"r") {
            continue; // a rich text run inside <is>: its <t> follows
        } else {
            xml.skipCurrentElement(); // formulas, phonetic readings, extensions
        }
    }
    if (column >= MaxColumns) {
        if (!value.isEmpty())
            issue(m_row, 0, tr("a cell beyond column XFD was ignored"));
        return;
    }
    m_lastColumn = column;
    if (value.isEmpty() && !inlineText)
        return;
    while (m_cells.size() <= column)
        m_cells.append(QString());
    for (; m_used <= column; ++m_used)
        m_cells[m_used].clear();
    m_cells[column] = inlineText ? value : cellText(type, value, style, column);
}

QString XlsxReader::cellText(QStringView type, const QString &value, int style, int column)
{
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        const XlsxSharedStrings &strings = m_workbook->sharedStrings();
        if (ok && index >= 0 && index < strings.size())
            return strings.at(index);
        issue(m_row, column + 1,
              tr("cell %1%2 refers to shared string %3, which does not exist; it was read as empty")
                  .arg(columnName(column))
                  .arg(m_row)
                  .arg(value));
        return QString();
    }
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : value == u"0" ? QStringLiteral("FALSE") : value;
    if (type == u"str" || type == u"e" || type == u"inlineStr")
        return XlsxWorkbook::unescape(value);
    if (type == u"d") // an ISO 8601 date cell (strict OOXML); a date at midnight is a date
        return value.endsWith(QStringLiteral("T00:00:00")) ? value.left(value.size() - 9) : value;
    return XlsxNumberFormat::format(value, m_workbook->styleKind(style), m_workbook->date1904());
}

bool XlsxReader::read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink)
{
    if (!m_error.isNull())
        return false;
    if (!m_opened || m_header.isEmpty())
        return fail(0, tr("the file was not opened"));
    if (m_readStarted)
        return fail(0, tr("the file was already read"));
    m_readStarted = true;
    m_onIssue = &onIssue;
    for (const ReadIssue &pending : std::as_const(m_pendingIssues))
        onIssue(pending);
    m_pendingIssues.clear();

    const int width = int(m_header.size());
    qint64 rows = 0;
    bool stopped = false;
    while (!stopped && nextRow()) {
        if (++rows % ProgressEveryRows == 0 && sink) {
            sink->progress(m_sheetDevice->consumed(), m_sheetDevice->sourceSize());
            if (sink->isCancelled()) {
                m_onIssue = nullptr;
                return fail(0, tr("cancelled"));
            }
        }
        if (rowIsEmpty())
            continue;
        for (int k = 0; k < width; ++k) {
            if (k < m_used)
                m_record.fields[k] = m_cells.at(k);
            else if (!m_record.fields.at(k).isEmpty())
                m_record.fields[k].clear();
        }
        for (int k = width; k < m_used; ++k) {
            if (!m_cells.at(k).isEmpty()) {
                issue(m_row, k + 1,
                      tr("cell %1%2 is to the right of the last named column, so it has no column to go to; "
                         "its "
                         "value \u201c%3\u201d was left out")
                          .arg(columnName(k))
                          .arg(m_row)
                          .arg(m_cells.at(k).left(80)));
            }
        }
        m_record.line = m_row;
        stopped = !onRecord(m_record);
    }
    m_onIssue = nullptr;
    if (!m_error.isNull())
        return false;
    if (sink)
        sink->progress(m_sheetDevice->consumed(), m_sheetDevice->sourceSize());
    return true;
}

ReaderInfo XlsxReader::info() const
{
    ReaderInfo result;
    result.format = QStringLiteral("xlsx");
    result.sheet = m_sheetName;
    result.notes = m_notes;
    return result;
}

QStringList XlsxReader::sheetNames(const QString &path, ReadError *error)
{
    QFile file(path);
    XlsxWorkbook workbook(&file);
    QStringList names;
    if (!workbook.open()) {
        if (error)
            *error = {path, 0, 0, workbook.errorString()};
        return names;
    }
    const QList<XlsxWorkbook::Sheet> sheets = workbook.sheets();
    for (const XlsxWorkbook::Sheet &sheet : sheets)
        names.append(sheet.name);
    return names;
}

} // namespace uproot
