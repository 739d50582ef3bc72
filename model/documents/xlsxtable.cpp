#include "model/documents/xlsxtable.h"

#include "model/documents/spreadsheetcell.h"

#include <QCoreApplication>
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

} // namespace

bool writeXlsxTable(const QString &path, const QString &sheetName, const QStringList &header,
                    const std::function<bool(QStringList *row)> &next, QString *error)
{
    const QFileInfo target(path);
    QTemporaryFile part(target.absolutePath() + QStringLiteral("/.%1.XXXXXX.part").arg(target.fileName()));
    if (!part.open()) {
        *error = tr("%1: cannot write: %2").arg(path, part.errorString());
        return false;
    }
    part.close();
    bool ok = true;
    // The system's reason for the first write that failed, taken at once: closing the archive afterwards
    // overwrites errno, and QuaZip says only that something failed.
    int systemError = 0;
    const auto noteFailure = [&ok, &systemError] {
        if (!ok && !systemError)
            systemError = errno;
    };
    errno = 0;
    {
        QuaZip zip(part.fileName());
        ok = zip.open(QuaZip::mdCreate);
        ok =
            ok &&
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
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"" +
                    kMainNs + "\" xmlns:r=\"" + kRelNs + "\"><sheets><sheet name=\"" +
                    sheetName.left(31).toHtmlEscaped().toUtf8() +
                    "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>") &&
            add(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" +
                    kPkgNs + "\"><Relationship Id=\"rId1\" Type=\"" + kRelNs +
                    "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        noteFailure();
        if (ok) {
            // The sheet is streamed row by row: a long trail is never one string in memory.
            QuaZipFile sheet(&zip);
            ok = sheet.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")));
            const auto put = [&sheet](const QByteArray &bytes) { return sheet.write(bytes) == bytes.size(); };
            ok =
                ok &&
                put("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" +
                    kMainNs +
                    "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" "
                    "topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
                    "<sheetData>") &&
                put(rowXml(1, header));
            int row = 1;
            QStringList cells;
            while (ok && next(&cells))
                ok = put(rowXml(++row, cells));
            ok = ok && put("</sheetData></worksheet>");
            noteFailure();
            sheet.close();
            ok = ok && sheet.getZipError() == 0;
            noteFailure();
        }
        zip.close();
        ok = ok && zip.getZipError() == 0;
        noteFailure();
    }
    if (!ok) {
        *error = systemError ? tr("%1: cannot write the workbook: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(systemError)))
                             : tr("%1: cannot write the workbook").arg(path);
        return false;
    }
    if (std::rename(QFile::encodeName(part.fileName()).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        *error = tr("%1: cannot write: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    part.setAutoRemove(false);
    // The temporary file was private (0600); the workbook is readable like any file the user saves.
    QFile::setPermissions(target.absoluteFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return true;
}

} // namespace uproot
