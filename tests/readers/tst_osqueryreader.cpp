#include "model/readers/osqueryreader.h"
#include "model/readers/osqueryresultlog.h"
#include "model/readers/progresssink.h"
#include "model/readers/structuredrecord.h"

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
    int column = 0;
    QString reasonPart;
    bool skipped = true;
};
using C = StructuredRecord::Column;
using Values = QList<QPair<C, QString>>;

// A full structured row with the given columns set and the rest empty.
QStringList fields(const Values &values)
{
    QStringList row;
    for (int i = 0; i < StructuredRecord::ColumnCount; ++i)
        row << QString();
    for (const auto &[column, value] : values)
        row[column] = value;
    return row;
}

struct Outcome
{
    bool opened = false;
    bool read = false;
    QList<Row> rows;
    QList<ReadIssue> issues;
    ReadError error;
    ReaderInfo info;
};

Outcome readFile(const QString &path, const QString &system)
{
    Outcome outcome;
    OsqueryReader reader(path, system);
    outcome.opened = reader.open();
    if (outcome.opened) {
        outcome.read = reader.read(
            [&](const SourceRecord &record) {
                outcome.rows.append(Row{record.line, record.fields});
                return true;
            },
            [&](const ReadIssue &issue) { outcome.issues.append(issue); }, nullptr);
    }
    outcome.error = reader.error();
    outcome.info = reader.info();
    return outcome;
}

class RecordingSink : public ProgressSink
{
public:
    void progress(qint64 done, qint64 total) override { calls.append({done, total}); }
    bool isCancelled() const override { return cancelAfter >= 0 && calls.size() > cancelAfter; }
    QList<QPair<qint64, qint64>> calls;
    int cancelAfter = -1;
};

const QByteArray programsArray = R"J([
  {"identifying_number":"{B5F1D3A6-6C2B-4E39-8D3A-5B0F3C0E2B1A}","install_date":"20230415","install_location":"C:\\Program Files (x86)\\Kaspersky Lab\\KES\\","install_source":"","language":"1033","name":"Kaspersky Endpoint Security for Windows","publisher":"AO Kaspersky Lab","uninstall_string":"MsiExec.exe /X{B5F1D3A6-6C2B-4E39-8D3A-5B0F3C0E2B1A}","version":"12.3.0.493"},
  {"identifying_number":"","install_date":"","install_location":"","name":"7-Zip 22.01 (x64)","publisher":"Igor Pavlov","version":"22.01"}
]
)J";

} // namespace

Q_DECLARE_METATYPE(Row)
Q_DECLARE_METATYPE(Issue)

class TestOsqueryReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("input%1.json").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    static void compareRows(const QList<Row> &actual, const QList<Row> &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual.at(i).line, expected.at(i).line);
            QCOMPARE(actual.at(i).fields, expected.at(i).fields);
        }
    }

