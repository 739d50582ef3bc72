// The dashboard in the main window (issue 13): on the demo project, a figure reads what the test counts in
// the file itself, a click on it (or on a component's bar) lists exactly the systems behind it, an undoable
// edit and its undo move the figures, and a project without findings or without a plan says so.
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/dashboardsystemsmodel.h"
#include "model/project/project.h"
#include "model/store/database.h"
#include "model/store/statement.h"
#include "views/breakdownchart.h"
#include "views/burndownchart.h"
#include "views/dashboardpane.h"
#include "views/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

// The test's own reading of "overdue": an affected system whose last task was due before the status date and
// which is not cleared (a task still open, or a product seen again by a scan up to that date). Names, sorted.
QStringList overdueSystems(const QString &path, const QDate &asOf, const QString &component = {})
{
    Database db;
    QString error;
    if (!db.open(path, false, true, &error))
        return {error};
    Statement st(db,
                 "SELECT s.name FROM systems s WHERE (?2 IS NULL OR coalesce(s.component, '') = ?2)"
                 " AND s.id IN (SELECT i.system_id FROM findings f JOIN installations i ON i.id ="
                 " f.installation_id WHERE f.state = 'open')"
                 " AND (SELECT max(due) FROM tasks k WHERE k.system_id = s.id) < ?1"
                 " AND (EXISTS (SELECT 1 FROM tasks k WHERE k.system_id = s.id"
                 "  AND k.status NOT IN ('done', 'skipped'))"
                 "  OR EXISTS (SELECT 1 FROM installations i JOIN import_sources r ON r.id = i.reappeared_in"
                 "  WHERE i.system_id = s.id AND coalesce(r.scanned_at, substr(r.imported_at, 1, 10)) <= ?1))"
                 " ORDER BY s.name");
    st.bind(1, asOf.toString(Qt::ISODate));
    if (component.isNull())
        st.bindNull(2);
    else
        st.bind(2, component);
    QStringList names;
    while (st.next())
        names << st.text(0);
    return names;
}

QStringList shownSystems(QTableView *view)
{
    auto *model = static_cast<DashboardSystemsModel *>(view->model());
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, DashboardSystemsModel::System).data().toString();
    names.sort();
    return names;
}

QString figureText(DashboardPane *pane, DashboardFigure figure)
{
    // The number is the first label on the button, its name the second.
    return pane->figureButton(figure)->findChildren<QLabel *>().value(0)->text();
}

} // namespace

class TestDashboardPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void isTheFirstTab();
    void figureClickListsItsSystems();
    void componentBarListsItsLateSystems();
    void followsAnEditAndItsUndo();
    void saysWhenThereIsNothingToShow();
    void chartsFollowThePalette();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    DashboardPane *m_pane = nullptr;
};

void TestDashboardPane::initTestCase()
{
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    m_demo = m_dir.filePath(QStringLiteral("demo.uproot"));
    DemoInventoryStats stats;
    QString error;
    QVERIFY2(buildDemoProject(m_demo, *m_catalog, &stats, nullptr, &error), qPrintable(error));
}

void TestDashboardPane::init()
{
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->setMessagePresenter([](const MainWindow::Message &) {});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_demo));
    m_pane = m_window->dashboard();
    QVERIFY(m_pane);
}

void TestDashboardPane::cleanup()
{
    m_window.reset();
}

