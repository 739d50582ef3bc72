// Plan data on systems and the teams: recorded by commands (one undoable step for any number of systems, an
// audit line per change), loaded from an assignment file with each row that gives nothing reported by line.
#include "model/detection/directivecatalog.h"
#include "model/project/planassignment.h"
#include "model/project/project.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

class TestPlanData : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void bulkEditIsOneStepWithAnAuditLineEach();
    void valuesAreCheckedAndNormalised_data();
    void valuesAreCheckedAndNormalised();
    void assignmentFileReportsWhatItCouldNotUse_data();
    void assignmentFileReportsWhatItCouldNotUse();
    void teamsAreAddedChangedAndRemovedAsSteps();

private:
    Id systemId(const QString &name);
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

void TestPlanData::init()
{
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("p%1.uproot").arg(++m_n)), QStringLiteral("bod-17-01"),
                                QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
    const QString csv = writeFile(QStringLiteral("inv.csv"),
                                  "Hostname,Software,Publisher,Version,Component\n"
                                  "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11,Bureau A\n"
                                  "WS-2,Kaspersky Security Center 10 Network Agent,Kaspersky Lab ZAO,10.5,Bureau A\n"
                                  "SRV-3.corp.example.gov,Google Chrome,Google LLC,118,Bureau B\n");
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    m_project->undoStack()->clear();
}

void TestPlanData::cleanup()
{
    m_project.reset();
}

Id TestPlanData::systemId(const QString &name)
{
    return m_project->inventory().systemIdsByNormalizedName().value(name);
}

QString TestPlanData::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(m_n).arg(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

void TestPlanData::bulkEditIsOneStepWithAnAuditLineEach()
{
    const QList<Id> ids = {systemId(QStringLiteral("ws-1")), systemId(QStringLiteral("ws-2")),
                           systemId(QStringLiteral("srv-3"))};
    QVERIFY(!ids.contains(0));
    QSignalSpy changes(m_project->changes(), &ProjectChanges::changed);
    const qsizetype auditBefore = m_project->audit().events().size();
    QString error;
    QVERIFY2(m_project->setPlanData(ids, PlanField::Team, QStringLiteral("Alpha"), &error), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->audit().events().size(), auditBefore + 3);
    for (Id id : ids)
        QCOMPARE(m_project->inventory().system(id).team, QStringLiteral("Alpha"));
    QCOMPARE(changes.count(), 1);
    const ProjectChange change = changes.takeFirst().at(0).value<ProjectChange>();
    QVERIFY(change.edits(ProjectChange::Systems));
    QCOMPARE(change.ids.size(), 3);
    // The team shows in no table: the big models are not reset for it.
    QVERIFY(!change.resets(ProjectChange::Inventory));

    m_project->undoStack()->undo();
    for (Id id : ids)
        QCOMPARE(m_project->inventory().system(id).team, QString());
    m_project->undoStack()->redo();
    QCOMPARE(m_project->inventory().system(ids.last()).team, QStringLiteral("Alpha"));

    // Setting what is already there is no step at all.
    QVERIFY(m_project->setPlanData(ids, PlanField::Team, QStringLiteral("Alpha"), &error));
    QCOMPARE(m_project->undoStack()->count(), 1);
    // The component shows in the tables: those models reload.
    QVERIFY(m_project->setPlanData({ids.first()}, PlanField::Component, QStringLiteral("Bureau C"), &error));
    QVERIFY(changes.last().at(0).value<ProjectChange>().resets(ProjectChange::Inventory));
    QCOMPARE(m_project->inventory().system(ids.first()).component, QStringLiteral("Bureau C"));
}

void TestPlanData::valuesAreCheckedAndNormalised_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");
    QTest::newRow("criticality in capitals") << int(PlanField::Criticality) << "High" << true << "high";
    QTest::newRow("criticality unknown") << int(PlanField::Criticality) << "urgent" << false << "";
    QTest::newRow("kind with spaces") << int(PlanField::Kind) << " Management  Server " << true
                                      << "management server";
    QTest::newRow("kind unknown") << int(PlanField::Kind) << "mainframe" << false << "";
    QTest::newRow("mission function is free text") << int(PlanField::MissionFunction) << "Payroll (HR)" << true
                                                   << "Payroll (HR)";
    QTest::newRow("empty clears") << int(PlanField::Criticality) << "" << true << "";
}