private slots:
    void headerIsTheStructuredOne()
    {
        OsqueryReader reader(write(programsArray), QStringLiteral("WS-001"));
        QVERIFY(reader.open());
        QCOMPARE(reader.header(),
                 QStringList({QStringLiteral("system"), QStringLiteral("software"), QStringLiteral("version"),
                              QStringLiteral("publisher"), QStringLiteral("install_date"), QStringLiteral("cpe"),
                              QStringLiteral("purl"), QStringLiteral("package"), QStringLiteral("bundle_id"),
                              QStringLiteral("os"), QStringLiteral("ip"), QStringLiteral("serial"),
                              QStringLiteral("kind"), QStringLiteral("source_table")}));
        QCOMPARE(reader.info().format, QStringLiteral("osquery"));
    }

    void readsRows_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QList<Row>>("expected");
        QTest::addColumn<QList<Issue>>("issues");
        QTest::addColumn<QStringList>("noteParts");

        QTest::newRow("osqueryi programs array, host from the given name, registry date made ISO")
            << programsArray << QStringLiteral("WS-001")
            << QList<Row>{
                   {2, fields({{C::System, QStringLiteral("WS-001")},
                               {C::Software, QStringLiteral("Kaspersky Endpoint Security for Windows")},
                               {C::Version, QStringLiteral("12.3.0.493")},
                               {C::Publisher, QStringLiteral("AO Kaspersky Lab")},
                               {C::InstallDate, QStringLiteral("2023-04-15")},
                               {C::Package, QStringLiteral("{B5F1D3A6-6C2B-4E39-8D3A-5B0F3C0E2B1A}")},
                               {C::Kind, QStringLiteral("application")},
                               {C::SourceTable, QStringLiteral("programs")}})},
                   {3, fields({{C::System, QStringLiteral("WS-001")},
                               {C::Software, QStringLiteral("7-Zip 22.01 (x64)")},
                               {C::Version, QStringLiteral("22.01")},
                               {C::Publisher, QStringLiteral("Igor Pavlov")},
                               {C::Kind, QStringLiteral("application")},
                               {C::SourceTable, QStringLiteral("programs")}})}}
            << QList<Issue>{} << QStringList{QStringLiteral("WS-001"), QStringLiteral("programs")};

        QTest::newRow("osqueryi deb_packages array, maintainer's name as publisher")
            << QByteArray(R"([{"admindir":"/var/lib/dpkg","arch":"amd64","maintainer":"Kaspersky Lab <support@kaspersky.com>","name":"kesl","priority":"optional","revision":"4528","section":"misc","size":"582624","source":"","status":"install ok installed","version":"11.2.0-4528"}])")
            << QStringLiteral("lnx-07")
            << QList<Row>{{1, fields({{C::System, QStringLiteral("lnx-07")},
                                      {C::Software, QStringLiteral("kesl")},
                                      {C::Version, QStringLiteral("11.2.0-4528")},
                                      {C::Publisher, QStringLiteral("Kaspersky Lab")},
                                      {C::Package, QStringLiteral("kesl")},
                                      {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("deb_packages")}})}}
            << QList<Issue>{} << QStringList{QStringLiteral("deb_packages")};

        QTest::newRow("osqueryi rpm_packages array, epoch and release joined to the version")
            << QByteArray("[\n {\"arch\":\"x86_64\",\"epoch\":\"\",\"name\":\"kesl\",\"release\":\"4528\",\"sha1\":\"\",\"size\":\"1\",\"source\":\"kesl-11.2.0-4528.src.rpm\",\"version\":\"11.2.0\"},\n"
                          " {\"arch\":\"x86_64\",\"epoch\":\"1\",\"name\":\"openssl\",\"release\":\"27.el9\",\"version\":\"3.0.7\"}\n]")
            << QStringLiteral("rh-3")
            << QList<Row>{{2, fields({{C::System, QStringLiteral("rh-3")},
                                      {C::Software, QStringLiteral("kesl")},
                                      {C::Version, QStringLiteral("11.2.0-4528")},
                                      {C::Package, QStringLiteral("kesl")},
                                      {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("rpm_packages")}})},
                          {3, fields({{C::System, QStringLiteral("rh-3")},
                                      {C::Software, QStringLiteral("openssl")},
                                      {C::Version, QStringLiteral("1:3.0.7-27.el9")},
                                      {C::Package, QStringLiteral("openssl")},
                                      {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("rpm_packages")}})}}
            << QList<Issue>{} << QStringList{};

        QTest::newRow("osqueryi apps array, bundle name and identifier, no publisher from copyright")
            << QByteArray("[\n{\"bundle_identifier\":\"com.kaspersky.kav\",\"bundle_name\":\"Kaspersky Anti-Virus\",\"bundle_short_version\":\"21.3.10.391\",\"bundle_version\":\"21.3.10.391b\",\"copyright\":\"\xC2\xA9 2021 AO Kaspersky Lab\",\"display_name\":\"\",\"name\":\"Kaspersky Anti-Virus.app\",\"path\":\"/Applications/Kaspersky Anti-Virus.app\"},\n"
                          "{\"bundle_identifier\":\"com.example.tool\",\"name\":\"Tool.app\",\"bundle_version\":\"5\"}\n]")
            << QStringLiteral("mac-9")
            << QList<Row>{{2, fields({{C::System, QStringLiteral("mac-9")},
                                      {C::Software, QStringLiteral("Kaspersky Anti-Virus")},
                                      {C::Version, QStringLiteral("21.3.10.391")},
                                      {C::BundleId, QStringLiteral("com.kaspersky.kav")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("apps")}})},
                          {3, fields({{C::System, QStringLiteral("mac-9")},
                                      {C::Software, QStringLiteral("Tool")},
                                      {C::Version, QStringLiteral("5")},
                                      {C::BundleId, QStringLiteral("com.example.tool")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("apps")}})}}
            << QList<Issue>{} << QStringList{};

        QTest::newRow("another table's name and version are read without a table")
            << QByteArray(R"([{"name":"kaspersky-free","version":"21.3","summary":"","author":"Kaspersky"}])")
            << QStringLiteral("ws-5")
            << QList<Row>{{1, fields({{C::System, QStringLiteral("ws-5")},
                                      {C::Software, QStringLiteral("kaspersky-free")},
                                      {C::Version, QStringLiteral("21.3")},
                                      {C::Publisher, QStringLiteral("Kaspersky")}})}}
            << QList<Issue>{} << QStringList{};

        QTest::newRow("a row of a table that is not software is reported, not read")
            << QByteArray("[\n{\"pid\":\"4\",\"name\":\"System\",\"path\":\"\"}\n]") << QStringLiteral("ws-5")
            << QList<Row>{} << QList<Issue>{{2, 1, QStringLiteral("name, path, pid"), true}} << QStringList{};

        QTest::newRow("an element that is not an object is reported, the others read")
            << QByteArray(R"([{"name":"a","version":"1"}, 42])") << QStringLiteral("h")
            << QList<Row>{{1, fields({{C::System, QStringLiteral("h")},
                                      {C::Software, QStringLiteral("a")},
                                      {C::Version, QStringLiteral("1")}})}}
            << QList<Issue>{{1, 30, QStringLiteral("not an object"), true}} << QStringList{};

        QTest::newRow("a row without a name is reported")
            << QByteArray("[\n{\"name\":\"\",\"version\":\"1\",\"publisher\":\"x\",\"install_date\":\"\"}\n]")
            << QStringLiteral("h") << QList<Row>{} << QList<Issue>{{2, 1, QStringLiteral("no name"), true}}
            << QStringList{};

        QTest::newRow("invalid UTF-8 inside one row skips that row only")
            << QByteArray("[\n{\"name\":\"a\xff\",\"version\":\"1\"},\n{\"name\":\"b\",\"version\":\"2\"}\n]")
            << QStringLiteral("h")
            << QList<Row>{{3, fields({{C::System, QStringLiteral("h")},
                                      {C::Software, QStringLiteral("b")},
                                      {C::Version, QStringLiteral("2")}})}}
            << QList<Issue>{{2, -1, QStringLiteral("UTF8"), true}} << QStringList{};

        QTest::newRow("an empty array reads nothing")
            << QByteArray("[\n\n]\n") << QStringLiteral("h") << QList<Row>{} << QList<Issue>{} << QStringList{};

        QTest::newRow("result log snapshot, host from decorations.hostname")
            << QByteArray(R"({"snapshot":[{"identifying_number":"{X}","install_date":"20200102","name":"Kaspersky Endpoint Security 10 for Windows","publisher":"AO Kaspersky Lab","version":"10.3.0.6294"}],"action":"snapshot","name":"pack/inventory/programs","hostIdentifier":"6f1b9c1e-4a1f-4c5b-9d7e-2a1b3c4d5e6f","calendarTime":"Tue Mar  5 10:00:00 2024 UTC","unixTime":1709632800,"epoch":0,"counter":0,"numerics":false,"decorations":{"hostname":"WS-042","username":"admin"}})"
                          "\n")
            << QString()
            << QList<Row>{{1, fields({{C::System, QStringLiteral("WS-042")},
                                      {C::Software, QStringLiteral("Kaspersky Endpoint Security 10 for Windows")},
                                      {C::Version, QStringLiteral("10.3.0.6294")},
                                      {C::Publisher, QStringLiteral("AO Kaspersky Lab")},
                                      {C::InstallDate, QStringLiteral("2020-01-02")},
                                      {C::Package, QStringLiteral("{X}")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("programs")}})}}
            << QList<Issue>{} << QStringList{QStringLiteral("decorations.hostname")};

        QTest::newRow("result log hosts: computer_name, hostIdentifier, host_identifier, none")
            << QByteArray(
                   R"({"name":"programs","hostIdentifier":"uuid-1","decorations":{"computer_name":"PC-1"},"snapshot":[{"name":"A","version":"1","publisher":"p","install_date":""}]})"
                   "\n"
                   R"({"name":"programs","hostIdentifier":"srv-db-01","calendarTime":"x","snapshot":[{"name":"B","version":"2","publisher":"p","install_date":""}]})"
                   "\n"
                   R"({"name":"programs2","host_identifier":"srv-db-02","snapshot":[{"name":"C","version":"3","publisher":"p","install_date":""}]})"
                   "\n"
                   R"({"name":"programs3","snapshot":[{"name":"D","version":"4","publisher":"p","install_date":""}]})"
                   "\n")
            << QStringLiteral("given-host")
            << QList<Row>{{1, fields({{C::System, QStringLiteral("PC-1")}, {C::Software, QStringLiteral("A")},
                                      {C::Version, QStringLiteral("1")}, {C::Publisher, QStringLiteral("p")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("programs")}})},
                          {2, fields({{C::System, QStringLiteral("srv-db-01")}, {C::Software, QStringLiteral("B")},
                                      {C::Version, QStringLiteral("2")}, {C::Publisher, QStringLiteral("p")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("programs")}})},
                          {3, fields({{C::System, QStringLiteral("srv-db-02")}, {C::Software, QStringLiteral("C")},
                                      {C::Version, QStringLiteral("3")}, {C::Publisher, QStringLiteral("p")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("programs")}})},
                          {4, fields({{C::System, QStringLiteral("given-host")}, {C::Software, QStringLiteral("D")},
                                      {C::Version, QStringLiteral("4")}, {C::Publisher, QStringLiteral("p")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("programs")}})}}
            << QList<Issue>{}
            << QStringList{QStringLiteral("decorations.computer_name"), QStringLiteral("from hostIdentifier"),
                           QStringLiteral("host_identifier"), QStringLiteral("given-host")};

        QTest::newRow("result log diffResults: added read, removed counted")
            << QByteArray(
                   R"({"name":"deb_packages","hostIdentifier":"lnx-07","calendarTime":"Tue Mar  5 10:00:00 2024 UTC","unixTime":1709632800,"diffResults":{"added":[{"name":"kesl","version":"11.2.0-4528","maintainer":"Kaspersky Lab <support@kaspersky.com>","arch":"amd64","revision":"4528","source":""}],"removed":[{"name":"kesl","version":"11.1.0-3013","maintainer":"Kaspersky Lab <support@kaspersky.com>","arch":"amd64","revision":"3013","source":""}]}})"
                   "\n")
            << QString()
            << QList<Row>{{1, fields({{C::System, QStringLiteral("lnx-07")}, {C::Software, QStringLiteral("kesl")},
                                      {C::Version, QStringLiteral("11.2.0-4528")},
                                      {C::Publisher, QStringLiteral("Kaspersky Lab")},
                                      {C::Package, QStringLiteral("kesl")}, {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("deb_packages")}})}}
            << QList<Issue>{} << QStringList{QStringLiteral("1 removed row")};

        QTest::newRow("result log columns and action, CRLF line ends")
            << QByteArray(
                   R"({"name":"rpm_packages","hostIdentifier":"rh-3","action":"added","columns":{"name":"kesl","version":"11.2.0","release":"4528","epoch":"","arch":"x86_64"}})"
                   "\r\n"
                   R"({"name":"rpm_packages","hostIdentifier":"rh-3","action":"removed","columns":{"name":"zsh","version":"5.8","release":"9.el9","epoch":"","arch":"x86_64"}})"
                   "\r\n")
            << QString()
            << QList<Row>{{1, fields({{C::System, QStringLiteral("rh-3")}, {C::Software, QStringLiteral("kesl")},
                                      {C::Version, QStringLiteral("11.2.0-4528")},
                                      {C::Package, QStringLiteral("kesl")}, {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("rpm_packages")}})}}
            << QList<Issue>{} << QStringList{QStringLiteral("1 removed row")};

        const QByteArray added =
            R"({"name":"apps","hostIdentifier":"mac-9","action":"added","columns":{"bundle_identifier":"com.kaspersky.kav","bundle_short_version":"21.3","name":"Kaspersky Anti-Virus.app"}})";
        const QByteArray removed =
            R"({"name":"apps","hostIdentifier":"mac-9","action":"removed","columns":{"bundle_identifier":"com.kaspersky.kav","bundle_short_version":"21.3","name":"Kaspersky Anti-Virus.app"}})";
        QTest::newRow("a row removed later in the log is not read")
            << QByteArray(added + "\n" + removed + "\n") << QString() << QList<Row>{} << QList<Issue>{}
            << QStringList{QStringLiteral("1 removed row"), QStringLiteral("1 row(s) were not read because")};

        QTest::newRow("a row added again after its removal is read once, from its last line")
            << QByteArray(added + "\n" + removed + "\n" + added + "\n") << QString()
            << QList<Row>{{3, fields({{C::System, QStringLiteral("mac-9")},
                                      {C::Software, QStringLiteral("Kaspersky Anti-Virus")},
                                      {C::Version, QStringLiteral("21.3")},
                                      {C::BundleId, QStringLiteral("com.kaspersky.kav")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("apps")}})}}
            << QList<Issue>{} << QStringList{QStringLiteral("1 row(s) were not read because")};

        QTest::newRow("only the latest snapshot of a query and host is read")
            << QByteArray(
                   R"({"name":"programs","hostIdentifier":"h1","snapshot":[{"name":"Kaspersky Endpoint Security for Windows","version":"11","publisher":"AO Kaspersky Lab","install_date":""},{"name":"Notepad++","version":"8","publisher":"Don Ho","install_date":""}]})"
                   "\n"
                   R"({"name":"programs","hostIdentifier":"h2","snapshot":[{"name":"Notepad++","version":"8","publisher":"Don Ho","install_date":""}]})"
                   "\n"
                   R"({"name":"programs","hostIdentifier":"h1","snapshot":[{"name":"Notepad++","version":"8","publisher":"Don Ho","install_date":""}]})"
                   "\n")
            << QString()
            << QList<Row>{{2, fields({{C::System, QStringLiteral("h2")}, {C::Software, QStringLiteral("Notepad++")},
                                      {C::Version, QStringLiteral("8")}, {C::Publisher, QStringLiteral("Don Ho")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("programs")}})},
                          {3, fields({{C::System, QStringLiteral("h1")}, {C::Software, QStringLiteral("Notepad++")},
                                      {C::Version, QStringLiteral("8")}, {C::Publisher, QStringLiteral("Don Ho")},
                                      {C::Kind, QStringLiteral("application")},
                                      {C::SourceTable, QStringLiteral("programs")}})}}
            << QList<Issue>{} << QStringList{QStringLiteral("2 row(s) were not read because")};

        QTest::newRow("a broken line is reported with its column, the lines around it read")
            << QByteArray(
                   R"({"name":"deb_packages","hostIdentifier":"h","snapshot":[{"name":"a","version":"1"}]})"
                   "\n"
                   R"({"name":"deb_packages","hostIdentifier":"h","snapshot":[{"name":"b")"
                   "\n\n"
                   R"({"name":"deb_packages","hostIdentifier":"g","snapshot":[{"name":"c","version":"3"}]})")
            << QString()
            << QList<Row>{{1, fields({{C::System, QStringLiteral("h")}, {C::Software, QStringLiteral("a")},
                                      {C::Version, QStringLiteral("1")}, {C::Package, QStringLiteral("a")},
                                      {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("deb_packages")}})},
                          {4, fields({{C::System, QStringLiteral("g")}, {C::Software, QStringLiteral("c")},
                                      {C::Version, QStringLiteral("3")}, {C::Package, QStringLiteral("c")},
                                      {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("deb_packages")}})}}
            << QList<Issue>{{2, -1, QStringLiteral("not valid JSON"), true}} << QStringList{};

        QTest::newRow("rows of a query that is not software are reported once per line")
            << QByteArray(
                   R"({"name":"processes","hostIdentifier":"h","snapshot":[{"pid":"1","name":"init","cmdline":""},{"pid":"2","name":"avp.exe","cmdline":""}]})"
                   "\n")
            << QString() << QList<Row>{}
            << QList<Issue>{{1, 0, QStringLiteral("2 row(s) of query \"processes\""), true}} << QStringList{};

        QTest::newRow("a query named after deb_packages settles rows of name and version only")
            << QByteArray(R"({"name":"pack_it_deb_packages","hostIdentifier":"h","snapshot":[{"name":"kesl","version":"11"}]})")
            << QString()
            << QList<Row>{{1, fields({{C::System, QStringLiteral("h")}, {C::Software, QStringLiteral("kesl")},
                                      {C::Version, QStringLiteral("11")}, {C::Package, QStringLiteral("kesl")},
                                      {C::Kind, QStringLiteral("package")},
                                      {C::SourceTable, QStringLiteral("deb_packages")}})}}
            << QList<Issue>{} << QStringList{};
    }

    void readsRows()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, system);
        QFETCH(QList<Row>, expected);
        QFETCH(QList<Issue>, issues);
        QFETCH(QStringList, noteParts);

        const Outcome outcome = readFile(write(input), system);
        QVERIFY2(outcome.opened, qPrintable(outcome.error.message()));
        QVERIFY2(outcome.read, qPrintable(outcome.error.message()));
        compareRows(outcome.rows, expected);
        QCOMPARE(outcome.issues.size(), issues.size());
        for (qsizetype i = 0; i < issues.size(); ++i) {
            QCOMPARE(outcome.issues.at(i).line, issues.at(i).line);
            if (issues.at(i).column >= 0)
                QCOMPARE(outcome.issues.at(i).column, issues.at(i).column);
            else
                QVERIFY(outcome.issues.at(i).column > 0);
            QVERIFY2(outcome.issues.at(i).reason.contains(issues.at(i).reasonPart),
                     qPrintable(outcome.issues.at(i).reason));
            QCOMPARE(outcome.issues.at(i).skipped, issues.at(i).skipped);
        }
        const QString notes = outcome.info.notes.join(QLatin1Char('\n'));
        for (const QString &part : noteParts)
            QVERIFY2(notes.contains(part), qPrintable(notes));
    }

    void reportsBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("failsOnOpen");
        QTest::addColumn<int>("rowsBeforeError");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("empty file") << QByteArray() << true << 0 << qint64(0) << 0 << QStringLiteral("empty");
        QTest::newRow("only white space") << QByteArray(" \n\t\n") << true << 0 << qint64(0) << 0
                                          << QStringLiteral("empty");
        QTest::newRow("a CSV file") << QByteArray("name,version\nkesl,11\n") << true << 0 << qint64(1) << 1
                                    << QStringLiteral("not osquery output");
        QTest::newRow("a missing comma between members")
            << QByteArray("[\n  {\"name\":\"a\",\"version\":\"1\"},\n  {\"name\":\"b\" \"version\":\"2\"}\n]") << false
            << 1 << qint64(3) << 15 << QStringLiteral("expected ',' or '}'");
        QTest::newRow("a file cut short inside an object")
            << QByteArray(R"([{"name":"a","version":"1"},{"name":"b")") << false << 1 << qint64(1) << 40
            << QStringLiteral("ends before the object that starts at line 1, column 29");
        QTest::newRow("a quote never closed")
            << QByteArray("[{\"name\":\"abc}]\n{\"x\":1}]\n") << false << 0 << qint64(1) << 16
            << QStringLiteral("string that starts at line 1, column 10");
        QTest::newRow("text after the array") << QByteArray(R"([{"name":"a","version":"1"}] x)") << false << 1
                                              << qint64(1) << 30 << QStringLiteral("after the end");
        QTest::newRow("a trailing comma") << QByteArray("[{\"name\":\"a\",\"version\":\"1\"},\n]") << false << 1
                                          << qint64(2) << 1 << QStringLiteral("expected a value");
        QTest::newRow("a bare word") << QByteArray("[{\"name\":kesl}]") << false << 0 << qint64(1) << 10
                                     << QStringLiteral("'kesl' is not a JSON value");
        QTest::newRow("a number with nothing after its point")
            << QByteArray("[{\"name\":\"a\",\"size\":1.}]") << false << 0 << qint64(1) << 21
            << QStringLiteral("'1.' is not a JSON number");
        QTest::newRow("a bracket closing the wrong container")
            << QByteArray("[{\"name\":\"a\"]") << false << 0 << qint64(1) << 13
            << QStringLiteral("expected '}' to close the object that starts at line 1, column 2");
        QTest::newRow("nesting deeper than the cap")
            << QByteArray("[{\"a\":" + QByteArray(600, '[') + QByteArray(600, ']') + "}]") << false << 0
            << qint64(1) << 517 << QStringLiteral("nested deeper than 512");
        QTest::newRow("columns count characters, not bytes")
            << QByteArray("[{\"name\":\"\xC3\xA9\" \"version\":\"1\"}]") << false << 0 << qint64(1) << 14
            << QStringLiteral("expected ',' or '}'");
        QTest::newRow("a row longer than a read chunk, then an error")
            << QByteArray("[\n{\"name\":\"" + QByteArray(300000, 'a') + "\",\"version\":\"1\"},\n{\"name\":\"b\" x}]")
            << false << 1 << qint64(3) << 13 << QStringLiteral("expected ',' or '}'");
        QTest::newRow("a result log that is a status log")
            << QByteArray(R"({"severity":0,"filename":"events.cpp","line":12,"message":"started"})") << true << 0
            << qint64(1) << 1 << QStringLiteral("not an osquery result log");
        QTest::newRow("a pretty-printed entry instead of JSON lines")
            << QByteArray("{\n  \"name\": \"programs\",\n  \"hostIdentifier\": \"h\"\n}\n") << true << 0 << qint64(1)
            << 2 << QStringLiteral("one entry per line");
    }

    void reportsBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, failsOnOpen);
        QFETCH(int, rowsBeforeError);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(QString, reasonPart);

        const QString path = write(input);
        const Outcome outcome = readFile(path, QStringLiteral("h"));
        QCOMPARE(outcome.opened, !failsOnOpen);
        QVERIFY(!outcome.read);
        QCOMPARE(outcome.rows.size(), rowsBeforeError);
        QCOMPARE(outcome.error.file, path);
        QCOMPARE(outcome.error.line, line);
        QCOMPARE(outcome.error.column, column);
        QVERIFY2(outcome.error.reason.contains(reasonPart), qPrintable(outcome.error.message()));
    }

    void readsTheSeedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("software");
        QTest::newRow("osqueryi programs") << QStringLiteral("osqueryi-programs.json")
                                           << QStringList{QStringLiteral("Kaspersky Endpoint Security for Windows"),
                                                          QStringLiteral("7-Zip 22.01 (x64)")};
        QTest::newRow("osqueryi deb, rpm and apps")
            << QStringLiteral("osqueryi-deb-rpm-apps.json")
            << QStringList{QStringLiteral("kesl"), QStringLiteral("openssl"), QStringLiteral("Kaspersky Anti-Virus")};
        QTest::newRow("osqueryd result log")
            << QStringLiteral("osqueryd-results.log")
            << QStringList{QStringLiteral("Kaspersky Endpoint Security 10 for Windows"), QStringLiteral("kesl")};
    }

    void readsTheSeedFiles()
    {
        // The fuzz targets' seed corpus doubles as a check that real-shaped files read whole.
        QFETCH(QString, file);
        QFETCH(QStringList, software);
        const Outcome outcome =
            readFile(QStringLiteral(UPROOT_FIXTURES "/readers/structured/json/") + file, QStringLiteral("seed"));
        QVERIFY2(outcome.read, qPrintable(outcome.error.message()));
        QVERIFY(outcome.issues.isEmpty());
        QStringList names;
        for (const Row &row : outcome.rows)
            names << row.fields.at(C::Software);
        QCOMPARE(names, software);
    }

    void readsUtf16FromPowerShell()
    {
        // Windows PowerShell 5's ">" saves osqueryi's output as UTF-16LE with a BOM.
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(QString::fromUtf8(programsArray));
        const Outcome outcome = readFile(write(bytes), QStringLiteral("WS-001"));
        QVERIFY2(outcome.read, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.info.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(outcome.rows.size(), 2);
        QCOMPARE(outcome.rows.at(0).line, 2);
        QCOMPARE(outcome.rows.at(0).fields.at(C::Software), QStringLiteral("Kaspersky Endpoint Security for Windows"));
        QCOMPARE(outcome.rows.at(1).fields.at(C::Publisher), QStringLiteral("Igor Pavlov"));
    }

    void takesTheFileNameWhenNoSystemIsGiven()
    {
        const QString path = m_dir.filePath(QStringLiteral("HR-LAPTOP-12.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(programsArray);
        file.close();
        const Outcome outcome = readFile(path, QString());
        QVERIFY(outcome.read);
        QCOMPARE(outcome.rows.at(0).fields.at(C::System), QStringLiteral("HR-LAPTOP-12"));
    }

    void refusesAnOverlongLogLine()
    {
        QByteArray input = R"({"name":"programs","hostIdentifier":"h","snapshot":[]})"
                           "\n{\"name\":\"";
        input.append(QByteArray(OsqueryResultLog::MaxLineBytes + 16, 'a'));
        const Outcome outcome = readFile(write(input), QStringLiteral("h"));
        QVERIFY(outcome.opened);
        QVERIFY(!outcome.read);
        QCOMPARE(outcome.error.line, 2);
        QVERIFY2(outcome.error.reason.contains(QStringLiteral("longer than 64 MB")), qPrintable(outcome.error.reason));
    }

    void reportsProgressAndStopsOnCancel_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("osqueryi array") << programsArray;
        QTest::newRow("result log")
            << QByteArray(R"({"name":"programs","hostIdentifier":"h","snapshot":[{"name":"A","version":"1","publisher":"p","install_date":""}]})"
                          "\n"
                          R"({"name":"programs","hostIdentifier":"g","snapshot":[{"name":"B","version":"1","publisher":"p","install_date":""}]})"
                          "\n");
    }

    void reportsProgressAndStopsOnCancel()
    {
        QFETCH(QByteArray, input);
        const QString path = write(input);
        {
            OsqueryReader reader(path, QStringLiteral("h"));
            QVERIFY(reader.open());
            RecordingSink sink;
            int rows = 0;
            QVERIFY(reader.read([&](const SourceRecord &) { return ++rows, true; }, [](const ReadIssue &) {}, &sink));
            QCOMPARE(rows, 2);
            QVERIFY(!sink.calls.isEmpty());
            QCOMPARE(sink.calls.last().first, sink.calls.last().second);
            QVERIFY(sink.calls.last().second >= input.size());
            for (qsizetype i = 1; i < sink.calls.size(); ++i)
                QVERIFY(sink.calls.at(i).first >= sink.calls.at(i - 1).first);
        }
        {
            OsqueryReader reader(path, QStringLiteral("h"));
            QVERIFY(reader.open());
            RecordingSink sink;
            sink.cancelAfter = 0;
            int rows = 0;
            QVERIFY(!reader.read([&](const SourceRecord &) { return ++rows, true; }, [](const ReadIssue &) {}, &sink));
            QCOMPARE(reader.error().reason, QStringLiteral("cancelled"));
            QVERIFY(rows < 2);
        }
    }

    void stopsWhenTheCallbackSaysSo()
    {
        OsqueryReader reader(write(programsArray), QStringLiteral("h"));
        QVERIFY(reader.open());
        int rows = 0;
        QVERIFY(reader.read([&](const SourceRecord &) { return ++rows, false; }, [](const ReadIssue &) {}, nullptr));
        QCOMPARE(rows, 1);
        QVERIFY(reader.error().isNull());
    }

    void recognisesItsFormat_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("osqueryi array") << programsArray.left(40) << true;
        QTest::newRow("osqueryi array in UTF-16LE with a BOM")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom)
                              .encode(QStringLiteral("[\r\n  {\"name\":")))
            << true;
        QTest::newRow("result log, snapshot first")
            << QByteArray(R"({"snapshot":[{"name":"a"}],"action":"snapshot","name":"programs","hostIdentifier":"h"})")
            << true;
        QTest::newRow("result log, differential")
            << QByteArray(R"({"name":"programs","hostIdentifier":"h","calendarTime":"x","unixTime":1,"diffResults":{}})")
            << true;
        QTest::newRow("CycloneDX BOM") << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.6"})") << false;
        QTest::newRow("GLPI JSON") << QByteArray(R"({"action":"inventory","content":{},"deviceid":"pc"})") << false;
        QTest::newRow("GLPI XML") << QByteArray("<?xml version=\"1.0\"?><REQUEST>") << false;
        QTest::newRow("CSV") << QByteArray("name,version\n") << false;
        QTest::newRow("array of numbers") << QByteArray("[1,2,3]") << false;
    }

    void recognisesItsFormat()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, recognised);
        QCOMPARE(OsqueryReader::canRead(head), recognised);
    }
};

QTEST_GUILESS_MAIN(TestOsqueryReader)
#include "tst_osqueryreader.moc"
