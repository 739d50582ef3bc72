#include "model/readers/progresssink.h"
#include "model/readers/readerfactory.h"
#include "model/readers/xlsxnumberformat.h"
#include "model/readers/xlsxreader.h"
#include "model/readers/xlsxsharedstrings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testworkbook.h"

using namespace uproot;

namespace {

const char *const MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char *const RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char *const PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

using test::Entries;
using test::writeZip;

QByteArray sheetXml(const QByteArray &rows)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"") +
           MainNs + "\"><sheetData>" + rows + "</sheetData></worksheet>";
}

// Styles used by the tests, by cell style index: 0 general, 1 built-in date (14), 2 built-in date-time (22),
// 3 built-in time (21), 4 custom yyyy-mm-dd, 5 custom duration [h]:mm:ss, 6 custom number with "d" in a
// quoted literal. The cellStyleXfs entry before them must not shift the indices.
QByteArray stylesXml()
{
    return QByteArray("<styleSheet xmlns=\"") + MainNs +
           "\"><numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
           "<numFmt numFmtId=\"165\" formatCode=\"[h]:mm:ss\"/>"
           "<numFmt numFmtId=\"166\" formatCode=\"#,##0 &quot;days&quot;\"/></numFmts>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
           "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/><xf "
           "numFmtId=\"21\"/>"
           "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs></styleSheet>";
}

QByteArray sharedStringsXml()
{
    return QByteArray("<sst xmlns=\"") + MainNs +
           "\" count=\"4\" uniqueCount=\"4\">"
           "<si><t>Kaspersky Endpoint Security</t></si>"
           "<si><r><t>Product </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">name</t></r></si>"
           "<si><t>Base</t><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>"
           "<si><t>line_x000D_break</t></si>"
           "</sst>";
}

struct SheetSpec
{
    QString name;
    QByteArray rows;
    bool hidden = false;
};

// A workbook as Excel lays it out, with every part found through relationships.
Entries workbookEntries(const QList<SheetSpec> &sheets, bool date1904 = false)
{
    QByteArray sheetList, relationships;
    Entries entries;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        sheetList += "<sheet name=\"" + sheets.at(i).name.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" +
                     n + "\"" + (sheets.at(i).hidden ? " state=\"hidden\"" : "") + "/>";
        relationships +=
            "<Relationship Id=\"rId" + n +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet" +
            n + ".xml\"/>";
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(sheets.at(i).rows)});
    }
    relationships += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                     "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "relationships/styles\" Target=\"styles.xml\"/>";
    entries.prepend(
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         QByteArray("<Relationships xmlns=\"") + PackageRelNs + "\">" + relationships + "</Relationships>"});
    entries.prepend({QStringLiteral("xl/workbook.xml"),
                     QByteArray("<workbook xmlns=\"") + MainNs + "\" xmlns:r=\"" + RelNs + "\">" +
                         (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>" +
                         sheetList + "</sheets></workbook>"});
    entries.prepend(
        {QStringLiteral("_rels/.rels"),
         QByteArray("<Relationships xmlns=\"") + PackageRelNs +
             "\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
             "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    entries.prepend({QStringLiteral("[Content_Types].xml"),
                     "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                     "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"});
    entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml()});
    entries.append({QStringLiteral("xl/styles.xml"), stylesXml()});
    return entries;
}

