// The import of the slice: presets recognised from headers, host names matched across sources, each import a
// scan (seen again, not duplicated), source lines kept, and an import that lands whole or not at all.
#include "model/import/columnmapping.h"
#include "model/import/hostname.h"
#include "model/import/importer.h"
#include "model/readers/importpreset.h"
#include "model/readers/progresssink.h"
#include "model/store/findingstore.h"
#include "model/store/inventorystore.h"
#include "model/store/sqliteprojectstore.h"
#include "model/store/statement.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {
// A matcher standing in for detection: anything whose publisher contains "Kaspersky" is covered.
QList<TitleMatch> kasperskyByPublisher(const TitleRecord &t)
{
    if (t.publisher.contains(QLatin1String("Kaspersky"), Qt::CaseInsensitive))
        return {{QStringLiteral("test-directive"), Confidence::Confirmed, QStringLiteral("test/publisher"),
                 QStringLiteral("publisher \"%1\"").arg(t.publisher)}};
    return {};
}

class CancelAfter final : public ProgressSink
{
public:
    explicit CancelAfter(int calls)
        : m_left(calls)
    {
    }
    void progress(qint64, qint64) override { --m_left; }
    bool isCancelled() const override { return m_left <= 0; }

private:
    int m_left;
};
} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void recognisesPresets_data();
    void recognisesPresets();
    void everyToolPresetHasColumns();
    void importsEachPresetsFile_data();
    void importsEachPresetsFile();
    void normalisesHostNames_data();
    void normalisesHostNames();
    void matchesTheNetBiosForm_data();
    void matchesTheNetBiosForm();
    void netBiosFormIsOneSystemAcrossImports();
    void importsAndKeepsSourceLines();
    void reimportIsAScan();
    void rescanKeepsFindingsAndReferences();
    void unsortedRowsAreNotDuplicated();
    void skipsRowsWithReasons();
    void readerSkipsCountAsRead();
    void skippedLogRowsAreCountedEach();
    void reportListsSkipsPastWarnings();
    void remembersMappingForSameHeader();
    void cancelLeavesProjectAsItWas();
    void refusedFilesAreNamedOnce_data();
    void refusedFilesAreNamedOnce();

private:
    QString write(const QString &name, const QByteArray &content);
    bool import(const QString &file, ImportReport *report, ReadError *error, ProgressSink *sink = nullptr,
                const ImportOptions &options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteProjectStore> m_store;
    int m_count = 0;
};

QString TestImport::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

bool TestImport::import(const QString &file, ImportReport *report, ReadError *error, ProgressSink *sink,
                        const ImportOptions &options)
{
    Importer importer(*m_store, kasperskyByPublisher);
    const auto work = m_store->beginWork(ProjectStore::WorkKind::Bulk);
    if (!importer.importFile(*work, file, options, sink, report, error))
        return false;
    if (!work->commit()) {
        *error = ReadError{file, 0, 0, work->error(), true};
        return false;
    }
    return true;
}

void TestImport::init()
{
    QString error;
    m_store = SqliteProjectStore::open(m_dir.filePath(QStringLiteral("p%1.uproot").arg(++m_count)),
                                 ProjectStore::OpenMode::CreateNew, &error);
    QVERIFY2(m_store, qPrintable(error));
    DirectiveRecord d;
    d.code = QStringLiteral("test-directive");
    d.title = QStringLiteral("Test directive");
    const auto work = m_store->beginWork(ProjectStore::WorkKind::Edit);
    QVERIFY(work->upsertDirective(d) > 0);
    QVERIFY(work->commit());
}

void TestImport::cleanup()
{
    m_store.reset();
}

void TestImport::refusedFilesAreNamedOnce_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("XML cut short") << QStringLiteral("agent.xml")
                                   << QByteArray("<REQUEST><CONTENT>\n<SOFTWARES><NAME>x</NAME>") << qint64(2)
                                   << QStringLiteral("not well-formed XML");
    QTest::newRow("a workbook that is not a zip") << QStringLiteral("report.xlsx") << QByteArray("not a zip")
                                                  << qint64(0) << QStringLiteral("not a ZIP archive");
    QTest::newRow("an empty file") << QStringLiteral("empty.csv") << QByteArray() << qint64(0)
                                   << QStringLiteral("empty");
    QTest::newRow("JSON of another kind") << QStringLiteral("other.json") << QByteArray("{\"a\": 1}") << qint64(0)
                                          << QStringLiteral("not osquery output");
}

