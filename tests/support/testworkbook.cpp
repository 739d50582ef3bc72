#include "testworkbook.h"

#include <QPair>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace uproot::test {

namespace {

const QByteArray MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray PkgNs = "http://schemas.openxmlformats.org/package/2006/relationships";

QByteArray columnName(int column)
{
    QByteArray name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

QByteArray sheetXml(const QList<QStringList> &rows)
{
    QByteArray xml = "<worksheet xmlns=\"" + MainNs + "\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        const QByteArray rowNumber = QByteArray::number(r + 1);
        xml += "<row r=\"" + rowNumber + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c)
            xml += "<c r=\"" + columnName(c) + rowNumber + "\" t=\"inlineStr\"><is><t>" +
                   rows.at(r).at(c).toHtmlEscaped().toUtf8() + "</t></is></c>";
        xml += "</row>";
    }
    return xml + "</sheetData></worksheet>";
}

} // namespace

bool writeZip(const QString &path, const Entries &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &entry : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first)))
            return false;
        file.write(entry.second);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool writeTestWorkbook(const QString &path, const QList<TestSheet> &sheets)
{
    Entries entries;
    entries.append({QStringLiteral("[Content_Types].xml"),
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"});
    entries.append({QStringLiteral("_rels/.rels"),
                    "<Relationships xmlns=\"" + PkgNs + "\"><Relationship Id=\"rId1\" Type=\"" + RelNs +
                        "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    QByteArray sheetList;
    QByteArray relationships;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        sheetList += "<sheet name=\"" + sheets.at(i).name.toHtmlEscaped().toUtf8() + "\" sheetId=\"" + n +
                     "\" r:id=\"rId" + n + "\"/>";
        relationships += "<Relationship Id=\"rId" + n + "\" Type=\"" + RelNs +
                         "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(sheets.at(i).rows)});
    }
    entries.append({QStringLiteral("xl/workbook.xml"), "<workbook xmlns=\"" + MainNs + "\" xmlns:r=\"" +
                                                           RelNs + "\"><sheets>" + sheetList +
                                                           "</sheets></workbook>"});
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                    "<Relationships xmlns=\"" + PkgNs + "\">" + relationships + "</Relationships>"});

    return writeZip(path, entries);
}

} // namespace uproot::test
