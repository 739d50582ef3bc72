// A process killed at any moment leaves every change and its audit line both in the file or neither: a child
// process (this program, started with --edit-forever) edits a project through the project's commands as fast as
// it can, and is killed at random moments; after each kill the project must open, pass the integrity check, and
// every task's status must be the one its last audit line says it was set to.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace uproot;

namespace {

const char *const kChildFlag = "--edit-forever";

// The child: flips task statuses one command at a time, and undoes and redoes the plan now and then (which
// removes and puts back every task of a system in one unit of work). Never returns; the parent kills it.
int editForever(const QString &path)
{
    QString error;
    std::unique_ptr<Project> project = Project::open(path, false, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<Id> ids;
    PageQuery all;
    all.limit = 1000;
    for (const TaskRecord &t : project->tasks().page(all))
        ids.append(t.id);
    for (quint64 i = 0;; ++i) {
        const Id id = ids.at(int(i % quint64(ids.size())));
        const TaskRecord task = project->tasks().task(id);
        if (task.id)
            project->setTaskStatus(id, task.status == TaskStatus::Done ? TaskStatus::InProgress : TaskStatus::Done);
        // Told after the first change has landed, so that every round's kill falls among writes, however
        // slowly a loaded machine starts the child.
        if (i == 0) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
        if (i % 7 == 0) {
            PlanResult result;
            project->plan(&result, &error);
        }
        if (i % 11 == 0 && project->undoStack()->canUndo())
            project->undoStack()->undo();
    }
}

} // namespace

class TestKilledWrites : public QObject
{
    Q_OBJECT
private slots:
    void changeAndAuditLineLandTogether();
};

void TestKilledWrites::changeAndAuditLineLandTogether()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.uproot"));
    {
        QString error;
        const DirectiveCatalog catalog = DirectiveCatalog::builtin();
        auto project = Project::create(path, QStringLiteral("bod-17-01"), QDate(), {}, catalog, &error);
        QVERIFY2(project, qPrintable(error));
        const QString csv = dir.filePath(QStringLiteral("inventory.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Hostname,Software,Publisher,Version\n");
        for (int i = 0; i < 40; ++i)
            f.write(QStringLiteral("WS-%1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.%2\n")
                        .arg(i)
                        .arg(i % 5)
                        .toUtf8());
        f.close();
        ImportReport report;
        ReadError readError;
        QVERIFY2(project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
        PlanResult plan;
        QVERIFY2(project->plan(&plan, &error), qPrintable(error));
        QCOMPARE(plan.systems, qint64(40));
    }
    const QRegularExpression taskLine(QStringLiteral("^(.+) step (\\d+): (.+) -> (.+)$"));
    QRandomGenerator random(20171113);
    int kills = 0;
    qint64 lastAuditCount = 0;
    for (int round = 0; round < 15; ++round) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildFlag), path});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForReadyRead(10000), qPrintable(QString::fromUtf8(child.readAllStandardError())));
        QThread::msleep(5 + random.bounded(120));
        child.kill();
        QVERIFY(child.waitForFinished());
        ++kills;

        QString error;
        auto project = Project::open(path, false, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->integrityCheck(), QStringLiteral("ok"));
        const QList<AuditEvent> events = project->audit().events();
        QVERIFY2(events.size() > lastAuditCount, "the child wrote nothing before it was killed");
        lastAuditCount = events.size();
        QCOMPARE(project->audit().verify(), Id(0));
        // The status each task was last set to, by its audit lines; a plan or its undo since then may have
        // removed or put the task back (with its status), so only tasks that exist are compared.
        QHash<QString, QString> lastSetTo;
        for (const AuditEvent &e : events) {
            const QRegularExpressionMatch m = taskLine.match(e.detail);
            if (e.action == QLatin1String("task-status") && m.hasMatch())
                lastSetTo.insert(m.captured(1) + u'#' + m.captured(2), m.captured(4));
        }
        PageQuery all;
        all.limit = 1000;
        int compared = 0;
        for (const TaskRecord &t : project->tasks().page(all)) {
            const QString key = t.system + u'#' + QString::number(t.step);
            const QString expected = lastSetTo.value(key, toString(TaskStatus::ToDo));
            QVERIFY2(toString(t.status) == expected,
                     qPrintable(QStringLiteral("round %1: %2 is %3 but its last audit line set it to %4")
                                    .arg(round)
                                    .arg(key, toString(t.status), expected)));
            ++compared;
        }
        QVERIFY(compared > 0);
    }
    QCOMPARE(kills, 15);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return editForever(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestKilledWrites test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killedwrites.moc"
