// A project that fails its check on opening, in the window (issue 14): the window says what is wrong and
// keeps the project it had; "Open a read-only copy" opens a copy whose title says so and which makes no
// documents but exports its tables (File > Export table), which is how its data gets out; the restore button
// shows only when something handles it. File > Check project runs the full
// check and says "sound", or what is wrong with a file damaged while it is open.
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/store/findingsreader.h"
#include "views/mainwindow.h"
#include "views/projectcheckdialog.h"
#include "views/projectrefusaldialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace uproot;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Changes the file through a plain connection of the test's own, as anyone with the sqlite3 tool could.
bool tamper(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
              sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestProjectRefusal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusedProjectOffersAReadOnlyCopy();
    void restoreShowsOnlyWhenHandled();
    void checkProjectSaysSound();
    void checkProjectFindsATrigger();

private:
    QString copyOfDemo(const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    QList<MainWindow::Message> m_messages;
};

void TestProjectRefusal::initTestCase()
{
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    m_demo = m_dir.filePath(QStringLiteral("demo.uproot"));
    DemoInventoryStats stats;
    QString error;
    QVERIFY2(buildDemoProject(m_demo, *m_catalog, &stats, nullptr, &error), qPrintable(error));
}

void TestProjectRefusal::init()
{
    m_messages.clear();
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->setMessagePresenter([this](const MainWindow::Message &message) { m_messages.append(message); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProjectRefusal::cleanup()
{
    m_window.reset();
}

QString TestProjectRefusal::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        qFatal("cannot copy the demo");
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestProjectRefusal::refusedProjectOffersAReadOnlyCopy()
{
    const QString path = copyOfDemo(QStringLiteral("hidden.uproot"));
    QVERIFY(tamper(path, "CREATE TRIGGER hide_new AFTER INSERT ON findings BEGIN "
                         "UPDATE findings SET state = 'excluded' WHERE id = new.id; END;"));
    const QByteArray before = bytesOf(path);
    QVERIFY(!m_window->openProject(path));
    QVERIFY(!m_window->project());
    auto *dialog = m_window->findChild<ProjectRefusalDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(dialog->reasonsView()->toPlainText().contains(
                 QLatin1String("trigger hide_new on findings was not created by Uproot")),
             qPrintable(dialog->reasonsView()->toPlainText()));
    QVERIFY(dialog->salvageButton()->isVisible());
    dialog->grab().save(m_dir.filePath(QStringLiteral("refusal.png")));

    QTest::mouseClick(dialog->salvageButton(), Qt::LeftButton);
    QVERIFY(m_window->project());
    QVERIFY(m_window->project()->isSalvageCopy());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("salvage copy, read-only")));
    QVERIFY(m_window->project()->findings().count(PageQuery{}) > 0);
    // No document comes from it.
    const QString pdf = m_dir.filePath(QStringLiteral("salvaged-plan.pdf"));
    QVERIFY(!m_window->exportDocument(QStringLiteral("identification"), pdf));
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!m_messages.isEmpty());
    QVERIFY(m_messages.last().text.contains(QLatin1String("failed its check")));
    QVERIFY(!m_window->openCheckDialog());

    // Its findings come out through File > Export table, the file named in the save dialog.
    const QString table = m_dir.filePath(QStringLiteral("salvaged-findings.csv"));
    auto *exportFindings = m_window->findChild<QAction *>(QStringLiteral("exportFindingsTable"));
    QVERIFY(exportFindings);
    QVERIFY(exportFindings->isEnabled());
    // The dialog may take a few turns of the event loop to come up: looked for until it is there.
    bool answered = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        // As a person picks the CSV filter, writes the name and presses Save. The name is set, not typed: typed
        // keys race the dialog's completer; selectFile() leaves a focused name field as it is.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) { // closed, so that the test fails below instead of waiting on the dialog
            dialog->reject();
            return;
        }
        dialog->selectNameFilter(QStringLiteral("CSV (*.csv)"));
        name->setText(table);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        answered = true;
    });
    poll.start(50);
    m_messages.clear();
    exportFindings->trigger();
    QVERIFY(answered);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.isEmpty() ? QString() : m_messages.last().text));
    QFile exported(table);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().trimmed().split('\n');
    QVERIFY(lines.first().startsWith("system,product,version"));
    QCOMPARE(qint64(lines.size() - 1), m_window->project()->findings().count(PageQuery{}));
    QVERIFY(bytesOf(path) == before);
}

void TestProjectRefusal::restoreShowsOnlyWhenHandled()
{
    ProjectRefusalDialog unconnected(QStringLiteral("/x/p.uproot"),
                                     QStringLiteral("table findings is missing"));
    unconnected.show();
    QVERIFY(!unconnected.restoreButton()->isVisible());
    unconnected.close();

    ProjectRefusalDialog connected(QStringLiteral("/x/p.uproot"),
                                   QStringLiteral("table findings is missing"));
    connected.setAttribute(Qt::WA_DeleteOnClose, false);
    QSignalSpy restore(&connected, &ProjectRefusalDialog::restoreRequested);
    connected.show();
    QVERIFY(connected.restoreButton()->isVisible());
    QTest::mouseClick(connected.restoreButton(), Qt::LeftButton);
    QCOMPARE(restore.size(), 1);
    QCOMPARE(restore.at(0).at(0).toString(), QStringLiteral("/x/p.uproot"));
}

void TestProjectRefusal::checkProjectSaysSound()
{
    QVERIFY(m_window->openProject(copyOfDemo(QStringLiteral("sound.uproot"))));
    ProjectCheckDialog *dialog = m_window->openCheckDialog();
    QVERIFY(dialog);
    QSignalSpy checked(dialog, &ProjectCheckDialog::checked);
    QVERIFY(checked.wait(60000) || checked.size() == 1);
    QCOMPARE(checked.at(0).at(0).toBool(), true);
    QCOMPARE(dialog->result(), QStringLiteral("sound"));
    QCOMPARE(dialog->button()->text(), QStringLiteral("Close"));
}

void TestProjectRefusal::checkProjectFindsATrigger()
{
    // Changed by another program while the window has it open: the check on demand finds it.
    const QString path = copyOfDemo(QStringLiteral("changed-while-open.uproot"));
    QVERIFY(m_window->openProject(path));
    QVERIFY(tamper(path, "CREATE VIEW everything AS SELECT * FROM findings;"));
    ProjectCheckDialog *dialog = m_window->openCheckDialog();
    QVERIFY(dialog);
    QSignalSpy checked(dialog, &ProjectCheckDialog::checked);
    QVERIFY(checked.wait(60000) || checked.size() == 1);
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    QVERIFY2(dialog->result().contains(QLatin1String("view everything was not created by Uproot")),
             qPrintable(dialog->result()));
    dialog->grab().save(m_dir.filePath(QStringLiteral("check.png")));
}

QTEST_MAIN(TestProjectRefusal)
#include "tst_projectrefusal.moc"
