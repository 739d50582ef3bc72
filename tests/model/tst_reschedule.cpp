// Re-scheduling as one undoable step: a team's capacity changed on a project with a plan moves the to-do
// tasks in the same step (undo restores the capacity and every date), tasks already begun keep their dates,
// and the recurring status reports run to the plan's finish (two years from the issue date without a plan).
// The project is a real one following BOD 17-01 (issued 13 September 2017: status reports from 11 January
// 2018, every 30 days) with six workstations of team Alpha, planned from Tuesday 2 January 2018 with the
// shipped removal steps: seven steps of one working day, each after the one before.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/project/projectchanges.h"
#include "model/project/projectsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace uproot;

namespace {

struct Dates
{
    QDate start;
    QDate due;
    bool operator==(const Dates &) const = default;
};

QHash<Id, Dates> datesOf(Project &project)
{
    PageQuery q;
    q.limit = 100000;
    QHash<Id, Dates> dates;
    for (const TaskRecord &t : project.tasks().page(q))
        dates.insert(t.id, {t.start, t.due});
    return dates;
}

QList<QDate> statusReports(Project &project)
{
    QList<QDate> reports;
    for (const MilestoneRecord &m : project.directiveRecords().milestones()) {
        if (m.kind == QLatin1String("status-report"))
            reports.append(m.due);
    }
    return reports;
}

QString keptFinish(Project &project)
{
    return project.settings().value(QString::fromLatin1(settingkeys::planFinish));
}

} // namespace

class TestReschedule : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_project.reset(); }
    void statusReportsRunToThePlansFinish();
    void teamChangeReschedulesInOneUndoableStep();
    void begunTasksKeepTheirDates();
    void withoutAPlanATeamChangeMovesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

void TestReschedule::init()
{
    ++m_n;
    const QString csv = m_dir.filePath(QStringLiteral("inventory%1.csv").arg(m_n));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Hostname,Software,Publisher\n");
    for (int i = 1; i <= 6; ++i)
        file.write(QStringLiteral("WS-%1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab\n")
                       .arg(i)
                       .toUtf8());
    file.close();
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("p%1.uproot").arg(m_n)),
                                QStringLiteral("bod-17-01"), {}, {}, DirectiveCatalog::builtin(), &error);
    QVERIFY2(m_project, qPrintable(error));
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    QVERIFY2(m_project->setTeam({0, QStringLiteral("Alpha"), 1, {}}, &error), qPrintable(error));
    QVERIFY(!m_project->lastReschedule());
    QVERIFY2(m_project->setPlanData(m_project->inventory().systemIdsByNormalizedName().values(),
                                    PlanField::Team, QStringLiteral("Alpha"), &error),
             qPrintable(error));
}

void TestReschedule::statusReportsRunToThePlansFinish()
{
    // No plan: two years from the issue date, 11 January 2018 + 20 x 30 days = 3 September 2019.
    QList<QDate> reports = statusReports(*m_project);
    QCOMPARE(reports.size(), 21);
    QCOMPARE(reports.last(), QDate(2019, 9, 3));
    QVERIFY(keptFinish(*m_project).isEmpty());

    // Slots on 2, 3, 4, 5, 8 and 9 January; seven working days from the 9th end on Thursday the 18th (the
    // 15th is a holiday). The report of 11 January is before it, that of 10 February the first after it: the
    // last.
    PlanResult result;
    QString error;
    QVERIFY2(m_project->plan({QDate(2018, 1, 2), {}}, &result, &error), qPrintable(error));
    QCOMPARE(result.projectedFinish, QDate(2018, 1, 18));
    QCOMPARE(keptFinish(*m_project), QStringLiteral("2018-01-18"));
    QCOMPARE(statusReports(*m_project), (QList<QDate>{QDate(2018, 1, 11), QDate(2018, 2, 10)}));

    // The same step undone: the two years come back, with no finish kept.
    m_project->undoStack()->undo();
    QCOMPARE(statusReports(*m_project), reports);
    QVERIFY(keptFinish(*m_project).isEmpty());
    m_project->undoStack()->redo();
    QCOMPARE(statusReports(*m_project).size(), 2);
}

