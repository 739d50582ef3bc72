#include "model/readers/glpijsonreader.h"
#include "model/readers/progresssink.h"
#include "model/readers/structuredrecord.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

struct Row
{
    qint64 line = 0;
    QStringList fields;
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

// One JSON line per entry, so an expected record line is the entry's index + 1.
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

// Laid out as GLPI's examples are: content's sections alphabetically, deviceid after content.
const QStringList inventory = {
    QStringLiteral(R"J({"action": "inventory", "itemtype": "Computer", "content": {)J"),
    QStringLiteral(R"J(  "antivirus": [)J"),
    QStringLiteral(R"J(    {"company": "AO Kaspersky Lab", "enabled": true, "guid": "{F1A2}", "name": "Kaspersky Endpoint Security for Windows", "uptodate": true, "version": "11.6.0.394"})J"),
    QStringLiteral(R"J(  ],)J"),
    QStringLiteral(R"J(  "bios": {"bmanufacturer": "Dell Inc.", "ssn": "640HP72"},)J"),
    QStringLiteral(R"J(  "hardware": {"name": "glpixps", "memory": 7800, "uuid": "4c4c4544"},)J"),
    QStringLiteral(R"J(  "networks": [{"description": "lo", "ipaddress": "127.0.0.1"}, {"description": "lo", "ipaddress6": "::1"},)J"),
    QStringLiteral(R"J(               {"description": "wlp58s0", "ipaddress": "192.168.1.118"}],)J"),
    QStringLiteral(R"J(  "operatingsystem": {"arch": "x86_64", "full_name": "Fedora 31 (Workstation Edition)", "name": "Fedora"},)J"),
    QStringLiteral(R"J(  "softwares": [)J"),
    QStringLiteral(R"J(    {"arch": "x86_64", "filesize": 2335956, "from": "rpm", "name": "gitg", "publisher": "Fedora Project", "version": "3.32.1-1.fc31", "install_date": "2019-12-19"},)J"),
    QStringLiteral(R"J(    {"name": "Kaspersky Security Center Network Agent ", "version": "13.2.0.1511", "publisher": "AO Kaspersky Lab", "from": "registry", "guid": "{2924BEDA-E0D7-4DAF-A224-50D2E0B12F5B}", "install_date": "2023-01-05"},)J"),
    QStringLiteral(R"J(    {"name": "legacy", "install_date": "05/01/2023"},)J"),
    QStringLiteral(R"J(    {"name": "odd date", "install_date": "Jan 5"})J"),
    QStringLiteral(R"J(  ],)J"),
    QStringLiteral(R"J(  "versionclient": "GLPI-Agent_v1.4")J"),
    QStringLiteral(R"J(}, "deviceid": "glpixps-2018-07-09-09-07-13"})J"),
};

} // namespace

Q_DECLARE_METATYPE(Row)

class TestGlpiJsonReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("inventory%1.json").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

