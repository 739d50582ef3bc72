// The timeline's model over a real planned project (tests/support/timelinefixture.h): grouping by component,
// team and system, collapsing and expanding, and the timeline roles against what a separate SQLite connection
// reads from the file; then moving a task's or a system's dates as one undoable step (snapped to the team's
// working days, held after the steps it depends on, later steps pushed, undo exact, an audit line).
#include "../support/timelinefixture.h"
#include "model/project/project.h"
#include "model/timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace uproot;
using namespace uproot::testsupport;

namespace {

struct Span
{
    QDate start;
    QDate finish;
    int done = 0;
    int total = 0;
};

// Each system's span and progress, read straight from the file, apart from the store's own code.
QHash<QString, Span> spansInFile(const QString &path)
{
    QHash<QString, Span> spans;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return spans;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT s.name, MIN(COALESCE(t.start, t.due)), MAX(t.due), "
                       "SUM(t.status IN ('done', 'skipped')), COUNT(*) "
                       "FROM tasks t JOIN systems s ON s.id = t.system_id GROUP BY s.name",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const auto text = [&](int c) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)));
        };
        spans.insert(text(0),
                     {QDate::fromString(text(1), Qt::ISODate), QDate::fromString(text(2), Qt::ISODate),
                      sqlite3_column_int(st, 3), sqlite3_column_int(st, 4)});
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return spans;
}

QString lastAudit(const QString &path)
{
    sqlite3 *db = nullptr;
    QString detail;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return detail;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT action || ': ' || detail FROM audit_events ORDER BY id DESC LIMIT 1", -1,
                       &st, nullptr);
    if (sqlite3_step(st) == SQLITE_ROW)
        detail = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return detail;
}

QHash<Id, QPair<QDate, QDate>> allDates(Project &project)
{
    PageQuery q;
    q.limit = 100000;
    QHash<Id, QPair<QDate, QDate>> dates;
    for (const TaskRecord &t : project.tasks().page(q))
        dates.insert(t.id, {t.start, t.due});
    return dates;
}

QStringList names(const TimelineModel &model)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r, TimelineModel::Name).data().toString();
    return list;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_project.reset(); }
    void groupsAndCollapses();
    void rolesMatchTheFile();
    void followsATaskEdit();
    void emptyProjectHasNoRows();
    void moveSnapsOverTheWeekendAndHoliday();
    void movedTaskHoldsItsDayThroughAReplan();
    void movePushesLaterSteps();
    void moveIsHeldAfterItsDependency();
    void moveSystemWorkOnItsTeamsDays();
    void finishedWorkKeepsItsDates();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

void TestTimeline::init()
{
    m_project = timelineProject(m_dir.path(), QStringLiteral("t%1").arg(++m_n));
    QVERIFY(m_project);
}

void TestTimeline::groupsAndCollapses()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    // By component: two groups, each with its three systems (groups open, systems closed).
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("East"), QStringLiteral("WS-1"), QStringLiteral("WS-2"),
                          QStringLiteral("WS-3"), QStringLiteral("West"), QStringLiteral("WS-4"),
                          QStringLiteral("WS-5"), QStringLiteral("WS-6")}));
    QCOMPARE(model.index(1, 0).data(TimelineModel::DepthRole).toInt(), 1);
    QVERIFY(model.isExpanded(0));
    QVERIFY(!model.isExpanded(1));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setExpanded(0, false);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("West"));
    model.setExpanded(0, true);
    QCOMPARE(model.rowCount(), 8);

    // A system opens to its eleven tasks, in step order, one level deeper.
    model.setExpanded(1, true);
    QCOMPARE(model.rowCount(), 19);
    QCOMPARE(model.kindAt(2), TimelineModel::RowKind::Task);
    QCOMPARE(model.index(2, 0).data(TimelineModel::DepthRole).toInt(), 2);
    QVERIFY(model.index(2, 0).data().toString().startsWith(QStringLiteral("1. ")));
    QVERIFY(model.index(12, 0).data().toString().startsWith(QStringLiteral("11. ")));
    // Closing the group hides its open system's tasks too, and opening it shows them again.
    model.setExpanded(0, false);
    QCOMPARE(model.rowCount(), 5);
    model.setExpanded(0, true);
    QCOMPARE(model.rowCount(), 19);

    model.setGrouping(TimelineModel::Grouping::Team);
    const QStringList teams = names(model);
    QCOMPARE(teams.indexOf(QStringLiteral("Alpha")), 0);
    QCOMPARE(teams.indexOf(QStringLiteral("Beta")), 5 + 11); // WS-1..4, WS-1's tasks still open
    QCOMPARE(model.index(0, TimelineModel::Team).data().toString(), QStringLiteral("Alpha"));

    model.setGrouping(TimelineModel::Grouping::System);
    model.collapseAll();
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, 0).data(TimelineModel::DepthRole).toInt(), 0);
    model.expandAll();
    QCOMPARE(model.rowCount(), 6 + 66);
}

