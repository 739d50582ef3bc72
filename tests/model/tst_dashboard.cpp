// The dashboard's figures (issue 13): each equals a count this test makes itself, through its own connection
// to the file and its own reading of the rules (a system is cleared when all its tasks are done or skipped
// and no scan up to the status date shows a product back; overdue when not cleared and its last task was due
// before the status date; blocked when not cleared with a blocked task), over the demo project, which holds
// every state, and after edits, their undo, a status date change and a new scan.
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/dashboardbreakdownmodel.h"
#include "model/itemmodels/dashboardsystemsmodel.h"
#include "model/project/project.h"
#include "model/store/database.h"
#include "model/store/statement.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <set>

using namespace uproot;

namespace {

// What the test itself reads from the file, system by system.
struct Expected
{
    std::set<Id> affected, cleared, overdue, blocked, reappeared;
    std::map<QString, qint64> remainingByComponent;
    std::map<QString, qint64> overdueByComponent;
    QDate lastDue;
    qint64 remaining() const { return qint64(affected.size() - cleared.size()); }
};

Expected expectedFrom(const QString &path, Id directiveId, const QDate &asOf)
{
    Database db;
    QString error;
    Expected e;
    if (!db.open(path, false, true, &error)) {
        qWarning("%s", qPrintable(error));
        return e;
    }
    const QString day = asOf.toString(Qt::ISODate);
    Statement systems(db,
                      "SELECT DISTINCT i.system_id, coalesce(s.component, '') FROM findings f"
                      " JOIN installations i ON i.id = f.installation_id JOIN systems s ON s.id = i.system_id"
                      " WHERE f.directive_id = ?1 AND f.state = 'open'");
    systems.bind(1, directiveId);
    while (systems.next()) {
        const Id id = systems.int64(0);
        const QString component = systems.text(1);
        e.affected.insert(id);
        Statement tasks(db, "SELECT status, due FROM tasks WHERE system_id = ?1 AND directive_id = ?2");
        tasks.bind(1, id).bind(2, directiveId);
        int total = 0;
        int done = 0;
        bool anyBlocked = false;
        QDate due;
        while (tasks.next()) {
            ++total;
            const QString status = tasks.text(0);
            done += status == QLatin1String("done") || status == QLatin1String("skipped");
            anyBlocked = anyBlocked || status == QLatin1String("blocked");
            due = qMax(due, QDate::fromString(tasks.text(1), Qt::ISODate));
        }
        e.lastDue = qMax(e.lastDue, due);
        // A scan dated up to the status date that saw a product again after its removal was verified.
        Statement back(db, "SELECT count(*) FROM findings f JOIN installations i ON i.id = f.installation_id"
                           " JOIN import_sources r ON r.id = i.reappeared_in WHERE i.system_id = ?1"
                           " AND f.directive_id = ?2 AND f.state = 'open'"
                           " AND coalesce(r.scanned_at, substr(r.imported_at, 1, 10)) <= ?3");
        back.bind(1, id).bind(2, directiveId).bind(3, day);
        const bool reappeared = back.next() && back.int64(0) > 0;
        if (reappeared)
            e.reappeared.insert(id);
        if (total > 0 && done == total && !reappeared) {
            e.cleared.insert(id);
            continue;
        }
        ++e.remainingByComponent[component];
        if (due.isValid() && due < asOf) {
            e.overdue.insert(id);
            ++e.overdueByComponent[component];
        }
        if (anyBlocked)
            e.blocked.insert(id);
    }
    return e;
}

std::set<Id> listed(DashboardSystemsModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    std::set<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.systemAt(model.index(row, 0)));
    return ids;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void figuresEqualIndependentCounts_data();
    void figuresEqualIndependentCounts();
    void systemsBehindEachFigure();
    void breakdownByComponent();
    void followsEditsAndUndo();
    void burndownEndsAtTheFigures();
    void projectionAgainstTheTarget();
    void emptyProjectSaysSo();

private:
    void check(const QString &label);

