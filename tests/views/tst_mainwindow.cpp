// Opens the demo project in the real main window on the offscreen platform and clicks through the three
// tables: sorting, searching, filtering, editing a task's status and undoing it from the Edit menu.
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/detection/userdirectives.h"
#include "model/itemmodels/pagedtablemodel.h"
#include "model/itemmodels/tasksmodel.h"
#include "model/project/project.h"
#include "model/store/taskstore.h"
#include "views/mainwindow.h"
#include "views/tablepane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheThreeTablesAndMilestones();
    void sortsAndSearchesInSql();
    void filtersFindingsByConfidence();
    void editsTaskStatusAndUndoes();
    void refusesAProjectItCannotRead();
    void saysWhichDirectiveFilesWereLeftOut();
    void reportsWhatAnImportDid();

private:
    QTableView *table(int tab);
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    QList<MainWindow::Message> m_messages; // what the window would have shown in message boxes
};

void TestMainWindow::initTestCase()
{
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    m_demo = m_dir.filePath(QStringLiteral("demo.uproot"));
    DemoInventoryStats stats;
    QString error;
    QVERIFY2(buildDemoProject(m_demo, *m_catalog, &stats, nullptr, &error), qPrintable(error));
}

void TestMainWindow::init()
{
    m_messages.clear();
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->setMessagePresenter([this](const MainWindow::Message &message) { m_messages.append(message); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_demo));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QTableView *TestMainWindow::table(int tab)
{
    QTabBar *bar = m_window->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    auto *pane = qobject_cast<TablePane *>(m_window->tabs()->currentWidget());
    return pane ? pane->view() : nullptr;
}

void TestMainWindow::showsTheThreeTablesAndMilestones()
{
    for (int tab = 0; tab < 3; ++tab) {
        QTableView *view = table(tab);
        QVERIFY(view);
        QCOMPARE(m_window->tabs()->currentIndex(), tab);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(view->model()->rowCount() > 0, qPrintable(m_window->tabs()->tabText(tab)));
        QVERIFY(!view->model()->index(0, 0).data().toString().isEmpty());
    }
    // Tasks: the template's steps for each affected system.
    QVERIFY(table(2)->model()->rowCount() % 11 == 0);
    QAbstractItemModel *milestones = m_window->milestonesView()->model();
    QVERIFY(milestones->rowCount() >= 4);
    QCOMPARE(milestones->index(0, 0).data(Qt::UserRole).toDate(), QDate(2017, 10, 13));
    QCOMPARE(milestones->index(1, 0).data(Qt::UserRole).toDate(), QDate(2017, 11, 12));
    QVERIFY(!milestones->index(1, 3).data().toString().isEmpty()); // the Sunday warning
    if (!qEnvironmentVariableIsEmpty("UPROOT_SCREENSHOT"))
        m_window->grab().save(qEnvironmentVariable("UPROOT_SCREENSHOT"));
}

void TestMainWindow::sortsAndSearchesInSql()
{
    QTableView *view = table(0);
    QAbstractItemModel *model = view->model();
    const int all = model->rowCount();
    // Click the Software header twice: descending order.
    QHeaderView *header = view->horizontalHeader();
    const int column = 3;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
    const QString firstAscending = model->index(0, column).data().toString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
    const QString firstDescending = model->index(0, column).data().toString();
    QVERIFY2(firstAscending < firstDescending, qPrintable(firstAscending + QStringLiteral(" / ") + firstDescending));

    auto *pane = qobject_cast<TablePane *>(m_window->tabs()->currentWidget());
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QTest::keyClicks(pane->searchField(), QStringLiteral("Kaspersky"));
    QVERIFY(reset.wait(2000));
    const int matching = model->rowCount();
    QVERIFY(matching > 0 && matching < all);
    for (int row = 0; row < qMin(matching, 50); ++row) {
        QString line;
        for (int c = 0; c < model->columnCount(); ++c)
            line += model->index(row, c).data().toString();
        QVERIFY2(line.contains(QLatin1String("Kaspersky"), Qt::CaseInsensitive), qPrintable(line));
    }
    pane->searchField()->clear();
    QVERIFY(reset.wait(2000));
    QCOMPARE(model->rowCount(), all);
}

void TestMainWindow::filtersFindingsByConfidence()
{
    QTableView *view = table(1);
    auto *pane = qobject_cast<TablePane *>(m_window->tabs()->currentWidget());
    const QList<QComboBox *> filters = pane->findChildren<QComboBox *>();
    QVERIFY(filters.size() >= 2);
    QComboBox *confidence = filters.first();
    const int all = view->model()->rowCount();
    confidence->setCurrentIndex(confidence->findData(QStringLiteral("confirmed")));
    const int confirmed = view->model()->rowCount();
    QVERIFY(confirmed > 0 && confirmed <= all);
    for (int row = 0; row < confirmed; ++row)
        QCOMPARE(view->model()->index(row, 7).data().toString(), QStringLiteral("confirmed"));
}

void TestMainWindow::editsTaskStatusAndUndoes()
{
    QTableView *view = table(2);
    auto *pane = qobject_cast<TablePane *>(m_window->tabs()->currentWidget());
    QComboBox *status = pane->findChildren<QComboBox *>().first();
    status->setCurrentIndex(status->findData(QStringLiteral("to do")));
    QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() > 0);
    const QModelIndex cell = model->index(0, TasksModel::Status);
    QCOMPARE(cell.data().toString(), QStringLiteral("to do"));
    const Id taskId = cell.data(PagedTableModel::IdRole).toLongLong();

    // Open the editor on the status cell and choose "done".
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = view->findChild<QComboBox *>();
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findText(QStringLiteral("done")));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's data from a queued call.
    QTRY_COMPARE(toString(m_window->project()->store().tasks().task(taskId).status), toString(TaskStatus::Done));
    QVERIFY(m_window->undoAction()->isEnabled());

    m_window->undoAction()->trigger();
    QCOMPARE(toString(m_window->project()->store().tasks().task(taskId).status), toString(TaskStatus::ToDo));
    QVERIFY(m_window->redoAction()->isEnabled());
    m_window->redoAction()->trigger();
    QCOMPARE(toString(m_window->project()->store().tasks().task(taskId).status), toString(TaskStatus::Done));
    m_window->undoAction()->trigger();
}

