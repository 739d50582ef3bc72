// The schedule with teams: each team's capacity and calendar (weekends, federal holidays as observed, its own days
// off), the most critical systems first, a site's management servers after its agents, step durations and
// dependencies, started work keeping its dates and slot, one schedule across directives, each component's finish,
// and the target: missed by how many working days, and the capacity that would meet it. The planner reads through the store's interfaces,
// so these cases feed it from memory; every expected date was worked out on a calendar.
#include "model/planning/planner.h"
#include "model/planning/workingcalendar.h"
#include "model/store/findingsreader.h"
#include "model/store/tasksreader.h"

#include <QTest>

using namespace uproot;

namespace {

// The affected systems a test gives; nothing else of the findings is read by the planner.
class AffectedSystems final : public FindingsReader
{
public:
    QList<AffectedSystemRow> rows;                   // of every directive
    QHash<Id, QList<AffectedSystemRow>> byDirective; // when a test gives directives their own

    QList<AffectedSystemRow> affectedSystems(Id directive) override
    {
        return byDirective.contains(directive) ? byDirective.value(directive) : rows;
    }
    qint64 countForDirective(Id) override { return 0; }
    qint64 countAll() override { return 0; }
    qint64 count(const PageQuery &) override { return 0; }
    QList<FindingRow> page(const PageQuery &) override { return {}; }
    bool forEach(const PageQuery &, const std::function<bool(const FindingRow &)> &) override { return true; }
    FindingRow finding(Id) override { return {}; }
    Id findingIdFor(Id, Id) override { return 0; }
    QList<FindingRow> findingsOfSystem(Id) override { return {}; }
    QList<FindingGroup> groups(Column, const PageQuery &) override { return {}; }
    QList<ProductSummary> productCounts(Id) override { return {}; }
    QList<ComponentSummary> componentCounts(Id) override { return {}; }
    qint64 affectedSystemCount(Id) override { return rows.size(); }
};

class NoTasks final : public TasksReader
{
public:
    QList<TaskRecord> rows; // tasks a test says exist already

    TaskRecord task(Id) override { return {}; }
    qint64 count(const PageQuery &) override { return 0; }
    QList<TaskRecord> page(const PageQuery &) override { return {}; }
    QList<TaskRecord> tasksOfSystem(Id, Id) override { return {}; }
    QList<TaskRecord> tasksOfDirective(Id directive) override
    {
        QList<TaskRecord> mine;
        for (const TaskRecord &t : std::as_const(rows)) {
            if (t.directiveId == directive)
                mine.append(t);
        }
        return mine;
    }
    QList<TaskEvidenceRecord> evidenceOfTask(Id) override { return {}; }
    TaskEvidenceRecord evidenceItem(Id) override { return {}; }
    QList<TaskRecord> allTasksOfSystem(Id) override { return {}; }
    QList<TaskEvidenceRecord> evidenceOfSystem(Id) override { return {}; }
    qint64 countByStatus(TaskStatus) override { return 0; }
    qint64 total() override { return 0; }
    QHash<Id, SystemProgress> progressBySystem(Id) override { return {}; }
    qint64 countTaskGroups(const TaskGroupFilter &) override { return 0; }
    QList<TaskGroupRecord> taskGroups(const TaskGroupFilter &, qint64, int) override { return {}; }
    TaskGroupRecord taskGroup(Id, const TaskGroupFilter &) override { return {}; }
    QList<TaskRecord> groupTasks(Id, const TaskGroupFilter &) override { return {}; }
    QStringList taskTeams() override { return {}; }
    QStringList taskComponents() override { return {}; }
};

TaskTemplate oneStep(int days = 1)
{
    TaskTemplate t;
    QString error;
    t.load(QStringLiteral(R"({"schemaVersion": 1, "identifier": "t", "title": "t",
                              "steps": [{"title": "Remove", "phase": "removal", "days": %1}]})")
               .arg(days)
               .toUtf8(),
           QStringLiteral("test"), &error);
    return t;
}

// A planning step, then stage (1 day), uninstall after it (2 days), verify after that (1 day), and a note that
// follows nothing (1 day).
TaskTemplate chain()
{
    TaskTemplate t;
    QString error;
    if (!t.load(R"({"schemaVersion": 1, "identifier": "chain", "title": "chain", "steps": [
            {"id": "plan", "title": "Plan", "phase": "planning"},
            {"id": "stage", "title": "Stage", "phase": "removal", "days": 1},
            {"id": "uninstall", "title": "Uninstall", "phase": "removal", "days": 2, "after": ["stage"]},
            {"id": "verify", "title": "Verify", "phase": "removal", "days": 1, "after": ["uninstall"]},
            {"id": "note", "title": "Note", "phase": "removal", "days": 1}]})",
                QStringLiteral("chain"), &error))
        qFatal("%s", qPrintable(error));
    return t;
}

