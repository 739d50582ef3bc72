#include "model/readers/glpixmlreader.h"
#include "model/readers/progresssink.h"
#include "model/readers/structuredrecord.h"
#include "model/readers/xmltokenlimiter.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

struct Row
{
    qint64 line = 0;
    QStringList fields;
};
struct Issue
{
    qint64 line = 0;
    QString reasonPart;
    bool skipped = true;
};
using C = StructuredRecord::Column;
using Values = QList<QPair<C, QString>>;

QStringList fields(const Values &values)
{
    QStringList row;
    for (int i = 0; i < StructuredRecord::ColumnCount; ++i)
        row << QString();
    for (const auto &[column, value] : values)
        row[column] = value;
    return row;
}

// One XML line per entry, so an expected record line is the entry's index + 1.
QByteArray lines(const QStringList &text)
{
    return text.join(QLatin1Char('\n')).toUtf8() + '\n';
}

class CancellingSink : public ProgressSink
{
public:
    void progress(qint64 done, qint64 total) override { calls.append({done, total}); }
    bool isCancelled() const override { return cancel; }
    QList<QPair<qint64, qint64>> calls;
    bool cancel = false;
};

// Sections in the agent's alphabetical order, except HARDWARE, moved after SOFTWARES to show the host is known
// wherever it stands. Kaspersky is listed only under ANTIVIRUS, as in the GLPI test inventory.
const QStringList windowsInventory = {
    QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8" ?>)"),
    QStringLiteral(R"(<REQUEST>)"),
    QStringLiteral(R"(  <CONTENT>)"),
    QStringLiteral(R"(    <ANTIVIRUS>)"),
    QStringLiteral(R"(      <COMPANY>Kaspersky Lab</COMPANY>)"),
    QStringLiteral(R"(      <ENABLED>1</ENABLED>)"),
    QStringLiteral(R"(      <GUID>{B41C7598-35F6-4D89-7D0E-7ADE69B4047B}</GUID>)"),
    QStringLiteral(R"(      <NAME>Kaspersky Endpoint Security 10 for Windows</NAME>)"),
    QStringLiteral(R"(      <UPTODATE>1</UPTODATE>)"),
    QStringLiteral(R"(      <VERSION>10.2.4.674</VERSION>)"),
    QStringLiteral(R"(    </ANTIVIRUS>)"),
    QStringLiteral(R"(    <BIOS><SSN>CZC1234XYZ</SSN><SMANUFACTURER>Hewlett-Packard</SMANUFACTURER></BIOS>)"),
    QStringLiteral(R"(    <NETWORKS><IPADDRESS>127.0.0.1</IPADDRESS><DESCRIPTION>Loopback</DESCRIPTION></NETWORKS>)"),
    QStringLiteral(R"(    <NETWORKS><IPADDRESS6>fe80::1</IPADDRESS6></NETWORKS>)"),
    QStringLiteral(R"(    <NETWORKS><IPADDRESS>10.20.30.40</IPADDRESS></NETWORKS>)"),
    QStringLiteral(R"(    <OPERATINGSYSTEM><FULL_NAME>Microsoft Windows 7 Professionnel</FULL_NAME></OPERATINGSYSTEM>)"),
    QStringLiteral(R"(    <SOFTWARES>)"),
    QStringLiteral(R"(      <FROM>registry</FROM>)"),
    QStringLiteral(R"(      <GUID>7-Zip</GUID>)"),
    QStringLiteral(R"(      <INSTALLDATE>03/12/2014</INSTALLDATE>)"),
    QStringLiteral(R"(      <NAME>7-Zip 9.20 </NAME>)"),
    QStringLiteral(R"(      <PUBLISHER>Igor Pavlov </PUBLISHER>)"),
    QStringLiteral(R"(      <VERSION>9.20</VERSION>)"),
    QStringLiteral(R"(    </SOFTWARES>)"),
    QStringLiteral(R"(    <SOFTWARES>)"),
    QStringLiteral(R"(      <FROM>registry</FROM>)"),
    QStringLiteral(R"(      <NAME>Security Update for Windows 7 (KB2862330)</NAME>)"),
    QStringLiteral(R"(      <PUBLISHER>Microsoft Corporation</PUBLISHER>)"),
    QStringLiteral(R"(      <RELEASE_TYPE>Security Update</RELEASE_TYPE>)"),
    QStringLiteral(R"(      <INSTALLDATE>2014/12/31</INSTALLDATE>)"),
    QStringLiteral(R"(    </SOFTWARES>)"),
    QStringLiteral(R"(    <HARDWARE>)"),
    QStringLiteral(R"(      <NAME>PC-COMPTA-04</NAME>)"),
    QStringLiteral(R"(      <OSNAME>Microsoft Windows 7 Professionnel</OSNAME>)"),
    QStringLiteral(R"(      <WORKGROUP>AGENCY</WORKGROUP>)"),
    QStringLiteral(R"(    </HARDWARE>)"),
    QStringLiteral(R"(  </CONTENT>)"),
    QStringLiteral(R"(  <DEVICEID>PC-COMPTA-04-2015-09-11-10-29-47</DEVICEID>)"),
    QStringLiteral(R"(  <QUERY>INVENTORY</QUERY>)"),
    QStringLiteral(R"(</REQUEST>)"),
};

} // namespace