QByteArray inlineCell(const char *reference, const char *text)
{
    return QByteArray("<c r=\"") + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

struct Outcome
{
    bool opened = false;
    bool ok = false;
    QStringList header;
    QList<QStringList> rows;
    QList<qint64> lines;
    QList<ReadIssue> issues;
    ReadError error;
    ReaderInfo info;
};

Outcome readWorkbook(const QString &path, const XlsxOptions &options = {}, ProgressSink *sink = nullptr)
{
    XlsxReader reader(path, options);
    Outcome outcome;
    outcome.opened = reader.open();
    outcome.header = reader.header();
    if (outcome.opened) {
        outcome.ok = reader.read(
            [&](const SourceRecord &record) {
                outcome.rows.append(record.fields);
                outcome.lines.append(record.line);
                return true;
            },
            [&](const ReadIssue &issue) { outcome.issues.append(issue); }, sink);
    }
    outcome.error = reader.error();
    outcome.info = reader.info();
    return outcome;
}

QStringList strs(const QList<const char *> &items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

class CancellingSink : public ProgressSink
{
public:
    void progress(qint64, qint64) override { cancelled = true; }
    bool isCancelled() const override { return cancelled; }
    bool cancelled = false;
};

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsCellValues_data();
    void readsCellValues();
    void classifiesNumberFormats_data();
    void classifiesNumberFormats();
    void readsSparseCellsAndSkipsEmptyRows();
    void choosesSheets();
    void readsHeaderFromAGivenRow();
    void findsPartsThroughRelationships();
    void reportsCellsItCannotPlace();
    void makesDuplicateHeadersUnique();
    void failsClearly_data();
    void failsClearly();
    void reportsDamagedSheetWithRow();
    void cancelsThroughSink();
    void readsSharedStringsPastTheMemoryBudget();

private:
    QString write(const Entries &entries, const QString &name = QStringLiteral("book.xlsx"));
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestXlsxReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestXlsxReader::write(const Entries &entries, const QString &name)
{
    const QString path = m_dir->filePath(name);
    if (!writeZip(path, entries))
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestXlsxReader::readsCellValues_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const QByteArray &cell, const char *expected, bool date1904 = false) {
        QTest::newRow(name) << cell << date1904 << QString::fromUtf8(expected);
    };
    row("shared string", "<c r=\"B2\" t=\"s\"><v>0</v></c>", "Kaspersky Endpoint Security");
    row("shared string of rich text runs", "<c r=\"B2\" t=\"s\"><v>1</v></c>", "Product name");
    row("shared string without its phonetic reading", "<c r=\"B2\" t=\"s\"><v>2</v></c>", "Base");
    row("escaped carriage return", "<c r=\"B2\" t=\"s\"><v>3</v></c>", "line\rbreak");
    row("inline string", "<c r=\"B2\" t=\"inlineStr\"><is><t>inline</t></is></c>", "inline");
    row("inline rich text",
        "<c r=\"B2\" t=\"inlineStr\"><is><r><t>in</t></r><r><rPr><b/></rPr><t>line</t></r></is></c>",
        "inline");
    row("XML entities", "<c r=\"B2\" t=\"inlineStr\"><is><t>AT&amp;T &lt;x&gt;</t></is></c>", "AT&T <x>");
    row("number as stored", "<c r=\"B2\"><v>11.11</v></c>", "11.11");
    row("number in scientific notation", "<c r=\"B2\" t=\"n\"><v>1E-3</v></c>", "1E-3");
    row("boolean true", "<c r=\"B2\" t=\"b\"><v>1</v></c>", "TRUE");
    row("boolean false", "<c r=\"B2\" t=\"b\"><v>0</v></c>", "FALSE");
    row("error value", "<c r=\"B2\" t=\"e\"><v>#N/A</v></c>", "#N/A");
    row("formula with a string result", "<c r=\"B2\" t=\"str\"><f>A2&amp;\"x\"</f><v>abc</v></c>", "abc");
    row("formula with a number result", "<c r=\"B2\"><f>1+1</f><v>2</v></c>", "2");
    row("built-in date format", "<c r=\"B2\" s=\"1\"><v>45000</v></c>", "2023-03-15");
    row("date with a time part in a date format", "<c r=\"B2\" s=\"1\"><v>45000.75</v></c>", "2023-03-15");
    row("built-in date-time format", "<c r=\"B2\" s=\"2\"><v>45000.5</v></c>", "2023-03-15 12:00:00");
    row("built-in time format", "<c r=\"B2\" s=\"3\"><v>0.75</v></c>", "18:00:00");
    row("custom date format", "<c r=\"B2\" s=\"4\"><v>44927</v></c>", "2023-01-01");
    row("duration format stays a number", "<c r=\"B2\" s=\"5\"><v>1.25</v></c>", "1.25");
    row("quoted d in a number format is no date", "<c r=\"B2\" s=\"6\"><v>12</v></c>", "12");
    row("first day of the 1900 system", "<c r=\"B2\" s=\"1\"><v>1</v></c>", "1900-01-01");
    row("day before Excel's phantom leap day", "<c r=\"B2\" s=\"1\"><v>59</v></c>", "1900-02-28");
    row("Excel's phantom 29 February 1900", "<c r=\"B2\" s=\"1\"><v>60</v></c>", "1900-02-29");
    row("day after the phantom leap day", "<c r=\"B2\" s=\"1\"><v>61</v></c>", "1900-03-01");
    row("1904 date system, day 0", "<c r=\"B2\" s=\"1\"><v>0</v></c>", "1904-01-01", true);
    row("1904 date system, 2023", "<c r=\"B2\" s=\"1\"><v>43465</v></c>", "2023-01-01", true);
    row("date style on a text cell keeps the text", "<c r=\"B2\" s=\"1\" t=\"s\"><v>0</v></c>",
        "Kaspersky Endpoint Security");
    row("ISO date cell", "<c r=\"B2\" t=\"d\"><v>2023-03-15T00:00:00</v></c>", "2023-03-15");
    row("date beyond 9999 stays a number", "<c r=\"B2\" s=\"1\"><v>3000000</v></c>", "3000000");
    row("negative date stays a number", "<c r=\"B2\" s=\"1\"><v>-1</v></c>", "-1");
    row("unknown style index is a number", "<c r=\"B2\" s=\"99\"><v>45000</v></c>", "45000");
}

void TestXlsxReader::readsCellValues()
{
    QFETCH(QByteArray, cell);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);

    const QByteArray rows = "<row r=\"1\">" + inlineCell("A1", "Key") + inlineCell("B1", "Value") + "</row>" +
                            "<row r=\"2\">" + inlineCell("A2", "k") + cell + "</row>";
    const Outcome outcome =
        readWorkbook(write(workbookEntries({{QStringLiteral("Sheet1"), rows}}, date1904)));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.header, strs({"Key", "Value"}));
    QCOMPARE(outcome.rows.size(), 1);
    QCOMPARE(outcome.rows.front(), QStringList({QStringLiteral("k"), expected}));
    QCOMPARE(outcome.lines, QList<qint64>{2});
    QVERIFY(outcome.issues.isEmpty());
}

