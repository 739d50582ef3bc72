// View: each tab from the keyboard (Ctrl+1...), each dock shown again after it was closed, the focus moved
// from pane to pane (F6), and Reset layout.
#include "model/detection/directivecatalog.h"
#include "views/mainwindow.h"
#include "views/tablepane.h"
#include "views/viewmenu.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace uproot;

class TestViewMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void isAMenuOfTheMenuBar();
    void showsEachTabFromTheKeyboard();
    void bringsAClosedDockBack();
    void movesTheFocusFromPaneToPane();
    void resetsTheLayout();

private:
    ViewMenu *viewMenu() const;
    QDockWidget *milestonesDock() const;

    QTemporaryDir m_settings;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
};

void TestViewMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UprootTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
}

void TestViewMenu::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestViewMenu::cleanup()
{
    m_window.reset();
}

ViewMenu *TestViewMenu::viewMenu() const
{
    return m_window->findChild<ViewMenu *>();
}

QDockWidget *TestViewMenu::milestonesDock() const
{
    return m_window->findChild<QDockWidget *>(QStringLiteral("milestonesDock"));
}

void TestViewMenu::isAMenuOfTheMenuBar()
{
    ViewMenu *menu = viewMenu();
    QVERIFY2(menu, "no View menu");
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    QCOMPARE(menu->title(), QStringLiteral("&View"));
    emit menu->aboutToShow();
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text();
    // The tabs, numbered as their keys; the dock; the panes; reset.
    // Each tab under the number of its place (the Dashboard comes first, the Timeline after the Tasks).
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->count(), 5);
    for (int i = 0; i < tabs->count(); ++i) {
        const QString expected =
            QStringLiteral("&%1 %2").arg(i + 1).arg(QString(tabs->tabText(i)).remove(u'&'));
        QVERIFY2(texts.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in ") + texts.join(u',')));
    }
    QVERIFY(texts.contains(QStringLiteral("&2 Inventory")));
    QVERIFY(menu->actions().contains(milestonesDock()->toggleViewAction()));
    QVERIFY(texts.contains(QStringLiteral("&Reset layout")));
}

void TestViewMenu::showsEachTabFromTheKeyboard()
{
    QTabWidget *tabs = m_window->tabs();
    for (int i = tabs->count() - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i);
        // The focus lands inside the tab, where the keyboard can go on.
        QVERIFY2(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()),
                 QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                             : "none");
    }
}

void TestViewMenu::bringsAClosedDockBack()
{
    QDockWidget *dock = milestonesDock();
    QVERIFY(dock->isVisible());
    dock->close();
    QVERIFY(!dock->isVisible());
    ViewMenu *menu = viewMenu();
    QVERIFY(menu);
    emit menu->aboutToShow();
    QAction *toggle = dock->toggleViewAction();
    QVERIFY(menu->actions().contains(toggle));
    QVERIFY(toggle->text().contains(u'&')); // reachable by its letter
    toggle->trigger();
    QVERIFY(dock->isVisible());
}

void TestViewMenu::movesTheFocusFromPaneToPane()
{
    QTableView *table = m_window->inventoryPane()->view();
    QLineEdit *search = m_window->inventoryPane()->searchField();
    m_window->tabs()->setCurrentWidget(m_window->inventoryPane());
    search->setFocus();
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), m_window->milestonesView());
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->milestonesView());
}

void TestViewMenu::resetsTheLayout()
{
    QDockWidget *dock = milestonesDock();
    QHeaderView *header = m_window->inventoryPane()->view()->horizontalHeader();
    const int width = header->sectionSize(0);
    header->resizeSection(0, width + 97);
    dock->setFloating(true);
    dock->close();
    ViewMenu *menu = viewMenu();
    QVERIFY(menu);
    menu->resetAction()->trigger();
    QVERIFY(dock->isVisible());
    QVERIFY(!dock->isFloating());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QCOMPARE(header->sectionSize(0), width);
}

QTEST_MAIN(TestViewMenu)
#include "tst_viewmenu.moc"