void TestMainWindow::refusesAProjectItCannotRead()
{
    const QString bogus = m_dir.filePath(QStringLiteral("bogus.uproot"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'q'));
    f.close();
    const QString before = m_window->project()->path();
    QVERIFY(!m_window->openProject(bogus));
    QCOMPARE(m_window->project()->path(), before);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.at(0).kind, MainWindow::Message::Kind::Error);
    QCOMPARE(m_messages.at(0).title, QStringLiteral("Cannot open the project"));
    QVERIFY2(!m_messages.at(0).text.isEmpty(), "the error says why");
}

void TestMainWindow::saysWhichDirectiveFilesWereLeftOut()
{
    const QString folder = m_dir.filePath(QStringLiteral("directives"));
    QVERIFY(QDir().mkpath(folder));
    QFile broken(folder + QStringLiteral("/agency-rules.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"schemaVersion": 99, "id": "agency-rules"})");
    broken.close();
    DirectiveCatalog catalog = DirectiveCatalog::builtin();
    QStringList problems;
    loadUserDirectives(catalog, folder, &problems);
    QCOMPARE(problems.size(), 1);
    m_window->reportLeftOutDirectives(problems);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.at(0).kind, MainWindow::Message::Kind::Error);
    const QString shown = m_messages.at(0).text;
    QVERIFY2(shown.contains(QStringLiteral("agency-rules.json")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("schemaVersion")), qPrintable(shown));
}

void TestMainWindow::reportsWhatAnImportDid()
{
    // The demo project is shared by every test function: import into a copy.
    const QString copy = m_dir.filePath(QStringLiteral("import.uproot"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    QVERIFY(m_window->openProject(copy));
    const QString csv = m_dir.filePath(QStringLiteral("scan.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Hostname,Software,Publisher\nWS-9001,Kaspersky Free,AO Kaspersky Lab\n");
    file.close();

    QVERIFY(m_window->importFiles({csv}));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.at(0).kind, MainWindow::Message::Kind::Information);
    QCOMPARE(m_messages.at(0).text, QStringLiteral("1 file(s) imported."));
    QVERIFY2(m_messages.at(0).details.contains(csv), qPrintable(m_messages.at(0).details));

    QVERIFY(!m_window->importFiles({m_dir.filePath(QStringLiteral("missing.csv"))}));
    QCOMPARE(m_messages.size(), 2);
    QCOMPARE(m_messages.at(1).kind, MainWindow::Message::Kind::Error);
    QCOMPARE(m_messages.at(1).title, QStringLiteral("Import failed"));
    QVERIFY2(m_messages.at(1).text.contains(QLatin1String("missing.csv")), qPrintable(m_messages.at(1).text));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
