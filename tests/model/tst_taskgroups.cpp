// The tasks grouped by system (issue 13, item 4): a system row with its progress ("7 of 11") and state over
// all its tasks, the tasks the filters let through under it, filters by team, component, status, due window
// and search each checked against a count the test makes with its own SQL on a second connection, and a task
// edit that refreshes its system's rows without a reset. QAbstractItemModelTester watches the model
// throughout.
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/taskgroupsmodel.h"
#include "model/project/project.h"
#include "model/project/projectchanges.h"
#include "model/store/database.h"
#include "model/store/statement.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

class TestTaskGroups : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void groupsShowProgressOverAllTasks();
    void filtersMatchAnIndependentCount_data();
    void filtersMatchAnIndependentCount();
    void editRefreshesItsSystemOnly();
    void emptyProjectHasNoGroups();

private:
    Id systemId(const QString &normalizedName);
    qint64 sqlCount(const QByteArray &sql, const QString &bound = {});
    int rowOfSystem(Id systemId);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TaskGroupsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDate m_asOf;
    int m_n = 0;
};

Id TestTaskGroups::systemId(const QString &normalizedName)
{
    return m_project->inventory().systemIdsByNormalizedName().value(normalizedName);
}

qint64 TestTaskGroups::sqlCount(const QByteArray &sql, const QString &bound)
{
    Database db;
    QString error;
    if (!db.open(m_project->path(), false, true, &error))
        qFatal("cannot open: %s", qPrintable(error));
    Statement st(db, sql.constData());
    if (!bound.isNull())
        st.bind(1, bound);
    return st.next() ? st.int64(0) : -1;
}

int TestTaskGroups::rowOfSystem(Id id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->systemAt(m_model->index(row, 0)) == id)
            return row;
    }
    return -1;
}

