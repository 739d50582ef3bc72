// Editing a task's status in the table printed "closeEditor called with an editor that does not belong to
// this view": the change reloaded the rows (and the reason dialog took the focus) while the editor was still
// being committed. A message handler catches what Qt prints while the status is edited, in the Tasks table
// and on a system page.
#include "findingsfixture.h"

#include "model/itemmodels/pagedtablemodel.h"
#include "model/itemmodels/tasksmodel.h"
#include "model/project/project.h"
#include "model/project/systemdossier.h"
#include "model/store/tasksreader.h"
#include "views/systempage.h"
#include "views/systempages.h"
#include "views/tablepane.h"
#include "views/taskreasondialog.h"
#include "views/taskspane.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace uproot;
using namespace uproot::test;

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void catchWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        g_warnings.append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestTaskStatusEditor : public FindingsFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(QStringLiteral("tst_taskstatuseditor")); }
    void init();
    void cleanup();
    void editsWithoutWarnings_data();
    void editsWithoutWarnings();
    void editsOnASystemPageWithoutWarnings();

private:
    // Opens the status editor on the cell, chooses the status and presses Enter; answers the reason dialog.
    void chooseStatus(QTableView *view, const QModelIndex &cell, const QString &status);
};

void TestTaskStatusEditor::init()
{
    UPROOT_STEP(openFixtureProject());
    m_window->tasksArea()->generatePlan();
    QVERIFY(m_window->project()->tasks().total() > 0);
    g_warnings.clear();
    g_previous = qInstallMessageHandler(catchWarnings);
}

void TestTaskStatusEditor::cleanup()
{
    qInstallMessageHandler(g_previous);
    closeFixtureProject();
}

void TestTaskStatusEditor::chooseStatus(QTableView *view, const QModelIndex &cell, const QString &status)
{
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = view->findChild<QComboBox *>();
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findText(status));
    QVERIFY(editor->currentIndex() >= 0);
    bool asked = false;
    if (status == QLatin1String("blocked") || status == QLatin1String("skipped")) {
        // The dialog asks why once the editor is closed (a queued call); answer it when it shows.
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [poll, &asked] {
            auto *dialog = qobject_cast<TaskReasonDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            asked = true;
            dialog->reasonField()->setText(QStringLiteral("waiting for the vendor's password"));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        poll->start();
    }
    QTest::keyClick(editor, Qt::Key_Return);
    if (status == QLatin1String("blocked") || status == QLatin1String("skipped"))
        QTRY_VERIFY(asked);
}

void TestTaskStatusEditor::editsWithoutWarnings_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("filter"); // the Status filter's value; a task leaving it reloads the rows
    QTest::newRow("done") << QStringLiteral("done") << QString();
    QTest::newRow("done, showing the tasks to do") << QStringLiteral("done") << QStringLiteral("to do");
    QTest::newRow("blocked, with a reason, showing the tasks to do")
        << QStringLiteral("blocked") << QStringLiteral("to do");
}

void TestTaskStatusEditor::editsWithoutWarnings()
{
    QFETCH(QString, status);
    QFETCH(QString, filter);
    m_window->tabs()->setCurrentWidget(m_window->tasksArea());
    QComboBox *statusFilter = nullptr;
    for (QComboBox *combo : m_window->tasksPane()->findChildren<QComboBox *>()) {
        if (combo->findData(QStringLiteral("to do")) >= 0)
            statusFilter = combo;
    }
    QVERIFY(statusFilter);
    statusFilter->setCurrentIndex(statusFilter->findData(filter));
    QTableView *view = m_window->tasksPane()->view();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const QModelIndex cell = view->model()->index(0, TasksModel::Status);
    const Id task = cell.data(PagedTableModel::IdRole).toLongLong();
    UPROOT_STEP(chooseStatus(view, cell, status));
    QTRY_COMPARE(toString(m_window->project()->tasks().task(task).status), status);
    QTest::qWait(50);
    QVERIFY2(g_warnings.filter(QStringLiteral("closeEditor")).isEmpty(), qPrintable(g_warnings.join(u'\n')));
}

void TestTaskStatusEditor::editsOnASystemPageWithoutWarnings()
{
    m_window->tabs()->setCurrentWidget(m_window->tasksArea());
    m_window->tasksArea()->setGrouped(false); // the flat table, whose current row the page opens from
    QTableView *tasks = m_window->tasksPane()->view();
    QTRY_VERIFY(tasks->model()->rowCount() > 0);
    tasks->setCurrentIndex(tasks->model()->index(0, 0));
    SystemPage *page = m_window->systemPages()->openCurrent();
    QVERIFY(page);
    QTableView *view = page->sectionView(SystemPage::Tasks);
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const QModelIndex cell = view->model()->index(0, SystemDossier::TaskStatusColumn);
    UPROOT_STEP(chooseStatus(view, cell, QStringLiteral("in progress")));
    QTRY_COMPARE(view->model()->index(0, SystemDossier::TaskStatusColumn).data().toString(),
                 QStringLiteral("in progress"));
    QTest::qWait(50);
    QVERIFY2(g_warnings.filter(QStringLiteral("closeEditor")).isEmpty(), qPrintable(g_warnings.join(u'\n')));
}

QTEST_MAIN(TestTaskStatusEditor)
#include "tst_taskstatuseditor.moc"
