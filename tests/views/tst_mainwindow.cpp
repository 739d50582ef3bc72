// Opens the demo project in the real main window on the offscreen platform and clicks through the three
// tables: sorting, searching, filtering, editing a task's status and undoing it from the Edit menu.
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/detection/userdirectives.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/itemmodels/pagedtablemodel.h"
#include "model/itemmodels/tasksmodel.h"
#include "model/project/project.h"
#include "model/store/tasksreader.h"
#include "views/mainwindow.h"
#include "views/plandatadialog.h"
#include "views/tablepane.h"
#include "views/taskspane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {
// A tab is a table pane, or an area's pane holding one.
TablePane *tablePaneOf(QWidget *tab)
{
    auto *pane = qobject_cast<TablePane *>(tab);
    return pane || !tab ? pane : tab->findChild<TablePane *>();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheThreeTablesAndMilestones();
    void sortsAndSearchesInSql();
    void filtersFindingsByConfidence_data();
    void filtersFindingsByConfidence();
    void editsTaskStatusAndUndoes();
    void refusesAProjectItCannotRead();
    void saysWhichDirectiveFilesWereLeftOut();
    void reportsWhatAnImportDid();
    void setsPlanDataOnTheSelectedSystemsInOneStep();
    void saysReappearancesFirst();

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
    // The tables by their tab, whatever comes before them (the dashboard): 0 inventory, 1 findings, 2 tasks.
    const int index = m_window->tabs()->indexOf(m_window->inventoryPane()) + tab;
    QTabBar *bar = m_window->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    // The tasks show grouped by system; these tests use its flat table.
    if (auto *tasks = qobject_cast<TasksPane *>(m_window->tabs()->currentWidget()))
        tasks->setGrouped(false);
    auto *pane = tablePaneOf(m_window->tabs()->currentWidget());
    return pane ? pane->view() : nullptr;
}

void TestMainWindow::showsTheThreeTablesAndMilestones()
{
    for (int tab = 0; tab < 3; ++tab) {
        QTableView *view = table(tab);
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(view->model()->rowCount() > 0, qPrintable(m_window->tabs()->tabText(m_window->tabs()->currentIndex())));
        QVERIFY(!view->model()->index(0, 0).data().toString().isEmpty());
    }
    // Tasks: the steps of each affected system's template, as many as the project holds (counted past the first
    // page when the event loop runs).
    QTRY_COMPARE(qint64(table(2)->model()->rowCount()), m_window->project()->tasks().total());
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
    auto *paged = qobject_cast<PagedTableModel *>(model);
    QVERIFY(paged);
    // The rows past the first page are counted when the event loop runs.
    QTRY_VERIFY(!paged->isCounting());
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

    auto *pane = tablePaneOf(m_window->tabs()->currentWidget());
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QTest::keyClicks(pane->searchField(), QStringLiteral("Kaspersky"));
    QVERIFY(reset.wait(2000));
    QTRY_VERIFY(!paged->isCounting());
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
    QTRY_COMPARE(model->rowCount(), all);
}

// The demo inventory holds only confirmed findings, and a filter between kinds needs both: this test opens a
// small inventory of its own whose confidence per row is the test's judgement from the catalog's documented
// rules (resources/directives/README.md, "Decisions in the shipped rules").
void TestMainWindow::filtersFindingsByConfidence_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    const QStringList confirmed = {
        QStringLiteral("SRV-02 | Kaspersky Security Center Network Agent"),
        QStringLiteral("WS-01 | Kaspersky Endpoint Security for Windows"),
    };
    const QStringList needsReview = {
        QStringLiteral("WS-02 | Kaspersky Removal Tool Helper"),
        QStringLiteral("WS-03 | Disk Cleanup Pro"),
    };
    QTest::newRow("all") << QString() << QStringList(confirmed + needsReview);
    QTest::newRow("confirmed only") << QStringLiteral("confirmed") << confirmed;
    QTest::newRow("needs review only") << QStringLiteral("needs review") << needsReview;
}