const QDate kPlanDue(2017, 12, 1);

int stepNumber(const TaskTemplate &t, const QString &id)
{
    for (int i = 0; i < t.steps().size(); ++i) {
        if (t.steps()[i].id == id)
            return i + 1;
    }
    return 0;
}

QString describe(const TaskRecord &t, const QMap<Id, QString> &names, const TaskTemplate &steps)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(names.value(t.systemId), steps.steps().at(t.step - 1).id,
             t.start.isValid() ? t.start.toString(Qt::ISODate) : QStringLiteral("-"), t.due.toString(Qt::ISODate));
}

// "NAME team site criticality kind component", space-separated; "-" for an empty field.
AffectedSystemRow system(Id id, const QString &spec)
{
    const QStringList f = spec.split(u' ');
    const auto field = [&](int i) { return f.value(i) == QLatin1String("-") ? QString() : f.value(i); };
    AffectedSystemRow r;
    r.systemId = id;
    r.name = field(0);
    r.team = field(1);
    r.site = field(2);
    r.criticality = field(3);
    r.kind = field(4).replace(u'_', u' ');
    r.component = field(5);
    return r;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private slots:
    void calendarSkipsWeekendsHolidaysAndDaysOff_data();
    void calendarSkipsWeekendsHolidaysAndDaysOff();
    void schedulesEachSystem_data();
    void schedulesEachSystem();
    void reportsTheTarget_data();
    void reportsTheTarget();
    void refusesATargetBeforeTheStart();
    void placesStepsByDurationAndDependency_data();
    void placesStepsByDurationAndDependency();
    void startedWorkKeepsItsDatesAndSlot_data();
    void startedWorkKeepsItsDatesAndSlot();
    void directivesShareTheTeamsCapacity_data();
    void directivesShareTheTeamsCapacity();
    void reportsEachComponentsFinish_data();
    void reportsEachComponentsFinish();
};

void TestScheduler::calendarSkipsWeekendsHolidaysAndDaysOff_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QList<QDate>>("daysOff");
    QTest::addColumn<QDate>("next");
    QTest::newRow("a Wednesday") << QDate(2018, 1, 10) << QList<QDate>{} << QDate(2018, 1, 10);
    QTest::newRow("Saturday to Monday") << QDate(2018, 1, 6) << QList<QDate>{} << QDate(2018, 1, 8);
    QTest::newRow("Martin Luther King Jr. Day 2018") << QDate(2018, 1, 15) << QList<QDate>{} << QDate(2018, 1, 16);
    QTest::newRow("Christmas 2016, a Sunday, observed Monday") << QDate(2016, 12, 24) << QList<QDate>{}
                                                                << QDate(2016, 12, 27);
    QTest::newRow("Independence Day 2020, a Saturday, observed Friday")
        << QDate(2020, 7, 3) << QList<QDate>{} << QDate(2020, 7, 6);
    QTest::newRow("a team's own day off") << QDate(2018, 1, 9) << QList<QDate>{QDate(2018, 1, 9)}
                                          << QDate(2018, 1, 10);
}

void TestScheduler::calendarSkipsWeekendsHolidaysAndDaysOff()
{
    QFETCH(QDate, day);
    QFETCH(QList<QDate>, daysOff);
    QFETCH(QDate, next);
    QCOMPARE(WorkingCalendar(daysOff).onOrAfter(day), next);
}

