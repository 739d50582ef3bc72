// The window's layout is remembered between runs (QSettings, here in a temporary folder): a column's width, a
// splitter's position, a closed dock and the window's size come back in the next window, also once a project
// is opened; a layout that no longer fits is ignored.
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "views/findingspane.h"
#include "views/mainwindow.h"
#include "views/tablepane.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace uproot;

class TestWindowLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void remembersColumnsSplittersDocksAndSize();
    void ignoresALayoutThatDoesNotFit();

private:
    std::unique_ptr<MainWindow> newWindow();
    QSplitter *findingsSplitter(MainWindow *window) const;

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<DirectiveCatalog> m_catalog;
};

void TestWindowLayout::initTestCase()
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

void TestWindowLayout::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestWindowLayout::newWindow()
{
    auto window = std::make_unique<MainWindow>(*m_catalog);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QSplitter *TestWindowLayout::findingsSplitter(MainWindow *window) const
{
    // The splitter between the findings table and the "Why this finding" pane.
    QWidget *table = window->findingsPane()->view();
    return qobject_cast<QSplitter *>(table->parentWidget());
}

void TestWindowLayout::remembersColumnsSplittersDocksAndSize()
{
    QList<int> sizes;
    {
        std::unique_ptr<MainWindow> window = newWindow();
        QVERIFY(window);
        QVERIFY(window->openProject(m_demo));
        window->tabs()->setCurrentWidget(window->findingsArea());
        window->resize(1111, 777);
        window->inventoryPane()->view()->horizontalHeader()->resizeSection(1, 321);
        window->findingsPane()->view()->horizontalHeader()->resizeSection(0, 234);
        QSplitter *splitter = findingsSplitter(window.get());
        QVERIFY(splitter);
        QTRY_VERIFY(splitter->width() > 600);
        splitter->setSizes({splitter->width() - 400, 400});
        sizes = splitter->sizes();
        window->findChild<QDockWidget *>(QStringLiteral("milestonesDock"))->close();
        QVERIFY(window->close());
    }
    QSettings settings;
    QVERIFY2(settings.childGroups().contains(QStringLiteral("layout")), "nothing was saved on close");

    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QCOMPARE(window->inventoryPane()->view()->horizontalHeader()->sectionSize(1), 321);
    QCOMPARE(window->findingsPane()->view()->horizontalHeader()->sectionSize(0), 234);
    QVERIFY(!window->findChild<QDockWidget *>(QStringLiteral("milestonesDock"))->isVisible());
    QCOMPARE(window->size(), QSize(1111, 777));
    // Opening a project reloads the tables; the widths stay.
    QVERIFY(window->openProject(m_demo));
    QCOMPARE(window->inventoryPane()->view()->horizontalHeader()->sectionSize(1), 321);
    window->tabs()->setCurrentWidget(window->findingsArea());
    QSplitter *splitter = findingsSplitter(window.get());
    QTRY_COMPARE(splitter->sizes(), sizes);
}

void TestWindowLayout::ignoresALayoutThatDoesNotFit()
{
    {
        std::unique_ptr<MainWindow> window = newWindow();
        QVERIFY(window);
        QVERIFY(window->close());
    }
    // Every remembered value spoilt: widths of nothing or less, states that are no states.
    QSettings settings;
    settings.setValue(QStringLiteral("layout/state"), QByteArray("not a state"));
    settings.setValue(QStringLiteral("layout/geometry"), QByteArray("nor a geometry"));
    settings.beginGroup(QStringLiteral("layout/columns"));
    const QStringList tables = settings.allKeys();
    QVERIFY(!tables.isEmpty());
    for (const QString &key : tables)
        settings.setValue(key, QVariantList{0, -5});
    settings.endGroup();
    settings.sync();
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QVERIFY(window->findChild<QDockWidget *>(QStringLiteral("milestonesDock"))->isVisible());
    QHeaderView *header = window->inventoryPane()->view()->horizontalHeader();
    QVERIFY(header->sectionSize(0) > 20);
    QVERIFY(header->sectionSize(1) > 20);
    QVERIFY(!header->isSectionHidden(0));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