void TestXlsxReader::classifiesNumberFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");

    QTest::newRow("ISO date") << QStringLiteral("yyyy-mm-dd") << int(XlsxNumberFormat::Date);
    QTest::newRow("US date with locale prefix")
        << QStringLiteral("[$-409]m/d/yy;@") << int(XlsxNumberFormat::Date);
    QTest::newRow("month and year") << QStringLiteral("mmm yyyy") << int(XlsxNumberFormat::Date);
    QTest::newRow("month alone") << QStringLiteral("mmmm") << int(XlsxNumberFormat::Date);
    QTest::newRow("date and time") << QStringLiteral("dd/mm/yyyy hh:mm") << int(XlsxNumberFormat::DateTime);
    QTest::newRow("time with minutes") << QStringLiteral("h:mm AM/PM") << int(XlsxNumberFormat::Time);
    QTest::newRow("minutes and seconds") << QStringLiteral("mm:ss") << int(XlsxNumberFormat::Time);
    QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm:ss") << int(XlsxNumberFormat::Number);
    QTest::newRow("coloured number") << QStringLiteral("[Red]#,##0.00") << int(XlsxNumberFormat::Number);
    QTest::newRow("General") << QStringLiteral("General") << int(XlsxNumberFormat::Number);
    QTest::newRow("quoted literal with date letters")
        << QStringLiteral("0 \"days\"") << int(XlsxNumberFormat::Number);
    QTest::newRow("escaped letter") << QStringLiteral("0\\d") << int(XlsxNumberFormat::Number);
    QTest::newRow("date only in the negative section")
        << QStringLiteral("0;yyyy") << int(XlsxNumberFormat::Number);
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << int(XlsxNumberFormat::Number);
}