void TestTaskGroups::init()
{
    QString error;
    m_project =
        Project::create(m_dir.filePath(QStringLiteral("g%1.uproot").arg(++m_n)), QStringLiteral("bod-17-01"),
                        QDate(), {}, DirectiveCatalog::builtin(), &error);
    QVERIFY2(m_project, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("g%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray rows = "Hostname,Software,Publisher,Version,Component\n";
    for (int i = 1; i <= 6; ++i)
        rows += "WS-" + QByteArray::number(i) +
                ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11," + (i <= 3 ? "Army" : "Navy") +
                "\n";
    rows += "WS-7,Google Chrome,Google LLC,118,Navy\n";
    f.write(rows);
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    PlanResult plan;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    QCOMPARE(plan.systems, qint64(6));
    QVERIFY2(m_project->setPlanData({systemId(QStringLiteral("ws-1")), systemId(QStringLiteral("ws-4"))},
                                    PlanField::Team, QStringLiteral("Alpha"), &error),
             qPrintable(error));

    // WS-1: all but its last four tasks done (one of them skipped); WS-2: one blocked.
    const QList<TaskRecord> ws1 = m_project->tasks().allTasksOfSystem(systemId(QStringLiteral("ws-1")));
    QVERIFY(ws1.size() > 4);
    for (qsizetype i = 0; i + 4 < ws1.size(); ++i)
        m_project->setTaskStatus(ws1.at(i).id, i == 0 ? TaskStatus::Skipped : TaskStatus::Done,
                                 i == 0 ? QStringLiteral("not installed there") : QString());
    const QList<TaskRecord> ws2 = m_project->tasks().allTasksOfSystem(systemId(QStringLiteral("ws-2")));
    m_project->setTaskStatus(ws2.at(1).id, TaskStatus::Blocked,
                             QStringLiteral("waiting for the vendor's password"));
    // The status date falls among the due dates, so some open tasks are late and some are not.
    m_asOf = ws2.at(ws2.size() / 2).due;
    QVERIFY(m_asOf.isValid());

    m_model = std::make_unique<TaskGroupsModel>();
    TaskGroupFilter filter;
    filter.asOf = m_asOf;
    m_model->setFilter(filter);
    m_model->setSource(&m_project->tasks(), m_project->changes());
    m_model->setEditable(true);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTaskGroups::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_project.reset();
}

void TestTaskGroups::groupsShowProgressOverAllTasks()
{
    // Six affected systems with tasks, by name; WS-7 has none.
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->index(0, TaskGroupsModel::Name).data().toString(), QStringLiteral("WS-1"));
    QCOMPARE(m_model->index(5, TaskGroupsModel::Name).data().toString(), QStringLiteral("WS-6"));
    const QList<TaskRecord> ws1 = m_project->tasks().allTasksOfSystem(systemId(QStringLiteral("ws-1")));
    const QModelIndex group = m_model->index(0, 0);
    // "n of m": done or skipped of all, from the fixture: every task but the last four.
    QCOMPARE(m_model->index(0, TaskGroupsModel::Progress).data().toString(),
             QStringLiteral("%1 of %2").arg(ws1.size() - 4).arg(ws1.size()));
    QCOMPARE(m_model->rowCount(group), int(ws1.size()));
    for (int row = 0; row < m_model->rowCount(group); ++row) {
        const QModelIndex task = m_model->index(row, 0, group);
        QCOMPARE(m_model->taskAt(task), ws1.at(row).id);
        QCOMPARE(m_model->parent(task), group);
        QCOMPARE(m_model->rowCount(task), 0);
    }
    QCOMPARE(m_model->index(0, TaskGroupsModel::Owner).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(m_model->index(0, TaskGroupsModel::Component).data().toString(), QStringLiteral("Army"));
    // The span runs from the first task's start to the last one's due date.
    QCOMPARE(m_model->index(0, TaskGroupsModel::Due).data(TaskGroupsModel::RawValueRole).toDate(),
             ws1.last().due);
    // WS-2 has a blocked task: that is its state, whatever else is late.
    QCOMPARE(m_model->index(1, TaskGroupsModel::Status).data().toString(), QStringLiteral("blocked"));
    QCOMPARE(m_model->index(1, TaskGroupsModel::Progress).data().toString(),
             QStringLiteral("0 of %1").arg(
                 m_project->tasks().allTasksOfSystem(systemId(QStringLiteral("ws-2"))).size()));
    // A task's status is editable, a system's row is not.
    QVERIFY(!(m_model->flags(m_model->index(0, TaskGroupsModel::Status)) & Qt::ItemIsEditable));
}

void TestTaskGroups::filtersMatchAnIndependentCount_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("component");
    QTest::addColumn<int>("due");
    // The same filter in the test's own SQL: which tasks pass (k the task, s its system; ?1 the status date).
    QTest::addColumn<QByteArray>("where");

    QTest::newRow("blocked") << QString() << QStringLiteral("blocked") << QString() << QString() << 0
                             << QByteArray("k.status = 'blocked'");
    QTest::newRow("team") << QString() << QString() << QStringLiteral("Alpha") << QString() << 0
                          << QByteArray("s.team = 'Alpha'");
    QTest::newRow("component") << QString() << QString() << QString() << QStringLiteral("Navy") << 0
                               << QByteArray("s.component = 'Navy'");
    QTest::newRow("overdue") << QString() << QString() << QString() << QString()
                             << int(TaskGroupFilter::DueWindow::Overdue)
                             << QByteArray("k.due < ?1 AND k.status NOT IN ('done', 'skipped')");
    QTest::newRow("this week") << QString() << QString() << QString() << QString()
                               << int(TaskGroupFilter::DueWindow::ThisWeek)
                               << QByteArray("julianday(k.due) - julianday(?1) BETWEEN "
                                             "1 - ((CAST(strftime('%w', ?1) AS INTEGER) + 6) % 7 + 1) AND "
                                             "7 - ((CAST(strftime('%w', ?1) AS INTEGER) + 6) % 7 + 1)");
    QTest::newRow("next 30 days") << QString() << QString() << QString() << QString()
                                  << int(TaskGroupFilter::DueWindow::Next30Days)
                                  << QByteArray("julianday(k.due) - julianday(?1) BETWEEN 0 AND 30");
    QTest::newRow("search ws-5") << QStringLiteral("ws-5") << QString() << QString() << QString() << 0
                                 << QByteArray("instr(lower(s.name), 'ws-5') > 0");
    QTest::newRow("search and status")
        << QStringLiteral("navy") << QStringLiteral("to do") << QString() << QString() << 0
        << QByteArray("instr(lower(s.component), 'navy') > 0 AND k.status = 'to do'");
    QTest::newRow("team and overdue") << QString() << QString() << QStringLiteral("Alpha") << QString()
                                      << int(TaskGroupFilter::DueWindow::Overdue)
                                      << QByteArray("s.team = 'Alpha' AND k.due < ?1 AND "
                                                    "k.status NOT IN ('done', 'skipped')");
}

void TestTaskGroups::filtersMatchAnIndependentCount()
{
    QFETCH(QString, search);
    QFETCH(QString, status);
    QFETCH(QString, team);
    QFETCH(QString, component);
    QFETCH(int, due);
    QFETCH(QByteArray, where);
    TaskGroupFilter f;
    f.search = search;
    f.status = status;
    f.team = team;
    f.component = component;
    f.due = TaskGroupFilter::DueWindow(due);
    f.asOf = m_asOf;
    m_model->setFilter(f);

    const QString asOf = m_asOf.toString(Qt::ISODate);
    const QByteArray from = " FROM tasks k JOIN systems s ON s.id = k.system_id WHERE " + where;
    const qint64 systems = sqlCount("SELECT count(DISTINCT k.system_id)" + from, asOf);
    const qint64 tasks = sqlCount("SELECT count(*)" + from, asOf);
    QCOMPARE(m_model->rowCount(), int(systems));
    qint64 listed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        const Id system = m_model->systemAt(group);
        // Each system lists its tasks that pass, and its progress still counts all of them.
        QCOMPARE(
            qint64(m_model->rowCount(group)),
            sqlCount("SELECT count(*)" + from + " AND k.system_id = " + QByteArray::number(system), asOf));
        const qint64 all =
            sqlCount("SELECT count(*) FROM tasks WHERE system_id = " + QByteArray::number(system));
        QVERIFY(m_model->index(row, TaskGroupsModel::Progress)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(" of %1").arg(all)));
        for (int child = 0; child < m_model->rowCount(group); ++child)
            QVERIFY(m_model->taskAt(m_model->index(child, 0, group)) != 0);
        listed += m_model->rowCount(group);
    }
    QCOMPARE(listed, tasks);
}

