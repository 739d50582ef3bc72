// Team rules: a system's team is its own (by hand), else its component's rule, else its site's rule, else
// none; the planner puts a system in the lane of that team; rules change by undoable steps with audit lines,
// and a team removed takes its rules with it.
#include "../support/onedaytemplate.h"
#include "model/detection/directivecatalog.h"
#include "model/planning/workingcalendar.h"
#include "model/project/project.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QMap>
#include <QTest>

#include <algorithm>

using namespace uproot;

class TestTeamRules : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void effectiveTeamFollowsPrecedence_data();
    void effectiveTeamFollowsPrecedence();
    void componentRuleMovesSystemsToThatTeamsLane();
    void ruleChangesAreUndoableStepsWithAuditLines();
    void removingATeamTakesItsRulesUndoably();
    void badRulesAreRefused();
    void ruleOnAPlannedProjectReschedulesInTheSameStep();
    void removedTeamsSystemsGoToTheTeamTheRemainingRulesGive();

private:
    Id systemId(const QString &name)
    {
        return m_project->inventory().systemIdsByNormalizedName().value(name);
    }
    AffectedSystemRow affected(const QString &name);
    qint64 auditLines() { return m_project->audit().events().size(); }

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

void TestTeamRules::init()
{
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("p%1.uproot").arg(++m_n)),
                                QStringLiteral("bod-17-01"), QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
    // Bureau A: four systems at HQ; Bureau B: two at the Annex.
    QByteArray csv = "Hostname,Software,Publisher,Version,Component,Site\n";
    for (const char *row : {"A1,Bureau A,HQ", "A2,Bureau A,HQ", "A3,Bureau A,HQ", "A4,Bureau A,HQ",
                            "B1,Bureau B,Annex", "B2,Bureau B,Annex"}) {
        const QList<QByteArray> f = QByteArray(row).split(',');
        csv += f[0] + ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11," + f[1] + ',' + f[2] +
               '\n';
    }
    const QString path = m_dir.filePath(QStringLiteral("inv%1.csv").arg(m_n));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(path, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    // One day of work a system, so that a team's capacity is its systems a day (lanes, not durations).
    QVERIFY2(m_project->setTaskTemplates(testsupport::oneDayRemoval(), &error), qPrintable(error));
    for (const char *team : {"Own", "Comp", "Site", "Other"})
        QVERIFY2(m_project->setTeam({0, QString::fromLatin1(team), 1, {}}, &error), qPrintable(error));
    m_project->undoStack()->clear();
}

void TestTeamRules::cleanup()
{
    m_project.reset();
}

AffectedSystemRow TestTeamRules::affected(const QString &name)
{
    for (const AffectedSystemRow &row :
         m_project->findings().affectedSystems(m_project->primaryDirective().id)) {
        if (row.name == name)
            return row;
    }
    return {};
}

void TestTeamRules::effectiveTeamFollowsPrecedence_data()
{
    QTest::addColumn<QString>("own");           // A1's own team
    QTest::addColumn<QString>("componentRule"); // "Bureau X=Team"
    QTest::addColumn<QString>("siteRule");      // "Site=Team"
    QTest::addColumn<QString>("team");
    QTest::addColumn<int>("source");
    const int none = int(TeamSource::None), own = int(TeamSource::Own), comp = int(TeamSource::ComponentRule),
              site = int(TeamSource::SiteRule);
    QTest::newRow("no team, no rule") << ""
                                      << ""
                                      << ""
                                      << "" << none;
    QTest::newRow("site rule only") << ""
                                    << ""
                                    << "HQ=Site"
                                    << "Site" << site;
    QTest::newRow("component rule only") << ""
                                         << "Bureau A=Comp"
                                         << ""
                                         << "Comp" << comp;
    QTest::newRow("component rule wins over site rule") << ""
                                                        << "Bureau A=Comp"
                                                        << "HQ=Site"
                                                        << "Comp" << comp;
    QTest::newRow("own team wins over both rules") << "Own"
                                                   << "Bureau A=Comp"
                                                   << "HQ=Site"
                                                   << "Own" << own;
    QTest::newRow("own team, no rules") << "Own"
                                        << ""
                                        << ""
                                        << "Own" << own;
    QTest::newRow("another component's rule does not apply") << ""
                                                             << "Bureau B=Comp"
                                                             << "HQ=Site"
                                                             << "Site" << site;
    QTest::newRow("another site's rule does not apply") << ""
                                                        << ""
                                                        << "Annex=Site"
                                                        << "" << none;
}