void TestScheduler::schedulesEachSystem_data()
{
    QTest::addColumn<QList<TeamRecord>>("teams");
    QTest::addColumn<int>("defaultCapacity");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QStringList>("systems");
    QTest::addColumn<QList<QDate>>("days"); // the removal day of each system, in the order given

    QTest::newRow("over Christmas 2017, two a day")
        << QList<TeamRecord>{{1, QStringLiteral("Alpha"), 2, {}}} << 25 << QDate(2017, 12, 22)
        << QStringList{QStringLiteral("A1 Alpha s -"), QStringLiteral("A2 Alpha s -"), QStringLiteral("A3 Alpha s -"), QStringLiteral("A4 Alpha s -"), QStringLiteral("A5 Alpha s -")}
        << QList<QDate>{{2017, 12, 22}, {2017, 12, 22}, {2017, 12, 26}, {2017, 12, 26}, {2017, 12, 27}};
    QTest::newRow("a team's day off")
        << QList<TeamRecord>{{1, QStringLiteral("Alpha"), 1, {QDate(2018, 1, 9)}}} << 25 << QDate(2018, 1, 8)
        << QStringList{QStringLiteral("A1 Alpha s -"), QStringLiteral("A2 Alpha s -"), QStringLiteral("A3 Alpha s -")}
        << QList<QDate>{{2018, 1, 8}, {2018, 1, 10}, {2018, 1, 11}};
    QTest::newRow("two teams side by side, a system of no team at the default capacity")
        << QList<TeamRecord>{{1, QStringLiteral("Alpha"), 1, {}}, {2, QStringLiteral("Beta"), 1, {}}} << 1
        << QDate(2018, 1, 8)
        << QStringList{QStringLiteral("A1 Alpha s -"), QStringLiteral("B1 Beta s -"), QStringLiteral("A2 Alpha s -"), QStringLiteral("N1 - s -"), QStringLiteral("X1 Undefined s -")}
        << QList<QDate>{{2018, 1, 8}, {2018, 1, 8}, {2018, 1, 9}, {2018, 1, 8}, {2018, 1, 9}};
    QTest::newRow("the most critical first")
        << QList<TeamRecord>{{1, QStringLiteral("Alpha"), 1, {}}} << 25 << QDate(2018, 1, 8)
        << QStringList{QStringLiteral("L1 Alpha s low -"), QStringLiteral("U1 Alpha s - -"), QStringLiteral("H1 Alpha s high -"), QStringLiteral("M1 Alpha s moderate -")}
        << QList<QDate>{{2018, 1, 10}, {2018, 1, 11}, {2018, 1, 8}, {2018, 1, 9}};
    QTest::newRow("a site's management server after its agents, another site's not held up")
        << QList<TeamRecord>{{1, QStringLiteral("Alpha"), 10, {}}} << 25 << QDate(2018, 1, 8)
        << QStringList{QStringLiteral("KSC-A Alpha a - management_server"), QStringLiteral("WS-A1 Alpha a - -"), QStringLiteral("WS-A2 Alpha a - -"),
                       QStringLiteral("WS-B1 Alpha b - -")}
        << QList<QDate>{{2018, 1, 9}, {2018, 1, 8}, {2018, 1, 8}, {2018, 1, 8}};
}

void TestScheduler::schedulesEachSystem()
{
    QFETCH(QList<TeamRecord>, teams);
    QFETCH(int, defaultCapacity);
    QFETCH(QDate, start);
    QFETCH(QStringList, systems);
    QFETCH(QList<QDate>, days);
    AffectedSystems findings;
    for (int i = 0; i < systems.size(); ++i)
        findings.rows.append(system(i + 1, systems.at(i)));
    NoTasks tasks;
    Planner planner(findings, tasks, oneStep());
    PlanSettings settings;
    settings.systemsPerDay = defaultCapacity;
    settings.removalStart = start;
    settings.teams = teams;
    PlanChanges changes;
    QString error;
    QVERIFY2(planner.plan(1, settings, &changes, &error), qPrintable(error));
    QHash<Id, QDate> due;
    for (const TaskRecord &t : std::as_const(changes.added))
        due.insert(t.systemId, t.due);
    for (int i = 0; i < systems.size(); ++i)
        QVERIFY2(due.value(i + 1) == days.at(i), qPrintable(QStringLiteral("%1: %2, expected %3")
                                                                .arg(systems.at(i).section(u' ', 0, 0),
                                                                     due.value(i + 1).toString(Qt::ISODate),
                                                                     days.at(i).toString(Qt::ISODate))));
}