// The message names the file once, with the line where there is one, and the project is untouched.
void TestImport::refusedFilesAreNamedOnce()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(QString, reasonPart);
    const QString path = write(name, content);
    ImportReport report;
    ReadError error;
    QVERIFY(!import(path, &report, &error));
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, line);
    QVERIFY2(error.reason.contains(reasonPart), qPrintable(error.reason));
    QVERIFY2(!error.reason.contains(name), qPrintable(error.reason));
    QCOMPARE(error.message().count(name), 1);
    QCOMPARE(m_store->inventory().importSources().size(), 0);
}

void TestImport::recognisesPresets_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("systemColumn");
    QTest::addColumn<QString>("softwareColumn");
    QTest::addColumn<QString>("publisherColumn");
    const auto h = [](const char *csv) { return QString::fromLatin1(csv).split(u','); };
    QTest::newRow("Configuration Manager ARP joined with v_R_System")
        << h("ResourceID,Netbios_Name0,Name0,DisplayName0,Publisher0,Version0,InstallDate0") << "sccm"
        << "Netbios_Name0" << "DisplayName0" << "Publisher0";
    QTest::newRow("Configuration Manager installed software")
        << h("Name0,ARPDisplayName0,ProductName0,ProductVersion0,Publisher0") << "sccm" << "Name0"
        << "ARPDisplayName0" << "Publisher0";
    QTest::newRow("Intune AppInvRawData")
        << h("ApplicationKey,ApplicationName,ApplicationPublisher,ApplicationShortVersion,ApplicationVersion,"
             "DeviceId,DeviceName,OSDescription,OSVersion,Platform,UserId,EmailAddress,UserName")
        << "intune" << "DeviceName" << "ApplicationName" << "ApplicationPublisher";
    QTest::newRow("Intune display names") << h("Device name,Application name,Application publisher,Application version")
                                          << "intune" << "Device name" << "Application name"
                                          << "Application publisher";
    QTest::newRow("Lansweeper report") << h("AssetName,Domain,Software,Version,Publisher,IPLocation,OS,Lastseen")
                                       << "lansweeper" << "AssetName" << "Software" << "Publisher";
    QTest::newRow("Kaspersky Security Center")
        << h("KLHST_WKS_HOSTNAME,KLHST_WKS_DN,DisplayName,DisplayVersion,Publisher,InstallDate") << "ksc"
        << "KLHST_WKS_DN" << "DisplayName" << "Publisher";
    QTest::newRow("hand-made spreadsheet") << h("Computer Name,Program,Vendor,Version,Bureau") << "generic"
                                           << "Computer Name" << "Program" << "Vendor";
    QTest::newRow("structured readers' own header")
        << h("system,software,version,publisher,install_date,cpe,purl,package,bundle_id,os,ip,serial,kind,"
             "source_table")
        << "generic" << "system" << "software" << "publisher";
}

void TestImport::recognisesPresets()
{
    QFETCH(QStringList, header);
    QFETCH(QString, preset);
    QFETCH(QString, systemColumn);
    QFETCH(QString, softwareColumn);
    QFETCH(QString, publisherColumn);
    const ColumnMapping m = ColumnMapping::fromHeader(header);
    QCOMPARE(m.preset(), preset);
    QCOMPARE(header.value(m.column(ColumnRole::SystemName)), systemColumn);
    QCOMPARE(header.value(m.column(ColumnRole::SoftwareName)), softwareColumn);
    QCOMPARE(header.value(m.column(ColumnRole::Publisher)), publisherColumn);
    QVERIFY(m.isUsable());
}