void TestTeamRules::effectiveTeamFollowsPrecedence()
{
    QFETCH(QString, own);
    QFETCH(QString, componentRule);
    QFETCH(QString, siteRule);
    QFETCH(QString, team);
    QFETCH(int, source);
    QString error;
    const Id a1 = systemId(QStringLiteral("a1"));
    if (!own.isEmpty())
        QVERIFY2(m_project->setPlanData({a1}, PlanField::Team, own, &error), qPrintable(error));
    if (!componentRule.isEmpty())
        QVERIFY2(m_project->setTeamRule(TeamRuleField::Component, componentRule.section(u'=', 0, 0),
                                        componentRule.section(u'=', 1), &error),
                 qPrintable(error));
    if (!siteRule.isEmpty())
        QVERIFY2(m_project->setTeamRule(TeamRuleField::Site, siteRule.section(u'=', 0, 0),
                                        siteRule.section(u'=', 1), &error),
                 qPrintable(error));
    const AffectedSystemRow row = affected(QStringLiteral("A1"));
    QCOMPARE(row.team, team);
    QCOMPARE(int(row.teamSource), source);
    const SystemRecord system = m_project->inventory().system(a1);
    QCOMPARE(system.effectiveTeam, team);
    QCOMPARE(int(system.teamSource), source);
    QCOMPARE(system.team, own); // the own team is what is kept by hand, whatever the rules say
}

void TestTeamRules::componentRuleMovesSystemsToThatTeamsLane()
{
    // The default capacity takes all six on the first day; a rule gives Bureau A's four to Comp at one a day,
    // then A4's own team takes it out of Comp's lane again.
    const QDate start(2017, 12, 12); // a Tuesday
    const Project::PlanOptions options{start, QDate(2017, 12, 13)};
    const WorkingCalendar calendar({}, true);
    const auto nthWorkingDay = [&](int n) {
        QDate d = start;
        for (int i = 1; i < n; ++i)
            d = calendar.after(d);
        return d;
    };
    const auto laneOf = [](const PlanResult &r, const QString &team) {
        for (const TeamSchedule &t : r.teams) {
            if (t.team == team)
                return t;
        }
        return TeamSchedule{};
    };
    PlanResult r;
    QString error;
    QVERIFY2(m_project->previewPlan(options, &r, &error), qPrintable(error));
    QCOMPARE(r.projectedFinish, start);
    QCOMPARE(laneOf(r, QString()).systems, 6);
    QVERIFY(r.workingDaysLate < 0);

    QVERIFY2(m_project->setTeamRule(TeamRuleField::Component, QStringLiteral("Bureau A"),
                                    QStringLiteral("Comp"), &error),
             qPrintable(error));
    QVERIFY(m_project->previewPlan(options, &r, &error));
    QCOMPARE(laneOf(r, QStringLiteral("Comp")).systems, 4);
    QCOMPARE(laneOf(r, QStringLiteral("Comp")).finish, nthWorkingDay(4));
    QCOMPARE(laneOf(r, QString()).systems, 2);
    QCOMPARE(r.projectedFinish, nthWorkingDay(4));
    QCOMPARE(r.workingDaysLate, calendar.workingDays(options.target.addDays(1), nthWorkingDay(4)));
    // Four systems in the two working days up to the target: two a day would meet it.
    QCOMPARE(laneOf(r, QStringLiteral("Comp")).capacityToMeetTarget, 2);

    QVERIFY(m_project->setPlanData({systemId(QStringLiteral("a4"))}, PlanField::Team, QStringLiteral("Own"),
                                   &error));
    QVERIFY(m_project->previewPlan(options, &r, &error));
    QCOMPARE(laneOf(r, QStringLiteral("Comp")).systems, 3);
    QCOMPARE(laneOf(r, QStringLiteral("Comp")).finish, nthWorkingDay(3));
    QCOMPARE(laneOf(r, QStringLiteral("Own")).systems, 1);

    // The dry run wrote nothing: no tasks, and the last step on the stack is still the plan data.
    QCOMPARE(m_project->tasks().total(), 0);
    QCOMPARE(m_project->undoStack()->count(), 2);
}

