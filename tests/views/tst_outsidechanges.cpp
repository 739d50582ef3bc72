// The window and other writers (issue 14 item 5): a change another program makes is seen within a second
// (views, counts, a word in the status bar, the undo history cleared); a second window opens a held project
// read-only and says who holds it; File > Restore puts a backup back (item 4).
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/pagedtablemodel.h"
#include "model/project/project.h"
#include "model/project/projectbackups.h"
#include "model/project/projectlock.h"
#include "views/mainwindow.h"
#include "views/readonlybanner.h"
#include "views/restorebackupdialog.h"
#include "views/tablepane.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace uproot;

class TestOutsideChanges : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refreshesWhenAnotherProgramChangesTheProject();
    void aSecondWindowOpensReadOnlyAndSaysWhoHoldsIt();
    void restoresABackupFromTheWindow();

private:
    QString csv(const QString &name, int systems, int first);
    QString figures(MainWindow &window) const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    QList<MainWindow::Message> m_messages;
    int m_round = 0;
};

void TestOutsideChanges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
}

QString TestOutsideChanges::csv(const QString &name, int systems, int first)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("Hostname,Software,Publisher,Version\n");
    for (int i = first; i < first + systems; ++i)
        f.write("PC-" + QByteArray::number(i) +
                ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n");
    return path;
}

QString TestOutsideChanges::figures(MainWindow &window) const
{
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("Project figures"))
            return label->text();
    }
    return {};
}