void TestScheduler::reportsTheTarget_data()
{
    QTest::addColumn<int>("systems");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("days"); // the one removal step's working days
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("target");
    QTest::addColumn<QDate>("finish");
    QTest::addColumn<int>("workingDaysLate");
    QTest::addColumn<int>("capacityToMeet");

    // 20 systems at 2 a day from Monday 8 January 2018 take ten working days; 15 January is a holiday.
    QTest::newRow("missed by five working days") << 20 << 2 << 1 << QDate(2018, 1, 8) << QDate(2018, 1, 12)
                                                 << QDate(2018, 1, 22) << 5 << 4;
    QTest::newRow("met with two to spare") << 20 << 2 << 1 << QDate(2018, 1, 8) << QDate(2018, 1, 24)
                                           << QDate(2018, 1, 22) << -2 << 0;
    QTest::newRow("met on the day") << 20 << 2 << 1 << QDate(2018, 1, 8) << QDate(2018, 1, 22) << QDate(2018, 1, 22)
                                    << 0 << 0;
    // Removal cannot start before Tuesday 16 January; a target of Saturday 13 January leaves no working day.
    QTest::newRow("no working day before the target") << 3 << 1 << 1 << QDate(2018, 1, 13) << QDate(2018, 1, 13)
                                                      << QDate(2018, 1, 18) << 3 << -1;
    // Six systems at two a day from Monday 8 January get slots on the 8th, 9th and 10th; three days of work from
    // the 10th end on Friday the 12th, a day after a Thursday target. Three a day puts every slot by the 9th.
    QTest::newRow("three-day steps: missed by one working day")
        << 6 << 2 << 3 << QDate(2018, 1, 8) << QDate(2018, 1, 11) << QDate(2018, 1, 12) << 1 << 3;
    // One a day from Friday 12 January: slots on the 12th, 16th (the 15th is a holiday), 17th and 18th; two days
    // of work from the 18th end on the 19th, two working days after a Wednesday target. Two a day gives slots on
    // the 12th and 16th, the last finished on the 17th.
    QTest::newRow("two-day steps over a holiday: missed by two")
        << 4 << 1 << 2 << QDate(2018, 1, 12) << QDate(2018, 1, 17) << QDate(2018, 1, 19) << 2 << 2;
    // Two days of work starting on the 12th end on the 16th at the earliest: no capacity meets the 12th.
    QTest::newRow("the steps alone miss the target")
        << 4 << 1 << 2 << QDate(2018, 1, 12) << QDate(2018, 1, 12) << QDate(2018, 1, 19) << 4 << -1;
}

void TestScheduler::reportsTheTarget()
{
    QFETCH(int, systems);
    QFETCH(int, capacity);
    QFETCH(int, days);
    QFETCH(QDate, start);
    QFETCH(QDate, target);
    QFETCH(QDate, finish);
    QFETCH(int, workingDaysLate);
    QFETCH(int, capacityToMeet);
    AffectedSystems findings;
    for (int i = 0; i < systems; ++i)
        findings.rows.append(system(i + 1, QStringLiteral("WS-%1 Alpha s - -").arg(i)));
    NoTasks tasks;
    Planner planner(findings, tasks, oneStep(days));
    PlanSettings settings;
    settings.removalStart = start;
    settings.target = target;
    settings.teams = {{1, QStringLiteral("Alpha"), capacity, {}}};
    PlanChanges changes;
    QString error;
    QVERIFY2(planner.plan(1, settings, &changes, &error), qPrintable(error));
    const PlanResult &r = changes.result;
    QCOMPARE(r.projectedFinish, finish);
    QCOMPARE(r.workingDaysLate, workingDaysLate);
    QCOMPARE(r.teams.size(), 1);
    QCOMPARE(r.teams.first().team, QStringLiteral("Alpha"));
    QCOMPARE(r.teams.first().finish, finish);
    QCOMPARE(r.teams.first().capacityToMeetTarget, capacityToMeet);
}

void TestScheduler::refusesATargetBeforeTheStart()
{
    AffectedSystems findings;
    findings.rows.append(system(1, QStringLiteral("WS-1 - s - -")));
    NoTasks tasks;
    Planner planner(findings, tasks, oneStep());
    PlanSettings settings;
    settings.removalStart = QDate(2018, 1, 8);
    settings.target = QDate(2018, 1, 5);
    PlanChanges changes;
    QString error;
    QVERIFY(!planner.plan(1, settings, &changes, &error));
    QVERIFY2(error.contains(QLatin1String("2018-01-05")), qPrintable(error));
}