void TestTeamRules::ruleChangesAreUndoableStepsWithAuditLines()
{
    QString error;
    QSignalSpy changes(m_project->changes(), &ProjectChanges::changed);
    const qint64 audit0 = auditLines();
    QVERIFY(
        m_project->setTeamRule(TeamRuleField::Site, QStringLiteral("Annex"), QStringLiteral("Site"), &error));
    QVERIFY(m_project->setTeamRule(TeamRuleField::Site, QStringLiteral("Annex"), QStringLiteral("Other"),
                                   &error));
    QCOMPARE(m_project->undoStack()->count(), 2);
    QCOMPARE(auditLines(), audit0 + 2);
    QCOMPARE(changes.size(), 2);
    const ProjectChange change = changes.last().first().value<ProjectChange>();
    QVERIFY(change.resets(ProjectChange::Systems));
    QVERIFY(change.resets(ProjectChange::Teams));
    QCOMPARE(affected(QStringLiteral("B1")).team, QStringLiteral("Other"));

    m_project->undoStack()->undo();
    QCOMPARE(affected(QStringLiteral("B1")).team, QStringLiteral("Site"));
    m_project->undoStack()->undo();
    QCOMPARE(affected(QStringLiteral("B1")).team, QString());
    QVERIFY(m_project->teams().rules().isEmpty());
    m_project->undoStack()->redo();
    m_project->undoStack()->redo();
    QCOMPARE(m_project->teams().rules(),
             (QList<TeamRule>{{TeamRuleField::Site, QStringLiteral("Annex"), QStringLiteral("Other")}}));
    QCOMPARE(auditLines(), audit0 + 6);
    QVERIFY(m_project->audit().events().last().detail.contains(QStringLiteral("Annex")));

    // Unassigning is a step too; the same choice again is none.
    QVERIFY(m_project->setTeamRule(TeamRuleField::Site, QStringLiteral("Annex"), QString(), &error));
    QVERIFY(m_project->setTeamRule(TeamRuleField::Component, QStringLiteral("Bureau A"), QString(), &error) ==
            false);
    QVERIFY(m_project->teams().rules().isEmpty());
    QVERIFY(
        m_project->setTeamRule(TeamRuleField::Site, QStringLiteral("HQ"), QStringLiteral("Site"), &error));
    const int steps = m_project->undoStack()->count();
    QVERIFY(
        m_project->setTeamRule(TeamRuleField::Site, QStringLiteral("HQ"), QStringLiteral("Site"), &error));
    QCOMPARE(m_project->undoStack()->count(), steps);
}

void TestTeamRules::removingATeamTakesItsRulesUndoably()
{
    QString error;
    QVERIFY(m_project->setTeamRule(TeamRuleField::Component, QStringLiteral("Bureau A"),
                                   QStringLiteral("Comp"), &error));
    QVERIFY(
        m_project->setTeamRule(TeamRuleField::Site, QStringLiteral("Annex"), QStringLiteral("Comp"), &error));
    QVERIFY(
        m_project->setTeamRule(TeamRuleField::Site, QStringLiteral("HQ"), QStringLiteral("Site"), &error));
    const QList<TeamRule> before = m_project->teams().rules();
    const int steps = m_project->undoStack()->count();
    QVERIFY2(m_project->removeTeam(QStringLiteral("Comp"), &error), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QCOMPARE(m_project->teams().rules(),
             (QList<TeamRule>{{TeamRuleField::Site, QStringLiteral("HQ"), QStringLiteral("Site")}}));
    QCOMPARE(affected(QStringLiteral("A1")).team, QStringLiteral("Site")); // HQ's rule takes over
    QCOMPARE(affected(QStringLiteral("B1")).team, QString());
    m_project->undoStack()->undo();
    QCOMPARE(m_project->teams().rules(), before);
    QCOMPARE(m_project->teams().find(QStringLiteral("Comp")).capacity, 1);
    QCOMPARE(affected(QStringLiteral("A1")).team, QStringLiteral("Comp"));
    m_project->undoStack()->redo();
    QVERIFY(!m_project->teams().find(QStringLiteral("Comp")).id);
    QCOMPARE(m_project->teams().rules().size(), 1);
}

void TestTeamRules::badRulesAreRefused()
{
    QString error;
    QVERIFY(!m_project->setTeamRule(TeamRuleField::Component, QStringLiteral("Bureau A"),
                                    QStringLiteral("Ghost"), &error));
    QVERIFY2(error.contains(QStringLiteral("Ghost")), qPrintable(error));
    QVERIFY(
        !m_project->setTeamRule(TeamRuleField::Site, QStringLiteral("  "), QStringLiteral("Site"), &error));
    QVERIFY2(error.contains(QStringLiteral("site")), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), 0);
    QVERIFY(m_project->teams().rules().isEmpty());
}

