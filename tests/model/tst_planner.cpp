// The planner: one task per affected system and template step, nothing for systems without an open finding,
// systems spread over working days at the team's capacity, re-planning that keeps started work and drops the
// never-started tasks of cleared systems, planning steps due at the plan-of-action date, and the settings it
// refuses. Each project is a real one: created, and fed a small CSV inventory that the directive judges.
#include "model/detection/directivecatalog.h"
#include "model/planning/planner.h"
#include "model/planning/tasktemplate.h"
#include "model/project/project.h"
#include "model/project/plancommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace uproot;

namespace {

// The planner computes what changes; the plan command writes it, on the project's undo stack as the window's
// Plan > Generate does.
bool runPlanner(Project &project, const TaskTemplate &steps, const PlanSettings &settings, PlanResult *result,
                QString *error)
{
    Planner planner(project.findings(), project.tasks(), steps);
    PlanChanges changes;
    if (!planner.plan(project.primaryDirective().id, settings, &changes, error))
        return false;
    auto *command = new PlanCommand(&project, QList<PlanChanges>{changes});
    *result = command->result();
    project.undoStack()->push(command);
    return true;
}

QList<TaskRecord> tasksOf(Project &project)
{
    PageQuery q;
    q.limit = 100000;
    return project.tasks().page(q);
}

QList<FindingRow> findingsOf(Project &project, const QString &system)
{
    QList<FindingRow> rows;
    // Every finding on the report (an empty state filter leaves out only the excluded ones).
    project.findings().forEach(PageQuery{}, [&](const FindingRow &r) {
        if (r.system == system)
            rows.append(r);
        return true;
    });
    return rows;
}

// A template of the test's own: one planning step and two removal steps.
TaskTemplate testTemplate()
{
    TaskTemplate t;
    QString error;
    const bool loaded = t.load(R"({"schemaVersion": 1, "identifier": "test", "title": "Test steps", "steps": [
        {"title": "Plan the removal", "phase": "planning"},
        {"title": "Remove the product", "phase": "removal"},
        {"title": "Verify the removal", "phase": "removal"}]})",
                               QStringLiteral("test template"), &error);
    if (!loaded)
        qFatal("the test template does not load: %s", qPrintable(error));
    return t;
}

// Inventory lines (Hostname,Component,Site,Software,Publisher), judged by the catalog's documented rules
// (resources/directives/README.md, "Decisions in the shipped rules").
QByteArray confirmedOn(const char *system, const char *component = "", const char *site = "")
{
    return QByteArray(system) + ',' + component + ',' + site +
           ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab\n";
}
QByteArray agentOn(const char *system)
{
    return QByteArray(system) + ",,,Kaspersky Security Center Network Agent,Kaspersky Lab ZAO\n";
}
// Another publisher's product whose name only mentions the vendor: needs review, and open.
QByteArray needsReviewOn(const char *system)
{
    return QByteArray(system) + ",,,Kaspersky Removal Tool Helper,Contoso Ltd.\n";
}
// Another publisher's tool for the vendor's product: a known false positive, excluded by a rule.
QByteArray excludedOn(const char *system)
{
    return QByteArray(system) + ",,,Uninstaller for Kaspersky,Acme Tools Inc.\n";
}
QByteArray notCoveredOn(const char *system)
{
    return QByteArray(system) + ",,,Mozilla Firefox,Mozilla\n";
}
// SYS-01 ... SYS-n, each with one confirmed finding.
QByteArray numberedSystems(int n)
{
    QByteArray rows;
    for (int i = 1; i <= n; ++i)
        rows += confirmedOn(QStringLiteral("SYS-%1").arg(i, 2, 10, QLatin1Char('0')).toLatin1().constData());
    return rows;
}

QString systemOnDay(const QString &system, const QDate &day)
{
    return system + QLatin1Char(' ') + day.toString(Qt::ISODate);
}

