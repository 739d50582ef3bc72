// A person can use it (Section 508): every control the keyboard reaches has a name a screen reader says,
// every menu entry has its letter, Tab goes round each tab without a trap, and text that must stand out stays
// readable in the light, dark and high-contrast palettes.
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "views/apppalette.h"
#include "views/directiveeditordialog.h"
#include "views/findingreasondialog.h"
#include "views/mainwindow.h"
#include "views/newprojectdialog.h"
#include "views/planofactiondialog.h"
#include "views/tablepane.h"
#include "views/taskgroupspane.h"
#include "views/taskreasondialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace uproot;

namespace {
// The controls of a window the keyboard reaches with Tab that a screen reader would not name.
QStringList unnamedControls(QWidget *top)
{
    QStringList unnamed;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || !(w->focusPolicy() & Qt::TabFocus) || w->window() != top)
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                w->parentWidget()
                                    ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                    : QString());
    }
    return unnamed;
}

// The labels showing a letter (&) that leads nowhere: no buddy takes the focus, and the & shows as written.
QStringList labelsWithoutBuddy(QWidget *top)
{
    QStringList lost;
    for (QLabel *label : top->findChildren<QLabel *>()) {
        const QString text = QString(label->text()).remove(QStringLiteral("&&"));
        if (label->textFormat() != Qt::RichText && text.contains(u'&') && !label->buddy())
            lost << label->text();
    }
    return lost;
}

// The menu's entries without a letter, or with a letter another entry of the menu has too.
void checkMnemonics(const QMenu *menu, QStringList *problems)
{
    QHash<QChar, QString> letters;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->text().section(u'\t', 0, 0);
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size()) {
            problems->append(QStringLiteral("%1: \"%2\" has no letter").arg(menu->title(), text));
        } else {
            const QChar letter = text.at(amp + 1).toLower();
            if (letters.contains(letter))
                problems->append(QStringLiteral("%1: \"%2\" and \"%3\" share %4")
                                     .arg(menu->title(), letters.value(letter), text, QString(letter)));
            letters.insert(letter, text);
        }
        if (action->menu())
            checkMnemonics(action->menu(), problems);
    }
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasAName();
    void dialogsNameTheirControls();
    void everyMenuEntryHasItsOwnLetter();
    void tabGoesRoundWithoutATrap();
    void errorTextReadsInEveryPalette_data();
    void errorTextReadsInEveryPalette();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UprootTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    m_demo = m_dir.filePath(QStringLiteral("demo.uproot"));
    DemoInventoryStats stats;
    QString error;
    QVERIFY2(buildDemoProject(m_demo, *m_catalog, &stats, nullptr, &error), qPrintable(error));
}

void TestAccessibility::init()
{
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->setMessagePresenter([](MainWindow::Message &) {});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openProject(m_demo));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
}

void TestAccessibility::everyControlHasAName()
{
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(tabs->tabText(i) + QStringLiteral(": ") + unnamed.join(u'\n')));
    }
    // The status bar's figures and the tables say what they are.
    bool figures = false;
    for (QLabel *label : m_window->findChildren<QLabel *>())
        figures = figures || label->accessibleName() == QLatin1String("Project figures");
    QVERIFY(figures);
    QVERIFY(!m_window->inventoryPane()->view()->accessibleDescription().isEmpty());
    QVERIFY(!m_window->inventoryPane()->searchField()->accessibleDescription().isEmpty());
}