void TestTaskGroups::editRefreshesItsSystemOnly()
{
    const int row = rowOfSystem(systemId(QStringLiteral("ws-3")));
    QVERIFY(row >= 0);
    const QModelIndex group = m_model->index(row, 0);
    const Id task = m_model->taskAt(m_model->index(0, 0, group));
    QCOMPARE(m_model->index(row, TaskGroupsModel::Progress).data().toString().left(5),
             QStringLiteral("0 of "));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // Through the model's signal, as the view's status editor does, then the project's command.
    int edits = 0;
    connect(m_model.get(), &TaskGroupsModel::statusEdited, m_project.get(), [&](Id id, TaskStatus status) {
        ++edits;
        m_project->setTaskStatus(id, status);
    });
    QVERIFY(m_model->setData(m_model->index(0, TaskGroupsModel::Status, group), int(TaskStatus::Done)));
    QCOMPARE(edits, 1);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_model->index(row, TaskGroupsModel::Progress).data().toString().left(5),
             QStringLiteral("1 of "));
    QCOMPARE(m_model->index(0, TaskGroupsModel::Status, group).data().toString(), QStringLiteral("done"));
    QCOMPARE(toString(m_project->tasks().task(task).status), toString(TaskStatus::Done));
    // With a status filter the edited task leaves the list: the model reloads.
    TaskGroupFilter f = m_model->filter();
    f.status = QStringLiteral("done");
    m_model->setFilter(f);
    const int before = m_model->rowCount();
    m_project->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), before - 1);
}

void TestTaskGroups::emptyProjectHasNoGroups()
{
    QString error;
    auto empty = Project::create(m_dir.filePath(QStringLiteral("empty.uproot")), QStringLiteral("bod-17-01"),
                                 QDate(), {}, DirectiveCatalog::builtin(), &error);
    QVERIFY2(empty, qPrintable(error));
    TaskGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&empty->tasks(), empty->changes());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(empty->tasks().taskTeams().isEmpty());
    model.setSource(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTaskGroups)
#include "tst_taskgroups.moc"
