// Ctrl+C and Edit > Copy copy the selected rows of a table (not the one cell Qt copies by itself): a header
// line with the visible columns in the order shown, then one tab-separated line per selected row, as a
// spreadsheet pastes it. Checked on the Inventory, Findings and Tasks tables and on a system page's table,
// against the fixture's known inventory.
#include "findingsfixture.h"

#include "model/itemmodels/findingsmodel.h"
#include "model/itemmodels/inventorymodel.h"
#include "model/project/project.h"
#include "model/store/tasksreader.h"
#include "views/systempage.h"
#include "views/systempages.h"
#include "views/tablecopy.h"
#include "views/tablepane.h"
#include "views/taskspane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace uproot;
using namespace uproot::test;

namespace {
QStringList copiedLines()
{
    QString text = QApplication::clipboard()->text();
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.split(u'\n');
}

QAction *editCopy(QMainWindow *window)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text() != QLatin1String("&Edit"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Copy))
                return action;
        }
    }
    return nullptr;
}
} // namespace

class TestTableCopy : public FindingsFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(QStringLiteral("tst_tablecopy")); }
    void init() { openFixtureProject(); }
    void cleanup() { closeFixtureProject(); }
    void ctrlCCopiesTheSelectedFindings();
    void editCopyCopiesTheTableWithTheFocus();
    void copiesEveryInventoryRowSelected();
    void copiesTasksAndASystemPagesRows();
    void quotesCellsASpreadsheetWouldSplit();
};

void TestTableCopy::ctrlCCopiesTheSelectedFindings()
{
    QTableView *view = findingsView();
    const int a = rowOf(QStringLiteral("WS-01"), QStringLiteral("Kaspersky Endpoint Security for Windows"));
    const int b = rowOf(QStringLiteral("SRV-04"), QStringLiteral("Kaspersky Security Center Network Agent"));
    QVERIFY(a >= 0 && b >= 0);
    clickRow(view, a);
    const QModelIndex second = view->model()->index(b, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(second).center());
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    // A hidden column is not copied; a moved one is copied where it is shown.
    view->setColumnHidden(FindingsModel::Rule, true);
    view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(FindingsModel::Product), 0);
    QApplication::clipboard()->clear();

    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = copiedLines();
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines.first().split(u'\t');
    QCOMPARE(header.size(), FindingsModel::ColumnCount - 1);
    QCOMPARE(header.first(), QStringLiteral("Product"));
    QVERIFY(!header.contains(QStringLiteral("Rule")));
    const int system = int(header.indexOf(QStringLiteral("System")));
    const int site = int(header.indexOf(QStringLiteral("Site")));
    QVERIFY(system > 0 && site > 0);
    // The rows in the table's order, each with the fixture's values.
    const QStringList first = lines.at(a < b ? 1 : 2).split(u'\t');
    const QStringList last = lines.at(a < b ? 2 : 1).split(u'\t');
    QCOMPARE(first.size(), header.size());
    QCOMPARE(first.at(0), QStringLiteral("Kaspersky Endpoint Security for Windows"));
    QCOMPARE(first.at(system), QStringLiteral("WS-01"));
    QCOMPARE(first.at(site), QStringLiteral("HQ"));
    QCOMPARE(last.at(0), QStringLiteral("Kaspersky Security Center Network Agent"));
    QCOMPARE(last.at(system), QStringLiteral("SRV-04"));
    QCOMPARE(last.at(site), QStringLiteral("Annex"));
}

void TestTableCopy::editCopyCopiesTheTableWithTheFocus()
{
    QAction *copy = editCopy(m_window.get());
    QVERIFY2(copy, "Edit has no Copy entry with the Copy keys");
    QTableView *view = findingsView();
    const int row = rowOf(QStringLiteral("WS-05"), QStringLiteral("Kaspersky Removal Tool Helper"));
    clickRow(view, row);
    QApplication::clipboard()->clear();
    copy->trigger();
    const QStringList lines = copiedLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("WS-05\t")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral("\tKaspersky Removal Tool Helper\t")));
}

void TestTableCopy::copiesEveryInventoryRowSelected()
{
    m_window->tabs()->setCurrentWidget(m_window->inventoryPane());
    QTableView *view = m_window->inventoryPane()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = copiedLines();
    QCOMPARE(lines.size(), int(std::size(kInventory)) + 1);
    // Every inventory line of the fixture is there once, with its system and product.
    QStringList expected;
    for (const InventoryLine &line : kInventory)
        expected << QString::fromUtf8(line.system) + u'|' + QString::fromUtf8(line.product);
    QStringList copied;
    const QStringList header = lines.first().split(u'\t');
    const int system = int(header.indexOf(QStringLiteral("System")));
    const int product = int(header.indexOf(QStringLiteral("Software")));
    QVERIFY(system >= 0 && product >= 0);
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u'\t');
        copied << cells.at(system) + u'|' + cells.at(product);
    }
    expected.sort();
    copied.sort();
    QCOMPARE(copied, expected);
}

void TestTableCopy::copiesTasksAndASystemPagesRows()
{
    m_window->tasksArea()->generatePlan();
    const qint64 tasks = m_window->project()->tasks().total();
    QVERIFY(tasks >= 2);
    m_window->tabs()->setCurrentWidget(m_window->tasksArea());
    QTableView *view = m_window->tasksPane()->view();
    QTRY_COMPARE(qint64(view->model()->rowCount()), tasks);
    view->setFocus();
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(copiedLines().size(), 3);

    // A system page's findings: WS-01 has three findings in the fixture.
    int ws01 = 0;
    for (const InventoryLine &line : kInventory)
        ws01 +=
            QLatin1String(line.system) == QLatin1String("WS-01") && line.verdict != InventoryLine::NotCovered;
    const int row = rowOf(QStringLiteral("WS-01"), QStringLiteral("Kaspersky Endpoint Security for Windows"));
    showFindingsTab();
    clickRow(findingsView(), row);
    SystemPage *page = m_window->systemPages()->openCurrent();
    QVERIFY(page);
    QTableView *findings = page->sectionView(SystemPage::Findings);
    QTRY_COMPARE(findings->model()->rowCount(), ws01);
    findings->setSelectionMode(QAbstractItemView::ExtendedSelection);
    findings->setFocus();
    findings->selectAll();
    QApplication::clipboard()->clear();
    QTest::keyClick(findings, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = copiedLines();
    QCOMPARE(lines.size(), ws01 + 1);
    QVERIFY2(lines.at(1).contains(QStringLiteral("Kaspersky")), qPrintable(lines.at(1)));
}

void TestTableCopy::quotesCellsASpreadsheetWouldSplit()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Note"), QStringLiteral("Plain")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("tab\there")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("two\nlines")));
    model.setItem(0, 2, new QStandardItem(QStringLiteral("as \"quoted\"")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("b")));
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.selectRow(0);
    QCOMPARE(TableCopy::rowsText(&view),
             QStringLiteral("Name\tNote\tPlain\n\"tab\there\"\t\"two\nlines\"\t\"as \"\"quoted\"\"\"\n"));
    view.selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    view.clearSelection();
    QCOMPARE(TableCopy::rowsText(&view), QString());
}

QTEST_MAIN(TestTableCopy)
#include "tst_tablecopy.moc"