void TestAccessibility::dialogsNameTheirControls()
{
    NewProjectDialog create(*m_catalog, m_window.get());
    create.show();
    QVERIFY2(unnamedControls(&create).isEmpty(), qPrintable(unnamedControls(&create).join(u'\n')));
    FindingReasonDialog reason(FindingState::FalsePositive, QStringLiteral("Kaspersky"),
                               QStringLiteral("WS-1"), m_window.get());
    reason.show();
    QVERIFY2(unnamedControls(&reason).isEmpty(), qPrintable(unnamedControls(&reason).join(u'\n')));
    QVERIFY2(labelsWithoutBuddy(&create).isEmpty(), qPrintable(labelsWithoutBuddy(&create).join(u'\n')));
    QVERIFY2(labelsWithoutBuddy(m_window.get()).isEmpty(),
             qPrintable(labelsWithoutBuddy(m_window.get()).join(u'\n')));
    PlanOfActionDialog *plan = m_window->openPlanOfActionDialog();
    QVERIFY(plan);
    QVERIFY2(unnamedControls(plan).isEmpty(), qPrintable(unnamedControls(plan).join(u'\n')));
    QVERIFY2(labelsWithoutBuddy(plan).isEmpty(), qPrintable(labelsWithoutBuddy(plan).join(u'\n')));
    plan->close();
}

void TestAccessibility::everyMenuEntryHasItsOwnLetter()
{
    QStringList problems;
    QHash<QChar, QString> menus;
    for (QAction *top : m_window->menuBar()->actions()) {
        const QString text = top->text();
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0, qPrintable(text));
        const QChar letter = text.at(amp + 1).toLower();
        QVERIFY2(!menus.contains(letter), qPrintable(text + QStringLiteral(" and ") + menus.value(letter)));
        menus.insert(letter, text);
        if (top->menu()) {
            emit top->menu()->aboutToShow(); // menus that list what there is now (View)
            checkMnemonics(top->menu(), &problems);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::tabGoesRoundWithoutATrap()
{
    QTabWidget *tabs = m_window->tabs();
    int tables = 0;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        // A table pane, or the Tasks tab's tree of tasks grouped by system (shown by default).
        QLineEdit *search = nullptr;
        QAbstractItemView *view = nullptr;
        auto *pane = qobject_cast<TablePane *>(tabs->currentWidget());
        if (!pane)
            pane = tabs->currentWidget()->findChild<TablePane *>();
        auto *groups = tabs->currentWidget()->findChild<TaskGroupsPane *>();
        if (pane && pane->isVisible()) {
            search = pane->searchField();
            view = pane->view();
        } else if (groups && groups->isVisible()) {
            search = groups->searchField();
            view = groups->view();
        } else {
            continue; // the dashboard and the timeline have no search field and table of this kind
        }
        ++tables;
        search->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), search);
        bool table = false;
        bool back = false;
        for (int press = 0; press < 40 && !back; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            table = table || QApplication::focusWidget() == view;
            back = QApplication::focusWidget() == search;
        }
        QVERIFY2(table, qPrintable(tabs->tabText(i) + QStringLiteral(": Tab never reached the table")));
        QVERIFY2(back,
                 qPrintable(tabs->tabText(i) + QStringLiteral(": Tab never came back to the search field")));
    }
    QCOMPARE(tables, 3); // Inventory, Findings and Tasks
}

void TestAccessibility::errorTextReadsInEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << AppPalette::dark();
    QTest::newRow("high contrast") << AppPalette::highContrast();
}

void TestAccessibility::errorTextReadsInEveryPalette()
{
    QFETCH(QPalette, palette);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    DirectiveEditorDialog editor(QStringLiteral("Edit"), QString(), QStringLiteral("x.json"),
                                 QStringLiteral("{"), QStringLiteral("&Save"),
                                 [](const QString &, QString *error) {
                                     *error = QStringLiteral("x.json:1:1: not a directive");
                                     return false;
                                 });
    editor.show();
    QVERIFY(!editor.submit());
    QLabel *error = editor.errorLabel();
    QVERIFY(error->isVisible());
    const QColor text = error->palette().color(QPalette::WindowText);
    const QColor background = editor.palette().color(QPalette::Window);
    QApplication::setPalette(before);
    QVERIFY2(AppPalette::contrast(text, background) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3")
                            .arg(text.name(), background.name())
                            .arg(AppPalette::contrast(text, background))));
    // Still red, not the ordinary text colour, where the palette allows it.
    QVERIFY(text.red() > text.blue() || palette.color(QPalette::Window) == Qt::black);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
