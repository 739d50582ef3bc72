// Commands under undo and redo where it is hard: a plan over two directives whose undo must put tasks back under
// ids another directive's new tasks took, and an undo that cannot be written (another program holds the file).
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/store/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace uproot;

class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void planUndoAcrossDirectivesRestoresEveryTask();
    void failedUndoLeavesTheFileAndClearsTheHistory();
    void statusDateCountsOverdueWork();
    void actorIsTheAccountWithoutUser();

private:
    void import(const QByteArray &csv);
    QList<TaskRecord> allTasks();

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

void TestCommands::init()
{
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("c%1.uproot").arg(++m_n)), QStringLiteral("bod-17-01"),
                                QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestCommands::cleanup()
{
    m_project.reset();
}

void TestCommands::import(const QByteArray &csv)
{
    static int files = 0;
    const QString path = m_dir.filePath(QStringLiteral("inv%1.csv").arg(++files));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(path, {}, nullptr, &report, &readError), qPrintable(readError.message()));
}

QList<TaskRecord> TestCommands::allTasks()
{
    PageQuery q;
    q.limit = 10000;
    q.sortColumn = TasksReader::System;
    return m_project->tasks().page(q);
}

static QStringList describe(const QList<TaskRecord> &tasks)
{
    QStringList lines;
    for (const TaskRecord &t : tasks)
        lines << QStringLiteral("%1 %2/%3 %4 %5 %6")
                     .arg(t.id)
                     .arg(t.system)
                     .arg(t.step)
                     .arg(t.directiveId)
                     .arg(toString(t.status), t.due.toString(Qt::ISODate));
    return lines;
}

void TestCommands::planUndoAcrossDirectivesRestoresEveryTask()
{
    ReevaluationResult followed;
    QString error;
    QVERIFY2(m_project->follow(QStringLiteral("far-889"), QDate(), m_catalog, &followed, &error), qPrintable(error));
    import("Hostname,Software,Publisher,Version\nWS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11\n");
    PlanResult plan;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    import("Hostname,Software,Publisher,Version\nWS-2,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11\n");
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    // WS-2's tasks are the newest, with the highest ids; dismissing its finding makes the next plan remove
    // them, and the camera's new tasks under the other directive take those ids.
    FindingRow ws2;
    m_project->findings().forEach({}, [&](const FindingRow &r) {
        if (r.system == QLatin1String("WS-2"))
            ws2 = r;
        return true;
    });
    QVERIFY(ws2.id);
    m_project->setFindingState(ws2.id, FindingState::FalsePositive, QStringLiteral("a lab machine"));
    import("Device Name,Manufacturer,Model\n"
           "CAM-1,\"Hangzhou Hikvision Digital Technology Co., Ltd.\",DS-2CD2142FWD-I\n");
    const QStringList before = describe(allTasks());
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    QVERIFY(plan.tasksRemoved > 0);
    QVERIFY(plan.tasksAdded > 0);
    const QStringList planned = describe(allTasks());

    m_project->undoStack()->undo();
    QCOMPARE(describe(allTasks()), before);
    m_project->undoStack()->redo();
    QCOMPARE(describe(allTasks()), planned);
    m_project->undoStack()->undo();
    QCOMPARE(describe(allTasks()), before);
}

void TestCommands::failedUndoLeavesTheFileAndClearsTheHistory()
{
    import("Hostname,Software,Publisher,Version\nWS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11\n");
    PlanResult plan;
    QString error;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    const Id task = allTasks().first().id;
    m_project->setTaskStatus(task, TaskStatus::Done);
    QCOMPARE(m_project->undoStack()->count(), 2);
    const qsizetype auditLines = m_project->audit().events().size();

    QSignalSpy failed(m_project.get(), &Project::writeFailed);
    {
        // Another program holds the file for writing while the person presses Ctrl+Z.
        Database other;
        QVERIFY(other.open(m_project->path(), false, false, &error));
        QVERIFY(other.exec("BEGIN IMMEDIATE"));
        m_project->undoStack()->undo();
        // Nothing is said while the failed unit of work could still hold anything.
        QCOMPARE(failed.count(), 0);
        QVERIFY(other.exec("ROLLBACK"));
    }
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("undo history was cleared")),
             qPrintable(failed.first().at(0).toString()));
    // The file is as it was: the task still done, no audit line for an undo that did not happen.
    QCOMPARE(toString(m_project->tasks().task(task).status), toString(TaskStatus::Done));
    QCOMPARE(m_project->audit().events().size(), auditLines);
    // The history no longer matched the file, so it is gone: no redo can re-apply what was never undone.
    QCOMPARE(m_project->undoStack()->count(), 0);
    QVERIFY(!m_project->undoStack()->canRedo());
}

void TestCommands::statusDateCountsOverdueWork()
{
    import("Hostname,Software,Publisher,Version\nWS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11\n");
    PlanResult plan;
    QString error;
    // BOD 17-01 as issued: planning steps due with the plan of action (12 Nov 2017), removal steps from the first
    // day of removal (Tuesday 12 Dec 2017): the shipped seven, a working day each in turn, to Wednesday 20 Dec.
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    const QList<TaskRecord> tasks = allTasks();
    qint64 planning = 0;
    for (const TaskRecord &t : tasks)
        planning += t.due == QDate(2017, 11, 12) ? 1 : 0;
    QVERIFY(planning > 0 && planning < tasks.size());

    QVERIFY(!m_project->keepsAsOf());
    QCOMPARE(m_project->asOf(), QDate::currentDate());
    QVERIFY2(m_project->setAsOf(QDate(2017, 11, 1), &error), qPrintable(error));
    QCOMPARE(m_project->asOf(), QDate(2017, 11, 1));
    QCOMPARE(m_project->overdueTasks(), qint64(0));
    QVERIFY(m_project->setAsOf(QDate(2017, 11, 13), &error));
    QCOMPARE(m_project->overdueTasks(), planning);
    QVERIFY(m_project->setAsOf(QDate(2017, 12, 13), &error));
    QCOMPARE(m_project->overdueTasks(), planning + 1); // the replacement staged on the 12th
    QVERIFY(m_project->setAsOf(QDate(2017, 12, 21), &error));
    QCOMPARE(m_project->overdueTasks(), qint64(tasks.size()));
    m_project->setTaskStatus(tasks.first().id, TaskStatus::Done);
    QCOMPARE(m_project->overdueTasks(), qint64(tasks.size() - 1));
    // A command-line run's --as-of wins for that run only.
    m_project->setAsOfForSession(QDate(2017, 11, 1));
    QCOMPARE(m_project->overdueTasks(), qint64(0));
    m_project->setAsOfForSession(QDate());
    // Undo goes back through the dates kept, to following today.
    m_project->undoStack()->undo(); // the task
    m_project->undoStack()->undo();
    QCOMPARE(m_project->asOf(), QDate(2017, 12, 13));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->asOf(), QDate(2017, 11, 13));
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QVERIFY(!m_project->keepsAsOf());
    QCOMPARE(m_project->asOf(), QDate::currentDate());
}


void TestCommands::actorIsTheAccountWithoutUser()
{
    const QByteArray user = qgetenv("USER");
    const QByteArray userName = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    const passwd *account = getpwuid(geteuid());
    QVERIFY(account && account->pw_name);
    const QString actor = m_project->actor();
    qputenv("USER", user);
    if (!userName.isEmpty())
        qputenv("USERNAME", userName);
    if (user.isEmpty())
        qunsetenv("USER");
    QCOMPARE(actor, QString::fromLocal8Bit(account->pw_name));
    QVERIFY(actor != QLatin1String("unknown"));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
