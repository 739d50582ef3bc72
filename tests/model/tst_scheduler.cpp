// The schedule with teams: each team's capacity and calendar (weekends, federal holidays as observed, its own days
// off), the most critical systems first, a site's management servers after its agents, and the target: missed by
// how many working days, and the capacity that would meet it. The planner reads through the store's interfaces,
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
    QList<AffectedSystemRow> rows;

    QList<AffectedSystemRow> affectedSystems(Id) override { return rows; }
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
    TaskRecord task(Id) override { return {}; }
    qint64 count(const PageQuery &) override { return 0; }
    QList<TaskRecord> page(const PageQuery &) override { return {}; }
    QList<TaskRecord> tasksOfSystem(Id, Id) override { return {}; }
    QList<TaskRecord> tasksOfDirective(Id) override { return {}; }
    QList<TaskEvidenceRecord> evidenceOfTask(Id) override { return {}; }
    TaskEvidenceRecord evidenceItem(Id) override { return {}; }
    QList<TaskRecord> allTasksOfSystem(Id) override { return {}; }
    QList<SystemEvidenceRow> evidenceOfSystem(Id) override { return {}; }
    qint64 countByStatus(TaskStatus) override { return 0; }
    qint64 total() override { return 0; }
    QHash<Id, SystemProgress> progressBySystem(Id) override { return {}; }
};

TaskTemplate oneStep()
{
    TaskTemplate t;
    QString error;
    t.load(R"({"schemaVersion": 1, "identifier": "t", "title": "t", "steps": [{"title": "Remove", "phase": "removal"}]})",
           QStringLiteral("test"), &error);
    return t;
}

// "NAME team site criticality kind", space-separated; "-" for an empty field.
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
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("target");
    QTest::addColumn<QDate>("finish");
    QTest::addColumn<int>("workingDaysLate");
    QTest::addColumn<int>("capacityToMeet");

    // 20 systems at 2 a day from Monday 8 January 2018 take ten working days; 15 January is a holiday.
    QTest::newRow("missed by five working days") << 20 << 2 << QDate(2018, 1, 8) << QDate(2018, 1, 12)
                                                 << QDate(2018, 1, 22) << 5 << 4;
    QTest::newRow("met with two to spare") << 20 << 2 << QDate(2018, 1, 8) << QDate(2018, 1, 24)
                                           << QDate(2018, 1, 22) << -2 << 0;
    QTest::newRow("met on the day") << 20 << 2 << QDate(2018, 1, 8) << QDate(2018, 1, 22) << QDate(2018, 1, 22)
                                    << 0 << 0;
    // Removal cannot start before Tuesday 16 January; a target of Saturday 13 January leaves no working day.
    QTest::newRow("no working day before the target") << 3 << 1 << QDate(2018, 1, 13) << QDate(2018, 1, 13)
                                                      << QDate(2018, 1, 18) << 3 << -1;
}

void TestScheduler::reportsTheTarget()
{
    QFETCH(int, systems);
    QFETCH(int, capacity);
    QFETCH(QDate, start);
    QFETCH(QDate, target);
    QFETCH(QDate, finish);
    QFETCH(int, workingDaysLate);
    QFETCH(int, capacityToMeet);
    AffectedSystems findings;
    for (int i = 0; i < systems; ++i)
        findings.rows.append(system(i + 1, QStringLiteral("WS-%1 Alpha s - -").arg(i)));
    NoTasks tasks;
    Planner planner(findings, tasks, oneStep());
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

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