void TestScheduler::placesStepsByDurationAndDependency_data()
{
    QTest::addColumn<QList<TeamRecord>>("teams");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QStringList>("systems");
    QTest::addColumn<QStringList>("expected"); // "SYSTEM STEP START DUE" for every task

    const auto alpha = [](int capacity, QList<QDate> daysOff = {}) {
        return QList<TeamRecord>{{1, QStringLiteral("Alpha"), capacity, daysOff}};
    };
    // Friday 12 January 2018; Monday the 15th is Martin Luther King Jr. Day.
    QTest::newRow("one a day, a holiday between steps")
        << alpha(1) << QDate(2018, 1, 12) << QStringList{QStringLiteral("S1 Alpha s"), QStringLiteral("S2 Alpha s")}
        << QStringList{QStringLiteral("S1 plan - 2017-12-01"), QStringLiteral("S1 stage 2018-01-12 2018-01-12"),
                       QStringLiteral("S1 uninstall 2018-01-16 2018-01-17"),
                       QStringLiteral("S1 verify 2018-01-18 2018-01-18"),
                       QStringLiteral("S1 note 2018-01-12 2018-01-12"), QStringLiteral("S2 plan - 2017-12-01"),
                       QStringLiteral("S2 stage 2018-01-16 2018-01-16"),
                       QStringLiteral("S2 uninstall 2018-01-17 2018-01-18"),
                       QStringLiteral("S2 verify 2018-01-19 2018-01-19"),
                       QStringLiteral("S2 note 2018-01-16 2018-01-16")};
    QTest::newRow("a team's day off inside a two-day step")
        << alpha(1, {QDate(2018, 1, 17)}) << QDate(2018, 1, 12) << QStringList{QStringLiteral("S1 Alpha s")}
        << QStringList{QStringLiteral("S1 plan - 2017-12-01"), QStringLiteral("S1 stage 2018-01-12 2018-01-12"),
                       QStringLiteral("S1 uninstall 2018-01-16 2018-01-18"),
                       QStringLiteral("S1 verify 2018-01-19 2018-01-19"),
                       QStringLiteral("S1 note 2018-01-12 2018-01-12")};
    // Capacity counts the systems a team starts a day, whatever their steps overlap.
    QTest::newRow("two systems started a day")
        << alpha(2) << QDate(2018, 1, 8)
        << QStringList{QStringLiteral("S1 Alpha s"), QStringLiteral("S2 Alpha s"), QStringLiteral("S3 Alpha s")}
        << QStringList{QStringLiteral("S1 plan - 2017-12-01"), QStringLiteral("S1 stage 2018-01-08 2018-01-08"),
                       QStringLiteral("S1 uninstall 2018-01-09 2018-01-10"),
                       QStringLiteral("S1 verify 2018-01-11 2018-01-11"),
                       QStringLiteral("S1 note 2018-01-08 2018-01-08"), QStringLiteral("S2 plan - 2017-12-01"),
                       QStringLiteral("S2 stage 2018-01-08 2018-01-08"),
                       QStringLiteral("S2 uninstall 2018-01-09 2018-01-10"),
                       QStringLiteral("S2 verify 2018-01-11 2018-01-11"),
                       QStringLiteral("S2 note 2018-01-08 2018-01-08"), QStringLiteral("S3 plan - 2017-12-01"),
                       QStringLiteral("S3 stage 2018-01-09 2018-01-09"),
                       QStringLiteral("S3 uninstall 2018-01-10 2018-01-11"),
                       QStringLiteral("S3 verify 2018-01-12 2018-01-12"),
                       QStringLiteral("S3 note 2018-01-09 2018-01-09")};
    // The agents of site a are finished on Thursday the 11th, so its server starts Friday the 12th and its
    // uninstall runs over the holiday weekend.
    QTest::newRow("a management server after its site's agents are finished")
        << alpha(10) << QDate(2018, 1, 8)
        << QStringList{QStringLiteral("KSC-A Alpha a - management_server"), QStringLiteral("WS-A1 Alpha a"),
                       QStringLiteral("WS-B1 Alpha b")}
        << QStringList{QStringLiteral("KSC-A plan - 2017-12-01"), QStringLiteral("KSC-A stage 2018-01-12 2018-01-12"),
                       QStringLiteral("KSC-A uninstall 2018-01-16 2018-01-17"),
                       QStringLiteral("KSC-A verify 2018-01-18 2018-01-18"),
                       QStringLiteral("KSC-A note 2018-01-12 2018-01-12"), QStringLiteral("WS-A1 plan - 2017-12-01"),
                       QStringLiteral("WS-A1 stage 2018-01-08 2018-01-08"),
                       QStringLiteral("WS-A1 uninstall 2018-01-09 2018-01-10"),
                       QStringLiteral("WS-A1 verify 2018-01-11 2018-01-11"),
                       QStringLiteral("WS-A1 note 2018-01-08 2018-01-08"), QStringLiteral("WS-B1 plan - 2017-12-01"),
                       QStringLiteral("WS-B1 stage 2018-01-08 2018-01-08"),
                       QStringLiteral("WS-B1 uninstall 2018-01-09 2018-01-10"),
                       QStringLiteral("WS-B1 verify 2018-01-11 2018-01-11"),
                       QStringLiteral("WS-B1 note 2018-01-08 2018-01-08")};
}

