// The plan of action exported from a project: what the planner entered (agency, point of contact, mission
// function per component, contracts, controls, replacements, challenges, costs) is what the PDF says, under
// each element's heading, and the affected systems' host names are printed whole.

#include "pdftools.h"

#include "model/detection/directivecatalog.h"
#include "model/project/documentexport.h"
#include "model/project/planofactionfield.h"
#include "model/project/project.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace uproot;

using F = PlanOfActionField;

namespace {
const QString kLongHost = QStringLiteral("kasp-agent-0042.field-operations.region-east.example.gov");
}

class TestPlanOfActionExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enteredFieldsAppearUnderTheirElements_data();
    void enteredFieldsAppearUnderTheirElements();
    void undoneFieldsReadNotRecordedAgain();
    void longHostNameAppearsWhole();
    void statusReportsRunToThePlansFinish();

private:
    QString exportText(const QString &name);

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
};

void TestPlanOfActionExport::initTestCase()
{
    if (!test::havePdfTools())
        QSKIP("poppler-utils (pdfinfo, pdftotext, pdffonts) are not installed");
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("plan.uproot")), QStringLiteral("bod-17-01"),
                                QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("inventory.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version,Component\n");
    f.write(kLongHost.toUtf8() +
            ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11,Bureau A\n");
    f.write("WS-2,Kaspersky Security Center 10 Network Agent,Kaspersky Lab ZAO,10.5,Bureau B\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));

    const QList<PlanOfActionValue> values = {
        {{F::Agency, {}}, QStringLiteral("Department of Example Affairs")},
        {{F::ContactName, {}}, QStringLiteral("Jane Q. Planner")},
        {{F::ContactPhone, {}}, QStringLiteral("202-555-0143")},
        {{F::ContactEmail, {}}, QStringLiteral("jane.planner@example.gov")},
        {{F::MissionFunction, QStringLiteral("Bureau A")}, QStringLiteral("Benefits processing")},
        {{F::MissionFunction, QStringLiteral("Bureau B")}, QStringLiteral("Payroll for field staff")},
        {{F::Contracts, {}}, QStringLiteral("Reseller agreement GS-35F-0001X ends March 31, 2018.")},
        {{F::SecurityControls, {}}, QStringLiteral("Anti-malware (SI-3) on every workstation.")},
        {{F::ReplacementProducts, {}}, QStringLiteral("Microsoft Defender for Endpoint.")},
        {{F::ReplacementTimeline, {}}, QStringLiteral("Passive mode from December 12, 2017.")},
        {{F::Challenges, {}}, QStringLiteral("Password-protected agents need the KSC policy changed first.")},
        {{F::Costs, {}}, QStringLiteral("No new licence cost; 120 staff hours.")},
    };
    QVERIFY2(m_project->setPlanOfActionFields(values, &error), qPrintable(error));
    QVERIFY(emptyPlanOfActionFields(*m_project).isEmpty());
}

QString TestPlanOfActionExport::exportText(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!exportDocument(*m_project, QStringLiteral("plan"), path, &error)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    return test::pdfText(path);
}

void TestPlanOfActionExport::enteredFieldsAppearUnderTheirElements_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("value");
    QTest::newRow("a") << QStringLiteral("(a) Agency name")
                       << QStringLiteral("Department of Example Affairs");
    QTest::newRow("b name") << QStringLiteral("(b) Point of contact")
                            << QStringLiteral("Name Jane Q. Planner");
    QTest::newRow("b phone") << QStringLiteral("(b) Point of contact")
                             << QStringLiteral("Phone 202-555-0143");
    QTest::newRow("b email") << QStringLiteral("(b) Point of contact")
                             << QStringLiteral("Email jane.planner@example.gov");
    QTest::newRow("g Bureau A") << QStringLiteral("(g) Mission function of the affected endpoints")
                                << QStringLiteral("Bureau A Benefits processing");
    QTest::newRow("g Bureau B") << QStringLiteral("(g) Mission function of the affected endpoints")
                                << QStringLiteral("Bureau B Payroll for field staff");
    QTest::newRow("h") << QStringLiteral("(h) Contracts, service-level agreements and other agreements")
                       << QStringLiteral("Reseller agreement GS-35F-0001X ends March 31, 2018.");
    QTest::newRow("j") << QStringLiteral("(j) Security controls affected by removal")
                       << QStringLiteral("Anti-malware (SI-3) on every workstation.");
    QTest::newRow("k") << QStringLiteral("(k) Replacement products or capabilities")
                       << QStringLiteral("Microsoft Defender for Endpoint.");
    QTest::newRow("l") << QStringLiteral("(l) Timeline for deploying replacements")
                       << QStringLiteral("Passive mode from December 12, 2017.");
    QTest::newRow("m") << QStringLiteral("(m) Foreseeable challenges")
                       << QStringLiteral("Password-protected agents need the KSC policy changed first.");
    QTest::newRow("n") << QStringLiteral("(n) Costs")
                       << QStringLiteral("No new licence cost; 120 staff hours.");
}

