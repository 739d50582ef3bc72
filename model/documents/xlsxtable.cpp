#include "model/documents/xlsxtable.h"

#include "model/documents/spreadsheetcell.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace uproot {

namespace {

constexpr qsizetype kMaxCellChars = 32767;

const QByteArray kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray kPkgNs = "http://schemas.openxmlformats.org/package/2006/relationships";

QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxTable", text);
}

QByteArray columnName(int column)
{
    QByteArray name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

// XML 1.0 holds no C0 control characters but tab, line feed and carriage return.
QByteArray cellXml(const QString &text)
{
    QString cell = neutraliseFormula(text);
    cell.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    if (cell.size() > kMaxCellChars)
        cell.truncate(kMaxCellChars);
    return "<is><t xml:space=\"preserve\">" + cell.toHtmlEscaped().toUtf8() + "</t></is>";
}

QByteArray rowXml(int row, const QStringList &cells)
{
    const QByteArray number = QByteArray::number(row);
    QByteArray xml = "<row r=\"" + number + "\">";
    for (int c = 0; c < cells.size(); ++c)
        xml += "<c r=\"" + columnName(c) + number + "\" t=\"inlineStr\">" + cellXml(cells.at(c)) + "</c>";
    return xml + "</row>";
}

bool add(QuaZip &zip, const QString &name, const QByteArray &content)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool ok = file.write(content) == content.size();
    file.close();
    return ok && file.getZipError() == 0;
}

// A zip archive ends with its end-of-central-directory record (no archive comment is written): when the last
// buffered bytes could not be written, it is not there, though QuaZip reports success.
bool endsWhole(const QString &path)
{
    QFile file(path);
    constexpr qint64 kRecord = 22;
    return file.open(QIODevice::ReadOnly) && file.size() >= kRecord && file.seek(file.size() - kRecord) &&
           file.read(4) == QByteArray("PK\x05\x06", 4);
}

} // namespace

struct XlsxTableWriter::Parts
{
    QuaZip zip;
    QuaZipFile sheet;
    explicit Parts(const QString &file) : zip(file), sheet(&zip) {}
};

XlsxTableWriter::XlsxTableWriter(const QString &path, const QString &sheetName, const QStringList &header)
    : m_path(path), m_part(QFileInfo(path).absolutePath() +
                           QStringLiteral("/.%1.XXXXXX.part").arg(QFileInfo(path).fileName()))
{
    if (!m_part.open()) {
        m_error = tr("%1: cannot write: %2").arg(path, m_part.errorString());
        m_ok = false;
        return;
    }
    m_part.close();
    errno = 0;
    m_parts = std::make_unique<Parts>(m_part.fileName());
    QuaZip &zip = m_parts->zip;
    m_ok = zip.open(QuaZip::mdCreate);
    m_ok = m_ok &&
           add(zip, QStringLiteral("[Content_Types].xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"rels\" "
               "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
               "<Override PartName=\"/xl/workbook.xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
               "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
               "</Types>") &&
           add(zip, QStringLiteral("_rels/.rels"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" +
                   kPkgNs + "\"><Relationship Id=\"rId1\" Type=\"" + kRelNs +
                   "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>") &&
           add(zip, QStringLiteral("xl/workbook.xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"" + kMainNs +
                   "\" xmlns:r=\"" + kRelNs + "\"><sheets><sheet name=\"" +
                   sheetName.left(31).toHtmlEscaped().toUtf8() +
                   "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>") &&
           add(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" +
                   kPkgNs + "\"><Relationship Id=\"rId1\" Type=\"" + kRelNs +
                   "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    // The sheet is streamed row by row: a long table is never one string in memory.
    m_ok =
        m_ok &&
        m_parts->sheet.open(QIODevice::WriteOnly,
                            QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))) &&
        put("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + kMainNs +
            "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" "
            "topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
            "<sheetData>") &&
        put(rowXml(1, header));
    noteFailure();
}

XlsxTableWriter::~XlsxTableWriter()
{
    // Not finished: closed and left to the temporary file's removal.
    if (m_parts) {
        if (m_parts->sheet.isOpen())
            m_parts->sheet.close();
        m_parts->zip.close();
    }
}

bool XlsxTableWriter::put(const QByteArray &bytes)
{
    return m_parts->sheet.write(bytes) == bytes.size();
}

void XlsxTableWriter::noteFailure()
{
    // The system's reason for the first write that failed, taken at once: closing the archive afterwards
    // overwrites errno, and QuaZip says only that something failed.
    if (!m_ok && !m_systemError)
        m_systemError = errno;
}

bool XlsxTableWriter::addRow(const QStringList &cells)
{
    if (!m_ok)
        return false;
    m_ok = put(rowXml(++m_rows + 1, cells));
    noteFailure();
    return m_ok;
}

bool XlsxTableWriter::finish(QString *error)
{
    if (m_parts && m_error.isEmpty()) {
        m_ok = m_ok && put("</sheetData></worksheet>");
        noteFailure();
        m_parts->sheet.close();
        m_ok = m_ok && m_parts->sheet.getZipError() == 0;
        noteFailure();
        m_parts->zip.close();
        m_ok = m_ok && m_parts->zip.getZipError() == 0;
        noteFailure();
        m_parts.reset();
        if (m_ok && !endsWhole(m_part.fileName())) {
            m_ok = false;
            m_error = tr("%1: cannot write the workbook: its end could not be written (is the disk full?)")
                          .arg(m_path);
        }
        if (!m_ok && m_error.isEmpty()) {
            m_error = m_systemError ? tr("%1: cannot write the workbook: %2")
                                          .arg(m_path, QString::fromLocal8Bit(std::strerror(m_systemError)))
                                    : tr("%1: cannot write the workbook").arg(m_path);
        }
    }
    if (m_ok && std::rename(QFile::encodeName(m_part.fileName()).constData(),
                            QFile::encodeName(QFileInfo(m_path).absoluteFilePath()).constData()) != 0) {
        m_ok = false;
        m_error = tr("%1: cannot write: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (!m_ok) {
        *error = m_error;
        return false;
    }
    m_part.setAutoRemove(false);
    // The temporary file was private (0600); the workbook is readable like any file the user saves.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther);
    return true;
}

bool writeXlsxTable(const QString &path, const QString &sheetName, const QStringList &header,
                    const std::function<bool(QStringList *row)> &next, QString *error)
{
    XlsxTableWriter writer(path, sheetName, header);
    QStringList cells;
    while (writer.isGood() && next(&cells))
        writer.addRow(cells);
    return writer.finish(error);
}

} // namespace uproot
