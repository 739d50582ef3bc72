// Changing a directive's rules re-evaluates the findings at once, says what changed, and undoes; one inventory is
// checked against every directive the project follows.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/store/database.h"
#include "../support/schemasteps.h"
#include "model/store/findingstore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

class TestReevaluation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void removingARuleDropsItsFindingsAndUndoes();
    void keepsDismissedStateAcrossReevaluation();
    void decisionComesBackWithTheFinding();
    void exclusionsAreKeptInTheirOwnFilter();
    void sourceRowIsReadAsItWasImported();
    void upgradedFileIsReevaluatedOnce();
    void fileFromAnOlderDetectorIsReevaluatedOnce();
    void changedConfidenceUpdatesFindingsInPlace();
    void addedRuleFindsEveryInstallationOfItsTitle();
    void refusesABrokenDefinition();
    void checksOneInventoryAgainstSeveralDirectives();
    void findsCoveredHardwareInADeviceList();

private:
    QString definitionWithout(const QString &ruleId);
    qint64 findingCount(const QString &directive = {});

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

void TestReevaluation::init()
{
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("r%1.uproot").arg(++m_n)), QStringLiteral("bod-17-01"),
                                QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("inv%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Two titles covered by the publisher alias, one Linux package covered by package name only.
    f.write("Hostname,Software,Publisher,Version,Package\n"
            "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11,\n"
            "WS-2,Kaspersky Security Center 10 Network Agent,Kaspersky Lab ZAO,10.5,\n"
            "SRV-3,kesl,,11.4.0,kesl\n"
            "WS-4,Google Chrome,Google LLC,118,\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    QCOMPARE(findingCount(), qint64(3));
}

void TestReevaluation::cleanup()
{
    m_project.reset();
}

qint64 TestReevaluation::findingCount(const QString &directive)
{
    qint64 n = 0;
    m_project->findings().forEach({}, [&](const FindingRow &r) {
        if (directive.isEmpty() || r.directive == directive)
            ++n;
        return true;
    });
    return n;
}

QString TestReevaluation::definitionWithout(const QString &ruleId)
{
    QJsonObject def = QJsonDocument::fromJson(m_project->primaryDirective().definitionJson.toUtf8()).object();
    QJsonArray rules = def.value(QLatin1String("rules")).toArray();
    for (qsizetype i = rules.size() - 1; i >= 0; --i) {
        if (rules[i].toObject().value(QLatin1String("id")).toString() == ruleId)
            rules.removeAt(i);
    }
    def.insert(QStringLiteral("rules"), rules);
    return QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Compact));
}

void TestReevaluation::removingARuleDropsItsFindingsAndUndoes()
{
    const Id directive = m_project->primaryDirective().id;
    QSignalSpy spy(m_project.get(), &Project::reevaluated);
    QString error;
    QVERIFY2(m_project->changeDirective(directive, definitionWithout(QStringLiteral("package-kaspersky")), &error),
             qPrintable(error));
    QCOMPARE(spy.size(), 1);
    const ReevaluationResult result = spy.takeFirst().first().value<ReevaluationResult>();
    QCOMPARE(result.removed, qint64(1));
    QCOMPARE(result.added, qint64(0));
    QCOMPARE(findingCount(), qint64(2));

    m_project->undoStack()->undo();
    QCOMPARE(findingCount(), qint64(3));
    QCOMPARE(m_project->lastReevaluation().added, qint64(1));
    m_project->undoStack()->redo();
    QCOMPARE(findingCount(), qint64(2));
}

