#include "model/readers/cyclonedxreader.h"
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

// Inputs are written one JSON line per list entry, so an expected record line is the entry's index + 1.
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

const QStringList bom12 = {
    QStringLiteral(R"({)"),
    QStringLiteral(R"(  "bomFormat": "CycloneDX",)"),
    QStringLiteral(R"(  "specVersion": "1.2",)"),
    QStringLiteral(R"(  "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",)"),
    QStringLiteral(R"(  "version": 1,)"),
    QStringLiteral(R"(  "metadata": {"component": {"type": "application", "name": "payroll-server", "version": "4.1"}},)"),
    QStringLiteral(R"(  "components": [)"),
    QStringLiteral(R"(    {)"),
    QStringLiteral(R"(      "type": "application",)"),
    QStringLiteral(R"(      "publisher": "AO Kaspersky Lab",)"),
    QStringLiteral(R"(      "name": "Kaspersky Security for Windows Server",)"),
    QStringLiteral(R"(      "version": "11.0.1",)"),
    QStringLiteral(R"(      "cpe": "cpe:/a:kaspersky:kaspersky_security_for_windows_server:11.0.1",)"),
    QStringLiteral(R"(      "components": [)"),
    QStringLiteral(R"(        {"type": "library", "group": "org.apache.logging.log4j", "name": "log4j-core", "version": "2.17.1",)"),
    QStringLiteral(R"(         "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1?type=jar"},)"),
    QStringLiteral(R"(        {"type": "library", "group": "com.example", "name": "util", "version": "1",)"),
    QStringLiteral(R"(         "components": [{"type": "file", "name": "util.dll"}]})"),
    QStringLiteral(R"(      ])"),
    QStringLiteral(R"(    },)"),
    QStringLiteral(R"(    {"type": "library", "name": "zlib", "version": "1.2.13", "supplier": {"name": "zlib project"}})"),
    QStringLiteral(R"(  ])"),
    QStringLiteral(R"(})"),
};

} // namespace

Q_DECLARE_METATYPE(Row)

class TestCycloneDxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("bom%1.cdx.json").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

