// The demo project end to end in the model: the generator's covered systems are all found, its near-misses
// none, and every affected system gets the template's tasks.
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/import/hostname.h"
#include "model/planning/tasktemplates.h"
#include "model/project/project.h"
#include "model/readers/readerfactory.h"
#include "model/readers/recordreader.h"
#include "model/store/findingstore.h"
#include "model/store/inventorystore.h"
#include "model/store/taskstore.h"

#include <QDir>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void generatorIsSeeded();
    void detectsEveryCoveredSystem();
    void flagsNoNearMiss();
    void everyAffectedSystemHasTasks();
    void laterScanVerifiesRemovalsAndFlagsOneBack(); // imports the later scan: keep it last

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    DemoInventoryStats m_stats;
};

void TestDemo::initTestCase()
{
    QString error;
    m_project = buildDemoProject(m_dir.filePath(QStringLiteral("demo.uproot")), DirectiveCatalog::builtin(),
                                 &m_stats, nullptr, &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestDemo::generatorIsSeeded()
{
    DemoInventoryStats a, b, c;
    QString error;
    QVERIFY(DemoInventory(7, 200).write(m_dir.filePath(QStringLiteral("a.csv")), &a, &error));
    QVERIFY(DemoInventory(7, 200).write(m_dir.filePath(QStringLiteral("b.csv")), &b, &error));
    QVERIFY(DemoInventory(8, 200).write(m_dir.filePath(QStringLiteral("c.csv")), &c, &error));
    QCOMPARE(a.coveredSystemNames, b.coveredSystemNames);
    QCOMPARE(a.rows, b.rows);
    QVERIFY(a.coveredSystemNames != c.coveredSystemNames);
    // A believable demo: thousands of systems, a few percent affected.
    QVERIFY(m_stats.systems >= 2000);
    QVERIFY(m_stats.systemsWithVendorProducts > m_stats.systems / 100);
    QVERIFY(m_stats.systemsWithVendorProducts < m_stats.systems / 10);
}

void TestDemo::detectsEveryCoveredSystem()
{
    QSet<QString> expected;
    for (const QString &name : m_stats.coveredSystemNames)
        expected.insert(normalizedHostName(name));
    QSet<QString> found;
    const DirectiveRecord bod = m_project->primaryDirective();
    QCOMPARE(bod.code, QStringLiteral("bod-17-01"));
    for (const AffectedSystemRow &s : m_project->findings().affectedSystems(bod.id))
        found.insert(normalizedHostName(s.name));
    QCOMPARE(found.size(), expected.size());
    QCOMPARE(found, expected);
    QCOMPARE(m_project->inventory().systemCount(), qint64(m_stats.systems));
}

void TestDemo::flagsNoNearMiss()
{
    QVERIFY(!m_stats.nearMissTitles.isEmpty());
    int nearMissRows = 0;
    for (const QString &title : m_stats.nearMissTitles) {
        PageQuery q;
        q.search = title;
        nearMissRows += int(m_project->inventory().countInventory(q));
        QCOMPARE(m_project->findings().count(q), qint64(0));
    }
    QVERIFY2(nearMissRows >= m_stats.nearMissTitles.size(), "every near-miss is in the inventory");
    // The vendor's own test library and the excluded service are kept, with the rule that took each off.
    PageQuery excluded;
    excluded.stateFilter = QStringLiteral("excluded");
    QStringList rules;
    for (const FindingRow &r : m_project->findings().page(excluded))
        rules << r.rule;
    rules.removeDuplicates();
    rules.sort();
    QCOMPARE(rules, QStringList({QStringLiteral("bod-17-01/exclude-threat-intelligence"),
                                 QStringLiteral("bod-17-01/fp-android-test-libraries-name")}));
}

void TestDemo::everyAffectedSystemHasTasks()
{
    const TaskTemplates templates = TaskTemplates::builtin();
    const DirectiveRecord bod = m_project->primaryDirective();
    const auto progress = m_project->tasks().progressBySystem(bod.id);
    const QList<AffectedSystemRow> affected = m_project->findings().affectedSystems(bod.id);
    QCOMPARE(progress.size(), affected.size());
    for (const AffectedSystemRow &s : affected) {
        QVERIFY(progress.contains(s.systemId));
        // Each system has the steps of the template for its kind: a Linux server's package removal, a management
        // server's decommissioning, the default removal otherwise.
        const qsizetype steps = templates.forSystem(bod.code, s.kind).steps().size();
        QVERIFY(steps >= 5);
        QCOMPARE(progress.value(s.systemId).total, qint64(steps));
        // Removal work is scheduled on or after day 90 of the directive.
        QVERIFY(progress.value(s.systemId).due >= QDate(2017, 12, 12));
    }
    QVERIFY(m_project->tasks().countByStatus(TaskStatus::Done) > 0);
    // The demo's kinds reach the templates: Linux and management servers have steps of their own.
    QSet<QString> kinds;
    for (const AffectedSystemRow &s : affected)
        kinds.insert(s.kind);
    QVERIFY(kinds.contains(QStringLiteral("linux")));
    QVERIFY(kinds.contains(QStringLiteral("management server")));
    QVERIFY(templates.forSystem(bod.code, QStringLiteral("linux")).identifier() == QLatin1String("linux-removal"));
    QVERIFY(templates.forSystem(bod.code, QStringLiteral("management server")).identifier()
            == QLatin1String("management-server-removal"));
    QVERIFY(templates.forSystem(QStringLiteral("omb-m-23-13"), QString()).identifier()
            == QLatin1String("mobile-app-removal"));
    QVERIFY(templates.forSystem(QStringLiteral("far-889"), QStringLiteral("server")).identifier()
            == QLatin1String("hardware-replacement"));
    QVERIFY(templates.forSystem(bod.code, QStringLiteral("workstation")).identifier()
            == QLatin1String("default-removal"));
}

namespace {
// The rows of a demo CSV as "host|software|version" (the demo inventory's columns 0, 5 and 7).
QSet<QString> rowsOf(const QString &csv)
{
    QSet<QString> rows;
    ReadError error;
    std::unique_ptr<RecordReader> reader = openReader(csv, QStringLiteral("csv"), &error);
    if (!reader || !reader->open())
        return rows;
    reader->read(
        [&](const SourceRecord &r) {
            rows.insert(r.fields.value(0) + u'|' + r.fields.value(5) + u'|' + r.fields.value(7));
            return true;
        },
        [](const ReadIssue &) {}, nullptr);
    return rows;
}
} // namespace

// The demo's scans, replayed by the test from the files with the rule of issue 12 (a scan that lists a system
// verifies the removal of a covered product it no longer shows, and flags one it shows again after that), give
// the states the project reports, before and after the later scan is imported.
void TestDemo::laterScanVerifiesRemovalsAndFlagsOneBack()
{
    const DirectiveRecord bod = m_project->primaryDirective();
    QStringList keys; // the covered rows, as the findings name them
    m_project->findings().forEach({}, [&](const FindingRow &f) {
        if (f.directiveId == bod.id)
            keys.append(f.system + u'|' + f.product + u'|' + f.version);
        return true;
    });
    QVERIFY(!keys.isEmpty());
    const QStringList scans = QDir(m_dir.path()).entryList({QStringLiteral("demo-scan-*.csv")}, QDir::Files,
                                                          QDir::Name);
    QCOMPARE(scans.size(), 3); // two imported during the removal, the later one beside them
    QVERIFY(m_stats.laterScan.endsWith(scans.last()));
    QMap<QString, QString> state; // key -> "removed" or "reappeared"; absent: as found
    qint64 lastRemovals = 0;
    qint64 lastReappearances = 0;
    auto replay = [&](const QString &file) {
        const QSet<QString> rows = rowsOf(m_dir.filePath(file));
        QSet<QString> hosts;
        for (const QString &row : rows)
            hosts.insert(row.section(u'|', 0, 0));
        lastRemovals = lastReappearances = 0;
        for (const QString &key : std::as_const(keys)) {
            if (!hosts.contains(key.section(u'|', 0, 0)))
                continue;
            const QString was = state.value(key);
            if (!rows.contains(key) && was != QLatin1String("removed")) {
                state.insert(key, QStringLiteral("removed"));
                ++lastRemovals;
            } else if (rows.contains(key) && was == QLatin1String("removed")) {
                state.insert(key, QStringLiteral("reappeared"));
                ++lastReappearances;
            }
        }
    };
    auto count = [&](const char *which) {
        return qint64(std::count(state.cbegin(), state.cend(), QString::fromLatin1(which)));
    };
    // The story speaks of systems: a system can carry the product and its Network Agent, two findings.
    auto systemsIn = [&](const char *which) {
        QSet<QString> hosts;
        for (auto it = state.cbegin(); it != state.cend(); ++it) {
            if (it.value() == QLatin1String(which))
                hosts.insert(it.key().section(u'|', 0, 0));
        }
        return hosts.size();
    };
    auto reported = [&](const char *which) {
        PageQuery q;
        q.asOf = m_project->asOf();
        q.stateFilter = QString::fromLatin1(which);
        q.directiveFilter = bod.code;
        return m_project->findings().count(q);
    };
    replay(scans.at(0));
    replay(scans.at(1));
    // The story as of the status date: removals verified, and one product back.
    QCOMPARE(m_project->asOf(), QDate(2018, 1, 16));
    QCOMPARE(systemsIn("reappeared"), 1);
    QVERIFY(count("removed") > 0);
    QCOMPARE(reported("removed"), count("removed"));
    QCOMPARE(reported("reappeared"), count("reappeared"));

    const int reappearedBefore = systemsIn("reappeared");
    replay(scans.at(2));
    ImportReport report;
    ReadError error;
    QVERIFY2(m_project->importFile(m_stats.laterScan, {}, nullptr, &report, &error), qPrintable(error.message()));
    // Dated by its file, on the status date, so it counts at once.
    QCOMPARE(report.scannedAt, QDate(2018, 1, 16));
    QVERIFY(lastRemovals > 0);
    QVERIFY(lastReappearances > 0);
    QCOMPARE(systemsIn("reappeared"), reappearedBefore + 1); // one more system with its product back
    QCOMPARE(report.removalsVerified, lastRemovals);
    QCOMPARE(report.reappearances, lastReappearances);
    QCOMPARE(reported("removed"), count("removed"));
    QCOMPARE(reported("reappeared"), count("reappeared"));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