void TestReevaluation::keepsDismissedStateAcrossReevaluation()
{
    PageQuery q;
    q.search = QStringLiteral("WS-1");
    const FindingRow row = m_project->findings().page(q).value(0);
    QVERIFY(row.id);
    m_project->setFindingState(row.id, FindingState::FalsePositive, QStringLiteral("lab machine, not agency's"));
    ReevaluationResult result;
    QString error;
    QVERIFY(m_project->reevaluate(&result, &error));
    QCOMPARE(result.added, qint64(0));
    QCOMPARE(result.removed, qint64(0));
    const FindingRow after = m_project->findings().finding(row.id);
    QCOMPARE(toString(after.state), toString(FindingState::FalsePositive));
    QCOMPARE(after.reason, QStringLiteral("lab machine, not agency's"));
    m_project->undoStack()->undo();
    QCOMPARE(toString(m_project->findings().finding(row.id).state), toString(FindingState::Open));
}

// A rule change drops a finding the user had decided on; undoing the change brings the finding back with the
// decision, and the decision itself still undoes.
void TestReevaluation::decisionComesBackWithTheFinding()
{
    PageQuery q;
    q.search = QStringLiteral("SRV-3");
    const FindingRow row = m_project->findings().page(q).value(0);
    QVERIFY(row.id);
    m_project->setFindingState(row.id, FindingState::Exception, QStringLiteral("waiver 17-3"));
    QString error;
    QVERIFY2(m_project->changeDirective(row.directiveId, definitionWithout(QStringLiteral("package-kaspersky")),
                                        &error),
             qPrintable(error));
    QVERIFY(m_project->findings().page(q).isEmpty());

    m_project->undoStack()->undo(); // the rule change
    const FindingRow back = m_project->findings().page(q).value(0);
    QVERIFY(back.id);
    QCOMPARE(toString(back.state), toString(FindingState::Exception));
    QCOMPARE(back.reason, QStringLiteral("waiver 17-3"));

    m_project->undoStack()->undo(); // the exception, though its finding is a new row now
    QCOMPARE(toString(m_project->findings().page(q).value(0).state), toString(FindingState::Open));
    m_project->undoStack()->redo();
    QCOMPARE(toString(m_project->findings().page(q).value(0).state), toString(FindingState::Exception));
}

// A title the rules cover and an exclusion takes off again (BOD 17-01 excludes Threat Intelligence) is not a
// finding, gets no task, and is listed with both rules under its own state filter.
void TestReevaluation::exclusionsAreKeptInTheirOwnFilter()
{
    const QString csv = m_dir.filePath(QStringLiteral("ti%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version\n"
            "SOC-7,Kaspersky Threat Intelligence Portal Connector,AO Kaspersky Lab,2.0\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    QCOMPARE(report.findingsNew, qint64(0));
    QCOMPARE(report.titlesDetected, qint64(0));
    QCOMPARE(findingCount(), qint64(3));
    QCOMPARE(m_project->findings().countAll(), qint64(3));

    PageQuery excluded;
    excluded.stateFilter = QStringLiteral("excluded");
    const QList<FindingRow> rows = m_project->findings().page(excluded);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].system, QStringLiteral("SOC-7"));
    QCOMPARE(rows[0].rule, QStringLiteral("bod-17-01/exclude-threat-intelligence"));
    QVERIFY2(rows[0].matched.contains(QStringLiteral("AO Kaspersky Lab")), qPrintable(rows[0].matched));
    QVERIFY2(rows[0].matched.contains(QStringLiteral("excludes")), qPrintable(rows[0].matched));
    QCOMPARE(rows[0].sourceLine, qint64(2));

    // Nobody can dismiss or except what the directive itself excludes.
    m_project->setFindingState(rows[0].id, FindingState::FalsePositive, QStringLiteral("no"));
    QCOMPARE(toString(m_project->findings().finding(rows[0].id).state), toString(FindingState::Excluded));

    PlanResult plan;
    QString error;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    QCOMPARE(plan.systems, qint64(3));

    // Without the exclusion the title is an ordinary finding, counted as new; with it again, gone.
    const Id directive = m_project->primaryDirective().id;
    QJsonObject def = QJsonDocument::fromJson(m_project->primaryDirective().definitionJson.toUtf8()).object();
    QJsonArray rules = def.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject rule = rules[i].toObject();
        if (rule.value(QLatin1String("id")).toString() == QLatin1String("exclude-threat-intelligence")) {
            rule.insert(QStringLiteral("patterns"), QJsonArray{QStringLiteral("*no such service*")});
            rules[i] = rule;
        }
    }
    def.insert(QStringLiteral("rules"), rules);
    QVERIFY2(m_project->changeDirective(directive, QString::fromUtf8(QJsonDocument(def).toJson()), &error),
             qPrintable(error));
    QCOMPARE(m_project->lastReevaluation().added, qint64(1));
    QCOMPARE(m_project->lastReevaluation().removed, qint64(0));
    QCOMPARE(findingCount(), qint64(4));
    QVERIFY(m_project->findings().page(excluded).isEmpty());
    m_project->undoStack()->undo();
    QCOMPARE(m_project->lastReevaluation().removed, qint64(1));
    QCOMPARE(findingCount(), qint64(3));
    QCOMPARE(m_project->findings().page(excluded).size(), 1);
}