void TestXlsxReader::classifiesNumberFormats()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(XlsxNumberFormat::classify(code)), kind);
}

void TestXlsxReader::readsSparseCellsAndSkipsEmptyRows()
{
    const QByteArray rows =
        "<row r=\"1\"/>" // empty before the header
        "<row r=\"2\">" +
        inlineCell("A2", "Host") + inlineCell("B2", "Product") + inlineCell("C2", "Version") +
        inlineCell("D2", "Date") + "</row>" + "<row r=\"3\">" + inlineCell("A3", "WKS-1") +
        inlineCell("D3", "x") + "</row>" // B3, C3 missing
        + "<row r=\"4\"><c r=\"A4\" s=\"1\"/><c r=\"B4\" t=\"inlineStr\"><is><t></t></is></c></row>" // no
                                                                                                     // values
        + "<row r=\"7\"><c r=\"C7\"><v>3</v></c></row>" // rows 5 and 6 absent
        + "<row>" + "<c t=\"inlineStr\"><is><t>a</t></is></c><c><v>5</v></c>" +
        "</row>"                                                             // no references: row 8
        + "<row r=\"9\">" + inlineCell("B9", "b") + "<c><v>6</v></c></row>"; // C9 follows B9
    const Outcome outcome = readWorkbook(write(workbookEntries({{QStringLiteral("Sheet1"), rows}})));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.header, strs({"Host", "Product", "Version", "Date"}));
    QCOMPARE(outcome.rows, QList<QStringList>({strs({"WKS-1", "", "", "x"}), strs({"", "", "3", ""}),
                                               strs({"a", "5", "", ""}), strs({"", "b", "6", ""})}));
    QCOMPARE(outcome.lines, QList<qint64>({3, 7, 8, 9}));
    QVERIFY(outcome.issues.isEmpty());
}

void TestXlsxReader::choosesSheets()
{
    const QList<SheetSpec> sheets = {
        {QStringLiteral("Hidden"), "<row r=\"1\">" + inlineCell("A1", "H") + "</row>", true},
        {QStringLiteral("Computers"), "<row r=\"1\">" + inlineCell("A1", "Name") + "</row><row r=\"2\">" +
                                          inlineCell("A2", "WKS-1") + "</row>"},
        {QStringLiteral("Software"), "<row r=\"1\">" + inlineCell("A1", "Title") + "</row><row r=\"2\">" +
                                         inlineCell("A2", "Kaspersky") + "</row>"},
    };
    const QString path = write(workbookEntries(sheets));

    const Outcome first = readWorkbook(path);
    QVERIFY2(first.ok, qPrintable(first.error.message()));
    QCOMPARE(first.info.sheet, QStringLiteral("Computers"));
    QCOMPARE(first.rows, QList<QStringList>{strs({"WKS-1"})});

    const Outcome byName = readWorkbook(path, {QStringLiteral("Software")});
    QVERIFY2(byName.ok, qPrintable(byName.error.message()));
    QCOMPARE(byName.info.sheet, QStringLiteral("Software"));
    QCOMPARE(byName.header, strs({"Title"}));
    QCOMPARE(byName.rows, QList<QStringList>{strs({"Kaspersky"})});

    const Outcome ignoringCase = readWorkbook(path, {QStringLiteral("software")});
    QVERIFY(ignoringCase.ok);
    QCOMPARE(ignoringCase.info.sheet, QStringLiteral("Software"));

    const Outcome hidden = readWorkbook(path, {QStringLiteral("Hidden")});
    QVERIFY(hidden.ok);
    QCOMPARE(hidden.header, strs({"H"}));

    const Outcome missing = readWorkbook(path, {QStringLiteral("Licences")});
    QVERIFY(!missing.opened);
    QVERIFY2(missing.error.reason.contains(QStringLiteral("Licences")) &&
                 missing.error.reason.contains(QStringLiteral("Computers, Software")),
             qPrintable(missing.error.reason));

    ReadError error;
    QCOMPARE(XlsxReader::sheetNames(path, &error), strs({"Hidden", "Computers", "Software"}));
    QVERIFY(error.isNull());
}