void TestScheduler::placesStepsByDurationAndDependency()
{
    QFETCH(QList<TeamRecord>, teams);
    QFETCH(QDate, start);
    QFETCH(QStringList, systems);
    QFETCH(QStringList, expected);
    AffectedSystems findings;
    QMap<Id, QString> names;
    for (int i = 0; i < systems.size(); ++i) {
        findings.rows.append(system(i + 1, systems.at(i)));
        names.insert(i + 1, findings.rows.last().name);
    }
    NoTasks tasks;
    const TaskTemplate steps = chain();
    Planner planner(findings, tasks, steps);
    PlanSettings settings;
    settings.removalStart = start;
    settings.planDue = kPlanDue;
    settings.teams = teams;
    PlanChanges changes;
    QString error;
    QVERIFY2(planner.plan(1, settings, &changes, &error), qPrintable(error));
    QStringList placed;
    for (const TaskRecord &t : std::as_const(changes.added))
        placed.append(describe(t, names, steps));
    placed.sort();
    expected.sort();
    QCOMPARE(placed, expected);
}

void TestScheduler::startedWorkKeepsItsDatesAndSlot_data()
{
    QTest::addColumn<int>("status");     // of A's stage step, planned for Tuesday 9 January
    QTest::addColumn<QDate>("stageDue"); // the date it has now
    QTest::addColumn<QStringList>("expected"); // "SYSTEM STEP START DUE" of the tasks added or moved

    // A, B and C at one a day from Monday 8 January; A was planned for the 9th by an earlier plan. Once its stage
    // step has begun, A keeps the 9th and takes that day's capacity: B gets the 8th and C the 10th, and A's
    // uninstall follows its stage step.
    const QStringList kept = {QStringLiteral("A uninstall 2018-01-10 2018-01-11"),
                              QStringLiteral("A verify 2018-01-12 2018-01-12"),
                              QStringLiteral("B stage 2018-01-08 2018-01-08"),
                              QStringLiteral("B uninstall 2018-01-09 2018-01-10"),
                              QStringLiteral("B verify 2018-01-11 2018-01-11"),
                              QStringLiteral("B note 2018-01-08 2018-01-08"),
                              QStringLiteral("C stage 2018-01-10 2018-01-10"),
                              QStringLiteral("C uninstall 2018-01-11 2018-01-12"),
                              QStringLiteral("C verify 2018-01-16 2018-01-16"),
                              QStringLiteral("C note 2018-01-10 2018-01-10")};
    QTest::newRow("done") << int(TaskStatus::Done) << QDate(2018, 1, 9) << kept;
    QTest::newRow("in progress") << int(TaskStatus::InProgress) << QDate(2018, 1, 9) << kept;
    QTest::newRow("blocked") << int(TaskStatus::Blocked) << QDate(2018, 1, 9) << kept;
    // Finished on Thursday the 11th: the uninstall starts Friday and runs to Tuesday over the holiday.
    QStringList late = kept;
    late.replace(0, QStringLiteral("A uninstall 2018-01-12 2018-01-16"));
    late.replace(1, QStringLiteral("A verify 2018-01-17 2018-01-17"));
    QTest::newRow("done, two days late") << int(TaskStatus::Done) << QDate(2018, 1, 11) << late;
    // Nothing begun: A is first by name and moves to the 8th with all its steps.
    QTest::newRow("to do") << int(TaskStatus::ToDo) << QDate(2018, 1, 9)
                           << QStringList{QStringLiteral("A stage 2018-01-08 2018-01-08"),
                                          QStringLiteral("A uninstall 2018-01-09 2018-01-10"),
                                          QStringLiteral("A verify 2018-01-11 2018-01-11"),
                                          QStringLiteral("A note 2018-01-08 2018-01-08"),
                                          QStringLiteral("B stage 2018-01-09 2018-01-09"),
                                          QStringLiteral("B uninstall 2018-01-10 2018-01-11"),
                                          QStringLiteral("B verify 2018-01-12 2018-01-12"),
                                          QStringLiteral("B note 2018-01-09 2018-01-09"),
                                          QStringLiteral("C stage 2018-01-10 2018-01-10"),
                                          QStringLiteral("C uninstall 2018-01-11 2018-01-12"),
                                          QStringLiteral("C verify 2018-01-16 2018-01-16"),
                                          QStringLiteral("C note 2018-01-10 2018-01-10")};
}