// One small file per preset, shaped as the tool writes it (../shared/domain/inventory-formats.md): the
// covered row's system, product and version land where they belong, and its line is kept.
// The presets are listed once (importpreset.h) and their columns are defined beside the mapping: a tool added to
// the list without its columns would be forced to "generic" without a word.
void TestImport::everyToolPresetHasColumns()
{
    const QStringList tools = toolPresetNames();
    QVERIFY(!tools.isEmpty());
    for (const QString &name : tools) {
        QVERIFY2(importPresetNames().contains(name), qPrintable(name));
        QCOMPARE(ColumnMapping::fromHeader({QStringLiteral("Name")}, name).preset(), name);
    }
}

void TestImport::importsEachPresetsFile_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("skipped");
    QTest::newRow("Configuration Manager, ARP joined with v_R_System")
        << QByteArray("ResourceID,Netbios_Name0,Name0,DisplayName0,Publisher0,Version0,InstallDate0\r\n"
                      "16777220,WS-0001,WS-0001,Google Chrome,Google LLC,118.0.5993.88,20231001\r\n"
                      "16777220,WS-0001,WS-0001,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,"
                      "11.11.0.452,20230115\r\n")
        << "sccm" << "WS-0001" << "Kaspersky Endpoint Security for Windows" << "11.11.0.452" << 0;
    QTest::newRow("Configuration Manager, obsolete and decommissioned records left out")
        << QByteArray("ResourceID,Netbios_Name0,Obsolete0,Decommissioned0,DisplayName0,Publisher0,Version0\r\n"
                      "16777230,WS-0009,1,0,Kaspersky Anti-Virus,AO Kaspersky Lab,20.0.14.1085\r\n"
                      "16777231,WS-0009,0,1,Kaspersky Anti-Virus,AO Kaspersky Lab,20.0.14.1085\r\n"
                      "16777232,WS-0009,0,0,Kaspersky Anti-Virus,AO Kaspersky Lab,21.3.10.391\r\n")
        << "sccm" << "WS-0009" << "Kaspersky Anti-Virus" << "21.3.10.391" << 2;
    QTest::newRow("Configuration Manager, installed software")
        << QByteArray("Name0,ARPDisplayName0,ProductName0,ProductVersion0,Publisher0\r\n"
                      "WS-0002,7-Zip 19.00 (x64),7-Zip,19.00,Igor Pavlov\r\n"
                      "WS-0002,Kaspersky Anti-Virus,Kaspersky Anti-Virus,21.3.10.391,AO Kaspersky Lab\r\n")
        << "sccm" << "WS-0002" << "Kaspersky Anti-Virus" << "21.3.10.391" << 0;
    QTest::newRow("Intune AppInvRawData (DevicesByAppInv has the same columns)")
        << QByteArray("ApplicationKey,ApplicationName,ApplicationPublisher,ApplicationShortVersion,"
                      "ApplicationVersion,DeviceId,DeviceName,OSDescription,OSVersion,Platform,UserId,"
                      "EmailAddress,UserName\n"
                      "k1,Zoom,Zoom Video Communications,5.16,5.16.2.22807,d-1,LAPTOP-77,Windows 10 Enterprise,"
                      "10.0.19045,Windows,u-1,pat@example.gov,Pat Doe\n"
                      "k2,Kaspersky Free,AO Kaspersky Lab,21.3,21.3.10.391,d-1,LAPTOP-77,Windows 10 Enterprise,"
                      "10.0.19045,Windows,u-1,pat@example.gov,Pat Doe\n")
        << "intune" << "LAPTOP-77" << "Kaspersky Free" << "21.3.10.391" << 0;
    QTest::newRow("Intune portal export, display names")
        << QByteArray("\"Device name\",\"Application name\",\"Application publisher\",\"Application version\"\n"
                      "\"LAPTOP-78\",\"Kaspersky Security Cloud\",\"Kaspersky\",\"21.3.10.391\"\n")
        << "intune" << "LAPTOP-78" << "Kaspersky Security Cloud" << "21.3.10.391" << 0;
    QTest::newRow("Lansweeper report, semicolons")
        << QByteArray("AssetName;Domain;Software;Version;Publisher;IPLocation;OS;Lastseen\n"
                      "SRV-DC-01;CORP;Kaspersky Security 10.1 for Windows Server;10.1.2.996;AO Kaspersky Lab;"
                      "HQ;Win 2016;2024-03-01 10:00:00\n")
        << "lansweeper" << "SRV-DC-01" << "Kaspersky Security 10.1 for Windows Server" << "10.1.2.996" << 0;
    QTest::newRow("Kaspersky Security Center, tab-separated")
        << QByteArray("KLHST_WKS_HOSTNAME\tKLHST_WKS_DN\tDisplayName\tDisplayVersion\tPublisher\tInstallDate\n"
                      "0c1f2e3d-4b5a-6978-8796-a5b4c3d2e1f0\tWS-KSC-9\tKaspersky Security Center 13 Network Agent"
                      "\t13.2.0.1511\tAO Kaspersky Lab\t2022-05-04\n")
        << "ksc" << "WS-KSC-9" << "Kaspersky Security Center 13 Network Agent" << "13.2.0.1511" << 0;
    QTest::newRow("hand-made spreadsheet, pipes")
        << QByteArray("Computer Name|Program|Vendor|Version|Bureau\n"
                      "HR-LAPTOP-3|Kaspersky Password Manager|Kaspersky Lab|9.0.2|Human Resources\n")
        << "generic" << "HR-LAPTOP-3" << "Kaspersky Password Manager" << "9.0.2" << 0;
}