void TestXlsxReader::readsHeaderFromAGivenRow()
{
    // A report: its title in A1, a date in A2, row 3 empty, the column names in row 4.
    const QByteArray rows = "<row r=\"1\">" + inlineCell("A1", "Installed software") + "</row><row r=\"2\">" +
                            inlineCell("A2", "2024-01-31") + "</row><row r=\"4\">" +
                            inlineCell("A4", "Computer") + inlineCell("B4", "Application") +
                            "</row><row r=\"5\">" + inlineCell("A5", "WKS-9") +
                            inlineCell("B5", "Kaspersky Free") + "</row>";
    const QString path = write(workbookEntries({{QStringLiteral("Report"), rows}}));

    XlsxOptions options;
    options.headerRow = 4;
    const Outcome outcome = readWorkbook(path, options);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.header, strs({"Computer", "Application"}));
    QCOMPARE(outcome.rows, QList<QStringList>{strs({"WKS-9", "Kaspersky Free"})});
    QVERIFY2(!outcome.info.notes.filter(QStringLiteral("row 4; 2 row(s) above")).isEmpty(),
             qPrintable(outcome.info.notes.join(u'|')));

    // Through the factory's one option, as the command line and the wizard set it.
    ReaderOptions readerOptions;
    readerOptions.headerLine = 4;
    QString why;
    std::unique_ptr<RecordReader> reader = openReader(path, QStringLiteral("auto"), &why, readerOptions);
    QVERIFY2(reader, qPrintable(why));
    QCOMPARE(reader->header(), strs({"Computer", "Application"}));

    options.headerRow = 7;
    const Outcome past = readWorkbook(path, options);
    QVERIFY(!past.opened);
    QVERIFY2(past.error.reason.contains(QLatin1String("ends before row 7")), qPrintable(past.error.reason));
}

void TestXlsxReader::findsPartsThroughRelationships()
{
    // Not Excel's usual part names: the workbook and the sheet are where the relationships say.
    const Entries entries = {
        {QStringLiteral("_rels/.rels"),
         QByteArray("<Relationships xmlns=\"") + PackageRelNs +
             "\"><Relationship Id=\"a\" "
             "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
             "officeDocument\" Target=\"/content/book.xml\"/></Relationships>"},
        {QStringLiteral("content/book.xml"),
         QByteArray("<x:workbook xmlns:x=\"") + MainNs + "\" xmlns:r=\"" + RelNs +
             "\"><x:sheets><x:sheet name=\"Data\" sheetId=\"1\" r:id=\"s1\"/>"
             "</x:sheets></x:workbook>"},
        {QStringLiteral("content/_rels/book.xml.rels"),
         QByteArray("<Relationships xmlns=\"") + PackageRelNs +
             "\"><Relationship Id=\"s1\" "
             "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
             "worksheet\" Target=\"../data/first%20sheet.xml\"/></Relationships>"},
        {QStringLiteral("data/first sheet.xml"),
         QByteArray("<x:worksheet xmlns:x=\"") + MainNs +
             "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Name</x:t></x:is></x:c>"
             "</x:row><x:row r=\"2\"><x:c r=\"A2\"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>"},
    };
    const Outcome outcome = readWorkbook(write(entries));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.info.sheet, QStringLiteral("Data"));
    QCOMPARE(outcome.header, strs({"Name"}));
    QCOMPARE(outcome.rows, QList<QStringList>{strs({"42"})});
}

