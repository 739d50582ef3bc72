#include "model/readers/readerfactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testworkbook.h"

using namespace uproot;

namespace {

using test::Entries;
using test::writeZip;

// The smallest workbook: one sheet with a header "Name" and one row "WKS-1".
Entries minimalWorkbook()
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
    return {
        {QStringLiteral("[Content_Types].xml"),
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("_rels/.rels"), "<Relationships xmlns=\"" + pkg +
                                            "\"><Relationship Id=\"r\" Type=\"" + rel +
                                            "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
             "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"a\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"a\" Type=\"" + rel +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<worksheet xmlns=\"" + main +
             "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>"
             "<row r=\"2\"><c r=\"A2\" "
             "t=\"inlineStr\"><is><t>WKS-1</t></is></c></row></sheetData></worksheet>"},
    };
}

} // namespace

class TestReaderFactory : public QObject
{
    Q_OBJECT

private slots:
    void choosesReader_data();
    void choosesReader();
    void listsFormats();
    void workbookNameThatIsNotZip();
};

void TestReaderFactory::choosesReader_data()
{
    QTest::addColumn<Entries>("zipEntries"); // when not empty, the file is a ZIP archive of these
    QTest::addColumn<QByteArray>("bytes");   // else the file's bytes
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("readerFormat"); // info().format, or empty when an error is expected
    QTest::addColumn<QString>("errorMentions");

    const QByteArray csv = "Name,Version\nWKS-1,1\n";
    QTest::newRow("CSV detected") << Entries() << csv << QStringLiteral("auto") << QStringLiteral("csv")
                                  << QString();
    QTest::newRow("empty format means auto")
        << Entries() << csv << QString() << QStringLiteral("csv") << QString();
    QTest::newRow("CSV as the Configuration Manager preset")
        << Entries() << csv << QStringLiteral("sccm") << QStringLiteral("csv") << QString();
    QTest::newRow("format names ignore case")
        << Entries() << csv << QStringLiteral("CSV") << QStringLiteral("csv") << QString();
    QTest::newRow("XLSX detected") << minimalWorkbook() << QByteArray() << QStringLiteral("auto")
                                   << QStringLiteral("xlsx") << QString();
    QTest::newRow("XLSX as the Lansweeper preset")
        << minimalWorkbook() << QByteArray() << QStringLiteral("lansweeper") << QStringLiteral("xlsx")
        << QString();
    QTest::newRow("ZIP holding one CSV, as Intune exports")
        << Entries{{QStringLiteral("AppInvRawData.csv"), csv}} << QByteArray() << QStringLiteral("intune")
        << QStringLiteral("csv") << QString();
    QTest::newRow("ZIP holding two files")
        << Entries{{QStringLiteral("a.csv"), csv}, {QStringLiteral("b.csv"), csv}} << QByteArray()
        << QStringLiteral("auto") << QString() << QStringLiteral("a.csv, b.csv");
    QTest::newRow("osquery JSON array")
        << Entries()
        << QByteArray("[\n  {\"name\": \"Kaspersky Endpoint Security\", \"version\": \"11.11\", "
                      "\"publisher\": \"AO Kaspersky Lab\", \"install_location\": \"\"}\n]\n")
        << QStringLiteral("auto") << QStringLiteral("osquery") << QString();
    QTest::newRow("CycloneDX BOM")
        << Entries()
        << QByteArray("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\", \"version\": 1, "
                      "\"components\": [{\"type\": \"application\", \"name\": \"x\"}]}")
        << QStringLiteral("auto") << QStringLiteral("cyclonedx") << QString();
    QTest::newRow("GLPI agent XML")
        << Entries()
        << QByteArray("<?xml version=\"1.0\"?>\n<REQUEST><CONTENT><HARDWARE><NAME>WKS-1</NAME></HARDWARE>"
                      "<SOFTWARES><NAME>7-Zip</NAME></SOFTWARES></CONTENT><DEVICEID>WKS-1-2024</DEVICEID>"
                      "<QUERY>INVENTORY</QUERY></REQUEST>\n")
        << QStringLiteral("auto") << QStringLiteral("glpi") << QString();
    QTest::newRow("JSON nobody reads") << Entries() << QByteArray("{\"hello\": 1}") << QStringLiteral("auto")
                                       << QString() << QStringLiteral("JSON");
    QTest::newRow("XML nobody reads") << Entries() << QByteArray("<?xml version=\"1.0\"?><root/>")
                                      << QStringLiteral("auto") << QString() << QStringLiteral("XML");
    QTest::newRow("XLSX forced on a CSV file")
        << Entries() << csv << QStringLiteral("xlsx") << QString() << QStringLiteral("not a ZIP");
    QTest::newRow("unknown format") << Entries() << csv << QStringLiteral("pdf") << QString()
                                    << QStringLiteral("unknown format");
    QTest::newRow("empty CSV") << Entries() << QByteArray() << QStringLiteral("auto") << QString()
                               << QStringLiteral("empty");
}

void TestReaderFactory::choosesReader()
{
    QFETCH(Entries, zipEntries);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, readerFormat);
    QFETCH(QString, errorMentions);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("input.dat"));
    if (!zipEntries.isEmpty()) {
        QVERIFY(writeZip(path, zipEntries));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QString error;
    std::unique_ptr<RecordReader> reader = openReader(path, format, &error);
    if (readerFormat.isEmpty()) {
        QVERIFY(!reader);
        QVERIFY2(error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(error));
        if (format != u"pdf")
            QVERIFY2(error.startsWith(path), qPrintable(error));
        return;
    }
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->info().format, readerFormat);
    qint64 records = 0;
    QVERIFY(reader->read(
        [&](const SourceRecord &) {
            ++records;
            return true;
        },
        [](const ReadIssue &) {}, nullptr));
    QVERIFY(records >= 1);
}

void TestReaderFactory::listsFormats()
{
    const QStringList formats = readerFormats();
    for (const char *name :
         {"auto", "csv", "xlsx", "sccm", "intune", "lansweeper", "ksc", "osquery", "cyclonedx", "glpi"})
        QVERIFY2(formats.contains(QLatin1String(name)), name);
}

QTEST_GUILESS_MAIN(TestReaderFactory)

// Under the automatic format a file named .xlsx that is not a ZIP archive is explained as a broken workbook;
// a ".xls" that holds tab-separated text (as some report tools write) is still read as text.
void TestReaderFactory::workbookNameThatIsNotZip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fakeWorkbook = dir.filePath(QStringLiteral("inventory.xlsx"));
    {
        QFile file(fakeWorkbook);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Version\nWKS-1,1\n");
    }
    QString error;
    QVERIFY(!openReader(fakeWorkbook, QStringLiteral("auto"), &error));
    QVERIFY2(error.startsWith(fakeWorkbook), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not a ZIP")), qPrintable(error));

    const QString textXls = dir.filePath(QStringLiteral("report.xls"));
    {
        QFile file(textXls);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name\tVersion\nWKS-1\t1\n");
    }
    std::unique_ptr<RecordReader> reader = openReader(textXls, QStringLiteral("auto"), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->info().format, QStringLiteral("csv"));
}

#include "tst_readerfactory.moc"