    QTemporaryDir m_dir;
    QString m_demoTemplate;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<Project> m_project;
    QString m_path;
};

void TestDashboard::initTestCase()
{
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    m_demoTemplate = m_dir.filePath(QStringLiteral("demo.uproot"));
    DemoInventoryStats stats;
    QString error;
    QVERIFY2(buildDemoProject(m_demoTemplate, *m_catalog, &stats, nullptr, &error), qPrintable(error));
}

void TestDashboard::init()
{
    // Each test edits its own copy of the demo.
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("copy%1.uproot").arg(++n));
    QVERIFY(QFile::copy(m_demoTemplate, m_path));
    QString error;
    m_project = Project::open(m_path, false, &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestDashboard::cleanup()
{
    m_project.reset();
}

void TestDashboard::check(const QString &label)
{
    const DashboardFigures f = m_project->dashboardFigures();
    const Expected e = expectedFrom(m_path, f.directiveId, f.asOf);
    QVERIFY2(!e.affected.empty(), qPrintable(label));
    QCOMPARE(f.counts.affected, qint64(e.affected.size()));
    QCOMPARE(f.counts.cleared, qint64(e.cleared.size()));
    QCOMPARE(f.counts.remaining(), e.remaining());
    QCOMPARE(f.counts.overdue, qint64(e.overdue.size()));
    QCOMPARE(f.counts.blocked, qint64(e.blocked.size()));
    QCOMPARE(f.counts.reappeared, qint64(e.reappeared.size()));
    QCOMPARE(f.projectedFinish, e.lastDue);
}

void TestDashboard::figuresEqualIndependentCounts_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("the demo's status date") << QDate();
    QTest::newRow("before removal began") << QDate(2017, 10, 1);
    QTest::newRow("after the deadline") << QDate(2018, 6, 1);
    QTest::newRow("far future") << QDate(2040, 1, 1);
}

void TestDashboard::figuresEqualIndependentCounts()
{
    QFETCH(QDate, asOf);
    if (asOf.isValid())
        m_project->setAsOfForSession(asOf);
    check(QString::fromLatin1(QTest::currentDataTag()));
    // The demo holds every state, so each figure is tested against a count that is not zero.
    if (!asOf.isValid()) {
        const DashboardCounts c = m_project->dashboardFigures().counts;
        QVERIFY(c.cleared > 0);
        QVERIFY(c.overdue > 0);
        QVERIFY(c.blocked > 0);
        QVERIFY(c.reappeared > 0);
        QVERIFY(c.remaining() > c.overdue);
    }
}

void TestDashboard::systemsBehindEachFigure()
{
    const DashboardFigures f = m_project->dashboardFigures();
    const Expected e = expectedFrom(m_path, f.directiveId, f.asOf);
    DashboardSystemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_project->dashboard(), m_project->changes());
    model.setScope(f.directiveId, f.asOf);
    std::set<Id> remaining;
    std::set_difference(e.affected.begin(), e.affected.end(), e.cleared.begin(), e.cleared.end(),
                        std::inserter(remaining, remaining.begin()));
    const std::pair<DashboardFigure, std::set<Id>> cases[] = {
        {DashboardFigure::Affected, e.affected}, {DashboardFigure::Cleared, e.cleared},
        {DashboardFigure::Remaining, remaining}, {DashboardFigure::Overdue, e.overdue},
        {DashboardFigure::Blocked, e.blocked},   {DashboardFigure::Reappeared, e.reappeared}};
    for (const auto &[figure, expected] : cases) {
        model.setSelection(figure);
        QCOMPARE(model.totalCount(), qint64(expected.size()));
        QVERIFY(listed(model) == expected);
    }
    // A blocked system says what blocks it.
    model.setSelection(DashboardFigure::Blocked);
    QVERIFY(model.rowCount() > 0);
    QVERIFY2(
        model.index(0, DashboardSystemsModel::Blockers).data().toString().contains(QLatin1String("password")),
        qPrintable(model.index(0, DashboardSystemsModel::Blockers).data().toString()));
    QCOMPARE(model.index(0, DashboardSystemsModel::State).data().toString(), QStringLiteral("blocked"));
}