void TestImport::importsEachPresetsFile()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, preset);
    QFETCH(QString, system);
    QFETCH(QString, product);
    QFETCH(QString, version);
    QFETCH(int, skipped);
    const QString path = write(QStringLiteral("preset-%1.csv").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'),
                               file);
    ImportReport report;
    ReadError error;
    QVERIFY2(import(path, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.preset, preset);
    QCOMPARE(report.rowsSkipped, qint64(skipped));
    const QList<FindingRow> rows = m_store->findings().page(PageQuery{});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].system, system);
    QCOMPARE(rows[0].product, product);
    QCOMPARE(rows[0].version, version);
    QCOMPARE(rows[0].sourceLine, qint64(file.count('\n')));
}

void TestImport::normalisesHostNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper case") << "WS-0001" << "ws-0001";
    QTest::newRow("DNS suffix") << "ws-0001.corp.example.gov" << "ws-0001";
    QTest::newRow("NetBIOS domain") << "CORP\\WS-0001" << "ws-0001";
    QTest::newRow("machine account") << "WS-0001$" << "ws-0001";
    QTest::newRow("surrounding spaces") << "  WS-0001 " << "ws-0001";
    QTest::newRow("IPv4 address kept whole") << "10.1.2.3" << "10.1.2.3";
    QTest::newRow("empty") << "   " << "";
}

void TestImport::normalisesHostNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(normalizedHostName(name), expected);
}

// Names given to the index in order (each becomes a system unless the index finds it), and which of them end up
// as the same system.
void TestImport::matchesTheNetBiosForm_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("systemOf"); // for each name, the index of the first name of its system
    QTest::newRow("DNS name first, NetBIOS form later")
        << QStringList{QStringLiteral("finance-workstation-0042"), QStringLiteral("finance-worksta")}
        << QList<int>{0, 0};
    QTest::newRow("NetBIOS form first, full name later")
        << QStringList{QStringLiteral("finance-worksta"), QStringLiteral("finance-workstation-0042")}
        << QList<int>{0, 0};
    QTest::newRow("two long names sharing 15 characters stay two")
        << QStringList{QStringLiteral("build-server-2024-a"), QStringLiteral("build-server-2024-b"),
                       QStringLiteral("build-server-20")}
        << QList<int>{0, 1, 2};
    QTest::newRow("the truncated form claimed once only")
        << QStringList{QStringLiteral("build-server-20"), QStringLiteral("build-server-2024-a"),
                       QStringLiteral("build-server-2024-b")}
        << QList<int>{0, 0, 2};
    QTest::newRow("short names are never prefixes")
        << QStringList{QStringLiteral("ws-01"), QStringLiteral("ws-010")} << QList<int>{0, 1};
    QTest::newRow("an IPv6 address is not a NetBIOS name")
        << QStringList{QStringLiteral("fe80:0:0:0:0:0:0:1"), QStringLiteral("fe80:0:0:0:0:0:0:2"),
                       QStringLiteral("fe80:0:0:0:0:0:")}
        << QList<int>{0, 1, 2};
}