const TaskRecord *findTask(const QList<TaskRecord> &tasks, const QString &system, int step)
{
    const auto it = std::find_if(tasks.cbegin(), tasks.cend(),
                                 [&](const TaskRecord &t) { return t.system == system && t.step == step; });
    return it == tasks.cend() ? nullptr : &*it;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void generatesOneTaskPerAffectedSystemAndStep_data();
    void generatesOneTaskPerAffectedSystemAndStep();
    void systemWithoutAnOpenFindingGetsNoTasks_data();
    void systemWithoutAnOpenFindingGetsNoTasks();
    void spreadsSystemsOverWorkingDaysAtCapacity_data();
    void spreadsSystemsOverWorkingDaysAtCapacity();
    void replanningKeepsStartedWorkAndDropsClearedSystems_data();
    void replanningKeepsStartedWorkAndDropsClearedSystems();
    void planningStepsAreDueAtThePlanOfActionDate_data();
    void planningStepsAreDueAtThePlanOfActionDate();
    void workingDayOnOrAfter_data();
    void workingDayOnOrAfter();
    void refusesUnusableSettings_data();
    void refusesUnusableSettings();

private:
    // A new project following BOD 17-01 (issued overrides the issue date) that imported the rows.
    bool createProject(const QByteArray &rows, const QDate &issued = {});

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    TaskTemplate m_template = testTemplate();
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

bool TestPlanner::createProject(const QByteArray &rows, const QDate &issued)
{
    ++m_n;
    const QString csv = m_dir.filePath(QStringLiteral("inventory%1.csv").arg(m_n));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("Hostname,Component,Site,Software,Publisher\n" + rows);
    file.close();
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("plan%1.uproot").arg(m_n)),
                                QStringLiteral("bod-17-01"), issued, {}, m_catalog, &error);
    if (!m_project) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    ImportReport report;
    ReadError readError;
    if (!m_project->importFile(csv, {}, nullptr, &report, &readError)) {
        qWarning("%s", qPrintable(readError.message()));
        return false;
    }
    return true;
}

void TestPlanner::cleanup()
{
    m_project.reset();
}

void TestPlanner::generatesOneTaskPerAffectedSystemAndStep_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QStringList>("affected");
    QTest::newRow("one covered product on each of two systems, a third not covered")
        << confirmedOn("WS-A") + confirmedOn("WS-B") + notCoveredOn("WS-C")
        << QStringList{QStringLiteral("WS-A"), QStringLiteral("WS-B")};
    QTest::newRow("two covered products on one system: one set of tasks")
        << confirmedOn("WS-A") + agentOn("WS-A") << QStringList{QStringLiteral("WS-A")};
    QTest::newRow("a finding that needs review is open, so its system is planned")
        << needsReviewOn("WS-A") + notCoveredOn("WS-B") << QStringList{QStringLiteral("WS-A")};
    QTest::newRow("a title a rule excludes is not planned")
        << excludedOn("WS-A") + confirmedOn("WS-B") << QStringList{QStringLiteral("WS-B")};
    QTest::newRow("nothing covered, nothing planned") << notCoveredOn("WS-A") << QStringList();
}

void TestPlanner::generatesOneTaskPerAffectedSystemAndStep()
{
    QFETCH(QByteArray, rows);
    QFETCH(QStringList, affected);
    QVERIFY(createProject(rows));
    PlanSettings settings;
    settings.removalStart = QDate(2017, 12, 12);
    settings.planDue = QDate(2017, 11, 12);
    PlanResult result;
    QString error;
    QVERIFY2(runPlanner(*m_project, m_template, settings, &result, &error), qPrintable(error));
    const qint64 steps = m_template.steps().size();
    QCOMPARE(result.systems, qint64(affected.size()));
    QCOMPARE(result.tasksAdded, qint64(affected.size() * steps));
    QCOMPARE(result.tasksRemoved, qint64(0));
    QCOMPARE(result.projectedFinish, affected.isEmpty() ? QDate() : settings.removalStart);

    const QList<TaskRecord> tasks = tasksOf(*m_project);
    QCOMPARE(tasks.size(), qsizetype(affected.size() * steps));
    for (const QString &system : affected) {
        for (int step = 1; step <= steps; ++step) {
            const TaskRecord *t = findTask(tasks, system, step);
            QVERIFY2(t, qPrintable(QStringLiteral("%1 step %2").arg(system).arg(step)));
            QCOMPARE(t->title, m_template.steps().at(step - 1).title);
            QCOMPARE(toString(t->status), toString(TaskStatus::ToDo));
        }
    }
}

