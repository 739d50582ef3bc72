// What a system's page reads (SystemDossier): its history picked out of the audit trail by the lines the
// commands write, with names that are prefixes of each other or hold SQL wildcards; and its section models
// following the commands (redo, undo, redo) for its own system only, with the narrowest signal.
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/systemsectionmodel.h"
#include "model/project/project.h"
#include "model/project/systemdossier.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

class TestSystemDossier : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void historyIsTheSystemsOwnLines_data();
    void historyIsTheSystemsOwnLines();
    void sectionsFollowTheirOwnSystemOnly();

private:
    Id systemId(const QString &name);

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

void TestSystemDossier::init()
{
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("p%1.uproot").arg(++m_n)),
                                QStringLiteral("bod-17-01"), QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
    // WS-1 is a prefix of WS-10; WS_1 and WS%1 would match WSX1 if the store compared with LIKE.
    const QString csv = m_dir.filePath(QStringLiteral("inv%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version\n"
            "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n"
            "WS-10,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n"
            "WS_1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n"
            "WSX1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n"
            "WS%1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    PlanResult plan;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    m_project->undoStack()->clear();
}

void TestSystemDossier::cleanup()
{
    m_project.reset();
}

Id TestSystemDossier::systemId(const QString &name)
{
    const QHash<QString, Id> ids = m_project->inventory().systemIdsByNormalizedName();
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        if (m_project->inventory().system(it.value()).name == name)
            return it.value();
    }
    return 0;
}

void TestSystemDossier::historyIsTheSystemsOwnLines_data()
{
    QTest::addColumn<QString>("system");
    QTest::newRow("a name another begins with") << QStringLiteral("WS-1");
    QTest::newRow("the longer name") << QStringLiteral("WS-10");
    QTest::newRow("an underscore") << QStringLiteral("WS_1");
    QTest::newRow("a percent sign") << QStringLiteral("WS%1");
    QTest::newRow("the name the wildcards would match") << QStringLiteral("WSX1");
}

// Broken once to see this fail: the store compared with LIKE (detail LIKE prefix || '%'), and "WS_1" listed
// the lines of WSX1 (and "WS%1" every WS line); with the chained arg() SetTaskStatusCommand had, "WS%1" lost
// its task line.
void TestSystemDossier::historyIsTheSystemsOwnLines()
{
    QFETCH(QString, system);
    // One change of each kind on every system; the test notes which audit lines each one wrote.
    QHash<Id, QList<Id>> linesOf;
    for (const QString &name : {QStringLiteral("WS-1"), QStringLiteral("WS-10"), QStringLiteral("WS_1"),
                                QStringLiteral("WSX1"), QStringLiteral("WS%1")}) {
        const Id id = systemId(name);
        QVERIFY2(id, qPrintable(name));
        const Id before = m_project->audit().events().last().id;
        QString error;
        QVERIFY2(m_project->setPlanData({id}, PlanField::Team, QStringLiteral("Team of ") + name, &error),
                 qPrintable(error));
        const QList<TaskRecord> tasks = m_project->tasks().allTasksOfSystem(id);
        QVERIFY(!tasks.isEmpty());
        m_project->setTaskStatus(tasks.first().id, TaskStatus::Done);
        const QList<FindingRow> findings = m_project->findings().findingsOfSystem(id);
        QCOMPARE(findings.size(), 1);
        m_project->setFindingState(findings.first().id, FindingState::Exception, QStringLiteral("approved"));
        for (const AuditEvent &e : m_project->audit().events()) {
            if (e.id > before)
                linesOf[id].append(e.id);
        }
        QCOMPARE(linesOf.value(id).size(), 3);
    }

    SystemDossier dossier(m_project.get(), systemId(system));
    QList<Id> shown;
    for (const AuditEvent &e : dossier.history())
        shown.prepend(e.id); // newest first on the page
    QCOMPARE(shown, linesOf.value(systemId(system)));
}

// Broken once to see this fail: SystemSectionModel::setRows always reset the model (the spy on modelReset
// counted one after a status change of one of the system's tasks).
void TestSystemDossier::sectionsFollowTheirOwnSystemOnly()
{
    const Id id = systemId(QStringLiteral("WS-1"));
    const Id other = systemId(QStringLiteral("WS-10"));
    SystemDossier dossier(m_project.get(), id);
    SystemSectionModel *tasks = dossier.tasksModel();
    QAbstractItemModelTester tester(tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(dossier.findingsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(dossier.historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tasks->rowCount(), int(m_project->tasks().allTasksOfSystem(id).size()));
    QSignalSpy changed(tasks, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(tasks, &QAbstractItemModel::modelReset);
    QSignalSpy sections(&dossier, &SystemDossier::sectionsChanged);

    // Another system's task: nothing here moves.
    m_project->setTaskStatus(m_project->tasks().allTasksOfSystem(other).first().id, TaskStatus::Blocked);
    QCOMPARE(sections.size(), 0);
    QCOMPARE(changed.size() + reset.size(), 0);

    // This system's task: the rows change in place, through redo, undo and redo.
    const TaskRecord task = m_project->tasks().allTasksOfSystem(id).last();
    const int row = tasks->rowOf(task.id);
    QVERIFY(row >= 0);
    const auto statusShown = [&] {
        return tasks->index(row, SystemDossier::TaskStatusColumn).data().toString();
    };
    m_project->setTaskStatus(task.id, TaskStatus::Skipped, QStringLiteral("replaced with the hardware"));
    QCOMPARE(statusShown(), toString(TaskStatus::Skipped));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    m_project->undoStack()->undo();
    QCOMPARE(statusShown(), toString(task.status));
    m_project->undoStack()->redo();
    QCOMPARE(statusShown(), toString(TaskStatus::Skipped));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(tasks->data(tasks->index(row, 0), SystemSectionModel::SystemIdRole).toLongLong(), id);

    // The status column announces an edit and writes nothing itself.
    QVERIFY(tasks->flags(tasks->index(row, SystemDossier::TaskStatusColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(tasks->flags(tasks->index(row, SystemDossier::TaskTitle)) & Qt::ItemIsEditable));
    QSignalSpy edited(tasks, &SystemSectionModel::edited);
    QVERIFY(tasks->setData(tasks->index(row, SystemDossier::TaskStatusColumn), int(TaskStatus::Done)));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().at(0).value<Id>(), task.id);
    QCOMPARE(toString(m_project->tasks().task(task.id).status), toString(TaskStatus::Skipped));
}

QTEST_GUILESS_MAIN(TestSystemDossier)
#include "tst_systemdossier.moc"