private slots:
    void readsSoftwareAndAntivirus()
    {
        GlpiJsonReader reader(write(lines(inventory)), QStringLiteral("unused"));
        QVERIFY2(reader.open(), qPrintable(reader.error().message()));
        QCOMPARE(reader.header(), StructuredRecord::header());
        QList<Row> rows;
        QList<ReadIssue> issues;
        QVERIFY2(reader.read(
                     [&](const SourceRecord &record) {
                         rows.append(Row{record.line, record.fields});
                         return true;
                     },
                     [&](const ReadIssue &issue) { issues.append(issue); }, nullptr),
                 qPrintable(reader.error().message()));

        const Values host = {{C::System, QStringLiteral("glpixps")},
                             {C::Os, QStringLiteral("Fedora 31 (Workstation Edition)")},
                             {C::Ip, QStringLiteral("192.168.1.118")},
                             {C::Serial, QStringLiteral("640HP72")}};
        const QList<Row> expected = {
            {3, fields(host + Values{{C::Software, QStringLiteral("Kaspersky Endpoint Security for Windows")},
                                     {C::Version, QStringLiteral("11.6.0.394")},
                                     {C::Publisher, QStringLiteral("AO Kaspersky Lab")},
                                     {C::Package, QStringLiteral("{F1A2}")},
                                     {C::Kind, QStringLiteral("antivirus")},
                                     {C::SourceTable, QStringLiteral("antivirus")}})},
            {11, fields(host + Values{{C::Software, QStringLiteral("gitg")},
                                      {C::Version, QStringLiteral("3.32.1-1.fc31")},
                                      {C::Publisher, QStringLiteral("Fedora Project")},
                                      {C::InstallDate, QStringLiteral("2019-12-19")},
                                      {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("softwares")}})},
            {12, fields(host + Values{{C::Software, QStringLiteral("Kaspersky Security Center Network Agent")},
                                      {C::Version, QStringLiteral("13.2.0.1511")},
                                      {C::Publisher, QStringLiteral("AO Kaspersky Lab")},
                                      {C::InstallDate, QStringLiteral("2023-01-05")},
                                      {C::Package, QStringLiteral("{2924BEDA-E0D7-4DAF-A224-50D2E0B12F5B}")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("softwares")}})},
            {13, fields(host + Values{{C::Software, QStringLiteral("legacy")},
                                      {C::InstallDate, QStringLiteral("2023-01-05")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("softwares")}})},
            {14, fields(host + Values{{C::Software, QStringLiteral("odd date")},
                                      {C::InstallDate, QStringLiteral("Jan 5")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("softwares")}})},
        };
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).line, expected.at(i).line);
            QCOMPARE(rows.at(i).fields, expected.at(i).fields);
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).line, 14);
        QCOMPARE(issues.at(0).column, 5);
        QVERIFY(!issues.at(0).skipped);
        QVERIFY(issues.at(0).reason.contains(QStringLiteral("\"Jan 5\"")));

        const ReaderInfo info = reader.info();
        QCOMPARE(info.format, QStringLiteral("glpi"));
        const QString notes = info.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("content.hardware.name")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("4 content.softwares")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("1 content.antivirus")), qPrintable(notes));
    }

    void namesTheComputer_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expectedSystem");
        QTest::addColumn<QString>("notePart");

        QTest::newRow("hardware.name")
            << QByteArray(R"J({"content":{"hardware":{"name":"ws-1"},"softwares":[{"name":"x"}]},"deviceid":"other-2020-01-01-00-00-00"})J")
            << QString() << QStringLiteral("ws-1") << QStringLiteral("content.hardware.name");
        QTest::newRow("deviceid without its time stamp")
            << QByteArray(R"J({"content":{"softwares":[{"name":"x"}]},"deviceid":"srv-files-2020-01-01-00-00-00"})J")
            << QString() << QStringLiteral("srv-files") << QStringLiteral("named by deviceid");
        QTest::newRow("nothing: the given name")
            << QByteArray(R"J({"content":{"softwares":[{"name":"x"}]}})J") << QStringLiteral("from-user")
            << QStringLiteral("from-user") << QStringLiteral("names no computer");
    }

    void namesTheComputer()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, system);
        QFETCH(QString, expectedSystem);
        QFETCH(QString, notePart);

        GlpiJsonReader reader(write(input), system);
        QVERIFY2(reader.open(), qPrintable(reader.error().message()));
        QStringList systems;
        QVERIFY(reader.read(
            [&](const SourceRecord &record) {
                systems << record.fields.at(C::System);
                return true;
            },
            [](const ReadIssue &) {}, nullptr));
        QCOMPARE(systems, QStringList{expectedSystem});
        QVERIFY(reader.info().notes.join(QLatin1Char('\n')).contains(notePart));
    }

    void reportsEntriesItCannotRead()
    {
        const QByteArray input = lines({QStringLiteral(R"J({"content": {"antivirus": [)J"),
                                        QStringLiteral(R"J(  {"company": "AO Kaspersky Lab", "version": "11"},)J"),
                                        QStringLiteral(R"J(  "Kaspersky"],)J"),
                                        QStringLiteral(R"J( "softwares": [{"name": "ok"}]}})J")});
        GlpiJsonReader reader(write(input));
        QVERIFY(reader.open());
        QStringList names;
        QList<ReadIssue> issues;
        QVERIFY(reader.read(
            [&](const SourceRecord &record) {
                names << record.fields.at(C::Software);
                return true;
            },
            [&](const ReadIssue &issue) { issues.append(issue); }, nullptr));
        QCOMPARE(names, QStringList{QStringLiteral("ok")});
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).line, 2);
        QVERIFY(issues.at(0).reason.contains(QStringLiteral("has no name")));
        QVERIFY(issues.at(0).skipped);
        QCOMPARE(issues.at(1).line, 3);
        QCOMPARE(issues.at(1).column, 3);
        QVERIFY(issues.at(1).reason.contains(QStringLiteral("not a JSON object")));
    }

    void reportsBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("failsOnOpen");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("empty file") << QByteArray() << true << qint64(1) << 1 << QStringLiteral("empty");
        QTest::newRow("a JSON array") << QByteArray(R"J([{"content":{}}])J") << true << qint64(1) << 1
                                      << QStringLiteral("not an object");
        QTest::newRow("no content") << QByteArray(R"J({"deviceid":"pc"})J") << true << qint64(0) << 0
                                    << QStringLiteral("no content member");
        QTest::newRow("content is not an object") << QByteArray("{\n\"content\": [1]}") << true << qint64(2) << 12
                                                  << QStringLiteral("content is not an object");
        QTest::newRow("softwares is not an array")
            << QByteArray("{\"content\": {\n\"softwares\": {\"name\": \"x\"}}}") << false << qint64(2) << 14
            << QStringLiteral("content.softwares is not an array");
        QTest::newRow("a file cut short")
            << QByteArray("{\"content\": {\"softwares\": [\n{\"name\": \"x\"},\n") << true << qint64(3) << 1
            << QStringLiteral("ends before the array that starts at line 1, column 27");
    }

    void reportsBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, failsOnOpen);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(QString, reasonPart);

        const QString path = write(input);
        GlpiJsonReader reader(path);
        const bool opened = reader.open();
        QCOMPARE(opened, !failsOnOpen);
        if (opened)
            QVERIFY(!reader.read([](const SourceRecord &) { return true; }, [](const ReadIssue &) {}, nullptr));
        const ReadError error = reader.error();
        QCOMPARE(error.file, path);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY2(error.reason.contains(reasonPart), qPrintable(error.message()));
    }

    void readsTheSeedFile()
    {
        GlpiJsonReader reader(QStringLiteral(UPROOT_FIXTURES "/readers/structured/json/glpi-inventory.json"));
        QVERIFY2(reader.open(), qPrintable(reader.error().message()));
        QStringList names;
        QVERIFY(reader.read(
            [&](const SourceRecord &record) {
                names << record.fields.at(C::System) + QLatin1Char('|') + record.fields.at(C::Software);
                return true;
            },
            [](const ReadIssue &) {}, nullptr));
        QCOMPARE(names, QStringList({QStringLiteral("glpixps|Kaspersky Endpoint Security for Windows"),
                                     QStringLiteral("glpixps|gitg"),
                                     QStringLiteral("glpixps|Kaspersky Security Center Network Agent")}));
    }

    void reportsProgressAndCancels()
    {
        const QString path = write(lines(inventory));
        {
            GlpiJsonReader reader(path);
            QVERIFY(reader.open());
            CancellingSink sink;
            QVERIFY(reader.read([](const SourceRecord &) { return true; }, [](const ReadIssue &) {}, &sink));
            QVERIFY(!sink.calls.isEmpty());
            QCOMPARE(sink.calls.last(), qMakePair(QFileInfo(path).size(), QFileInfo(path).size()));
        }
        {
            GlpiJsonReader reader(path);
            QVERIFY(reader.open());
            CancellingSink sink;
            sink.cancel = true;
            int rows = 0;
            QVERIFY(!reader.read([&](const SourceRecord &) { return ++rows, true; }, [](const ReadIssue &) {}, &sink));
            QCOMPARE(rows, 0);
            QCOMPARE(reader.error().reason, QStringLiteral("cancelled"));
        }
    }

    void recognisesItsFormat_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("agent JSON, action first") << QByteArray(R"J({"action":"inventory","content":{"accesslog")J") << true;
        QTest::newRow("GLPI example, content first") << lines(inventory).left(200) << true;
        QTest::newRow("pretty-printed, deviceid out of the head")
            << QByteArray("{\n    \"content\": {\n        \"accesslog\": {") << true;
        QTest::newRow("CycloneDX") << QByteArray(R"J({"bomFormat":"CycloneDX","metadata":{"content":1}})J") << false;
        QTest::newRow("osquery result log")
            << QByteArray(R"J({"name":"programs","hostIdentifier":"h","snapshot":[]})J") << false;
        QTest::newRow("GLPI XML") << QByteArray("<REQUEST><CONTENT>") << false;
        QTest::newRow("osquery entry whose rows have a content column")
            << QByteArray(R"J({"name":"file_contents","hostIdentifier":"h","action":"added","columns":{"content":"x"}})J")
            << false;
    }

    void recognisesItsFormat()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, recognised);
        QCOMPARE(GlpiJsonReader::canRead(head), recognised);
    }
};

QTEST_GUILESS_MAIN(TestGlpiJsonReader)
#include "tst_glpijsonreader.moc"