private slots:
    void readsComponents_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QList<Row>>("expected");
        QTest::addColumn<QStringList>("noteParts");

        const QString payroll = QStringLiteral("payroll-server");
        QTest::newRow("1.2 with nested components, publisher, CPE 2.2, maven purl, supplier")
            << lines(bom12) << QStringLiteral("unused")
            << QList<Row>{
                   {8, fields({{C::System, payroll},
                               {C::Software, QStringLiteral("Kaspersky Security for Windows Server")},
                               {C::Version, QStringLiteral("11.0.1")},
                               {C::Publisher, QStringLiteral("AO Kaspersky Lab")},
                               {C::Cpe, QStringLiteral("cpe:/a:kaspersky:kaspersky_security_for_windows_server:11.0.1")},
                               {C::Kind, QStringLiteral("application")},
                               {C::SourceTable, QStringLiteral("components")}})},
                   {15, fields({{C::System, payroll},
                                {C::Software, QStringLiteral("log4j-core")},
                                {C::Version, QStringLiteral("2.17.1")},
                                {C::Purl, QStringLiteral("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1?type=jar")},
                                {C::Package, QStringLiteral("org.apache.logging.log4j/log4j-core")},
                                {C::Kind, QStringLiteral("library")},
                                {C::SourceTable, QStringLiteral("components")}})},
                   {17, fields({{C::System, payroll},
                                {C::Software, QStringLiteral("util")},
                                {C::Version, QStringLiteral("1")},
                                {C::Package, QStringLiteral("com.example/util")},
                                {C::Kind, QStringLiteral("library")},
                                {C::SourceTable, QStringLiteral("components")}})},
                   {18, fields({{C::System, payroll},
                                {C::Software, QStringLiteral("util.dll")},
                                {C::Kind, QStringLiteral("file")},
                                {C::SourceTable, QStringLiteral("components")}})},
                   {21, fields({{C::System, payroll},
                                {C::Software, QStringLiteral("zlib")},
                                {C::Version, QStringLiteral("1.2.13")},
                                {C::Publisher, QStringLiteral("zlib project")},
                                {C::Kind, QStringLiteral("library")},
                                {C::SourceTable, QStringLiteral("components")}})}}
            << QStringList{QStringLiteral("CycloneDX 1.2"), QStringLiteral("5 component")};

        QTest::newRow("1.4 minified: CPE 2.3, scoped npm purl, supplier then author")
            << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.4","version":1,"metadata":{"component":{"type":"device","name":"kiosk-17"}},"components":[{"type":"application","supplier":{"name":"Kaspersky"},"author":"someone","name":"Kaspersky Password Manager","version":"9.0.2","cpe":"cpe:2.3:a:kaspersky:password_manager:9.0.2:*:*:*:*:*:*:*"},{"type":"library","author":"Google","name":"core","version":"15.0.0","purl":"pkg:npm/%40angular/core@15.0.0"}]})")
            << QString()
            << QList<Row>{{1, fields({{C::System, QStringLiteral("kiosk-17")},
                                      {C::Software, QStringLiteral("Kaspersky Password Manager")},
                                      {C::Version, QStringLiteral("9.0.2")},
                                      {C::Publisher, QStringLiteral("Kaspersky")},
                                      {C::Cpe, QStringLiteral("cpe:2.3:a:kaspersky:password_manager:9.0.2:*:*:*:*:*:*:*")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("components")}})},
                          {1, fields({{C::System, QStringLiteral("kiosk-17")},
                                      {C::Software, QStringLiteral("core")},
                                      {C::Version, QStringLiteral("15.0.0")},
                                      {C::Publisher, QStringLiteral("Google")},
                                      {C::Purl, QStringLiteral("pkg:npm/%40angular/core@15.0.0")},
                                      {C::Package, QStringLiteral("@angular/core")},
                                      {C::Kind, QStringLiteral("library")},
                                      {C::SourceTable, QStringLiteral("components")}})}}
            << QStringList{QStringLiteral("CycloneDX 1.4")};

        QTest::newRow("1.6: publisher before manufacturer before supplier, then authors")
            << lines({QStringLiteral(R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "metadata": {"component": {"type": "application", "name": "edge-gw"}}, "components": [)"),
                      QStringLiteral(R"({"type": "application", "name": "A", "publisher": "Pub", "manufacturer": {"name": "Maker"}, "supplier": {"name": "Reseller"}},)"),
                      QStringLiteral(R"({"type": "firmware", "name": "B", "manufacturer": {"name": "AO Kaspersky Lab"}, "supplier": {"name": "Reseller"}},)"),
                      QStringLiteral(R"({"type": "device", "name": "C", "authors": [{"email": "x@example.com"}, {"name": "Kaspersky Lab"}]})"),
                      QStringLiteral(R"(]})")})
            << QString()
            << QList<Row>{{2, fields({{C::System, QStringLiteral("edge-gw")}, {C::Software, QStringLiteral("A")},
                                      {C::Publisher, QStringLiteral("Pub")}, {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("components")}})},
                          {3, fields({{C::System, QStringLiteral("edge-gw")}, {C::Software, QStringLiteral("B")},
                                      {C::Publisher, QStringLiteral("AO Kaspersky Lab")},
                                      {C::Kind, QStringLiteral("firmware")},
                                      {C::SourceTable, QStringLiteral("components")}})},
                          {4, fields({{C::System, QStringLiteral("edge-gw")}, {C::Software, QStringLiteral("C")},
                                      {C::Publisher, QStringLiteral("Kaspersky Lab")},
                                      {C::Kind, QStringLiteral("device")},
                                      {C::SourceTable, QStringLiteral("components")}})}}
            << QStringList{QStringLiteral("CycloneDX 1.6")};

        QTest::newRow("no metadata.component: the given system, said in the notes")
            << lines({QStringLiteral(R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "metadata": {"timestamp": "2024-01-01T00:00:00Z"},)"),
                      QStringLiteral(R"( "components": [{"type": "library", "name": "openssl", "version": "3.0.7"}]})")})
            << QStringLiteral("scanned-host")
            << QList<Row>{{2, fields({{C::System, QStringLiteral("scanned-host")},
                                      {C::Software, QStringLiteral("openssl")},
                                      {C::Version, QStringLiteral("3.0.7")},
                                      {C::Kind, QStringLiteral("library")},
                                      {C::SourceTable, QStringLiteral("components")}})}}
            << QStringList{QStringLiteral("metadata.component.name"), QStringLiteral("scanned-host")};

        QTest::newRow("metadata after the components still names the system")
            << lines({QStringLiteral(R"({"components": [{"type": "library", "name": "zlib"}],)"),
                      QStringLiteral(R"( "metadata": {"component": {"name": "build-agent-3"}}, "specVersion": "1.3", "bomFormat": "CycloneDX"})")})
            << QString()
            << QList<Row>{{1, fields({{C::System, QStringLiteral("build-agent-3")}, {C::Software, QStringLiteral("zlib")},
                                      {C::Kind, QStringLiteral("library")},
                                      {C::SourceTable, QStringLiteral("components")}})}}
            << QStringList{};

        QTest::newRow("an unknown specVersion is read, and said")
            << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.7","metadata":{"component":{"name":"s"}},"components":[{"type":"library","name":"x"}]})")
            << QString()
            << QList<Row>{{1, fields({{C::System, QStringLiteral("s")}, {C::Software, QStringLiteral("x")},
                                      {C::Kind, QStringLiteral("library")},
                                      {C::SourceTable, QStringLiteral("components")}})}}
            << QStringList{QStringLiteral("specVersion 1.7 is not one this reader knows")};

        QTest::newRow("a BOM without components reads nothing")
            << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.6","metadata":{"component":{"name":"s"}}})")
            << QString() << QList<Row>{} << QStringList{};
    }

    void readsComponents()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, system);
        QFETCH(QList<Row>, expected);
        QFETCH(QStringList, noteParts);

        CycloneDxReader reader(write(input), system);
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
        QVERIFY(issues.isEmpty());
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).line, expected.at(i).line);
            QCOMPARE(rows.at(i).fields, expected.at(i).fields);
        }
        const ReaderInfo info = reader.info();
        QCOMPARE(info.format, QStringLiteral("cyclonedx"));
        const QString notes = info.notes.join(QLatin1Char('\n'));
        for (const QString &part : noteParts)
            QVERIFY2(notes.contains(part), qPrintable(notes));
    }

    void reportsComponentsItCannotRead()
    {
        const QByteArray input = lines({
            QStringLiteral(R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "metadata": {"component": {"name": "s"}}, "components": [)"),
            QStringLiteral(R"(  {"type": "application", "version": "1",)"),
            QStringLiteral(R"(   "components": [{"type": "library", "name": "child-of-nameless"}]},)"),
            QStringLiteral(R"(  "not an object",)"),
            QStringLiteral(R"(  {"type": "library", "name": "bad\u00e9 ok", "version": "BAD-UTF8"},)"),
            QStringLiteral(R"(  {"type": "library", "name": "last"})"),
            QStringLiteral(R"(]})"),
        });
        // A byte that is not UTF-8 inside a string: the scanner passes it, Qt's parser refuses the component.
        CycloneDxReader reader(write(QByteArray(input).replace("BAD-UTF8", "bad\xff")));
        QVERIFY(reader.open());
        QStringList names;
        QList<qint64> lines;
        QList<ReadIssue> issues;
        QVERIFY(reader.read(
            [&](const SourceRecord &record) {
                names << record.fields.at(C::Software);
                lines << record.line;
                return true;
            },
            [&](const ReadIssue &issue) { issues.append(issue); }, nullptr));
        QCOMPARE(names, QStringList({QStringLiteral("child-of-nameless"), QStringLiteral("last")}));
        QCOMPARE(lines, QList<qint64>({3, 6}));
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).line, 2);
        QCOMPARE(issues.at(0).column, 3);
        QVERIFY(issues.at(0).reason.contains(QStringLiteral("no name")));
        QVERIFY(issues.at(0).skipped);
        QCOMPARE(issues.at(1).line, 4);
        QVERIFY(issues.at(1).reason.contains(QStringLiteral("not a JSON object")));
        QCOMPARE(issues.at(2).line, 5);
        QVERIFY(issues.at(2).column > 0);
        QVERIFY(issues.at(2).reason.contains(QStringLiteral("not valid JSON")));
        QVERIFY(issues.at(2).skipped);
    }

    void reportsBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("failsOnOpen");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("empty file") << QByteArray() << true << qint64(1) << 1 << QStringLiteral("empty");
        QTest::newRow("bomFormat is not CycloneDX")
            << QByteArray("{\n  \"bomFormat\": \"SPDX\",\n  \"components\": []\n}") << true << qint64(2) << 16
            << QStringLiteral("bomFormat is \"SPDX\"");
        QTest::newRow("no bomFormat: an SPDX document")
            << QByteArray(R"({"spdxVersion":"SPDX-2.3","packages":[{"name":"x"}]})") << true << qint64(0) << 0
            << QStringLiteral("no bomFormat");
        QTest::newRow("a JSON array") << QByteArray(R"([{"bomFormat":"CycloneDX"}])") << true << qint64(1) << 1
                                      << QStringLiteral("not an object");
        QTest::newRow("not JSON at all") << QByteArray("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\"/>") << true
                                         << qint64(1) << 1 << QStringLiteral("expected a value");
        QTest::newRow("components is not an array")
            << QByteArray("{\"bomFormat\":\"CycloneDX\",\n\"components\": {\"name\":\"x\"}}") << false << qint64(2)
            << 15 << QStringLiteral("components is not an array");
        QTest::newRow("a BOM cut short in its components")
            << QByteArray("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\",\"metadata\":{},\n\"components\":[{\"name\":\"a\"},{\"name\":\"b")
            << false << qint64(2) << 38 << QStringLiteral("the file ends inside the string that starts at line 2, column 36");
        QTest::newRow("a syntax error after the metadata")
            << QByteArray("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\",\"metadata\":{},\n\"components\":[{\"name\":\"a\"}}]}")
            << false << qint64(2) << 27 << QStringLiteral("expected ']' to close the array");
    }

    void reportsBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, failsOnOpen);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(QString, reasonPart);

        const QString path = write(input);
        CycloneDxReader reader(path);
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
        CycloneDxReader reader(QStringLiteral(UPROOT_FIXTURES "/readers/structured/json/cyclonedx-1.6.json"));
        QVERIFY2(reader.open(), qPrintable(reader.error().message()));
        QStringList names;
        QVERIFY(reader.read(
            [&](const SourceRecord &record) {
                names << record.fields.at(C::Software) + QLatin1Char('|') + record.fields.at(C::Publisher);
                return true;
            },
            [](const ReadIssue &) { QFAIL("no issue expected"); }, nullptr));
        QCOMPARE(names, QStringList({QStringLiteral("Kaspersky Security for Windows Server|AO Kaspersky Lab"),
                                     QStringLiteral("log4j-core|"), QStringLiteral("core|Google")}));
    }

    void reportsProgressAndCancels()
    {
        const QString path = write(lines(bom12));
        {
            CycloneDxReader reader(path);
            QVERIFY(reader.open());
            CancellingSink sink;
            QVERIFY(reader.read([](const SourceRecord &) { return true; }, [](const ReadIssue &) {}, &sink));
            QVERIFY(!sink.calls.isEmpty());
            QCOMPARE(sink.calls.last().first, QFileInfo(path).size());
            QCOMPARE(sink.calls.last().second, QFileInfo(path).size());
        }
        {
            CycloneDxReader reader(path);
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
        QTest::newRow("pretty-printed BOM") << lines(bom12).left(60) << true;
        QTest::newRow("BOM with $schema first")
            << QByteArray("{\"$schema\":\"http://cyclonedx.org/schema/bom-1.5.schema.json\",\"bomFormat\":\"CycloneDX\"")
            << true; // a plain literal: moc takes the "//" in a raw string for a comment
        QTest::newRow("BOM with a UTF-8 BOM") << QByteArray("\xEF\xBB\xBF{\"bomFormat\":\"CycloneDX\"}") << true;
        QTest::newRow("osquery result log")
            << QByteArray(R"({"name":"programs","hostIdentifier":"h","snapshot":[]})") << false;
        QTest::newRow("GLPI JSON") << QByteArray(R"({"action":"inventory","content":{},"deviceid":"pc"})") << false;
        QTest::newRow("osqueryi array") << QByteArray(R"([{"name":"a"}])") << false;
    }

    void recognisesItsFormat()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, recognised);
        QCOMPARE(CycloneDxReader::canRead(head), recognised);
    }
};

QTEST_GUILESS_MAIN(TestCycloneDxReader)
#include "tst_cyclonedxreader.moc"