void TestTimeline::rolesMatchTheFile()
{
    QString error;
    // One task done and one blocked on WS-2, so progress and state have something to show.
    const TaskRecord done = taskOf(*m_project, QStringLiteral("WS-2"), 1);
    const TaskRecord blocked = taskOf(*m_project, QStringLiteral("WS-2"), 5);
    QVERIFY(m_project->setTaskStatuses({done.id}, TaskStatus::Done, {}, &error));
    QVERIFY(m_project->setTaskStatuses({blocked.id}, TaskStatus::Blocked,
                                       QStringLiteral("waiting for a licence"), &error));
    QVERIFY(m_project->setAsOf(QDate(2018, 1, 9), &error));

    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    model.setGrouping(TimelineModel::Grouping::System);
    const QHash<QString, Span> spans = spansInFile(m_project->path());
    QCOMPARE(spans.size(), 6);
    QCOMPARE(model.rowCount(), 6);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        const Span s = spans.value(i.data().toString());
        QCOMPARE(i.data(TimelineModel::StartRole).toDate(), s.start);
        QCOMPARE(i.data(TimelineModel::FinishRole).toDate(), s.finish);
        QCOMPARE(i.data(TimelineModel::ProgressRole).toDouble(), double(s.done) / s.total);
        QCOMPARE(model.index(r, TimelineModel::Progress).data().toString(),
                 QStringLiteral("%1 of %2").arg(s.done).arg(s.total));
    }
    const int ws2 = model.rowOfSystem(systemNamed(*m_project, QStringLiteral("WS-2")));
    QCOMPARE(model.index(ws2, 0).data(TimelineModel::StateRole).toInt(), int(TaskStatus::Blocked));
    QVERIFY(
        model.index(ws2, 0).data(TimelineModel::LabelRole).toString().contains(QStringLiteral("blocked")));
    QVERIFY(model.index(ws2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Team: Alpha")));
    // WS-1's work runs to 10 January; on a status date of the 9th its step of the 8th is late.
    const int ws1 = model.rowOfSystem(systemNamed(*m_project, QStringLiteral("WS-1")));
    QVERIFY(model.index(ws1, 0).data(TimelineModel::LateRole).toBool());
    model.setExpanded(ws1, true);
    const int step9 = model.rowOfTask(taskOf(*m_project, QStringLiteral("WS-1"), 9).id);
    const int step11 = model.rowOfTask(taskOf(*m_project, QStringLiteral("WS-1"), 11).id);
    QVERIFY(model.index(step9, 0).data(TimelineModel::LateRole).toBool());
    QVERIFY(!model.index(step11, 0).data(TimelineModel::LateRole).toBool());
    QCOMPARE(model.index(step11, 0).data(TimelineModel::StartRole).toDate(), QDate(2018, 1, 10));
    const QModelIndex blockedRow = model.index(model.rowOfTask(blocked.id), 0);
    QVERIFY(!blockedRow.isValid() ||
            blockedRow.data(Qt::ToolTipRole).toString().contains(QStringLiteral("licence")));
    model.setExpanded(model.rowOfSystem(systemNamed(*m_project, QStringLiteral("WS-2"))), true);
    QVERIFY(model.index(model.rowOfTask(blocked.id), 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Reason: waiting for a licence")));
}

void TestTimeline::followsATaskEdit()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    const int ws3 = model.rowOfSystem(systemNamed(*m_project, QStringLiteral("WS-3")));
    QCOMPARE(model.index(ws3, TimelineModel::Progress).data().toString(), QStringLiteral("0 of 11"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QString error;
    QVERIFY(m_project->setTaskStatuses({taskOf(*m_project, QStringLiteral("WS-3"), 2).id}, TaskStatus::Done,
                                       {}, &error));
    QCOMPARE(reset.size(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(ws3, TimelineModel::Progress).data().toString(), QStringLiteral("1 of 11"));
    // Its group (East) too.
    QCOMPARE(model.index(0, TimelineModel::Progress).data().toString(), QStringLiteral("1 of 33"));
    m_project->undoStack()->undo();
    QCOMPARE(model.index(ws3, TimelineModel::Progress).data().toString(), QStringLiteral("0 of 11"));
}

void TestTimeline::emptyProjectHasNoRows()
{
    QString error;
    std::unique_ptr<Project> empty =
        Project::create(m_dir.filePath(QStringLiteral("empty%1.uproot").arg(m_n)),
                        QStringLiteral("bod-17-01"), {}, {}, DirectiveCatalog::builtin(), &error);
    QVERIFY2(empty, qPrintable(error));
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(empty.get());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.plan().tasks.isEmpty());
    // The directive's milestones are there to show even before a plan.
    QVERIFY(!model.plan().milestones.isEmpty());
    model.setProject(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestTimeline::moveSnapsOverTheWeekendAndHoliday()
{
    // WS-1's last step, on Wednesday 10 January, dragged to Saturday the 13th: the next working day is
    // Tuesday the 16th (Monday the 15th is Martin Luther King Jr. Day).
    const TaskRecord task = taskOf(*m_project, QStringLiteral("WS-1"), 11);
    QCOMPARE(task.due, QDate(2018, 1, 10));
    const auto before = allDates(*m_project);
    QString error;
    QVERIFY2(m_project->moveTask(task.id, QDate(2018, 1, 13), &error), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), 1);
    TaskRecord moved = m_project->tasks().task(task.id);
    QCOMPARE(moved.start, QDate(2018, 1, 16));
    QCOMPARE(moved.due, QDate(2018, 1, 16));
    QCOMPARE(
        lastAudit(m_project->path()),
        QStringLiteral("task-dates: WS-1 step 11: 2018-01-10..2018-01-10 -> 2018-01-16..2018-01-16; held to "
                       "start no earlier than 2018-01-16 when re-planned"));
    auto after = allDates(*m_project);
    after.remove(task.id);
    auto others = before;
    others.remove(task.id);
    QCOMPARE(after, others); // nothing else moved: no step comes after the last

    m_project->undoStack()->undo();
    QCOMPARE(allDates(*m_project), before);
    QCOMPARE(
        lastAudit(m_project->path()),
        QStringLiteral("task-dates: WS-1 step 11: 2018-01-16..2018-01-16 -> 2018-01-10..2018-01-10; hold on "
                       "2018-01-16 released"));
    QVERIFY(!m_project->tasks().task(task.id).notBefore.isValid());
    m_project->undoStack()->redo();
    QCOMPARE(m_project->tasks().task(task.id).due, QDate(2018, 1, 16));
}

void TestTimeline::movedTaskHoldsItsDayThroughAReplan()
{
    // WS-1's last step, planned for Wednesday 10 January, moved by hand to Tuesday the 16th: planning again
    // keeps it there (a "start no earlier than" hold) while the other tasks are placed as before. Releasing
    // the hold lets the next plan put it back on the 10th.
    const TaskRecord task = taskOf(*m_project, QStringLiteral("WS-1"), 11);
    QCOMPARE(task.due, QDate(2018, 1, 10));
    QVERIFY(!task.notBefore.isValid());
    QString error;
    PlanResult result;
    QVERIFY2(m_project->moveTask(task.id, QDate(2018, 1, 16), &error), qPrintable(error));
    QCOMPARE(m_project->tasks().task(task.id).notBefore, QDate(2018, 1, 16));
    auto moved = allDates(*m_project);

    QVERIFY2(m_project->plan({QDate(2018, 1, 2), {}}, &result, &error), qPrintable(error));
    QCOMPARE(m_project->tasks().task(task.id).start, QDate(2018, 1, 16));
    QCOMPARE(m_project->tasks().task(task.id).due, QDate(2018, 1, 16));
    QCOMPARE(allDates(*m_project), moved); // nothing else moved either

    const int steps = m_project->undoStack()->count();
    QVERIFY2(m_project->releaseHolds(task.systemId, 0, &error), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QVERIFY(!m_project->tasks().task(task.id).notBefore.isValid());
    QVERIFY2(lastAudit(m_project->path()).endsWith(QLatin1String("; hold on 2018-01-16 released")),
             qPrintable(lastAudit(m_project->path())));
    QVERIFY2(m_project->plan({QDate(2018, 1, 2), {}}, &result, &error), qPrintable(error));
    QCOMPARE(m_project->tasks().task(task.id).due, QDate(2018, 1, 10));
}

void TestTimeline::movePushesLaterSteps()
{
    // Step 9 of WS-1 (Monday 8 January) moved to Thursday the 11th: step 10 follows on Friday the 12th, step
    // 11 on Tuesday the 16th (the weekend and the holiday skipped).
    const auto before = allDates(*m_project);
    QString error;
    QVERIFY2(
        m_project->moveTask(taskOf(*m_project, QStringLiteral("WS-1"), 9).id, QDate(2018, 1, 11), &error),
        qPrintable(error));
    QCOMPARE(taskOf(*m_project, QStringLiteral("WS-1"), 8).due, QDate(2018, 1, 5));
    QCOMPARE(taskOf(*m_project, QStringLiteral("WS-1"), 9).due, QDate(2018, 1, 11));
    QCOMPARE(taskOf(*m_project, QStringLiteral("WS-1"), 10).start, QDate(2018, 1, 12));
    QCOMPARE(taskOf(*m_project, QStringLiteral("WS-1"), 11).start, QDate(2018, 1, 16));
    QCOMPARE(m_project->undoStack()->count(), 1);
    m_project->undoStack()->undo();
    QCOMPARE(allDates(*m_project), before);
    m_project->undoStack()->redo();
    QCOMPARE(taskOf(*m_project, QStringLiteral("WS-1"), 11).due, QDate(2018, 1, 16));
}

void TestTimeline::moveIsHeldAfterItsDependency()
{
    // Step 10 of WS-1 (Tuesday 9 January) comes after step 9 (Monday the 8th): dragged to the 2nd it stays on
    // the 9th, and nothing is pushed on the undo stack.
    const auto before = allDates(*m_project);
    QString error;
    QVERIFY2(
        m_project->moveTask(taskOf(*m_project, QStringLiteral("WS-1"), 10).id, QDate(2018, 1, 2), &error),
        qPrintable(error));
    QCOMPARE(allDates(*m_project), before);
    QCOMPARE(m_project->undoStack()->count(), 0);
    // Step 9 moved back to Wednesday the 3rd is held on the working day after step 8 (Friday the 5th):
    // Monday 8.
    QVERIFY2(m_project->moveTask(taskOf(*m_project, QStringLiteral("WS-1"), 9).id, QDate(2018, 1, 3), &error),
             qPrintable(error));
    QCOMPARE(allDates(*m_project), before);
    // Moved later, then earlier again than its dependency allows: it comes back to the 8th, not before.
    QVERIFY(
        m_project->moveTask(taskOf(*m_project, QStringLiteral("WS-1"), 9).id, QDate(2018, 1, 22), &error));
    QCOMPARE(taskOf(*m_project, QStringLiteral("WS-1"), 9).start, QDate(2018, 1, 22));
    QVERIFY(m_project->moveTask(taskOf(*m_project, QStringLiteral("WS-1"), 9).id, QDate(2018, 1, 1), &error));
    QCOMPARE(taskOf(*m_project, QStringLiteral("WS-1"), 9).start, QDate(2018, 1, 8));
}

void TestTimeline::moveSystemWorkOnItsTeamsDays()
{
    // WS-5 is team Beta's, whose Tuesday 9 January is a day off: its removal steps are on these working days.
    const QList<QDate> beta = {QDate(2018, 1, 2),  QDate(2018, 1, 3),  QDate(2018, 1, 4),  QDate(2018, 1, 5),
                               QDate(2018, 1, 8),  QDate(2018, 1, 10), QDate(2018, 1, 11), QDate(2018, 1, 12),
                               QDate(2018, 1, 16), QDate(2018, 1, 17), QDate(2018, 1, 18), QDate(2018, 1, 19),
                               QDate(2018, 1, 22), QDate(2018, 1, 23)};
    for (int step = 5; step <= 11; ++step)
        QCOMPARE(taskOf(*m_project, QStringLiteral("WS-5"), step).due, beta.at(step - 5));
    const auto before = allDates(*m_project);
    const Id ws5 = systemNamed(*m_project, QStringLiteral("WS-5"));
    QDate start;
    for (const TaskRecord &t : m_project->tasks().allTasksOfSystem(ws5)) {
        const QDate day = t.start.isValid() ? t.start : t.due;
        if (!start.isValid() || day < start)
            start = day;
    }
    QString error;
    // A whole week on: every step moves on by the same number of Beta's working days, none onto the 9th or
    // 15th.
    QVERIFY2(m_project->moveSystemWork(ws5, start.addDays(7), &error), qPrintable(error));
    const int shift = int(beta.indexOf(taskOf(*m_project, QStringLiteral("WS-5"), 5).due));
    QVERIFY2(shift >= 4, qPrintable(taskOf(*m_project, QStringLiteral("WS-5"), 5).due.toString(Qt::ISODate)));
    for (int step = 5; step <= 11; ++step)
        QCOMPARE(taskOf(*m_project, QStringLiteral("WS-5"), step).due, beta.at(step - 5 + shift));
    // Other systems' work is untouched.
    QCOMPARE(taskOf(*m_project, QStringLiteral("WS-6"), 5).due,
             before.value(taskOf(*m_project, QStringLiteral("WS-6"), 5).id).second);
    m_project->undoStack()->undo();
    QCOMPARE(allDates(*m_project), before);
}

void TestTimeline::finishedWorkKeepsItsDates()
{
    QString error;
    const TaskRecord task = taskOf(*m_project, QStringLiteral("WS-4"), 6);
    QVERIFY(m_project->setTaskStatuses({task.id}, TaskStatus::Done, {}, &error));
    QVERIFY(!m_project->moveTask(task.id, task.due.addDays(14), &error));
    QVERIFY(error.contains(QStringLiteral("done")));
    QCOMPARE(m_project->tasks().task(task.id).due, task.due);
    // A move of the system's work leaves it where it is, and holds the steps after it behind it.
    const TaskRecord next = taskOf(*m_project, QStringLiteral("WS-4"), 7);
    QVERIFY(m_project->moveSystemWork(systemNamed(*m_project, QStringLiteral("WS-4")), QDate(2017, 1, 2),
                                      &error));
    QCOMPARE(m_project->tasks().task(task.id).due, task.due);
    QVERIFY(m_project->tasks().task(next.id).start > task.due);
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