void TestScheduler::startedWorkKeepsItsDatesAndSlot()
{
    QFETCH(int, status);
    QFETCH(QDate, stageDue);
    QFETCH(QStringList, expected);
    AffectedSystems findings;
    QMap<Id, QString> names;
    for (const char *n : {"A", "B", "C"}) {
        findings.rows.append(system(findings.rows.size() + 1, QStringLiteral("%1 Alpha s").arg(QLatin1String(n))));
        names.insert(findings.rows.last().systemId, findings.rows.last().name);
    }
    const TaskTemplate steps = chain();
    // A's tasks as an earlier plan left them: every removal step on the 9th (as if one day each).
    NoTasks tasks;
    for (int step = 1; step <= steps.steps().size(); ++step) {
        TaskRecord t;
        t.id = 100 + step;
        t.systemId = 1;
        t.directiveId = 1;
        t.step = step;
        t.title = steps.steps().at(step - 1).title;
        const bool planning = steps.steps().at(step - 1).planning;
        t.start = planning ? QDate() : QDate(2018, 1, 9);
        t.due = planning ? kPlanDue : QDate(2018, 1, 9);
        if (steps.steps().at(step - 1).id == QLatin1String("stage")) {
            t.status = TaskStatus(status);
            t.due = stageDue;
        }
        tasks.rows.append(t);
    }
    Planner planner(findings, tasks, steps);
    PlanSettings settings;
    settings.removalStart = QDate(2018, 1, 8);
    settings.planDue = kPlanDue;
    settings.teams = {{1, QStringLiteral("Alpha"), 1, {}}};
    PlanChanges changes;
    QString error;
    QVERIFY2(planner.plan(1, settings, &changes, &error), qPrintable(error));
    QStringList placed;
    for (const TaskRecord &t : std::as_const(changes.added)) {
        if (!steps.steps().at(t.step - 1).planning)
            placed.append(describe(t, names, steps));
    }
    const QString stageId = QString::number(100 + stepNumber(steps, QStringLiteral("stage")));
    for (const PlanChanges::DateChange &d : std::as_const(changes.moved)) {
        const TaskRecord *was = nullptr;
        for (const TaskRecord &t : std::as_const(tasks.rows)) {
            if (t.id == d.taskId)
                was = &t;
        }
        QVERIFY(was);
        QVERIFY2(TaskStatus(status) == TaskStatus::ToDo || was->status == TaskStatus::ToDo,
                 qPrintable(QStringLiteral("task %1 was begun and moved").arg(d.taskId)));
        QCOMPARE(d.fromStart, was->start);
        QCOMPARE(d.fromDue, was->due);
        TaskRecord moved = *was;
        moved.start = d.toStart;
        moved.due = d.toDue;
        placed.append(describe(moved, names, steps));
    }
    placed.sort();
    expected.sort();
    QCOMPARE(placed, expected);
    QVERIFY(changes.removed.isEmpty());
}

void TestScheduler::directivesShareTheTeamsCapacity_data()
{
    QTest::addColumn<QDate>("secondStart"); // the second directive's removal start
    QTest::addColumn<QStringList>("expected"); // "SYSTEM DIRECTIVE DUE"

    // X is affected by both directives, Y by the first, Z by the second; one a day from Monday 8 January. X is one
    // piece of work: one slot, both directives' steps on it.
    QTest::newRow("the same window") << QDate(2018, 1, 8)
                                     << QStringList{QStringLiteral("X 1 2018-01-08"), QStringLiteral("X 2 2018-01-08"),
                                                    QStringLiteral("Y 1 2018-01-09"), QStringLiteral("Z 2 2018-01-10")};
    // The second directive's removal starts Wednesday the 10th: X keeps its slot on the 8th, but its second
    // directive's step waits for the 10th; Z, of the second directive alone, takes the 10th.
    QTest::newRow("the second window later") << QDate(2018, 1, 10)
                                             << QStringList{QStringLiteral("X 1 2018-01-08"),
                                                            QStringLiteral("X 2 2018-01-10"),
                                                            QStringLiteral("Y 1 2018-01-09"),
                                                            QStringLiteral("Z 2 2018-01-10")};
}

