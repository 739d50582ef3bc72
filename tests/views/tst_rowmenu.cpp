// The rows' context menus: Copy first, then the actions that apply to the row, the same QActions as the
// window's menus (what the menu shows is what the menu bar does). A right-click on a row that is not selected
// chooses it first.
#include "findingsfixture.h"

#include "model/itemmodels/findingsmodel.h"
#include "model/itemmodels/pagedtablemodel.h"
#include "model/itemmodels/tasksmodel.h"
#include "model/project/project.h"
#include "model/store/tasksreader.h"
#include "views/findingreasondialog.h"
#include "views/rowmenu.h"
#include "views/systempage.h"
#include "views/systempages.h"
#include "views/tablepane.h"
#include "views/taskspane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace uproot;
using namespace uproot::test;

namespace {
// The menu a right-click at the row shows (its entries, without separators).
std::unique_ptr<QMenu> menuAt(QTableView *view, int row)
{
    RowMenu *rows = RowMenu::of(view);
    if (!rows)
        return nullptr;
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    return std::unique_ptr<QMenu>(rows->createMenu(view->visualRect(index).center()));
}

QStringList textsOf(const QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text().section(u'\t', 0, 0);
    }
    return texts;
}

QAction *entry(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().section(u'\t', 0, 0) == text)
            return action;
    }
    return nullptr;
}

// The window's menu bar entry with this text (in any menu).
QAction *menuBarAction(QMainWindow *window, const QString &text)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}
} // namespace

class TestRowMenu : public FindingsFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(QStringLiteral("tst_rowmenu")); }
    void init() { openFixtureProject(); }
    void cleanup() { closeFixtureProject(); }
    void findingsOfferCopyDecisionsAndTheSourceRow();
    void rightClickChoosesTheRowItActsOn();
    void tasksOfferTheirStatusForTheSelectedTasks();
    void inventoryAndSystemPageTablesHaveMenus();
};

void TestRowMenu::findingsOfferCopyDecisionsAndTheSourceRow()
{
    QTableView *view = findingsView();
    const int row = rowOf(QStringLiteral("WS-05"), QStringLiteral("Kaspersky Removal Tool Helper"));
    std::unique_ptr<QMenu> menu = menuAt(view, row);
    QVERIFY2(menu, "no context menu on the findings rows");
    const QStringList texts = textsOf(menu.get());
    QCOMPARE(texts.first(), QStringLiteral("&Copy 1 row(s)"));
    for (const QString &text :
         {QStringLiteral("S&ystem page"), QStringLiteral("Dismiss as &false positive..."),
          QStringLiteral("Record approved &exception..."), QStringLiteral("&Reopen"),
          QStringLiteral("Show &source row...")}) {
        QAction *action = entry(menu.get(), text);
        QVERIFY2(action, qPrintable(text));
        // The window's own action, not a copy of it.
        QCOMPARE(action, menuBarAction(m_window.get(), text));
    }

    QApplication::clipboard()->clear();
    entry(menu.get(), QStringLiteral("&Copy 1 row(s)"))->trigger();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("\nWS-05\t")));

    // Dismissing from the menu decides on the row clicked.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<FindingReasonDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->reasonField()->setText(QStringLiteral("Contoso tool"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    entry(menu.get(), QStringLiteral("Dismiss as &false positive..."))->trigger();
    const int after = rowOf(QStringLiteral("WS-05"), QStringLiteral("Kaspersky Removal Tool Helper"));
    QCOMPARE(view->model()->index(after, FindingsModel::State).data().toString(),
             QStringLiteral("false positive"));
}

void TestRowMenu::rightClickChoosesTheRowItActsOn()
{
    QTableView *view = findingsView();
    const int a = rowOf(QStringLiteral("WS-01"), QStringLiteral("Kaspersky Endpoint Security for Windows"));
    const int b = rowOf(QStringLiteral("WS-03"), QStringLiteral("Kaspersky Endpoint Security for Windows"));
    clickRow(view, a);
    std::unique_ptr<QMenu> menu = menuAt(view, b);
    QVERIFY(menu);
    QCOMPARE(view->currentIndex().row(), b);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().row(), b);
    // On a selected row the selection stays, and Copy says how many rows it copies.
    view->selectionModel()->select(view->model()->index(a, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    menu = menuAt(view, a);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    QVERIFY(entry(menu.get(), QStringLiteral("&Copy 2 row(s)")));
}

void TestRowMenu::tasksOfferTheirStatusForTheSelectedTasks()
{
    m_window->tasksArea()->generatePlan();
    m_window->tabs()->setCurrentWidget(m_window->tasksArea());
    QTableView *view = m_window->tasksPane()->view();
    QTRY_VERIFY(view->model()->rowCount() >= 2);
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const Id first = view->model()->index(0, 0).data(PagedTableModel::IdRole).toLongLong();
    const Id second = view->model()->index(1, 0).data(PagedTableModel::IdRole).toLongLong();
    std::unique_ptr<QMenu> menu = menuAt(view, 0);
    QVERIFY(menu);
    QVERIFY(entry(menu.get(), QStringLiteral("Task &details\u2026")));
    QAction *status = entry(menu.get(), QStringLiteral("Set &status"));
    QVERIFY2(status && status->menu(), qPrintable(textsOf(menu.get()).join(u',')));
    QAction *done = entry(status->menu(), QStringLiteral("&Done"));
    QVERIFY(done);
    const int steps = m_window->project()->undoStack()->count();
    done->trigger();
    QCOMPARE(toString(m_window->project()->tasks().task(first).status), toString(TaskStatus::Done));
    QCOMPARE(toString(m_window->project()->tasks().task(second).status), toString(TaskStatus::Done));
    // One step for both.
    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);
    m_window->undoAction()->trigger();
    QCOMPARE(toString(m_window->project()->tasks().task(first).status), toString(TaskStatus::ToDo));
    QCOMPARE(toString(m_window->project()->tasks().task(second).status), toString(TaskStatus::ToDo));
}

void TestRowMenu::inventoryAndSystemPageTablesHaveMenus()
{
    m_window->tabs()->setCurrentWidget(m_window->inventoryPane());
    std::unique_ptr<QMenu> menu = menuAt(m_window->inventoryPane()->view(), 0);
    QVERIFY(menu);
    QVERIFY(entry(menu.get(), QStringLiteral("S&ystem page")));
    QVERIFY(entry(menu.get(), QStringLiteral("Set &plan data for the selected systems...")));
    QVERIFY(RowMenu::of(m_window->milestonesView()));
    QVERIFY(menuAt(m_window->milestonesView(), 0));

    showFindingsTab();
    clickRow(findingsView(), 0);
    SystemPage *page = m_window->systemPages()->openCurrent();
    QVERIFY(page);
    QTableView *findings = page->sectionView(SystemPage::Findings);
    QTRY_VERIFY(findings->model()->rowCount() > 0);
    menu = menuAt(findings, 0);
    QVERIFY(menu);
    QApplication::clipboard()->clear();
    entry(menu.get(), QStringLiteral("&Copy 1 row(s)"))->trigger();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Kaspersky")));
}

QTEST_MAIN(TestRowMenu)
#include "tst_rowmenu.moc"