void TestXlsxReader::reportsCellsItCannotPlace()
{
    const QByteArray rows =
        "<row r=\"1\">" + inlineCell("A1", "Name") + inlineCell("B1", "Version") + "</row>" +
        "<row r=\"2\">" + inlineCell("A2", "x") + inlineCell("B2", "1") + inlineCell("D2", "stray") +
        "</row>" + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>17</v></c>" + inlineCell("B3", "2") + "</row>" +
        "<row r=\"4\">" + inlineCell("A4", "y") + inlineCell("XFE4", "far") + "</row>";
    const Outcome outcome = readWorkbook(write(workbookEntries({{QStringLiteral("Sheet1"), rows}})));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.rows, QList<QStringList>({strs({"x", "1"}), strs({"", "2"}), strs({"y", ""})}));
    QCOMPARE(outcome.issues.size(), 3);
    QCOMPARE(outcome.issues.at(0).line, 2);
    QCOMPARE(outcome.issues.at(0).column, 4);
    QVERIFY2(outcome.issues.at(0).reason.contains(QStringLiteral("D2")) &&
                 outcome.issues.at(0).reason.contains(QStringLiteral("stray")),
             qPrintable(outcome.issues.at(0).reason));
    QCOMPARE(outcome.issues.at(1).line, 3);
    QCOMPARE(outcome.issues.at(1).column, 1);
    QVERIFY2(outcome.issues.at(1).reason.contains(QStringLiteral("17")),
             qPrintable(outcome.issues.at(1).reason));
    QCOMPARE(outcome.issues.at(2).line, 4);
    QVERIFY2(outcome.issues.at(2).reason.contains(QStringLiteral("XFD")),
             qPrintable(outcome.issues.at(2).reason));
}

void TestXlsxReader::makesDuplicateHeadersUnique()
{
    const QByteArray rows = "<row r=\"1\">" + inlineCell("A1", " Name ") + inlineCell("C1", "name") +
                            "</row>" + "<row r=\"2\">" + inlineCell("A2", "a") + inlineCell("B2", "b") +
                            inlineCell("C2", "c") + "</row>";
    const Outcome outcome = readWorkbook(write(workbookEntries({{QStringLiteral("Sheet1"), rows}})));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.header, strs({"Name", "Column 2", "name (2)"}));
    QCOMPARE(outcome.rows, QList<QStringList>{strs({"a", "b", "c"})});
    QCOMPARE(outcome.issues.size(), 2);
    QCOMPARE(outcome.issues.at(0).line, 1);
}

void TestXlsxReader::failsClearly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("zipOfEntries"); // bytes is a list of entry names to zip, else the raw file
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("empty file") << QByteArray() << false << QStringLiteral("empty");
    QTest::newRow("text file") << QByteArray("Name,Version\nx,1\n") << false << QStringLiteral("not a ZIP");
    QTest::newRow("old binary Excel file") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
                                                         "0000000000000000")
                                           << false << QStringLiteral(".xls");
    QTest::newRow("truncated ZIP archive") << QByteArray("PK\x03\x04"
                                                         "\x14\0\0\0\x08\0",
                                                         10)
                                           << false << QStringLiteral("cannot be read");
    QTest::newRow("ZIP archive without a workbook")
        << QByteArray("word/document.xml") << true << QStringLiteral("no workbook");
}