// A report with a title above its header, imported with the header line given: "show source row" reads the
// file with the same setting, so the row comes back under the real column names.
void TestReevaluation::sourceRowIsReadAsItWasImported()
{
    const QString csv = m_dir.filePath(QStringLiteral("titled%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Software report;generated 2017-10-01\n"
            "\n"
            "Device;Application;Vendor;Release\n"
            "LAB-9;Kaspersky Free;AO Kaspersky Lab;19.0\n");
    f.close();
    ImportOptions options;
    options.reader.headerLine = 3;
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, options, nullptr, &report, &readError), qPrintable(readError.message()));
    PageQuery q;
    q.search = QStringLiteral("LAB-9");
    const FindingRow row = m_project->findings().page(q).value(0);
    QVERIFY(row.id);
    QCOMPARE(row.sourceLine, qint64(4));
    QStringList header;
    QStringList fields;
    QString error;
    QVERIFY2(m_project->readSourceRow(row, &header, &fields, &error), qPrintable(error));
    QCOMPARE(header, QStringList({QStringLiteral("Device"), QStringLiteral("Application"), QStringLiteral("Vendor"),
                                  QStringLiteral("Release")}));
    QCOMPARE(fields, QStringList({QStringLiteral("LAB-9"), QStringLiteral("Kaspersky Free"),
                                  QStringLiteral("AO Kaspersky Lab"), QStringLiteral("19.0")}));
}