void TestMainWindow::filtersFindingsByConfidence()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    const QString csv = m_dir.filePath(QStringLiteral("confidence.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Hostname,Software,Publisher,Version\n"
               // Confirmed: a covered product with one of the vendor's company names as publisher.
               "WS-01,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n"
               "SRV-02,Kaspersky Security Center Network Agent,Kaspersky Lab ZAO,13.2\n"
               // Needs review: another publisher's product whose name mentions Kaspersky.
               "WS-02,Kaspersky Removal Tool Helper,Contoso Ltd.,2.0\n"
               // Needs review: a publisher that contains the name but is not a known company name.
               "WS-03,Disk Cleanup Pro,Kaspersky Fan Tools LLC,1.0\n"
               // Not covered.
               "WS-04,Mozilla Firefox,Mozilla,118.0\n");
    file.close();
    const QString path = m_dir.filePath(
        QStringLiteral("confidence-%1.uproot").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(path);
    {
        QString error;
        std::unique_ptr<Project> project =
            Project::create(path, QStringLiteral("bod-17-01"), QDate(), {}, *m_catalog, &error);
        QVERIFY2(project, qPrintable(error));
        ImportReport report;
        ReadError readError;
        QVERIFY2(project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    }
    QVERIFY(m_window->openProject(path));

    QTableView *view = table(1);
    QVERIFY(view);
    auto *pane = tablePaneOf(m_window->tabs()->currentWidget());
    QComboBox *confidence = nullptr;
    for (QComboBox *combo : pane->findChildren<QComboBox *>()) {
        if (combo->findData(QStringLiteral("needs review")) >= 0)
            confidence = combo;
    }
    QVERIFY(confidence);
    const int choice = filter.isEmpty() ? 0 : confidence->findData(filter);
    QVERIFY(choice >= 0);
    QAbstractItemModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Start from another choice, so that choosing this one is a change the table must follow.
    confidence->setCurrentIndex(choice == 1 ? 2 : 1);
    confidence->setCurrentIndex(choice);

    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        shown << model->index(row, FindingsModel::System).data().toString() + QStringLiteral(" | ") +
                     model->index(row, FindingsModel::Product).data().toString();
        if (!filter.isEmpty())
            QCOMPARE(model->index(row, FindingsModel::Confidence).data().toString(), filter);
    }
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
}

// The table cell shows the new status after the edit, the undo and the redo: the model must announce the
// changed row (dataChanged) with the status the store now holds, under the "All" filter where the row stays
// in place.
void TestMainWindow::editsTaskStatusAndUndoes()
{
    QTableView *view = table(2);
    auto *pane = tablePaneOf(m_window->tabs()->currentWidget());
    QComboBox *status = pane->findChildren<QComboBox *>().first();
    QVERIFY(status->findData(QStringLiteral("to do")) > 0);
    status->setCurrentIndex(0);
    QAbstractItemModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int row = 0;
    while (row < model->rowCount() &&
           model->index(row, TasksModel::Status).data().toString() != QLatin1String("to do"))
        ++row;
    QVERIFY(row < model->rowCount());
    const QModelIndex cell = model->index(row, TasksModel::Status);
    const Id taskId = cell.data(PagedTableModel::IdRole).toLongLong();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    // The cell the view shows, announced as changed and reading the expected text.
    const auto cellShows = [&](const QString &text) {
        QVERIFY2(!changed.isEmpty(), "the model did not announce the changed row");
        const QModelIndex first = changed.last().at(0).toModelIndex();
        const QModelIndex last = changed.last().at(1).toModelIndex();
        QVERIFY(first.row() <= row && row <= last.row());
        QVERIFY(first.column() <= TasksModel::Status && TasksModel::Status <= last.column());
        changed.clear();
        const QModelIndex shown = view->model()->index(row, TasksModel::Status);
        QCOMPARE(shown.data(PagedTableModel::IdRole).toLongLong(), taskId);
        QCOMPARE(shown.data().toString(), text);
    };

    // Open the editor on the status cell and choose "done".
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = view->findChild<QComboBox *>();
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findText(QStringLiteral("done")));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's data from a queued call.
    QTRY_VERIFY(!changed.isEmpty());
    cellShows(QStringLiteral("done"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->undoAction()->isEnabled());

    m_window->undoAction()->trigger();
    cellShows(QStringLiteral("to do"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->redoAction()->isEnabled());
    m_window->redoAction()->trigger();
    cellShows(QStringLiteral("done"));
    if (QTest::currentTestFailed())
        return;
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

void TestMainWindow::setsPlanDataOnTheSelectedSystemsInOneStep()
{
    QTableView *view = table(1);
    QVERIFY(view);
    // Without a selection the window says what to do.
    view->clearSelection();
    QVERIFY(!m_window->openPlanDataDialog());
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().title, QStringLiteral("No system selected"));

    // Six findings rows, Ctrl+click by Ctrl+click, as a person selects them.
    QSet<Id> expected;
    for (int row = 0; row < 6; ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        expected.insert(index.data(PagedTableModel::SystemIdRole).toLongLong());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, row ? Qt::ControlModifier : Qt::NoModifier,
                          view->visualRect(index).center());
    }
    QVERIFY(expected.size() >= 2);
    const QList<Id> selected = m_window->selectedSystems();
    QCOMPARE(QSet<Id>(selected.cbegin(), selected.cend()), expected);

    QHash<Id, QString> teamBefore;
    for (Id id : std::as_const(expected))
        teamBefore.insert(id, m_window->project()->inventory().system(id).team);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    PlanDataDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PlanDataDialog *>()) != nullptr);
    dialog->setField(PlanField::Team);
    auto *value = dialog->findChild<QLineEdit *>();
    QVERIFY(value);
    QTest::keyClicks(value, QStringLiteral("Alpha team"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    Project *project = m_window->project();
    for (Id id : std::as_const(expected))
        QCOMPARE(project->inventory().system(id).team, QStringLiteral("Alpha team"));
    // One step for all of them.
    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    for (Id id : std::as_const(expected))
        QCOMPARE(project->inventory().system(id).team, teamBefore.value(id));
    m_window->redoAction()->trigger();
    QCOMPARE(project->inventory().system(*expected.cbegin()).team, QStringLiteral("Alpha team"));
    m_window->undoAction()->trigger(); // the demo stays as it was for the other tests
}

// A product back on a system after a scan verified its removal: the status bar says so before anything else, and
// the findings list it first; as of a date before the scan that saw it again, it is a verified removal.
void TestMainWindow::saysReappearancesFirst()
{
    auto write = [&](const QString &name, const QByteArray &rows) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("Hostname,Software,Publisher,Version\n" + rows);
        return path;
    };
    const QByteArray kes = ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n";
    const QString first = write(QStringLiteral("back-1.csv"), "WS-A" + kes + "WS-Z" + kes);
    const QString second = write(QStringLiteral("back-2.csv"), "WS-Z,Mozilla Firefox,Mozilla,118.0\n");
    const QString third = write(QStringLiteral("back-3.csv"), "WS-Z" + kes);
    const QString path = m_dir.filePath(QStringLiteral("back.uproot"));
    {
        QString error;
        std::unique_ptr<Project> project =
            Project::create(path, QStringLiteral("bod-17-01"), QDate(), {}, *m_catalog, &error);
        QVERIFY2(project, qPrintable(error));
        for (const auto &[file, date] : {std::pair(first, QDate(2018, 1, 2)), std::pair(second, QDate(2018, 1, 9))}) {
            ImportOptions options;
            options.scanDate = date;
            ImportReport report;
            ReadError readError;
            QVERIFY2(project->importFile(file, options, nullptr, &report, &readError), qPrintable(readError.message()));
        }
    }
    QVERIFY(m_window->openProject(path));
    QLabel *status = m_window->statusBar()->findChild<QLabel *>();
    QVERIFY(status);
    QVERIFY2(!status->text().contains(QLatin1String("Reappeared")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("1 verified removed")), qPrintable(status->text()));
    // The third scan, dated by its file (today, the status date the project follows), sees WS-Z's product again.
    QVERIFY(m_window->importFiles({third}));
    QVERIFY2(status->text().startsWith(QLatin1String("Reappeared after removal: 1.")), qPrintable(status->text()));

    QTableView *view = table(1);
    QVERIFY(view);
    QAbstractItemModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    // First although "WS-Z" sorts after "WS-A".
    QCOMPARE(model->index(0, FindingsModel::System).data().toString(), QStringLiteral("WS-Z"));
    QCOMPARE(model->index(0, FindingsModel::State).data().toString(), QStringLiteral("reappeared"));
    QVERIFY(model->index(0, 0).data(FindingsModel::ExplanationRole).toString().contains(QLatin1String("back-3.csv")));
    QCOMPARE(model->index(1, FindingsModel::State).data().toString(), QStringLiteral("open"));
    if (!qEnvironmentVariableIsEmpty("UPROOT_SCANS_SCREENSHOT")) {
        view->selectRow(0);
        m_window->resize(1800, 640); // wide enough for the State column
        QTest::qWait(50);
        m_window->grab().save(qEnvironmentVariable("UPROOT_SCANS_SCREENSHOT"));
    }
    // The state filter offers reappearances first among the states.
    auto *pane = tablePaneOf(m_window->tabs()->currentWidget());
    QComboBox *state = nullptr;
    for (QComboBox *combo : pane->findChildren<QComboBox *>()) {
        if (combo->findData(QStringLiteral("reappeared")) >= 0)
            state = combo;
    }
    QVERIFY(state);
    QCOMPARE(state->findData(QStringLiteral("reappeared")), 1);
    state->setCurrentIndex(1);
    QCOMPARE(model->rowCount(), 1);
    state->setCurrentIndex(0);

    // As of a day after the second scan and before the third: WS-Z's removal is verified, nothing reappeared.
    QVERIFY(m_window->project()->setAsOf(QDate(2018, 1, 12), nullptr));
    QVERIFY2(!status->text().contains(QLatin1String("Reappeared")), qPrintable(status->text()));
    const int z = model->index(0, FindingsModel::System).data().toString() == QLatin1String("WS-Z") ? 0 : 1;
    QCOMPARE(model->index(z, FindingsModel::State).data().toString(), QStringLiteral("removed"));
    QVERIFY(model->index(z, 0).data(FindingsModel::ExplanationRole).toString().contains(QLatin1String("2018-01-09")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