void TestPlanner::systemWithoutAnOpenFindingGetsNoTasks_data()
{
    QTest::addColumn<QByteArray>("rows"); // WS-X's lines; WS-Y always has one open finding
    QTest::addColumn<int>("decision");    // what WS-X's first `decided` findings are marked, -1 for none
    QTest::addColumn<int>("decided");
    QTest::addColumn<QStringList>("affected");
    const QStringList onlyY = {QStringLiteral("WS-Y")};
    const QStringList both = {QStringLiteral("WS-X"), QStringLiteral("WS-Y")};
    QTest::newRow("dismissed as a false positive")
        << confirmedOn("WS-X") << int(FindingState::FalsePositive) << 1 << onlyY;
    QTest::newRow("an approved exception")
        << confirmedOn("WS-X") << int(FindingState::Exception) << 1 << onlyY;
    QTest::newRow("excluded by a rule of the directive") << excludedOn("WS-X") << -1 << 0 << onlyY;
    QTest::newRow("two findings, both dismissed")
        << confirmedOn("WS-X") + agentOn("WS-X") << int(FindingState::FalsePositive) << 2 << onlyY;
    // The contrast: one open finding left is enough to plan the system.
    QTest::newRow("two findings, one dismissed")
        << confirmedOn("WS-X") + agentOn("WS-X") << int(FindingState::FalsePositive) << 1 << both;
    QTest::newRow("an open finding next to an excluded title")
        << excludedOn("WS-X") + confirmedOn("WS-X") << -1 << 0 << both;
}

void TestPlanner::systemWithoutAnOpenFindingGetsNoTasks()
{
    QFETCH(QByteArray, rows);
    QFETCH(int, decision);
    QFETCH(int, decided);
    QFETCH(QStringList, affected);
    QVERIFY(createProject(rows + confirmedOn("WS-Y")));
    const QList<FindingRow> findings = findingsOf(*m_project, QStringLiteral("WS-X"));
    QVERIFY(findings.size() >= decided);
    for (int i = 0; i < decided; ++i)
        m_project->setFindingState(findings.at(i).id, FindingState(decision),
                                   QStringLiteral("decided in a test"));

    PlanSettings settings;
    settings.removalStart = QDate(2017, 12, 12);
    PlanResult result;
    QString error;
    QVERIFY2(runPlanner(*m_project, m_template, settings, &result, &error), qPrintable(error));
    QCOMPARE(result.systems, qint64(affected.size()));
    QStringList planned;
    for (const TaskRecord &t : tasksOf(*m_project)) {
        if (!planned.contains(t.system))
            planned << t.system;
    }
    planned.sort();
    QCOMPARE(planned, affected);
}

void TestPlanner::spreadsSystemsOverWorkingDaysAtCapacity_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<int>("perDay");
    QTest::addColumn<QDate>("start");
    // Each system's removal day, worked out on a calendar: 12 Dec 2017 is a Tuesday, 16-17 Dec a weekend;
    // 2 Mar 2018 is a Friday, 3-4 and 10-11 Mar weekends. No federal holiday falls in either stretch.
    QTest::addColumn<QStringList>("expected");
    const auto on = [](const char *system, int y, int m, int d) {
        return systemOnDay(QString::fromLatin1(system), QDate(y, m, d));
    };
    QTest::newRow("capacity above the number of systems: all on the start day")
        << numberedSystems(3) << 5 << QDate(2017, 12, 12)
        << QStringList{on("SYS-01", 2017, 12, 12), on("SYS-02", 2017, 12, 12), on("SYS-03", 2017, 12, 12)};
    QTest::newRow("two a day from a Tuesday")
        << numberedSystems(5) << 2 << QDate(2017, 12, 12)
        << QStringList{on("SYS-01", 2017, 12, 12), on("SYS-02", 2017, 12, 12), on("SYS-03", 2017, 12, 13),
                       on("SYS-04", 2017, 12, 13), on("SYS-05", 2017, 12, 14)};
    QTest::newRow("one a day from a Thursday, over the weekend")
        << numberedSystems(4) << 1 << QDate(2017, 12, 14)
        << QStringList{on("SYS-01", 2017, 12, 14), on("SYS-02", 2017, 12, 15), on("SYS-03", 2017, 12, 18),
                       on("SYS-04", 2017, 12, 19)};
    QTest::newRow("a full Friday, the rest on Monday")
        << numberedSystems(4) << 3 << QDate(2017, 12, 15)
        << QStringList{on("SYS-01", 2017, 12, 15), on("SYS-02", 2017, 12, 15), on("SYS-03", 2017, 12, 15),
                       on("SYS-04", 2017, 12, 18)};
    QTest::newRow("a start on Saturday begins on Monday")
        << numberedSystems(2) << 1 << QDate(2017, 12, 16)
        << QStringList{on("SYS-01", 2017, 12, 18), on("SYS-02", 2017, 12, 19)};
    QTest::newRow("a start on Sunday begins on Monday")
        << numberedSystems(3) << 2 << QDate(2017, 12, 17)
        << QStringList{on("SYS-01", 2017, 12, 18), on("SYS-02", 2017, 12, 18), on("SYS-03", 2017, 12, 19)};
    QTest::newRow("one a day over two weekends")
        << numberedSystems(7) << 1 << QDate(2018, 3, 2)
        << QStringList{on("SYS-01", 2018, 3, 2), on("SYS-02", 2018, 3, 5), on("SYS-03", 2018, 3, 6),
                       on("SYS-04", 2018, 3, 7), on("SYS-05", 2018, 3, 8), on("SYS-06", 2018, 3, 9),
                       on("SYS-07", 2018, 3, 12)};
    // Placed in order of component, then site, then name: not the order of the names alone.
    QTest::newRow("ordered by component, site and name")
        << confirmedOn("WS-A", "Zeta", "HQ") + confirmedOn("WS-B", "Alpha", "HQ") +
               confirmedOn("WS-C", "Alpha", "Annex") + confirmedOn("WS-D", "Alpha", "HQ")
        << 1 << QDate(2017, 12, 12)
        << QStringList{on("WS-C", 2017, 12, 12), on("WS-B", 2017, 12, 13), on("WS-D", 2017, 12, 14),
                       on("WS-A", 2017, 12, 15)};
}