// A version-2 file kept no excluded findings; opened by this version, detection runs over it once, so the
// excluded title is listed and later imports of it keep every installation's finding.
void TestReevaluation::upgradedFileIsReevaluatedOnce()
{
    const QString csv = m_dir.filePath(QStringLiteral("old%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version\nSOC-1,Kaspersky Threat Intelligence Portal,AO Kaspersky Lab,2.4\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    const QString path = m_project->path();
    // Back to the version-2 shape: no decisions table, no title kind, no excluded findings.
    m_project.reset();
    {
        Database db;
        QString why;
        QVERIFY2(db.open(path, false, false, &why), qPrintable(why));
        QVERIFY(db.exec(testsupport::kBackFromVersion8));
        QVERIFY(db.exec(testsupport::kBackFromVersion7));
        QVERIFY(db.exec(testsupport::kBackFromVersion6));
        QVERIFY(db.exec(testsupport::kBackFromVersion5));
        QVERIFY(db.exec(testsupport::kBackFromVersion4));
        QVERIFY(db.exec("DELETE FROM findings WHERE state = 'excluded';"
                        "DROP TABLE finding_decisions;"
                        "ALTER TABLE software_titles DROP COLUMN kind;"
                        "PRAGMA user_version = 2"));
    }
    QString error;
    m_project = Project::open(path, false, &error);
    QVERIFY2(m_project, qPrintable(error));
    PageQuery excluded;
    excluded.stateFilter = QStringLiteral("excluded");
    QCOMPARE(m_project->findings().page(excluded).size(), 1);
    QCOMPARE(m_project->settings().value(QStringLiteral("reevaluate-on-open")), QString());
}

void TestReevaluation::fileFromAnOlderDetectorIsReevaluatedOnce()
{
    // A Linux server exported with the package manager's text in the software-name column: the detector
    // before version 2 found nothing there.
    const QString csv = m_dir.filePath(QStringLiteral("linux%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version\nLNX-7,klnagent64-14.0.0-4490.x86_64,,14.0.0\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    QCOMPARE(findingCount(), qint64(4));
    QCOMPARE(m_project->settings().value(QStringLiteral("detector-version")), QStringLiteral("2"));
    const QString path = m_project->path();
    m_project.reset();
    // As an older program left the file: no finding on LNX-7 and no detector version.
    const auto forgetLinuxFinding = [&](bool keepVersion) {
        Database db;
        QString why;
        QVERIFY2(db.open(path, false, false, &why), qPrintable(why));
        QVERIFY(db.exec("DELETE FROM findings WHERE installation_id IN (SELECT i.id FROM installations i "
                        "JOIN systems s ON s.id = i.system_id WHERE s.name = 'LNX-7')"));
        if (!keepVersion)
            QVERIFY(db.exec("DELETE FROM settings WHERE key = 'detector-version'"));
    };
    forgetLinuxFinding(false);

    // Opened read-only, the file is shown as it is.
    QString error;
    m_project = Project::open(path, true, &error);
    QVERIFY2(m_project, qPrintable(error));
    QCOMPARE(findingCount(), qint64(3));
    m_project.reset();

    // Opened for writing, detection runs again once and records its version.
    m_project = Project::open(path, false, &error);
    QVERIFY2(m_project, qPrintable(error));
    QCOMPARE(findingCount(), qint64(4));
    PageQuery q;
    q.search = QStringLiteral("LNX-7");
    const FindingRow row = m_project->findings().page(q).value(0);
    QCOMPARE(toString(row.confidence), toString(Confidence::Confirmed));
    QCOMPARE(row.rule, QStringLiteral("bod-17-01/package-kaspersky"));
    QVERIFY2(row.matched.contains(
                 QStringLiteral("from the rpm form \"klnagent64-14.0.0-4490.x86_64\" in the name")),
             qPrintable(row.matched));
    QCOMPARE(m_project->settings().value(QStringLiteral("detector-version")), QStringLiteral("2"));
    m_project.reset();

    // Once: with the version recorded, the next open leaves the findings alone.
    forgetLinuxFinding(true);
    m_project = Project::open(path, false, &error);
    QVERIFY2(m_project, qPrintable(error));
    QCOMPARE(findingCount(), qint64(3));
}

void TestReevaluation::changedConfidenceUpdatesFindingsInPlace()
{
    // SRV-3's kesl is covered by its package name alone (WS-1's product would fall back on its name rule).
    PageQuery q;
    q.search = QStringLiteral("SRV-3");
    const FindingRow row = m_project->findings().page(q).value(0);
    QCOMPARE(toString(row.confidence), toString(Confidence::Confirmed));
    QCOMPARE(row.rule, QStringLiteral("bod-17-01/package-kaspersky"));
    m_project->setFindingState(row.id, FindingState::Exception, QStringLiteral("waiver 17-3"));
    QJsonObject def = QJsonDocument::fromJson(m_project->primaryDirective().definitionJson.toUtf8()).object();
    QJsonArray rules = def.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject rule = rules[i].toObject();
        if (u"bod-17-01/" + rule.value(QLatin1String("id")).toString() == row.rule) {
            rule.insert(QStringLiteral("confidence"), QStringLiteral("needs-review"));
            rules[i] = rule;
        }
    }
    def.insert(QStringLiteral("rules"), rules);
    QString error;
    QVERIFY2(m_project->changeDirective(m_project->primaryDirective().id,
                                        QString::fromUtf8(QJsonDocument(def).toJson()), &error),
             qPrintable(error));
    QCOMPARE(m_project->lastReevaluation().added, qint64(0));
    QCOMPARE(m_project->lastReevaluation().removed, qint64(0));
    const FindingRow after = m_project->findings().finding(row.id); // the same finding, not a new one
    QCOMPARE(toString(after.confidence), toString(Confidence::NeedsReview));
    QCOMPARE(after.rule, row.rule);
    QCOMPARE(toString(after.state), toString(FindingState::Exception));
    QCOMPARE(after.reason, QStringLiteral("waiver 17-3"));
    m_project->undoStack()->undo();
    QCOMPARE(toString(m_project->findings().finding(row.id).confidence), toString(Confidence::Confirmed));
}

void TestReevaluation::addedRuleFindsEveryInstallationOfItsTitle()
{
    // Chrome on a second machine, imported after the first inventory: the new rule must find both.
    const QString csv = m_dir.filePath(QStringLiteral("more%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version\nWS-5,Google Chrome,Google LLC,118\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    QJsonObject def = QJsonDocument::fromJson(m_project->primaryDirective().definitionJson.toUtf8()).object();
    QJsonArray rules = def.value(QLatin1String("rules")).toArray();
    rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("test-google")},
                             {QStringLiteral("kind"), QStringLiteral("publisher")},
                             {QStringLiteral("confidence"), QStringLiteral("needs-review")},
                             {QStringLiteral("description"), QStringLiteral("Google's software, for this test.")},
                             {QStringLiteral("patterns"), QJsonArray{QStringLiteral("google llc")}}});
    def.insert(QStringLiteral("rules"), rules);
    QString error;
    QVERIFY2(m_project->changeDirective(m_project->primaryDirective().id,
                                        QString::fromUtf8(QJsonDocument(def).toJson()), &error),
             qPrintable(error));
    QCOMPARE(m_project->lastReevaluation().added, qint64(2));
    QCOMPARE(findingCount(), qint64(5));
    PageQuery q;
    q.search = QStringLiteral("Chrome");
    const QList<FindingRow> rows = m_project->findings().page(q);
    QCOMPARE(rows.size(), 2);
    for (const FindingRow &r : rows)
        QCOMPARE(r.rule, QStringLiteral("bod-17-01/test-google"));
    m_project->undoStack()->undo();
    QCOMPARE(findingCount(), qint64(3));
}

void TestReevaluation::refusesABrokenDefinition()
{
    const DirectiveRecord before = m_project->primaryDirective();
    QJsonObject def = QJsonDocument::fromJson(before.definitionJson.toUtf8()).object();
    QJsonArray rules = def.value(QLatin1String("rules")).toArray();
    QJsonObject bad{{QStringLiteral("id"), QStringLiteral("bad-regex")},
                    {QStringLiteral("kind"), QStringLiteral("product-name")},
                    {QStringLiteral("syntax"), QStringLiteral("regex")},
                    {QStringLiteral("patterns"), QJsonArray{QStringLiteral("(unclosed")}}};
    rules.append(bad);
    def.insert(QStringLiteral("rules"), rules);
    QString error;
    QVERIFY(!m_project->changeDirective(before.id, QString::fromUtf8(QJsonDocument(def).toJson()), &error));
    QVERIFY2(!error.isEmpty(), "the error says what is wrong");
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(m_project->primaryDirective().definitionJson, before.definitionJson);
    QCOMPARE(findingCount(), qint64(3));
}

void TestReevaluation::checksOneInventoryAgainstSeveralDirectives()
{
    const QString second = QStringLiteral("bis-2024-kaspersky");
    QVERIFY(m_catalog.contains(second));
    ReevaluationResult result;
    QString error;
    QVERIFY2(m_project->follow(second, QDate(), m_catalog, &result, &error), qPrintable(error));
    QCOMPARE(m_project->directives().size(), 2);
    QVERIFY(result.added >= 2);
    QCOMPARE(findingCount(QStringLiteral("bod-17-01")), qint64(3));
    QCOMPARE(findingCount(second), result.added);
    // Milestones of both directives are in the project.
    QStringList codes;
    for (const DirectiveRecord &d : m_project->directives())
        codes << d.code;
    QVERIFY(codes.contains(second));
    QVERIFY(!m_project->directiveRecords().milestones(m_project->directives().at(1).id).isEmpty());
}

// Section 889 covers equipment: a device list (maker and model, no software) is imported as hardware and
// matched by the directive's hardware vendor and model rules.
void TestReevaluation::findsCoveredHardwareInADeviceList()
{
    ReevaluationResult result;
    QString error;
    QVERIFY2(m_project->follow(QStringLiteral("far-889"), QDate(), m_catalog, &result, &error), qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("devices%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Device Name,Manufacturer,Model,IP Address\n"
            "CAM-LOBBY-1,\"Hangzhou Hikvision Digital Technology Co., Ltd.\",DS-2CD2142FWD-I,10.0.0.11\n"
            "CAM-DOCK-2,Axis Communications AB,P3245-V,10.0.0.12\n"
            "NVR-3,Generic Security Corp,DS-7608NI-K2,10.0.0.13\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    QCOMPARE(report.rowsImported, qint64(3));
    QCOMPARE(report.rowsSkipped, qint64(0));

    PageQuery q;
    q.directiveFilter = QStringLiteral("far-889");
    QHash<QString, FindingRow> bySystem;
    for (const FindingRow &r : m_project->findings().page(q))
        bySystem.insert(r.system, r);
    QCOMPARE(bySystem.size(), 2);
    const FindingRow camera = bySystem.value(QStringLiteral("CAM-LOBBY-1"));
    QCOMPARE(camera.product, QStringLiteral("DS-2CD2142FWD-I"));
    QCOMPARE(camera.rule, QStringLiteral("far-889/hardware-hytera-hikvision-dahua"));
    QCOMPARE(toString(camera.confidence), toString(Confidence::Confirmed));
    QVERIFY2(camera.matched.contains(QStringLiteral("hardware vendor")), qPrintable(camera.matched));
    const FindingRow recorder = bySystem.value(QStringLiteral("NVR-3"));
    QCOMPARE(recorder.rule, QStringLiteral("far-889/hardware-model-hikvision"));
    QCOMPARE(toString(recorder.confidence), toString(Confidence::NeedsReview));
    QVERIFY(!bySystem.contains(QStringLiteral("CAM-DOCK-2")));

    // Re-evaluation sees the same devices as hardware.
    ReevaluationResult again;
    QVERIFY2(m_project->reevaluate(&again, &error), qPrintable(error));
    QCOMPARE(again.added, qint64(0));
    QCOMPARE(again.removed, qint64(0));

    // Section 889 sets no begin-removal date: its devices are planned from its issue date, and a second plan on
    // another day keeps those dates (work not done shows as overdue rather than moving along).
    QDate issued;
    for (const DirectiveRecord &d : m_project->directives()) {
        if (d.code == QLatin1String("far-889"))
            issued = d.issued;
    }
    QVERIFY(issued.isValid());
    PlanResult plan;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    QVERIFY2(plan.projectedFinish >= issued && plan.projectedFinish < issued.addDays(30),
             qPrintable(plan.projectedFinish.toString(Qt::ISODate)));
    PlanResult again2;
    QVERIFY2(m_project->plan(&again2, &error), qPrintable(error));
    QCOMPARE(again2.projectedFinish, plan.projectedFinish);
}

QTEST_GUILESS_MAIN(TestReevaluation)
#include "tst_reevaluation.moc"