void TestScheduler::directivesShareTheTeamsCapacity()
{
    QFETCH(QDate, secondStart);
    QFETCH(QStringList, expected);
    AffectedSystems findings;
    const AffectedSystemRow x = system(1, QStringLiteral("X Alpha s"));
    const AffectedSystemRow y = system(2, QStringLiteral("Y Alpha s"));
    const AffectedSystemRow z = system(3, QStringLiteral("Z Alpha s"));
    findings.byDirective.insert(1, {x, y});
    findings.byDirective.insert(2, {x, z});
    NoTasks tasks;
    Planner planner(findings, tasks, oneStep());
    ScheduleInput input;
    input.directives = {{1, QStringLiteral("one"), QDate(2018, 1, 8), {}, {}},
                        {2, QStringLiteral("two"), secondStart, {}, {}}};
    input.teams = {{1, QStringLiteral("Alpha"), 1, {}}};
    QList<PlanChanges> changes;
    PlanResult result;
    QString error;
    QVERIFY2(planner.plan(input, &changes, &result, &error), qPrintable(error));
    QCOMPARE(changes.size(), 2);
    const QMap<Id, QString> names = {{1, QStringLiteral("X")}, {2, QStringLiteral("Y")}, {3, QStringLiteral("Z")}};
    QStringList placed;
    for (const PlanChanges &c : std::as_const(changes)) {
        for (const TaskRecord &t : c.added)
            placed.append(QStringLiteral("%1 %2 %3").arg(names.value(t.systemId)).arg(t.directiveId).arg(
                t.due.toString(Qt::ISODate)));
    }
    placed.sort();
    QCOMPARE(placed, expected);
    QCOMPARE(result.systems, qint64(3));
    QCOMPARE(result.teams.size(), 1);
    QCOMPARE(result.teams.first().systems, qint64(3));
    QCOMPARE(result.projectedFinish, QDate(2018, 1, 10));
    QCOMPARE(changes.at(0).result.systems, qint64(2));
    QCOMPARE(changes.at(1).result.projectedFinish, QDate(2018, 1, 10));
}

void TestScheduler::reportsEachComponentsFinish_data()
{
    QTest::addColumn<QStringList>("systems");
    QTest::addColumn<QStringList>("expected"); // "COMPONENT SYSTEMS FINISH"

    // One a day from Monday 8 January, in order of criticality, then component (none recorded sorts first).
    QTest::newRow("by component") << QStringList{QStringLiteral("A1 Alpha s - - Army"),
                                                 QStringLiteral("A2 Alpha s - - Army"),
                                                 QStringLiteral("N1 Alpha s - - Navy")}
                                  << QStringList{QStringLiteral("Army 2 2018-01-09"),
                                                 QStringLiteral("Navy 1 2018-01-10")};
    QTest::newRow("a critical system first") << QStringList{QStringLiteral("A1 Alpha s - - Army"),
                                                            QStringLiteral("A2 Alpha s - - Army"),
                                                            QStringLiteral("N1 Alpha s high - Navy"),
                                                            QStringLiteral("U1 Alpha s")}
                                             << QStringList{QStringLiteral(" 1 2018-01-09"),
                                                            QStringLiteral("Army 2 2018-01-11"),
                                                            QStringLiteral("Navy 1 2018-01-08")};
}

void TestScheduler::reportsEachComponentsFinish()
{
    QFETCH(QStringList, systems);
    QFETCH(QStringList, expected);
    AffectedSystems findings;
    for (int i = 0; i < systems.size(); ++i)
        findings.rows.append(system(i + 1, systems.at(i)));
    NoTasks tasks;
    Planner planner(findings, tasks, oneStep());
    PlanSettings settings;
    settings.removalStart = QDate(2018, 1, 8);
    settings.teams = {{1, QStringLiteral("Alpha"), 1, {}}};
    PlanChanges changes;
    QString error;
    QVERIFY2(planner.plan(1, settings, &changes, &error), qPrintable(error));
    QStringList components;
    for (const ComponentSchedule &c : std::as_const(changes.result.components))
        components.append(
            QStringLiteral("%1 %2 %3").arg(c.component).arg(c.systems).arg(c.finish.toString(Qt::ISODate)));
    QCOMPARE(components, expected);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