void TestImport::matchesTheNetBiosForm()
{
    QFETCH(QStringList, names);
    QFETCH(QList<int>, systemOf);
    SystemNameIndex index;
    QList<Id> ids;
    Id next = 100;
    for (const QString &name : names) {
        bool byNetBios = false;
        Id id = index.find(name, &byNetBios);
        if (!id)
            id = ++next;
        index.insert(name, id); // as the importer does, for new names and for names found another way
        ids.append(id);
    }
    for (int i = 0; i < names.size(); ++i)
        QVERIFY2(ids[i] == ids[systemOf[i]], qPrintable(names[i]));
    QCOMPARE(QSet<Id>(ids.cbegin(), ids.cend()).size(),
             QSet<int>(systemOf.cbegin(), systemOf.cend()).size());
}

void TestImport::netBiosFormIsOneSystemAcrossImports()
{
    const QString intune = write(QStringLiteral("intune.csv"),
                                 "Device name,Application name,Application publisher,Application version\n"
                                 "FINANCE-WORKSTATION-0042.corp.example.gov,Zoom,Zoom Video,5.16\n");
    const QString sccm = write(QStringLiteral("sccm.csv"), "Netbios_Name0,DisplayName0,Publisher0,Version0\n"
                                                           "FINANCE-WORKSTA,Kaspersky Anti-Virus,AO Kaspersky Lab,21.3\n");
    ImportReport report;
    ReadError error;
    QVERIFY2(import(intune, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.systemsNew, qint64(1));
    QVERIFY2(import(sccm, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.systemsNew, qint64(0));
    QCOMPARE(report.systemsSeenAgain, qint64(1));
    QCOMPARE(m_store->inventory().systemCount(), qint64(1));

    // Within one file a short and a long name are two machines (Linux hosts are not truncated).
    const QString servers = write(QStringLiteral("servers.csv"), "Hostname,Software,Publisher\n"
                                                                 "app-server-prod,Zoom,Zoom Video\n"
                                                                 "app-server-prod-dr,Zoom,Zoom Video\n");
    QVERIFY2(import(servers, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.systemsNew, qint64(2));

    // The short form, then one long name in a later import, then another long name sharing the 15 characters:
    // the first long name takes the short one, the second stays a system of its own.
    const QString shortForm = write(QStringLiteral("short.csv"), "Netbios_Name0,DisplayName0,Publisher0\n"
                                                                 "PAYROLL-LAPTOP-,Zoom,Zoom Video\n");
    const QString firstLong = write(QStringLiteral("long1.csv"), "Device name,Application name\n"
                                                                 "payroll-laptop-0001,Zoom\n");
    const QString secondLong = write(QStringLiteral("long2.csv"), "Device name,Application name\n"
                                                                  "payroll-laptop-0002,Zoom\n");
    QVERIFY2(import(shortForm, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.systemsNew, qint64(1));
    QVERIFY2(import(firstLong, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.systemsSeenAgain, qint64(1));
    QVERIFY2(import(secondLong, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.systemsNew, qint64(1));
    QCOMPARE(m_store->inventory().systemCount(), qint64(5));
}

void TestImport::importsAndKeepsSourceLines()
{
    const QString file = write(QStringLiteral("a.csv"), "Hostname,Software,Publisher,Version\n"
                                                        "WS-1,Kaspersky Anti-Virus,Kaspersky,21.3\n"
                                                        "WS-1,Google Chrome,Google LLC,118\n"
                                                        "ws-1.corp.example.gov,Zoom,Zoom Video,5.16\n"
                                                        "WS-2,Kaspersky Anti-Virus,Kaspersky,21.3\n");
    ImportReport report;
    ReadError error;
    QVERIFY2(import(file, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.rowsRead, qint64(4));
    QCOMPARE(report.rowsImported, qint64(4));
    QCOMPARE(report.systemsNew, qint64(2)); // WS-1 and its FQDN form are one system
    QCOMPARE(report.titlesNew, qint64(3));
    QCOMPARE(report.findingsNew, qint64(2));
    QCOMPARE(m_store->inventory().systemCount(), qint64(2));
    PageQuery q;
    q.search = QStringLiteral("WS-2");
    const QList<FindingRow> rows = m_store->findings().page(q);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().sourceLine, qint64(5));
    QVERIFY(rows.first().sourcePath.endsWith(QLatin1String("a.csv")));
}

void TestImport::reimportIsAScan()
{
    const QString first = write(QStringLiteral("scan1.csv"), "Hostname,Software,Publisher\n"
                                                             "WS-1,Kaspersky Anti-Virus,Kaspersky\n"
                                                             "WS-2,Google Chrome,Google LLC\n");
    // The second scan lists WS-2's Chrome twice: seen again once, the second row a repeat.
    const QString second = write(QStringLiteral("scan2.csv"), "Hostname,Software,Publisher\n"
                                                              "WS-2,Google Chrome,Google LLC\n"
                                                              "WS-3,Zoom,Zoom Video\n"
                                                              "WS-2,Google Chrome,Google LLC\n");
    ImportReport report;
    ReadError error;
    QVERIFY(import(first, &report, &error));
    QCOMPARE(report.installationsSeenAgain, qint64(0));
    QCOMPARE(report.rowsRepeated, qint64(0));
    QVERIFY(import(second, &report, &error));
    QCOMPARE(report.systemsNew, qint64(1));
    QCOMPARE(report.systemsSeenAgain, qint64(1));
    QCOMPARE(report.installationsNew, qint64(1));
    QCOMPARE(report.installationsSeenAgain, qint64(1));
    QCOMPARE(report.rowsRepeated, qint64(1));
    QVERIFY2(report.summary().contains(QLatin1String("1 row(s) repeat")) || report.summary().contains(QLatin1String("1 row repeat")),
             qPrintable(report.summary()));
    QCOMPARE(m_store->inventory().installationCount(), qint64(3));
    QCOMPARE(m_store->inventory().importSources().size(), 2);
}

void TestImport::rescanKeepsFindingsAndReferences()
{
    // The same machine twice, its rows in another order and with one more title the second time.
    const QString first = write(QStringLiteral("r1.csv"), "Hostname,Software,Publisher,Version\n"
                                                          "WS-1,Kaspersky Endpoint Security,AO Kaspersky Lab,11\n"
                                                          "WS-1,Google Chrome,Google LLC,120\n");
    const QString second = write(QStringLiteral("r2.csv"), "Hostname,Software,Publisher,Version\n"
                                                           "WS-1,Google Chrome,Google LLC,120\n"
                                                           "WS-2,Kaspersky Endpoint Security,AO Kaspersky Lab,11\n"
                                                           "WS-1,Kaspersky Endpoint Security,AO Kaspersky Lab,11\n");
    ImportReport report;
    ReadError error;
    QVERIFY2(import(first, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.findingsNew, qint64(1));
    QVERIFY2(import(second, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.installationsNew, qint64(1)); // WS-2's
    QCOMPARE(report.installationsSeenAgain, qint64(2));
    QCOMPARE(report.findingsNew, qint64(1)); // WS-2's; WS-1 keeps the one it had
    PageQuery all;
    all.limit = 10;
    QCOMPARE(m_store->findings().count(all), qint64(2));
    // WS-1's Kaspersky installation now points at the row of the second file that saw it.
    const QList<FindingRow> rows = m_store->findings().page(all);
    const auto ws1 = std::find_if(rows.cbegin(), rows.cend(), [](const FindingRow &r) {
        return r.system == QLatin1String("WS-1");
    });
    QVERIFY(ws1 != rows.cend());
    QVERIFY2(ws1->sourcePath.endsWith(QLatin1String("r2.csv")), qPrintable(ws1->sourcePath));
    QCOMPARE(ws1->sourceLine, qint64(4));
    // The import skips SQLite's reference checks and the write-ahead log for speed; every reference it wrote
    // must hold, and both are back afterwards.
    Statement check(m_store->database(), "SELECT count(*) FROM pragma_foreign_key_check");
    QVERIFY(check.next());
    QCOMPARE(check.int64(0), qint64(0));
    Statement fk(m_store->database(), "PRAGMA foreign_keys");
    QVERIFY(fk.next());
    QCOMPARE(fk.int64(0), qint64(1));
    Statement journal(m_store->database(), "PRAGMA journal_mode");
    QVERIFY(journal.next());
    QCOMPARE(journal.text(0), QStringLiteral("wal"));
}

void TestImport::unsortedRowsAreNotDuplicated()
{
    const QString file = write(QStringLiteral("unsorted.csv"), "Hostname,Software,Version\n"
                                                               "WS-1,Zoom,5\n"
                                                               "WS-2,Zoom,5\n"
                                                               "WS-1,Zoom,5\n"
                                                               "WS-1,Zoom,6\n");
    ImportReport report;
    ReadError error;
    QVERIFY(import(file, &report, &error));
    QCOMPARE(report.installationsNew, qint64(3));
    // Nothing was stored before this file: the repeated row is a repeat, not a second sighting.
    QCOMPARE(report.installationsSeenAgain, qint64(0));
    QCOMPARE(report.rowsRepeated, qint64(1));
    QCOMPARE(m_store->inventory().installationCount(), qint64(3));
    // The installation seen twice points at the later row, whatever order the writer stored them in.
    PageQuery q;
    q.limit = 10;
    bool found = false;
    for (const InventoryRow &row : m_store->inventory().inventoryPage(q)) {
        if (row.system == QLatin1String("WS-1") && row.version == QLatin1String("5")) {
            QCOMPARE(row.sourceLine, qint64(4));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestImport::skipsRowsWithReasons()
{
    const QString file = write(QStringLiteral("gaps.csv"), "Hostname,Software\n"
                                                           "WS-1,Zoom\n"
                                                           ",Zoom\n"
                                                           "WS-2,\n"
                                                           "WS-3,Chrome\n");
    ImportReport report;
    ReadError error;
    QVERIFY(import(file, &report, &error));
    QCOMPARE(report.rowsImported, qint64(2));
    QCOMPARE(report.rowsSkipped, qint64(2));
    QCOMPARE(report.issues.size(), 2);
    QCOMPARE(report.issues[0].line, qint64(3));
    QVERIFY(report.issues[0].reason.contains(QLatin1String("system")));
    QCOMPARE(report.issues[1].line, qint64(4));
    QVERIFY(report.issues[1].reason.contains(QLatin1String("software")));
    QVERIFY(report.summary().contains(QLatin1String("gaps.csv:3")));
}

// A row the reader refuses (here: more fields than a spreadsheet has columns) was read and skipped, so the
// counts add up: read = imported + skipped.
void TestImport::readerSkipsCountAsRead()
{
    QByteArray text = "Hostname,Software\nWS-1,Zoom\nWS-2";
    for (int i = 0; i < 16400; ++i)
        text += ",x";
    text += "\nWS-3,Chrome\n";
    const QString file = write(QStringLiteral("wide.csv"), text);
    ImportReport report;
    ReadError error;
    QVERIFY2(import(file, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.rowsImported, qint64(2));
    QCOMPARE(report.rowsSkipped, qint64(1));
    QCOMPARE(report.rowsRead, qint64(3));
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues[0].line, qint64(3));
    QVERIFY(report.issues[0].skipped);
}

// One line of an osquery result log holds every row of a query's snapshot: rows of a table Uproot does not read
// (here two processes) are one issue in the report but two rows read and skipped.
void TestImport::skippedLogRowsAreCountedEach()
{
    const QString log = write(
        QStringLiteral("osqueryd.results.log"),
        R"({"name":"processes","hostIdentifier":"h","snapshot":[{"pid":"1","name":"init","cmdline":""},{"pid":"2","name":"avp.exe","cmdline":""}]})"
        "\n"
        R"({"name":"programs","hostIdentifier":"h","snapshot":[{"name":"Kaspersky Endpoint Security for Windows","version":"11","publisher":"AO Kaspersky Lab","install_date":""}]})"
        "\n");
    ImportReport report;
    ReadError error;
    QVERIFY2(import(log, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.rowsImported, qint64(1));
    QCOMPARE(report.rowsSkipped, qint64(2));
    QCOMPARE(report.rowsRead, qint64(3));
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().rows, qint64(2));
    // Both rows are listed (in one issue), so nothing is "more".
    QVERIFY2(!report.summary().contains(QLatin1String("more skipped")), qPrintable(report.summary()));
    QVERIFY2(!report.summary().contains(QLatin1String("more warnings")), qPrintable(report.summary()));
}

// Warnings have their own cap, so thousands of them cannot push skipped rows off the list; skipped rows past
// their own cap are still counted and located.
void TestImport::reportListsSkipsPastWarnings()
{
    ImportReport report;
    report.path = QStringLiteral("big.csv");
    qint64 line = 1;
    for (int i = 0; i < 5000; ++i)
        report.addIssue(ReadIssue{++line, 0, QStringLiteral("a warning"), false});
    for (int i = 0; i < ImportReport::kMaxListedSkips + 500; ++i) {
        report.addIssue(ReadIssue{++line, 0, QStringLiteral("no system name"), true});
        ++report.rowsSkipped;
    }
    qint64 skipsListed = 0;
    for (const ReadIssue &i : std::as_const(report.issues))
        skipsListed += i.skipped ? 1 : 0;
    QCOMPARE(skipsListed, qint64(ImportReport::kMaxListedSkips));
    QCOMPARE(report.issues.size(), ImportReport::kMaxListedSkips + ImportReport::kMaxListedWarnings);
    QCOMPARE(report.issueCount, qint64(5000 + ImportReport::kMaxListedSkips + 500));
    QCOMPARE(report.firstUnlistedSkip, qint64(5001 + ImportReport::kMaxListedSkips + 1));
    QCOMPARE(report.lastUnlistedSkip, line);
    const QString summary = report.summary();
    QVERIFY2(summary.contains(QStringLiteral("500 more skipped rows, between lines %1 and %2")
                                  .arg(report.firstUnlistedSkip)
                                  .arg(line)),
             qPrintable(summary.right(300)));
    QVERIFY(summary.contains(QStringLiteral("4000 more warnings")));
}

void TestImport::remembersMappingForSameHeader()
{
    const QByteArray content = "Col A,Col B,Col C\nWS-1,Zoom,Zoom Video\n";
    const QString file = write(QStringLiteral("odd.csv"), content);
    ImportReport report;
    ReadError error;
    QVERIFY(!import(file, &report, &error));
    QCOMPARE(error.line, qint64(1));
    ColumnMapping mapping = ColumnMapping::fromHeader({QStringLiteral("Col A"), QStringLiteral("Col B"),
                                                       QStringLiteral("Col C")});
    mapping.setRole(0, ColumnRole::SystemName);
    mapping.setRole(1, ColumnRole::SoftwareName);
    mapping.setRole(2, ColumnRole::Publisher);
    ImportOptions options;
    options.mapping = mapping;
    QVERIFY2(import(file, &report, &error, nullptr, options), qPrintable(error.message()));
    // The next file with the same header is read with the mapping the person chose.
    const QString next = write(QStringLiteral("odd2.csv"), "Col A,Col B,Col C\nWS-9,Kaspersky Anti-Virus,Kaspersky\n");
    QVERIFY2(import(next, &report, &error), qPrintable(error.message()));
    QCOMPARE(report.findingsNew, qint64(1));
}

void TestImport::cancelLeavesProjectAsItWas()
{
    QByteArray big = "Hostname,Software,Publisher\n";
    for (int i = 0; i < 200000; ++i)
        big += "WS-" + QByteArray::number(i % 5000) + ",Title " + QByteArray::number(i % 700) + ",Kaspersky\n";
    const QString file = write(QStringLiteral("big.csv"), big);
    ImportReport report;
    ReadError error;
    CancelAfter cancel(1);
    QVERIFY(!import(file, &report, &error, &cancel));
    QVERIFY2(error.reason.contains(QLatin1String("cancel"), Qt::CaseInsensitive), qPrintable(error.message()));
    QCOMPARE(m_store->inventory().systemCount(), qint64(0));
    QCOMPARE(m_store->inventory().installationCount(), qint64(0));
    QCOMPARE(m_store->inventory().importSources().size(), 0);
    QCOMPARE(m_store->findings().affectedSystemCount(), qint64(0));
    QCOMPARE(m_store->integrityCheck(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