Q_DECLARE_METATYPE(Row)
Q_DECLARE_METATYPE(Issue)

class TestGlpiXmlReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("inventory%1.xml").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

private slots:
    void readsEntries_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QList<Row>>("expected");
        QTest::addColumn<QList<Issue>>("issues");
        QTest::addColumn<QStringList>("noteParts");

        const Values host = {{C::System, QStringLiteral("PC-COMPTA-04")},
                             {C::Os, QStringLiteral("Microsoft Windows 7 Professionnel")},
                             {C::Ip, QStringLiteral("10.20.30.40")},
                             {C::Serial, QStringLiteral("CZC1234XYZ")}};
        QTest::newRow("Windows agent: antivirus-only Kaspersky, HARDWARE after SOFTWARES, dd/mm/yyyy, trailing spaces")
            << lines(windowsInventory) << QStringLiteral("unused")
            << QList<Row>{
                   {4, fields(host + Values{{C::Software, QStringLiteral("Kaspersky Endpoint Security 10 for Windows")},
                                            {C::Version, QStringLiteral("10.2.4.674")},
                                            {C::Publisher, QStringLiteral("Kaspersky Lab")},
                                            {C::Package, QStringLiteral("{B41C7598-35F6-4D89-7D0E-7ADE69B4047B}")},
                                            {C::Kind, QStringLiteral("antivirus")},
                                            {C::SourceTable, QStringLiteral("ANTIVIRUS")}})},
                   {17, fields(host + Values{{C::Software, QStringLiteral("7-Zip 9.20")},
                                             {C::Version, QStringLiteral("9.20")},
                                             {C::Publisher, QStringLiteral("Igor Pavlov")},
                                             {C::InstallDate, QStringLiteral("2014-12-03")},
                                             {C::Package, QStringLiteral("7-Zip")},
                                             {C::Kind, QStringLiteral("application")},
                                             {C::SourceTable, QStringLiteral("SOFTWARES")}})},
                   {25, fields(host + Values{{C::Software, QStringLiteral("Security Update for Windows 7 (KB2862330)")},
                                             {C::Publisher, QStringLiteral("Microsoft Corporation")},
                                             {C::InstallDate, QStringLiteral("2014/12/31")},
                                             {C::Kind, QStringLiteral("update")},
                                             {C::SourceTable, QStringLiteral("SOFTWARES")}})}}
            << QList<Issue>{{25, QStringLiteral("INSTALLDATE \"2014/12/31\""), false}}
            << QStringList{QStringLiteral("HARDWARE/NAME"), QStringLiteral("1 <ANTIVIRUS>"),
                           QStringLiteral("2 <SOFTWARES>")};

        QTest::newRow("Linux agent: host from DEVICEID, OS from HARDWARE, packages, no usable address")
            << lines({QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>)"),
                      QStringLiteral(R"(<REQUEST><DEVICEID>lnx-web-02.agency.gov-2021-03-01-08-00-00</DEVICEID><QUERY>INVENTORY</QUERY>)"),
                      QStringLiteral(R"(<CONTENT><HARDWARE><OSNAME>Debian GNU/Linux 12</OSNAME></HARDWARE>)"),
                      QStringLiteral(R"(<NETWORKS><IPADDRESS>127.0.0.1</IPADDRESS></NETWORKS>)"),
                      QStringLiteral(R"(<SOFTWARES><ARCH>amd64</ARCH><FROM>deb</FROM><NAME>kesl</NAME><PUBLISHER>Kaspersky Lab</PUBLISHER><VERSION>11.2.0-4528</VERSION><INSTALLDATE>2021-02-27</INSTALLDATE></SOFTWARES>)"),
                      QStringLiteral(R"(</CONTENT></REQUEST>)")})
            << QString()
            << QList<Row>{{5, fields({{C::System, QStringLiteral("lnx-web-02.agency.gov")},
                                      {C::Os, QStringLiteral("Debian GNU/Linux 12")},
                                      {C::Software, QStringLiteral("kesl")},
                                      {C::Version, QStringLiteral("11.2.0-4528")},
                                      {C::Publisher, QStringLiteral("Kaspersky Lab")},
                                      {C::InstallDate, QStringLiteral("2021-02-27")},
                                      {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("SOFTWARES")}})}}
            << QList<Issue>{} << QStringList{QStringLiteral("named by DEVICEID")};

        QTest::newRow("no computer name anywhere: the given system, said in the notes")
            << lines({QStringLiteral(R"(<REQUEST><CONTENT>)"),
                      QStringLiteral(R"(<SOFTWARES><NAME>Kaspersky Security Center 13 Network Agent</NAME><VERSION>13.2.0.1511</VERSION></SOFTWARES>)"),
                      QStringLiteral(R"(</CONTENT></REQUEST>)")})
            << QStringLiteral("typed-name")
            << QList<Row>{{2, fields({{C::System, QStringLiteral("typed-name")},
                                      {C::Software, QStringLiteral("Kaspersky Security Center 13 Network Agent")},
                                      {C::Version, QStringLiteral("13.2.0.1511")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("SOFTWARES")}})}}
            << QList<Issue>{} << QStringList{QStringLiteral("names no computer"), QStringLiteral("typed-name")};

        QTest::newRow("ISO-8859-1 declared by an older agent, an entry without NAME reported")
            << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<REQUEST><CONTENT><HARDWARE><NAME>poste-\xE9t\xE9</NAME></HARDWARE>\n"
                          "<SOFTWARES><VERSION>1</VERSION></SOFTWARES>\n"
                          "<SOFTWARES><NAME>Lecteur \xE9lectronique</NAME></SOFTWARES>\n</CONTENT></REQUEST>\n")
            << QString()
            << QList<Row>{{4, fields({{C::System, QStringLiteral("poste-\u00e9t\u00e9")},
                                      {C::Software, QStringLiteral("Lecteur \u00e9lectronique")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("SOFTWARES")}})}}
            << QList<Issue>{{3, QStringLiteral("has no NAME"), true}} << QStringList{};
    }

    void readsEntries()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, system);
        QFETCH(QList<Row>, expected);
        QFETCH(QList<Issue>, issues);
        QFETCH(QStringList, noteParts);

        GlpiXmlReader reader(write(input), system);
        QVERIFY2(reader.open(), qPrintable(reader.error().message()));
        QCOMPARE(reader.header(), StructuredRecord::header());
        QList<Row> rows;
        QList<ReadIssue> seen;
        QVERIFY2(reader.read(
                     [&](const SourceRecord &record) {
                         rows.append(Row{record.line, record.fields});
                         return true;
                     },
                     [&](const ReadIssue &issue) { seen.append(issue); }, nullptr),
                 qPrintable(reader.error().message()));
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).line, expected.at(i).line);
            QCOMPARE(rows.at(i).fields, expected.at(i).fields);
        }
        QCOMPARE(seen.size(), issues.size());
        for (qsizetype i = 0; i < issues.size(); ++i) {
            QCOMPARE(seen.at(i).line, issues.at(i).line);
            QVERIFY2(seen.at(i).reason.contains(issues.at(i).reasonPart), qPrintable(seen.at(i).reason));
            QCOMPARE(seen.at(i).skipped, issues.at(i).skipped);
        }
        const ReaderInfo info = reader.info();
        QCOMPARE(info.format, QStringLiteral("glpi"));
        const QString notes = info.notes.join(QLatin1Char('\n'));
        for (const QString &part : noteParts)
            QVERIFY2(notes.contains(part), qPrintable(notes));
    }

    void reportsBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("empty file") << QByteArray() << qint64(0) << QStringLiteral("empty");
        QTest::newRow("a CSV file") << QByteArray("NAME,VERSION\nkesl,11\n") << qint64(1) << QStringLiteral("not XML");
        QTest::newRow("another XML document") << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>")
                                              << qint64(2) << QStringLiteral("<html>, not <REQUEST>");
        QTest::newRow("no CONTENT") << QByteArray("<REQUEST><DEVICEID>pc</DEVICEID></REQUEST>") << qint64(0)
                                    << QStringLiteral("no <CONTENT>");
        QTest::newRow("an agent's prolog, not an inventory")
            << QByteArray("<REQUEST><CONTENT/><QUERY>PROLOG</QUERY></REQUEST>") << qint64(0)
            << QStringLiteral("PROLOG");
        QTest::newRow("a file cut short")
            << QByteArray("<REQUEST>\n<CONTENT>\n<SOFTWARES><NAME>kesl</NAME>\n<VERS") << qint64(4)
            << QStringLiteral("not well-formed XML");
        QTest::newRow("mismatched tags")
            << QByteArray("<REQUEST>\n<CONTENT>\n<SOFTWARES><NAME>kesl</VERSION></SOFTWARES>\n</CONTENT></REQUEST>")
            << qint64(3) << QStringLiteral("not well-formed XML");
        QTest::newRow("junk after the document")
            << QByteArray("<REQUEST><CONTENT/></REQUEST>\n<REQUEST/>") << qint64(2)
            << QStringLiteral("not well-formed XML");
    }

    void reportsBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, line);
        QFETCH(QString, reasonPart);

        const QString path = write(input);
        GlpiXmlReader reader(path);
        QVERIFY(!reader.open());
        QVERIFY(!reader.read([](const SourceRecord &) { return true; }, [](const ReadIssue &) {}, nullptr));
        const ReadError error = reader.error();
        QCOMPARE(error.file, path);
        QCOMPARE(error.line, line);
        if (line > 0)
            QVERIFY(error.column > 0);
        QVERIFY2(error.reason.contains(reasonPart), qPrintable(error.message()));
    }

    // A text node past the limit is refused with its line, not held whole in memory.
    void refusesAnOverlongText_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::newRow("letters only") << QByteArray("k");
        // '>' may stand unescaped in text; it must not reset the count.
        QTest::newRow("with a '>' every few bytes") << QByteArray("kkkkkkk>");
    }

    void refusesAnOverlongText()
    {
        QFETCH(QByteArray, chunk);
        QByteArray input = "<?xml version=\"1.0\"?>\n<REQUEST>\n<CONTENT>\n<SOFTWARES>\n<NAME>";
        input += chunk.repeated(int(XmlTokenLimiter::DefaultLimit / chunk.size()) + 10);
        input += "</NAME>\n</SOFTWARES>\n</CONTENT>\n</REQUEST>\n";
        const QString path = write(input);
        GlpiXmlReader reader(path);
        QVERIFY(!reader.open());
        const ReadError error = reader.error();
        QCOMPARE(error.file, path);
        QCOMPARE(error.line, qint64(5));
        QVERIFY2(error.reason.contains(QStringLiteral("longer than 16 MB")), qPrintable(error.message()));
    }

    void readsTheSeedFile()
    {
        GlpiXmlReader reader(QStringLiteral(UPROOT_FIXTURES "/readers/structured/xml/fusioninventory-agent.xml"));
        QVERIFY2(reader.open(), qPrintable(reader.error().message()));
        QStringList names;
        QVERIFY(reader.read(
            [&](const SourceRecord &record) {
                names << record.fields.at(C::System) + QLatin1Char('|') + record.fields.at(C::Software);
                return true;
            },
            [](const ReadIssue &) {}, nullptr));
        QCOMPARE(names, QStringList({QStringLiteral("PC-COMPTA-04|Kaspersky Endpoint Security 10 for Windows"),
                                     QStringLiteral("PC-COMPTA-04|7-Zip 9.20")}));
    }

    void reportsProgressAndCancels()
    {
        const QString path = write(lines(windowsInventory));
        {
            GlpiXmlReader reader(path);
            QVERIFY(reader.open());
            CancellingSink sink;
            QVERIFY(reader.read([](const SourceRecord &) { return true; }, [](const ReadIssue &) {}, &sink));
            QVERIFY(!sink.calls.isEmpty());
            QCOMPARE(sink.calls.last(), qMakePair(QFileInfo(path).size(), QFileInfo(path).size()));
        }
        {
            GlpiXmlReader reader(path);
            QVERIFY(reader.open());
            CancellingSink sink;
            sink.cancel = true;
            int rows = 0;
            QVERIFY(!reader.read([&](const SourceRecord &) { return ++rows, true; }, [](const ReadIssue &) {}, &sink));
            QCOMPARE(rows, 0);
            QCOMPARE(reader.error().reason, QStringLiteral("cancelled"));
        }
        {
            GlpiXmlReader reader(path);
            QVERIFY(reader.open());
            int rows = 0;
            QVERIFY(reader.read([&](const SourceRecord &) { return ++rows, false; }, [](const ReadIssue &) {}, nullptr));
            QCOMPARE(rows, 1);
        }
    }

    void reportsTheEncoding_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("encoding");
        const QString utf16Text =
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<REQUEST><CONTENT><HARDWARE>"
                           "<NAME>pc-1</NAME></HARDWARE><SOFTWARES><NAME>kesl</NAME></SOFTWARES>"
                           "</CONTENT></REQUEST>\n");
        QTest::newRow("UTF-16LE with a BOM")
            << QByteArray(
                   QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom).encode(utf16Text))
            << QStringLiteral("UTF-16LE");
        QTest::newRow("UTF-16BE with a BOM")
            << QByteArray(
                   QStringEncoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom).encode(utf16Text))
            << QStringLiteral("UTF-16BE");
        QTest::newRow("UTF-8 with a BOM")
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REQUEST><CONTENT><SOFTWARES><NAME>"
                          "kesl</NAME></SOFTWARES></CONTENT></REQUEST>\n")
            << QStringLiteral("UTF-8 with BOM");
        QTest::newRow("ISO-8859-1 declared")
            << QByteArray(
                   "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<REQUEST><CONTENT><SOFTWARES><NAME>"
                   "kesl</NAME></SOFTWARES></CONTENT></REQUEST>\n")
            << QStringLiteral("ISO-8859-1");
        QTest::newRow("no declaration")
            << QByteArray("<REQUEST><CONTENT><SOFTWARES><NAME>kesl</NAME></SOFTWARES></CONTENT></REQUEST>")
            << QStringLiteral("UTF-8");
    }

    void reportsTheEncoding()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, encoding);
        GlpiXmlReader reader(write(input), QStringLiteral("fallback"));
        QVERIFY2(reader.open(), qPrintable(reader.error().message()));
        QCOMPARE(reader.info().encoding, encoding);
        QStringList names;
        QVERIFY(reader.read(
            [&](const SourceRecord &record) {
                names.append(record.fields.value(C::Software));
                return true;
            },
            [](const ReadIssue &) {}, nullptr));
        QCOMPARE(names, QStringList{QStringLiteral("kesl")});
    }

    void recognisesItsFormat_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("agent XML") << lines(windowsInventory).left(60) << true;
        QTest::newRow("without a declaration") << QByteArray("<REQUEST><CONTENT>") << true;
        QTest::newRow("UTF-16 with a BOM")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom)
                              .encode(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?><REQUEST>")))
            << true;
        QTest::newRow("another XML document") << QByteArray("<?xml version=\"1.0\"?><bom/>") << false;
        QTest::newRow("GLPI JSON") << QByteArray(R"({"action":"inventory","content":{}})") << false;
    }

    void recognisesItsFormat()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, recognised);
        QCOMPARE(GlpiXmlReader::canRead(head), recognised);
    }
};

QTEST_GUILESS_MAIN(TestGlpiXmlReader)
#include "tst_glpixmlreader.moc"