void TestOutsideChanges::init()
{
    // A fresh project of 4 affected systems, planned, for each test.
    m_path = m_dir.filePath(QStringLiteral("shared-%1.uproot").arg(++m_round));
    QString error;
    {
        auto project = Project::create(m_path, QStringLiteral("bod-17-01"), QDate(), {}, *m_catalog, &error);
        QVERIFY2(project, qPrintable(error));
        ImportReport report;
        ReadError readError;
        QVERIFY(project->importFile(csv(QStringLiteral("four.csv"), 4, 0), {}, nullptr, &report, &readError));
        PlanResult plan;
        QVERIFY2(project->plan(&plan, &error), qPrintable(error));
    }
    m_messages.clear();
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->setMessagePresenter([this](const MainWindow::Message &message) { m_messages.append(message); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    QVERIFY(!m_window->project()->isReadOnly());
}

void TestOutsideChanges::cleanup()
{
    m_window.reset();
}

void TestOutsideChanges::refreshesWhenAnotherProgramChangesTheProject()
{
    auto *inventory = qobject_cast<PagedTableModel *>(m_window->inventoryPane()->view()->model());
    QVERIFY(inventory);
    QAbstractItemModelTester tester(inventory, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(inventory->rowCount(), 4);
    QVERIFY2(figures(*m_window).contains(QStringLiteral("4 systems")), qPrintable(figures(*m_window)));
    // An edit of the window's own, on the undo stack.
    const QList<TaskRecord> tasks = m_window->project()->tasks().page(PageQuery{});
    QVERIFY(!tasks.isEmpty());
    m_window->project()->setTaskStatus(tasks.first().id, TaskStatus::InProgress);
    QVERIFY(m_window->undoAction()->isEnabled());
    // The window's own change is not someone else's.
    QTest::qWait(2 * 500 + 100);
    QVERIFY(
        m_window->statusBar()->currentMessage().isEmpty() ||
        !m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Changed by another program")));

    // Another program (a connection of its own) imports 3 more systems.
    {
        QString error;
        auto other = Project::open(m_path, false, &error);
        QVERIFY2(other, qPrintable(error));
        ImportReport report;
        ReadError readError;
        QVERIFY(
            other->importFile(csv(QStringLiteral("three.csv"), 3, 100), {}, nullptr, &report, &readError));
    }
    QTRY_COMPARE_WITH_TIMEOUT(inventory->rowCount(), 7, 2000);
    QTRY_VERIFY2_WITH_TIMEOUT(figures(*m_window).contains(QStringLiteral("7 systems")),
                              qPrintable(figures(*m_window)), 2000);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Changed by another program: refreshed")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // Its undo steps were made on the project as it was.
    QVERIFY(!m_window->undoAction()->isEnabled());
    QCOMPARE(m_window->project()->undoStack()->count(), 0);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("undo history was cleared")));
    // And the window's next edit is made on the current data.
    m_window->project()->setTaskStatus(tasks.first().id, TaskStatus::Done);
    QVERIFY(m_window->project()->tasks().task(tasks.first().id).status == TaskStatus::Done);
    QVERIFY(m_window->undoAction()->isEnabled());
}

void TestOutsideChanges::aSecondWindowOpensReadOnlyAndSaysWhoHoldsIt()
{
    MainWindow second(*m_catalog);
    second.setMessagePresenter([this](const MainWindow::Message &message) { m_messages.append(message); });
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(second.openProject(m_path));
    QVERIFY(second.project()->isReadOnly());
    QVERIFY(second.readOnlyBanner()->isVisible());
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(second.readOnlyBanner()->text().contains(QStringLiteral("process ") + pid),
             qPrintable(second.readOnlyBanner()->text()));
    QVERIFY2(second.readOnlyBanner()->text().contains(ProjectLock::userName()),
             qPrintable(second.readOnlyBanner()->text()));
    QVERIFY2(second.windowTitle().contains(QStringLiteral("read-only")), qPrintable(second.windowTitle()));
    QVERIFY(!m_window->readOnlyBanner()->isVisible());

    // The first window's edit shows in the second within a second.
    const Id task = m_window->project()->tasks().page(PageQuery{}).first().id;
    m_window->project()->setTaskStatus(task, TaskStatus::Done);
    QTRY_VERIFY_WITH_TIMEOUT(figures(second).contains(QStringLiteral("1 done")), 2000);
    QVERIFY(second.statusBar()->currentMessage().startsWith(QStringLiteral("Changed by another program")));

    // Once the first window closes, the second may take the project for writing.
    m_window.reset();
    QTest::mouseClick(second.readOnlyBanner()->retryButton(), Qt::LeftButton);
    QVERIFY(!second.project()->isReadOnly());
    QVERIFY(!second.readOnlyBanner()->isVisible());
    QCOMPARE(ProjectLock::currentHolder(m_path).pid, QCoreApplication::applicationPid());
}

void TestOutsideChanges::restoresABackupFromTheWindow()
{
    // An import in the window takes its backup first.
    QVERIFY(m_window->importFiles({csv(QStringLiteral("more.csv"), 5, 200)}));
    QCOMPARE(m_window->project()->inventory().systemCount(), 9);
    m_messages.clear(); // the import's report
    const QList<ProjectBackup> backups = ProjectBackups(m_path).list();
    QVERIFY(!backups.isEmpty());
    QCOMPARE(backups.first().reason, QStringLiteral("before import of more.csv"));

    RestoreBackupDialog *dialog = m_window->openRestoreDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->topLevelItemCount(), backups.size());
    QCOMPARE(dialog->list()->topLevelItem(0)->text(1), QStringLiteral("before import of more.csv"));
    dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
    if (!qEnvironmentVariableIsEmpty("UPROOT_SCREENSHOT"))
        dialog->grab().save(qEnvironmentVariable("UPROOT_SCREENSHOT"));
    QPushButton *restore = nullptr;
    for (QPushButton *b : dialog->findChild<QDialogButtonBox *>()->findChildren<QPushButton *>())
        restore = b->text() == QStringLiteral("&Restore") ? b : restore;
    QVERIFY(restore && restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);

    QVERIFY2(m_messages.isEmpty(), m_messages.isEmpty() ? "" : qPrintable(m_messages.first().text));
    QVERIFY(m_window->project());
    QVERIFY(!m_window->project()->isReadOnly());
    QCOMPARE(m_window->project()->inventory().systemCount(), 4);
    QTRY_VERIFY(figures(*m_window).contains(QStringLiteral("4 systems")));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Restored the backup")));
    // The project as it was (9 systems) is the newest backup now.
    const ProjectBackup kept = ProjectBackups(m_path).list().first();
    QCOMPARE(kept.reason, QStringLiteral("before restore"));
    QString error;
    auto copy = Project::open(kept.path, true, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->inventory().systemCount(), 9);
}

QTEST_MAIN(TestOutsideChanges)
#include "tst_outsidechanges.moc"