void TestDashboard::breakdownByComponent()
{
    const DashboardFigures f = m_project->dashboardFigures();
    const Expected e = expectedFrom(m_path, f.directiveId, f.asOf);
    DashboardBreakdownModel model(DashboardDimension::Component);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_project->dashboard(), m_project->changes());
    model.setScope(f.directiveId, f.asOf);
    QVERIFY(model.rowCount() > 1);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString component = model.index(row, DashboardBreakdownModel::Value)
                                      .data(DashboardBreakdownModel::RawValueRole)
                                      .toString();
        const qint64 remaining = model.index(row, DashboardBreakdownModel::Remaining)
                                     .data(DashboardBreakdownModel::RawValueRole)
                                     .toLongLong();
        const qint64 overdue = model.index(row, DashboardBreakdownModel::Overdue)
                                   .data(DashboardBreakdownModel::RawValueRole)
                                   .toLongLong();
        QCOMPARE(remaining,
                 e.remainingByComponent.count(component) ? e.remainingByComponent.at(component) : 0);
        QCOMPARE(overdue, e.overdueByComponent.count(component) ? e.overdueByComponent.at(component) : 0);
        QVERIFY(remaining <= previous); // the most remaining first
        previous = remaining;
    }
    // The late component's bar lists exactly its overdue systems.
    const QString late = std::max_element(e.overdueByComponent.begin(), e.overdueByComponent.end(),
                                          [](const auto &a, const auto &b) { return a.second < b.second; })
                             ->first;
    DashboardSystemsModel systems;
    systems.setSource(&m_project->dashboard(), m_project->changes());
    systems.setScope(f.directiveId, f.asOf);
    systems.setSelection(DashboardFigure::Overdue, DashboardDimension::Component, late);
    const std::set<Id> shown = listed(systems);
    QCOMPARE(qint64(shown.size()), e.overdueByComponent.at(late));
    for (int row = 0; row < systems.rowCount(); ++row)
        QCOMPARE(systems.index(row, DashboardSystemsModel::Component).data().toString(), late);
}

void TestDashboard::followsEditsAndUndo()
{
    const DashboardFigures before = m_project->dashboardFigures();
    DashboardSystemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_project->dashboard(), m_project->changes());
    model.setScope(before.directiveId, before.asOf);
    model.setSelection(DashboardFigure::Blocked);
    const qint64 blockedBefore = model.totalCount();
    QCOMPARE(blockedBefore, before.counts.blocked);
    // Block a task of a remaining system that is not blocked yet.
    model.setSelection(DashboardFigure::Remaining);
    Id system = 0;
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int row = 0; row < model.rowCount() && !system; ++row) {
        if (!model.rowAt(row).blocked && !model.rowAt(row).reappeared && model.rowAt(row).total > 0)
            system = model.rowAt(row).systemId;
    }
    QVERIFY(system);
    const QList<TaskRecord> tasks = m_project->tasks().tasksOfSystem(system, before.directiveId);
    Id open = 0;
    for (const TaskRecord &t : tasks) {
        if (t.status != TaskStatus::Done && t.status != TaskStatus::Skipped)
            open = t.id;
    }
    QVERIFY(open);
    model.setSelection(DashboardFigure::Blocked);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QString error;
    QVERIFY2(m_project->setTaskStatuses({open}, TaskStatus::Blocked, QStringLiteral("no maintenance window"),
                                        &error),
             qPrintable(error));
    QVERIFY(resets.count() > 0);
    QCOMPARE(m_project->dashboardFigures().counts.blocked, blockedBefore + 1);
    check(QStringLiteral("after blocking"));
    QCOMPARE(model.totalCount(), blockedBefore + 1);
    QVERIFY(listed(model).count(system));

    m_project->undoStack()->undo();
    QCOMPARE(m_project->dashboardFigures().counts.blocked, blockedBefore);
    QCOMPARE(model.totalCount(), blockedBefore);
    check(QStringLiteral("after undo"));

    // Finishing every task of a system clears it; undo puts it back.
    QList<Id> all;
    for (const TaskRecord &t : tasks)
        all.append(t.id);
    QVERIFY(m_project->setTaskStatuses(all, TaskStatus::Done, {}, &error));
    QCOMPARE(m_project->dashboardFigures().counts.cleared, before.counts.cleared + 1);
    check(QStringLiteral("after finishing a system"));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->dashboardFigures().counts.cleared, before.counts.cleared);

    // A kept status date moves the overdue figure (an undoable settings change).
    QVERIFY(m_project->setAsOf(QDate(2040, 1, 1), &error));
    QCOMPARE(m_project->dashboardFigures().counts.overdue, m_project->dashboardFigures().counts.remaining());
    check(QStringLiteral("status date moved"));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->dashboardFigures().counts.overdue, before.counts.overdue);
}