void TestXlsxReader::failsClearly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, zipOfEntries);
    QFETCH(QString, reasonMentions);

    QString path;
    if (zipOfEntries) {
        path = write({{QString::fromUtf8(bytes), QByteArray("<x/>")}});
    } else {
        path = m_dir->filePath(QStringLiteral("input.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const Outcome outcome = readWorkbook(path);
    QVERIFY(!outcome.opened);
    QCOMPARE(outcome.error.file, path);
    QVERIFY2(outcome.error.reason.contains(reasonMentions, Qt::CaseInsensitive),
             qPrintable(outcome.error.reason));
}

void TestXlsxReader::reportsDamagedSheetWithRow()
{
    const QByteArray rows = "<row r=\"1\">" + inlineCell("A1", "Name") +
                            "</row><row r=\"2\"><c r=\"A2\"><v>1</v></c>" +
                            "</row><row r=\"3\"><c r=\"A3\"><v>2</c></row>";
    const Outcome outcome = readWorkbook(write(workbookEntries({{QStringLiteral("Sheet1"), rows}})));
    QVERIFY(outcome.opened);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.rows, QList<QStringList>{strs({"1"})});
    QCOMPARE(outcome.error.line, 3);
    QVERIFY2(outcome.error.reason.contains(QStringLiteral("Sheet1")), qPrintable(outcome.error.reason));
}

void TestXlsxReader::cancelsThroughSink()
{
    QByteArray rows = "<row r=\"1\">" + inlineCell("A1", "N") + "</row>";
    for (int r = 2; r <= 3000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>" +
                QByteArray::number(r) + "</v></c></row>";
    const QString path = write(workbookEntries({{QStringLiteral("Sheet1"), rows}}));
    CancellingSink sink;
    const Outcome outcome = readWorkbook(path, {}, &sink);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.reason, QStringLiteral("cancelled"));
    QVERIFY(outcome.rows.size() < 2999);
    const Outcome whole = readWorkbook(path);
    QCOMPARE(whole.rows.size(), 2999);
}

// More shared text than the reader keeps in memory (XlsxSharedStrings::DefaultSpillChars) moves to a
// temporary file; cells refer to strings at its start, in its middle and at its end, and each reads back as
// written.
void TestXlsxReader::readsSharedStringsPastTheMemoryBudget()
{
    const int count = 400000;
    const auto text = [](int i) {
        return QStringLiteral("HOST-%1-\u00e9t\u00e9-padding-to-thirty").arg(i, 7, 10, QLatin1Char('0'));
    };
    QByteArray shared = QByteArray("<sst xmlns=\"") + MainNs + "\">";
    qsizetype chars = 0;
    for (int i = 0; i < count; ++i) {
        const QString t = text(i);
        chars += t.size();
        shared += "<si><t>" + t.toUtf8() + "</t></si>";
    }
    shared += "</sst>";
    QVERIFY(chars > XlsxSharedStrings::DefaultSpillChars);
    const QList<int> picked = {0, 1, count / 2, count - 2, count - 1};
    QByteArray rows = "<row r=\"1\">" + inlineCell("A1", "Computer") + "</row>";
    for (int r = 0; r < picked.size(); ++r) {
        const QByteArray n = QByteArray::number(r + 2);
        rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"s\"><v>" + QByteArray::number(picked.at(r)) +
                "</v></c></row>";
    }
    // One past the end is reported, not read from beyond the table.
    rows += "<row r=\"9\"><c r=\"A9\" t=\"s\"><v>" + QByteArray::number(count) + "</v></c></row>";
    Entries entries = workbookEntries({{QStringLiteral("Hosts"), rows}});
    for (auto &entry : entries) {
        if (entry.first == QLatin1String("xl/sharedStrings.xml"))
            entry.second = shared;
    }
    const Outcome outcome = readWorkbook(write(entries));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.rows.size(), picked.size());
    for (int r = 0; r < picked.size(); ++r)
        QCOMPARE(outcome.rows.at(r).value(0), text(picked.at(r)));
    QCOMPARE(outcome.issues.size(), 1);
    QCOMPARE(outcome.issues.first().line, qint64(9));
    QVERIFY2(outcome.issues.first().reason.contains(QStringLiteral("does not exist")),
             qPrintable(outcome.issues.first().reason));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