void TestPlanner::spreadsSystemsOverWorkingDaysAtCapacity()
{
    QFETCH(QByteArray, rows);
    QFETCH(int, perDay);
    QFETCH(QDate, start);
    QFETCH(QStringList, expected);
    QVERIFY(createProject(rows));
    PlanSettings settings;
    settings.systemsPerDay = perDay;
    settings.removalStart = start;
    settings.planDue = QDate(2017, 11, 12);
    PlanResult result;
    QString error;
    QVERIFY2(runPlanner(*m_project, m_template, settings, &result, &error), qPrintable(error));

    QStringList removalDays;
    QDate last;
    const QList<TaskRecord> tasks = tasksOf(*m_project);
    QCOMPARE(tasks.size(), expected.size() * m_template.steps().size());
    for (const TaskRecord &t : tasks) {
        if (m_template.steps().at(t.step - 1).planning) {
            QCOMPARE(t.due, settings.planDue);
            continue;
        }
        // Every removal step of a system is due on the system's day, the day of its first removal step (2).
        const TaskRecord *firstRemoval = findTask(tasks, t.system, 2);
        QVERIFY(firstRemoval);
        QCOMPARE(t.due, firstRemoval->due);
        if (t.step == 2)
            removalDays << systemOnDay(t.system, t.due);
        last = std::max(last, t.due);
    }
    removalDays.sort();
    expected.sort();
    QCOMPARE(removalDays, expected);
    QCOMPARE(result.projectedFinish, last);
}

void TestPlanner::replanningKeepsStartedWorkAndDropsClearedSystems_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("started");
    QTest::newRow("never started (to do)") << int(TaskStatus::ToDo) << false;
    QTest::newRow("in progress") << int(TaskStatus::InProgress) << true;
    QTest::newRow("blocked") << int(TaskStatus::Blocked) << true;
    QTest::newRow("done") << int(TaskStatus::Done) << true;
    QTest::newRow("skipped") << int(TaskStatus::Skipped) << true;
}