void TestTeamRules::ruleOnAPlannedProjectReschedulesInTheSameStep()
{
    // Planned at the default capacity, all six systems are done on the first day; a rule giving Bureau A's
    // four to Comp (one a day) moves their tasks to Comp's lane in the rule's own undo step.
    const QDate start(2017, 12, 12); // a Tuesday
    const WorkingCalendar calendar({}, true);
    PlanResult planned;
    QString error;
    QVERIFY2(m_project->plan({start, QDate(2017, 12, 29)}, &planned, &error), qPrintable(error));
    const auto datesOf = [&] {
        QMap<QString, QDate> dates;
        const Id directive = m_project->primaryDirective().id;
        for (const TaskRecord &t : m_project->tasks().tasksOfDirective(directive))
            dates.insert(t.system + QLatin1Char('/') + QString::number(t.step), t.due);
        return dates;
    };
    const QMap<QString, QDate> before = datesOf();
    QCOMPARE(before.size(), 6);
    for (const QDate &d : before)
        QCOMPARE(d, start);
    const int steps = m_project->undoStack()->count();
    QVERIFY2(m_project->setTeamRule(TeamRuleField::Component, QStringLiteral("Bureau A"),
                                    QStringLiteral("Comp"), &error),
             qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QMap<QString, QDate> after = datesOf();
    QList<QDate> bureauA;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('A')))
            bureauA.append(it.value());
        else
            QCOMPARE(it.value(), start); // Bureau B stays on the default lane
    }
    std::sort(bureauA.begin(), bureauA.end());
    const QList<QDate> oneADay = {start, calendar.after(start), calendar.after(calendar.after(start)),
                                  calendar.after(calendar.after(calendar.after(start)))};
    QCOMPARE(bureauA, oneADay);
    m_project->undoStack()->undo();
    QCOMPARE(datesOf(), before);
    m_project->undoStack()->redo();
    QCOMPARE(datesOf(), after);
}

void TestTeamRules::removedTeamsSystemsGoToTheTeamTheRemainingRulesGive()
{
    // Bureau A (four systems at HQ) is Comp's by component rule, HQ is Site's by site rule; both teams work
    // one system a day. Removing Comp hands Bureau A to Site: Site's lane then holds all four, one a day, in
    // the removal's own undo step; undo restores team, rule and every date.
    const QDate start(2017, 12, 12); // a Tuesday
    const WorkingCalendar calendar({}, true);
    QString error;
    QVERIFY(m_project->setTeamRule(TeamRuleField::Component, QStringLiteral("Bureau A"),
                                   QStringLiteral("Comp"), &error));
    QVERIFY(
        m_project->setTeamRule(TeamRuleField::Site, QStringLiteral("HQ"), QStringLiteral("Site"), &error));
    PlanResult planned;
    QVERIFY2(m_project->plan({start, QDate(2017, 12, 29)}, &planned, &error), qPrintable(error));
    const auto bureauADates = [&] {
        QList<QDate> dates;
        for (const TaskRecord &t : m_project->tasks().tasksOfDirective(m_project->primaryDirective().id)) {
            if (t.system.startsWith(QLatin1Char('A')))
                dates.append(t.due);
        }
        std::sort(dates.begin(), dates.end());
        return dates;
    };
    const QList<QDate> before = bureauADates();
    QDate day = start;
    QList<QDate> oneADay;
    for (int i = 0; i < 4; ++i, day = calendar.after(day))
        oneADay.append(day);
    QCOMPARE(before, oneADay); // Comp's lane
    // A1 goes to Site by hand first, so that Site's lane is not empty when the rest of Bureau A arrives.
    QVERIFY(m_project->setPlanData({systemId(QStringLiteral("a1"))}, PlanField::Team, QStringLiteral("Site"),
                                   &error));
    QVERIFY2(m_project->plan({start, QDate(2017, 12, 29)}, &planned, &error), qPrintable(error));
    const QList<QDate> withA1OnSite = bureauADates();
    QVERIFY2(m_project->removeTeam(QStringLiteral("Comp"), &error), qPrintable(error));
    QVERIFY(m_project->lastReschedule());
    // Site now takes A1 by hand and A2..A4 by the site rule: four systems, one a day.
    QCOMPARE(m_project->inventory().system(systemId(QStringLiteral("a2"))).effectiveTeam,
             QStringLiteral("Site"));
    QCOMPARE(bureauADates(), oneADay);
    QCOMPARE(m_project->lastReschedule()->projectedFinish, oneADay.last());
    m_project->undoStack()->undo();
    QCOMPARE(bureauADates(), withA1OnSite);
    QCOMPARE(m_project->inventory().system(systemId(QStringLiteral("a2"))).effectiveTeam,
             QStringLiteral("Comp"));
}

QTEST_GUILESS_MAIN(TestTeamRules)
#include "tst_teamrules.moc"