void TestPlanOfActionExport::enteredFieldsAppearUnderTheirElements()
{
    QFETCH(QString, heading);
    QFETCH(QString, value);
    static const QString text = exportText(QStringLiteral("plan.pdf")).simplified();
    QVERIFY(!text.isEmpty());
    // The value follows its own heading, before the next element's.
    const qsizetype at = text.indexOf(heading);
    QVERIFY2(at >= 0, qPrintable(heading));
    const qsizetype next = text.indexOf(QRegularExpression(QStringLiteral("\\([a-n]\\) ")), at + 4);
    const QString section = text.mid(at, next < 0 ? -1 : next - at);
    QVERIFY2(section.contains(value), qPrintable(section));
    QVERIFY(!text.contains(QStringLiteral("Not recorded in the project submits")));
}

void TestPlanOfActionExport::undoneFieldsReadNotRecordedAgain()
{
    QString error;
    QVERIFY(m_project->setPlanOfActionFields({{{F::Costs, {}}, QString()}}, &error));
    QCOMPARE(emptyPlanOfActionFields(*m_project).size(), 1);
    QVERIFY(exportText(QStringLiteral("plan-no-costs.pdf"))
                .simplified()
                .contains(QStringLiteral("(n) Costs Not recorded in the project")));
    m_project->undoStack()->undo();
    QVERIFY(exportText(QStringLiteral("plan-costs-again.pdf"))
                .simplified()
                .contains(QStringLiteral("(n) Costs No new licence cost; 120 staff hours.")));
}

void TestPlanOfActionExport::longHostNameAppearsWhole()
{
    const QString text = exportText(QStringLiteral("plan-hosts.pdf"));
    const qsizetype appendix = text.indexOf(QStringLiteral("Appendix A. Affected systems"));
    QVERIFY(appendix >= 0);
    QVERIFY2(text.indexOf(kLongHost, appendix) > appendix, qPrintable(text.mid(appendix)));
}


void TestPlanOfActionExport::statusReportsRunToThePlansFinish()
{
    const auto storedReports = [&] {
        QStringList titles;
        for (const MilestoneRecord &m : m_project->directiveRecords().milestones(m_project->primaryDirective().id)) {
            if (m.kind == QLatin1String("status-report"))
                titles.append(m.title);
        }
        return titles;
    };
    const auto listedReports = [](const QString &text) {
        return int(text.count(QStringLiteral("Status report to DHS")));
    };
    // Without a plan the milestones run for a fixed span; the plan lists the first four.
    QVERIFY(!m_project->hasPlan());
    QVERIFY(storedReports().size() > 4);
    QCOMPARE(listedReports(exportText(QStringLiteral("plan-unplanned.pdf"))), 4);
    // Removal starting in June 2018 runs the monthly reports from January past May: every one is listed.
    PlanResult result;
    QString error;
    QVERIFY2(m_project->plan({QDate(2018, 6, 1), QDate(2018, 6, 29)}, &result, &error), qPrintable(error));
    const QStringList reports = storedReports();
    QVERIFY2(reports.size() > 4, qPrintable(reports.join(u',')));
    const QString text = exportText(QStringLiteral("plan-planned.pdf"));
    QCOMPARE(listedReports(text), reports.size());
    QVERIFY(text.contains(reports.last()));
    m_project->undoStack()->undo();
    QVERIFY(!m_project->hasPlan());
}

QTEST_MAIN(TestPlanOfActionExport)
#include "tst_planofactionexport.moc"