// Three systems planned one a day from Tuesday 12 Dec 2017 (WS-A 12, WS-B 13, WS-C 14 Dec). Then WS-A's and
// WS-B's findings are dismissed, one task of WS-A and of WS-C gets the row's status, and the plan is
// refreshed from Monday 18 Dec: WS-C, the one system left, moves to that day unless its removal was started.
void TestPlanner::replanningKeepsStartedWorkAndDropsClearedSystems()
{
    QFETCH(int, status);
    QFETCH(bool, started);
    QVERIFY(createProject(confirmedOn("WS-A") + confirmedOn("WS-B") + confirmedOn("WS-C")));
    PlanSettings settings;
    settings.systemsPerDay = 1;
    settings.removalStart = QDate(2017, 12, 12);
    settings.planDue = QDate(2017, 11, 12);
    PlanResult result;
    QString error;
    QVERIFY2(runPlanner(*m_project, m_template, settings, &result, &error), qPrintable(error));
    QList<TaskRecord> tasks = tasksOf(*m_project);
    QCOMPARE(tasks.size(), 9);
    const TaskRecord *clearedTask = findTask(tasks, QStringLiteral("WS-A"), 2);
    const TaskRecord *keptTask = findTask(tasks, QStringLiteral("WS-C"), 3);
    QVERIFY(clearedTask && keptTask);
    QCOMPARE(clearedTask->due, QDate(2017, 12, 12));
    QCOMPARE(keptTask->due, QDate(2017, 12, 14));
    const Id clearedId = clearedTask->id;
    const Id keptId = keptTask->id;
    if (started) {
        m_project->setTaskStatus(clearedId, TaskStatus(status), QStringLiteral("set in a test"));
        m_project->setTaskStatus(keptId, TaskStatus(status), QStringLiteral("set in a test"));
    }
    for (const char *system : {"WS-A", "WS-B"}) {
        for (const FindingRow &f : findingsOf(*m_project, QString::fromLatin1(system)))
            m_project->setFindingState(f.id, FindingState::FalsePositive,
                                       QStringLiteral("decided in a test"));
    }

    settings.removalStart = QDate(2017, 12, 18);
    QVERIFY2(runPlanner(*m_project, m_template, settings, &result, &error), qPrintable(error));
    QCOMPARE(result.systems, qint64(1));
    QCOMPARE(result.tasksAdded, qint64(0));
    // WS-B's three tasks and WS-A's never-started ones go.
    QCOMPARE(result.tasksRemoved, qint64(started ? 3 + 2 : 3 + 3));
    tasks = tasksOf(*m_project);
    QCOMPARE(tasks.size(), started ? 4 : 3);
    QVERIFY(!findTask(tasks, QStringLiteral("WS-B"), 1));
    QVERIFY(!findTask(tasks, QStringLiteral("WS-A"), 1));
    QVERIFY(!findTask(tasks, QStringLiteral("WS-A"), 3));

    const TaskRecord *cleared = findTask(tasks, QStringLiteral("WS-A"), 2);
    QCOMPARE(cleared != nullptr, started);
    if (cleared) {
        QCOMPARE(cleared->id, clearedId);
        QCOMPARE(toString(cleared->status), toString(TaskStatus(status)));
        QCOMPARE(cleared->due, QDate(2017, 12, 12));
    }
    const TaskRecord *kept = findTask(tasks, QStringLiteral("WS-C"), 3);
    QVERIFY(kept);
    QCOMPARE(kept->id, keptId);
    QCOMPARE(toString(kept->status), toString(TaskStatus(status)));
    QCOMPARE(kept->due, started ? QDate(2017, 12, 14) : QDate(2017, 12, 18));
    // WS-C's other tasks were never started and follow the new plan: even once its removal has begun (the system
    // then keeps its slot on the 14th), no step still to do starts before the removal start.
    QCOMPARE(findTask(tasks, QStringLiteral("WS-C"), 1)->due, settings.planDue);
    QCOMPARE(findTask(tasks, QStringLiteral("WS-C"), 2)->due, QDate(2017, 12, 18));
}

void TestPlanner::planningStepsAreDueAtThePlanOfActionDate_data()
{
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<QDate>("planOfAction");
    QTest::addColumn<QDate>("removalDay");
    QTest::addColumn<QDate>("finish");
    // BOD 17-01: the plan of action 60 days after issue, removal work from day 90 (domain/directives.md).
    // The directive counts calendar days, so the plan-of-action date stays on a weekend; removal work begins
    // on the first working day. The shipped removal steps are seven of one working day, each after the one
    // before, so both systems (one slot day at the default capacity) finish on the seventh working day.
    QTest::newRow("as issued, 13 Sep 2017: plan due Sunday 12 Nov, removal Tuesday 12 Dec")
        << QDate() << QDate(2017, 11, 12) << QDate(2017, 12, 12) << QDate(2017, 12, 20);
    QTest::newRow("issued 2 Jan 2018: plan due Saturday 3 Mar, removal Monday 2 Apr")
        << QDate(2018, 1, 2) << QDate(2018, 3, 3) << QDate(2018, 4, 2) << QDate(2018, 4, 10);
    QTest::newRow("issued 8 Jan 2018: day 90 is Sunday 8 Apr, removal Monday 9 Apr")
        << QDate(2018, 1, 8) << QDate(2018, 3, 9) << QDate(2018, 4, 9) << QDate(2018, 4, 17);
}