void TestReschedule::teamChangeReschedulesInOneUndoableStep()
{
    PlanResult result;
    QString error;
    QVERIFY2(m_project->plan({QDate(2018, 1, 2), {}}, &result, &error), qPrintable(error));
    const QHash<Id, Dates> planned = datesOf(*m_project);
    const int steps = m_project->undoStack()->count();

    // Six a day: every slot on the 2nd, the seventh step on Wednesday the 10th, before the first status
    // report. The milestones list and the kept finish are told of it, as well as the tasks.
    QSignalSpy changed(m_project->changes(), &ProjectChanges::changed);
    QVERIFY2(m_project->setTeam({0, QStringLiteral("Alpha"), 6, {}}, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    const ProjectChange change = changed.first().first().value<ProjectChange>();
    for (const ProjectChange::Area area :
         {ProjectChange::Teams, ProjectChange::Tasks, ProjectChange::Settings, ProjectChange::Directives})
        QVERIFY2(change.touches(area), qPrintable(QString::number(int(area))));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QVERIFY(m_project->lastReschedule());
    QCOMPARE(m_project->lastReschedule()->projectedFinish, QDate(2018, 1, 10));
    QCOMPARE(keptFinish(*m_project), QStringLiteral("2018-01-10"));
    QCOMPARE(statusReports(*m_project), QList<QDate>{QDate(2018, 1, 11)});
    const QHash<Id, Dates> rescheduled = datesOf(*m_project);
    QCOMPARE(rescheduled.size(), planned.size());
    QDate last;
    for (const Dates &d : rescheduled)
        last = qMax(last, d.due);
    QCOMPARE(last, QDate(2018, 1, 10));

    // One undo: the capacity, every date, the finish and the reports as they were.
    m_project->undoStack()->undo();
    QCOMPARE(m_project->teams().find(QStringLiteral("Alpha")).capacity, 1);
    QCOMPARE(datesOf(*m_project), planned);
    QCOMPARE(keptFinish(*m_project), QStringLiteral("2018-01-18"));
    QCOMPARE(statusReports(*m_project).size(), 2);
    m_project->undoStack()->redo();
    QCOMPARE(m_project->teams().find(QStringLiteral("Alpha")).capacity, 6);
    QCOMPARE(datesOf(*m_project), rescheduled);
    QCOMPARE(statusReports(*m_project).size(), 1);
}

void TestReschedule::begunTasksKeepTheirDates()
{
    PlanResult result;
    QString error;
    QVERIFY2(m_project->plan({QDate(2018, 1, 2), {}}, &result, &error), qPrintable(error));
    // The last system (slot on the 9th) has begun its first removal step.
    PageQuery q;
    q.limit = 1000;
    const QList<TaskRecord> tasks = m_project->tasks().page(q);
    const auto begun = std::find_if(tasks.cbegin(), tasks.cend(), [](const TaskRecord &t) {
        return t.system == QLatin1String("WS-6") && t.start == QDate(2018, 1, 9);
    });
    QVERIFY(begun != tasks.cend());
    m_project->setTaskStatus(begun->id, TaskStatus::InProgress);

    QVERIFY2(m_project->setTeam({0, QStringLiteral("Alpha"), 6, {}}, &error), qPrintable(error));
    for (const TaskRecord &t : m_project->tasks().page(q)) {
        if (t.system == QLatin1String("WS-6") && t.start.isValid()) {
            // WS-6 keeps its slot: every removal step where the plan had it.
            QVERIFY2(t.start >= QDate(2018, 1, 9), qPrintable(t.title));
            if (t.id == begun->id) {
                QCOMPARE(t.start, begun->start);
                QCOMPARE(t.due, begun->due);
            }
        } else if (t.start.isValid()) {
            QVERIFY2(t.due <= QDate(2018, 1, 10), qPrintable(t.system + QLatin1Char(' ') + t.title));
        }
    }
    QCOMPARE(m_project->lastReschedule()->projectedFinish, QDate(2018, 1, 18));
}

void TestReschedule::withoutAPlanATeamChangeMovesNothing()
{
    QString error;
    QVERIFY2(m_project->setTeam({0, QStringLiteral("Alpha"), 3, {}}, &error), qPrintable(error));
    QVERIFY(!m_project->lastReschedule());
    QCOMPARE(m_project->tasks().total(), qint64(0));
    QCOMPARE(statusReports(*m_project).size(), 21);
}

QTEST_GUILESS_MAIN(TestReschedule)
#include "tst_reschedule.moc"