void TestDashboardPane::isTheFirstTab()
{
    QCOMPARE(m_window->tabs()->indexOf(m_pane), 0);
    QCOMPARE(m_window->tabs()->currentWidget(), m_pane);
    QAbstractItemModelTester rows(m_pane->rowsView()->model(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester blockers(m_pane->blockersView()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The demo has a plan and findings: no message, a projection in words.
    QVERIFY(m_pane->messageLabel()->isHidden());
    QVERIFY2(m_pane->projectionLabel()->text().contains(QLatin1String("working day")),
             qPrintable(m_pane->projectionLabel()->text()));
    // Readable without sight: figures and charts have names that carry their value.
    const QString name = m_pane->figureButton(DashboardFigure::Overdue)->accessibleName();
    QVERIFY2(name.startsWith(QLatin1String("Overdue: ")), qPrintable(name));
    QVERIFY(!m_pane->burndown()->accessibleDescription().isEmpty());
    QVERIFY(!m_pane->breakdownChart(DashboardDimension::Component)->accessibleDescription().isEmpty());
    // The blockers list gives the reason.
    QVERIFY(m_pane->blockersView()->model()->rowCount() > 0);
    QVERIFY(m_pane->blockersView()
                ->model()
                ->index(0, DashboardSystemsModel::Blockers)
                .data()
                .toString()
                .contains(QLatin1String("uninstall password")));
}

void TestDashboardPane::figureClickListsItsSystems()
{
    const QDate asOf = m_window->project()->asOf();
    const QStringList expected = overdueSystems(m_demo, asOf);
    QVERIFY(expected.size() > 1);
    QCOMPARE(figureText(m_pane, DashboardFigure::Overdue), QLocale().toString(qint64(expected.size())));
    QPushButton *overdue = m_pane->figureButton(DashboardFigure::Overdue);
    QTest::mouseClick(overdue, Qt::LeftButton);
    QVERIFY(overdue->isChecked());
    QCOMPARE(shownSystems(m_pane->rowsView()), expected);
    QVERIFY2(m_pane->rowsTitle()->text().startsWith(QLatin1String("Overdue systems: ")),
             qPrintable(m_pane->rowsTitle()->text()));
    // Another figure lists other rows.
    QTest::mouseClick(m_pane->figureButton(DashboardFigure::Reappeared), Qt::LeftButton);
    QCOMPARE(m_pane->rowsView()->model()->rowCount(), 1);
}

void TestDashboardPane::componentBarListsItsLateSystems()
{
    BreakdownChart *chart = m_pane->breakdownChart(DashboardDimension::Component);
    QBarSet *overdue = chart->barSet(DashboardFigure::Overdue);
    QVERIFY(overdue);
    // The bar with the most overdue systems (bars count from the bottom).
    int bar = 0;
    for (int i = 0; i < overdue->count(); ++i) {
        if (overdue->at(i) > overdue->at(bar))
            bar = i;
    }
    QVERIFY(overdue->at(bar) > 0);
    emit overdue->clicked(bar);
    const QStringList shown = shownSystems(m_pane->rowsView());
    QCOMPARE(qreal(shown.size()), overdue->at(bar));
    auto *model = static_cast<DashboardSystemsModel *>(m_pane->rowsView()->model());
    const QString component = model->index(0, DashboardSystemsModel::Component).data().toString();
    QCOMPARE(shown, overdueSystems(m_demo, m_window->project()->asOf(), component));
    QVERIFY2(m_pane->rowsTitle()->text().contains(component), qPrintable(m_pane->rowsTitle()->text()));

    // The same from the table beside the chart: a click on the Overdue count of that component's row.
    QTableView *table = m_pane->breakdownTable(DashboardDimension::Component);
    m_pane->showSystems(DashboardFigure::Affected);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() != component)
            continue;
        const QModelIndex cell = table->model()->index(row, 4); // Overdue
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    }
    QCOMPARE(shownSystems(m_pane->rowsView()), shown);
}

void TestDashboardPane::followsAnEditAndItsUndo()
{
    Project *project = m_window->project();
    const qint64 blocked = m_pane->figures().counts.blocked;
    QCOMPARE(figureText(m_pane, DashboardFigure::Blocked), QLocale().toString(blocked));
    QTest::mouseClick(m_pane->figureButton(DashboardFigure::Blocked), Qt::LeftButton);
    const int listedBefore = m_pane->rowsView()->model()->rowCount();
    // Block the first open task of an overdue system.
    QTest::mouseClick(m_pane->figureButton(DashboardFigure::Overdue), Qt::LeftButton);
    Id task = 0;
    auto *model = static_cast<DashboardSystemsModel *>(m_pane->rowsView()->model());
    for (int row = 0; row < model->rowCount() && !task; ++row) {
        if (model->rowAt(row).blocked)
            continue;
        for (const TaskRecord &t : project->tasks().allTasksOfSystem(model->rowAt(row).systemId)) {
            if (!task && t.status != TaskStatus::Done && t.status != TaskStatus::Skipped)
                task = t.id;
        }
    }
    QVERIFY(task);
    QTest::mouseClick(m_pane->figureButton(DashboardFigure::Blocked), Qt::LeftButton);
    project->setTaskStatus(task, TaskStatus::Blocked, QStringLiteral("change freeze"));
    QCOMPARE(figureText(m_pane, DashboardFigure::Blocked), QLocale().toString(blocked + 1));
    QCOMPARE(m_pane->rowsView()->model()->rowCount(), listedBefore + 1);
    m_window->undoAction()->trigger();
    QCOMPARE(figureText(m_pane, DashboardFigure::Blocked), QLocale().toString(blocked));
    QCOMPARE(m_pane->rowsView()->model()->rowCount(), listedBefore);
    m_window->redoAction()->trigger();
    QCOMPARE(figureText(m_pane, DashboardFigure::Blocked), QLocale().toString(blocked + 1));
}

void TestDashboardPane::saysWhenThereIsNothingToShow()
{
    QString error;
    const QString emptyPath = m_dir.filePath(QStringLiteral("empty.uproot"));
    QFile::remove(emptyPath);
    {
        std::unique_ptr<Project> empty =
            Project::create(emptyPath, QStringLiteral("bod-17-01"), {}, {}, *m_catalog, &error);
        QVERIFY2(empty, qPrintable(error));
    }
    QVERIFY(m_window->openProject(emptyPath));
    QVERIFY(!m_pane->messageLabel()->isHidden());
    QVERIFY2(m_pane->messageLabel()->text().contains(QLatin1String("Import inventory")),
             qPrintable(m_pane->messageLabel()->text()));
    QCOMPARE(figureText(m_pane, DashboardFigure::Affected), QStringLiteral("0"));
    QTest::mouseClick(m_pane->figureButton(DashboardFigure::Overdue), Qt::LeftButton);
    QCOMPARE(m_pane->rowsView()->model()->rowCount(), 0);

    // Findings but no plan yet.
    const QString csv = m_dir.filePath(QStringLiteral("two.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Hostname,Software,Publisher,Version\n"
               "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.1.1.126\n"
               "WS-2,Notepad++,Notepad++ Team,8.1\n");
    file.close();
    QVERIFY(m_window->importFiles({csv}));
    QCOMPARE(figureText(m_pane, DashboardFigure::Affected), QStringLiteral("1"));
    QVERIFY2(m_pane->messageLabel()->text().startsWith(QLatin1String("No plan yet: Plan > Generate")),
             qPrintable(m_pane->messageLabel()->text()));
    QVERIFY(!m_pane->messageLabel()->isHidden());
}

void TestDashboardPane::chartsFollowThePalette()
{
    // A dark palette (as a desktop's dark or high-contrast theme gives): the charts take its colours, not a
    // theme's fixed light ones.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(240, 240, 240));
    dark.setColor(QPalette::Highlight, QColor(80, 160, 255));
    m_pane->setPalette(dark);
    QCOMPARE(m_pane->burndown()->chart()->backgroundBrush().color(), QColor(20, 20, 20));
    QCOMPARE(m_pane->burndown()->chart()->legend()->labelColor(), QColor(240, 240, 240));
    BreakdownChart *chart = m_pane->breakdownChart(DashboardDimension::Component);
    QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(20, 20, 20));
    // Overdue is hatched, not told by colour alone.
    QCOMPARE(chart->barSet(DashboardFigure::Overdue)->brush().style(), Qt::BDiagPattern);
    QCOMPARE(chart->barSet(DashboardFigure::Remaining)->brush().color(), QColor(80, 160, 255));
}

QTEST_MAIN(TestDashboardPane)
#include "tst_dashboardpane.moc"