// Through Project::plan with the shipped template, as the Plan menu and `uproot plan` run it.
void TestPlanner::planningStepsAreDueAtThePlanOfActionDate()
{
    QFETCH(QDate, issued);
    QFETCH(QDate, planOfAction);
    QFETCH(QDate, removalDay);
    QFETCH(QDate, finish);
    QVERIFY(createProject(confirmedOn("WS-A") + agentOn("SRV-B"), issued));
    PlanResult result;
    QString error;
    QVERIFY2(m_project->plan(&result, &error), qPrintable(error));
    const TaskTemplate shipped = TaskTemplate::builtin();
    const qsizetype planningSteps = std::count_if(shipped.steps().cbegin(), shipped.steps().cend(),
                                                  [](const TaskTemplate::Step &s) { return s.planning; });
    QVERIFY(planningSteps > 0 && planningSteps < shipped.steps().size());
    const QList<TaskRecord> tasks = tasksOf(*m_project);
    QCOMPARE(tasks.size(), 2 * shipped.steps().size());
    for (const TaskRecord &t : tasks) {
        const TaskTemplate::Step &step = shipped.steps().at(t.step - 1);
        // Planning steps by the plan of action; the first removal step (it follows none) on the removal day.
        const bool onItsDay = step.planning ? t.due == planOfAction
                                            : (step.after.isEmpty() ? t.due == removalDay && t.start == removalDay
                                                                    : t.due > removalDay && t.due <= finish);
        QVERIFY2(onItsDay,
                 qPrintable(QStringLiteral("%1 step %2 due %3")
                                .arg(t.system)
                                .arg(t.step)
                                .arg(t.due.toString(Qt::ISODate))));
    }
    QCOMPARE(result.projectedFinish, finish);
}

void TestPlanner::workingDayOnOrAfter_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Saturday moves to Monday") << QDate(2017, 12, 16) << QDate(2017, 12, 18);
    QTest::newRow("Sunday moves to Monday") << QDate(2017, 12, 17) << QDate(2017, 12, 18);
    QTest::newRow("Monday stays") << QDate(2017, 12, 18) << QDate(2017, 12, 18);
    QTest::newRow("Wednesday stays") << QDate(2017, 12, 13) << QDate(2017, 12, 13);
    QTest::newRow("Friday stays") << QDate(2017, 12, 15) << QDate(2017, 12, 15);
    QTest::newRow("Saturday at the end of a month moves into the next")
        << QDate(2018, 3, 31) << QDate(2018, 4, 2);
}

void TestPlanner::workingDayOnOrAfter()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(Planner::workingDayOnOrAfter(date), expected);
}

void TestPlanner::refusesUnusableSettings_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("perDay");
    QTest::addColumn<bool>("plans");
    QTest::newRow("no removal start") << QDate() << 25 << false;
    QTest::newRow("a capacity of zero") << QDate(2017, 12, 12) << 0 << false;
    QTest::newRow("a negative capacity") << QDate(2017, 12, 12) << -3 << false;
    // The contrast: the smallest usable settings plan.
    QTest::newRow("one system a day from a start date") << QDate(2017, 12, 12) << 1 << true;
}

void TestPlanner::refusesUnusableSettings()
{
    QFETCH(QDate, start);
    QFETCH(int, perDay);
    QFETCH(bool, plans);
    QVERIFY(createProject(confirmedOn("WS-A")));
    PlanSettings settings;
    settings.removalStart = start;
    settings.systemsPerDay = perDay;
    PlanResult result;
    QString error;
    QCOMPARE(runPlanner(*m_project, m_template, settings, &result, &error), plans);
    QCOMPARE(error.isEmpty(), plans);
    QCOMPARE(tasksOf(*m_project).size(), plans ? m_template.steps().size() : 0);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