void TestDashboard::burndownEndsAtTheFigures()
{
    const DashboardFigures f = m_project->dashboardFigures();
    qint64 planned = 0;
    QDate last;
    for (const DashboardDayCount &d : m_project->dashboard().plannedFinishes(f.directiveId)) {
        QVERIFY(d.date > last);
        last = d.date;
        planned += d.systems;
    }
    QCOMPARE(planned, f.counts.planned);
    QCOMPARE(last, f.projectedFinish);
    qint64 cleared = 0;
    for (const DashboardDayCount &d : m_project->dashboard().clearedByDate(f.directiveId, f.asOf)) {
        QVERIFY(d.date <= f.asOf);
        cleared += d.systems;
    }
    // The actual line ends at the status date on the remaining figure.
    QCOMPARE(cleared, f.counts.cleared);
}

void TestDashboard::projectionAgainstTheTarget()
{
    // The demo plans to a target of 31 January 2018 (model/demo/demoproject.cpp).
    const DashboardFigures f = m_project->dashboardFigures();
    QCOMPARE(f.target, QDate(2018, 1, 31));
    QVERIFY(f.projectedFinish.isValid());
    // Counted here by hand: weekdays between the two dates, less the federal holidays there.
    int days = 0;
    const QDate from = qMin(f.projectedFinish, f.target).addDays(1);
    const QDate to = qMax(f.projectedFinish, f.target);
    const QList<QDate> holidays = {
        QDate(2017, 10, 9), QDate(2017, 11, 10), QDate(2017, 11, 23), QDate(2017, 12, 25), QDate(2018, 1, 1),
        QDate(2018, 1, 15), QDate(2018, 2, 19),  QDate(2018, 5, 28),  QDate(2018, 7, 4),   QDate(2018, 9, 3)};
    for (QDate d = from; d <= to; d = d.addDays(1))
        days += d.dayOfWeek() <= 5 && !holidays.contains(d);
    QCOMPARE(f.workingDaysLate, f.projectedFinish > f.target ? days : -days);
}

void TestDashboard::emptyProjectSaysSo()
{
    QString error;
    std::unique_ptr<Project> empty = Project::create(m_dir.filePath(QStringLiteral("empty.uproot")),
                                                     QStringLiteral("bod-17-01"), {}, {}, *m_catalog, &error);
    QVERIFY2(empty, qPrintable(error));
    const DashboardFigures f = empty->dashboardFigures();
    QVERIFY(f.directiveId != 0);
    QVERIFY(!f.hasFindings());
    QVERIFY(!f.hasPlan());
    QVERIFY(!f.hasProjection());
    QCOMPARE(f.counts.affected, qint64(0));
    QCOMPARE(f.counts.remaining(), qint64(0));
    DashboardSystemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&empty->dashboard(), empty->changes());
    model.setScope(f.directiveId, f.asOf);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(empty->dashboard().breakdown(DashboardDimension::Product, f.directiveId, f.asOf).isEmpty());
    QVERIFY(empty->dashboard().plannedFinishes(f.directiveId).isEmpty());
    model.setSource(nullptr, nullptr);
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