void TestPlanData::valuesAreCheckedAndNormalised()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    const Id id = systemId(QStringLiteral("ws-1"));
    QString error;
    QCOMPARE(m_project->setPlanData({id}, PlanField(field), value, &error), accepted);
    QCOMPARE(planFieldValue(m_project->inventory().system(id), PlanField(field)), stored);
    if (!accepted) {
        QVERIFY2(error.contains(toString(PlanField(field))), qPrintable(error));
        QCOMPARE(m_project->undoStack()->count(), 0);
    }
}

void TestPlanData::assignmentFileReportsWhatItCouldNotUse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("used");
    QTest::addColumn<QList<qint64>>("unknownLines");
    QTest::addColumn<QList<qint64>>("problemLines");
    QTest::addColumn<QString>("ws1Team");
    QTest::newRow("all known") << QByteArray("System,Team,Criticality\nWS-1,Alpha,high\nsrv-3,Beta,low\n") << 2
                               << QList<qint64>{} << QList<qint64>{} << "Alpha";
    QTest::newRow("host name forms and an unknown one")
        << QByteArray("Host name;Team\nws-1.corp.example.gov;Gamma\nNOPE-9;Alpha\nCORP\\WS-2;Alpha\n") << 2
        << QList<qint64>{3} << QList<qint64>{} << "Gamma";
    QTest::newRow("a bad value skips its row")
        << QByteArray("computer,team,kind\nWS-1,Alpha,mainframe\nWS-2,Beta,server\n") << 1 << QList<qint64>{}
        << QList<qint64>{2} << "";
    QTest::newRow("an empty cell changes nothing") << QByteArray("system,team,owner\nWS-1,,Avery\n") << 1
                                                    << QList<qint64>{} << QList<qint64>{} << "";
}

void TestPlanData::assignmentFileReportsWhatItCouldNotUse()
{
    QFETCH(QByteArray, content);
    QFETCH(int, used);
    QFETCH(QList<qint64>, unknownLines);
    QFETCH(QList<qint64>, problemLines);
    QFETCH(QString, ws1Team);
    const QString path = writeFile(QStringLiteral("assign.csv"), content);
    PlanAssignmentFile read;
    ReadError error;
    QVERIFY2(readPlanAssignments(path, m_project->inventory(), &read, &error), qPrintable(error.message()));
    QCOMPARE(read.rowsUsed, qint64(used));
    QList<qint64> lines;
    for (const ReadIssue &i : read.unknownSystems)
        lines.append(i.line);
    QCOMPARE(lines, unknownLines);
    lines.clear();
    for (const ReadIssue &i : read.problems)
        lines.append(i.line);
    QCOMPARE(lines, problemLines);
    QString why;
    QVERIFY2(m_project->assignPlanData(read.assignments, &why), qPrintable(why));
    QCOMPARE(m_project->inventory().system(systemId(QStringLiteral("ws-1"))).team, ws1Team);
}

void TestPlanData::teamsAreAddedChangedAndRemovedAsSteps()
{
    QString error;
    QVERIFY(!m_project->setTeam({0, QStringLiteral("Alpha"), 0, {}}, &error));
    QVERIFY2(error.contains(QLatin1String("capacity")), qPrintable(error));
    QVERIFY2(m_project->setTeam({0, QStringLiteral("Alpha"), 4, {QDate(2017, 12, 26)}}, &error), qPrintable(error));
    QVERIFY2(m_project->setTeam({0, QStringLiteral("Alpha"), 9, {}}, &error), qPrintable(error));
    QCOMPARE(m_project->teams().find(QStringLiteral("Alpha")).capacity, 9);
    QVERIFY(m_project->removeTeam(QStringLiteral("Alpha"), &error));
    QCOMPARE(m_project->teams().all().size(), 0);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->teams().find(QStringLiteral("Alpha")).capacity, 9);
    m_project->undoStack()->undo();
    const TeamRecord first = m_project->teams().find(QStringLiteral("Alpha"));
    QCOMPARE(first.capacity, 4);
    QCOMPARE(first.daysOff, QList<QDate>{QDate(2017, 12, 26)});
    m_project->undoStack()->undo();
    QVERIFY(!m_project->teams().find(QStringLiteral("Alpha")).id);
    QVERIFY(!m_project->removeTeam(QStringLiteral("Alpha"), &error));
}

QTEST_GUILESS_MAIN(TestPlanData)
#include "tst_plandata.moc"
