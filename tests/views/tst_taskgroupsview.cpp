// The tasks grouped by system in real widgets on the offscreen platform (issue 13, item 4): the Tasks view
// opens grouped; typing in its search box and picking filters shows the systems and tasks they let through
// (checked against the fixture's known tasks); a task's status is edited in the tree through the status
// editor and the project's command, and Ctrl+Z takes it back; unticking "Group by system" shows the flat
// table.
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/taskgroupsmodel.h"
#include "model/project/project.h"
#include "views/tablepane.h"
#include "views/taskgroupspane.h"
#include "views/taskspane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace uproot;

class TestTaskGroupsView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void searchAndFilterShowTheirRows();
    void statusEditedInTheTreeUndoes();
    void emptyProjectSaysNoSystems();

private:
    Id systemId(const QString &normalizedName)
    {
        return m_project->inventory().systemIdsByNormalizedName().value(normalizedName);
    }
    QStringList shownSystems() const;
    void pick(QComboBox *combo, const QString &data);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TasksPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Id m_blockedTask = 0;
    int m_n = 0;
};

void TestTaskGroupsView::init()
{
    QString error;
    m_project =
        Project::create(m_dir.filePath(QStringLiteral("v%1.uproot").arg(++m_n)), QStringLiteral("bod-17-01"),
                        QDate(), {}, DirectiveCatalog::builtin(), &error);
    QVERIFY2(m_project, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("v%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version,Component\n"
            "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11,Army\n"
            "WS-2,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11,Army\n"
            "WS-12,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11,Navy\n"
            "SRV-3,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11,Navy\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    PlanResult plan;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    const QList<TaskRecord> ws12 = m_project->tasks().allTasksOfSystem(systemId(QStringLiteral("ws-12")));
    QVERIFY(ws12.size() > 2);
    m_blockedTask = ws12.at(2).id;
    m_project->setTaskStatus(m_blockedTask, TaskStatus::Blocked,
                             QStringLiteral("waiting for a change window"));
    m_project->undoStack()->clear();

    m_pane = std::make_unique<TasksPane>();
    m_pane->setProject(m_project.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_pane->groupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(1100, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestTaskGroupsView::cleanup()
{
    m_tester.reset();
    m_pane.reset();
    m_project.reset();
}

QStringList TestTaskGroupsView::shownSystems() const
{
    QStringList names;
    const QAbstractItemModel *model = m_pane->groups()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, TaskGroupsModel::Name).data().toString();
    return names;
}

void TestTaskGroupsView::pick(QComboBox *combo, const QString &data)
{
    // As a person does with the keyboard: focus the list and move through it.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), data);
}

void TestTaskGroupsView::searchAndFilterShowTheirRows()
{
    QVERIFY(m_pane->isGrouped());
    QVERIFY(m_pane->groups()->isVisible());
    QVERIFY(!m_pane->table()->isVisible());
    QCOMPARE(shownSystems(), (QStringList{QStringLiteral("SRV-3"), QStringLiteral("WS-1"),
                                          QStringLiteral("WS-12"), QStringLiteral("WS-2")}));

    // Typing filters after a short pause: "ws-1" is in WS-1 and WS-12.
    QLineEdit *search = m_pane->groups()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ws-1"));
    QTRY_COMPARE(shownSystems(), (QStringList{QStringLiteral("WS-1"), QStringLiteral("WS-12")}));

    // Blocked: of those, only WS-12 has a blocked task, and only that task is listed under it.
    pick(m_pane->groups()->statusFilter(), QStringLiteral("blocked"));
    QCOMPARE(shownSystems(), QStringList{QStringLiteral("WS-12")});
    QTreeView *tree = m_pane->groups()->view();
    const QModelIndex group = tree->model()->index(0, 0);
    tree->setCurrentIndex(group);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Right);
    QVERIFY(tree->isExpanded(group));
    QCOMPARE(tree->model()->rowCount(group), 1);
    QCOMPARE(tree->model()->index(0, 0, group).data(TaskGroupsModel::IdRole).toLongLong(), m_blockedTask);
    // The progress counts all of WS-12's tasks, not only those shown.
    const qsizetype all = m_project->tasks().allTasksOfSystem(systemId(QStringLiteral("ws-12"))).size();
    QCOMPARE(tree->model()->index(0, TaskGroupsModel::Progress).data().toString(),
             QStringLiteral("0 of %1").arg(all));

    // The component filter with the search cleared: Army holds WS-1 and WS-2, neither blocked.
    search->clear();
    pick(m_pane->groups()->componentFilter(), QStringLiteral("Army"));
    QTRY_COMPARE(shownSystems(), QStringList());
    pick(m_pane->groups()->statusFilter(), QString());
    QCOMPARE(shownSystems(), (QStringList{QStringLiteral("WS-1"), QStringLiteral("WS-2")}));

    // The flat table is one tick away.
    QTest::mouseClick(m_pane->findChild<QCheckBox *>(), Qt::LeftButton);
    QVERIFY(!m_pane->isGrouped());
    QVERIFY(m_pane->table()->isVisible());
}

void TestTaskGroupsView::statusEditedInTheTreeUndoes()
{
    QTreeView *tree = m_pane->groups()->view();
    QAbstractItemModel *model = tree->model();
    const QModelIndex group = model->index(0, 0); // SRV-3
    tree->expand(group);
    const QModelIndex cell = model->index(0, TaskGroupsModel::Status, group);
    const Id taskId = cell.data(TaskGroupsModel::IdRole).toLongLong();
    QCOMPARE(toString(m_project->tasks().task(taskId).status), toString(TaskStatus::ToDo));
    tree->setCurrentIndex(cell);
    tree->edit(cell);
    auto *editor = tree->viewport()->findChild<QComboBox *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Down); // to do -> in progress
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(toString(m_project->tasks().task(taskId).status), toString(TaskStatus::InProgress));
    QCOMPARE(model->index(0, TaskGroupsModel::Status, group).data().toString(),
             QStringLiteral("in progress"));
    m_project->undoStack()->undo();
    QCOMPARE(toString(m_project->tasks().task(taskId).status), toString(TaskStatus::ToDo));
    QCOMPARE(model->index(0, TaskGroupsModel::Status, group).data().toString(), QStringLiteral("to do"));
}

void TestTaskGroupsView::emptyProjectSaysNoSystems()
{
    QString error;
    auto empty = Project::create(m_dir.filePath(QStringLiteral("empty.uproot")), QStringLiteral("bod-17-01"),
                                 QDate(), {}, DirectiveCatalog::builtin(), &error);
    QVERIFY2(empty, qPrintable(error));
    m_pane->setProject(empty.get());
    QCOMPARE(m_pane->groups()->view()->model()->rowCount(), 0);
    QTest::keyClicks(m_pane->groups()->searchField(), QStringLiteral("x"));
    QTRY_COMPARE(m_pane->groupsModel()->filter().search, QStringLiteral("x"));
    m_pane->setProject(nullptr);
}

QTEST_MAIN(TestTaskGroupsView)
#include "tst_taskgroupsview.moc"
