// The task workflow in real widgets on the offscreen platform: choosing blocked in the tasks table asks why
// (OK disabled until a reason is typed), Enter opens the task's details, where the status, the notes and the
// evidence are edited through the project's commands and Ctrl+Z takes them back.
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/tasksmodel.h"
#include "model/project/project.h"
#include "views/tablepane.h"
#include "views/taskdetailsdialog.h"
#include "views/taskreasondialog.h"
#include "views/taskspane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace uproot;

namespace {

// A picture for a person to look at, when UPROOT_GRAB_DIR names a folder for it.
void grabIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("UPROOT_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name);
}

// Answers the modal reason question once it is up, as a person would (checking until it appears, since it
// opens inside the edit's own event loop).
void whenAsked(QObject *context, std::function<void(TaskReasonDialog *)> answer)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        if (auto *dialog = qobject_cast<TaskReasonDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestTaskDetails : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void blockedInTheTableAsksWhy();
    void cancellingTheQuestionChangesNothing();
    void detailsEditStatusNotesAndEvidence();

private:
    int rowOf(Id taskId);
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TasksPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_n = 0;
};

void TestTaskDetails::init()
{
    QString error;
    m_project =
        Project::create(m_dir.filePath(QStringLiteral("g%1.uproot").arg(++m_n)), QStringLiteral("bod-17-01"),
                        QDate(), {}, DirectiveCatalog::builtin(), &error);
    QVERIFY2(m_project, qPrintable(error));
    const QString csv = writeFile(QStringLiteral("inv.csv"),
                                  "Hostname,Software,Publisher,Version\n"
                                  "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11\n");
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    PlanResult plan;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    m_pane = std::make_unique<TasksPane>();
    m_pane->setProject(m_project.get());
    // These tests edit in the flat table; the grouped tree has tests of its own (tst_taskgroupsview).
    m_pane->setGrouped(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(900, 500);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestTaskDetails::cleanup()
{
    m_tester.reset();
    m_pane.reset();
    m_project.reset();
}

QString TestTaskDetails::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

int TestTaskDetails::rowOf(Id taskId)
{
    TasksModel *model = m_pane->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->taskAt(model->index(row, 0)) == taskId)
            return row;
    }
    return -1;
}

void TestTaskDetails::blockedInTheTableAsksWhy()
{
    TasksModel *model = m_pane->model();
    const QModelIndex status = model->index(1, TasksModel::Status);
    const Id taskId = model->taskAt(status);
    bool okWasDisabled = false;
    bool asked = false;
    whenAsked(this, [&](TaskReasonDialog *dialog) {
        asked = true;
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("waiting for vendor password"));
        if (ok->isEnabled())
            QTest::mouseClick(ok, Qt::LeftButton);
        else
            dialog->reject();
    });
    // Through the real editor: the delegate's list, as a person picks "blocked" in the cell.
    QTableView *view = m_pane->table()->view();
    view->setCurrentIndex(status);
    view->edit(status);
    auto *combo = view->findChild<QComboBox *>();
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(TaskStatus::Blocked)));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(asked);
    QVERIFY(okWasDisabled);
    const TaskRecord task = m_project->tasks().task(taskId);
    QCOMPARE(toString(task.status), toString(TaskStatus::Blocked));
    QCOMPARE(task.reason, QStringLiteral("waiting for vendor password"));
    QCOMPARE(model->index(rowOf(taskId), TasksModel::Status).data().toString(),
             QStringLiteral("blocked: waiting for vendor password"));
    m_project->undoStack()->undo();
    QCOMPARE(model->index(rowOf(taskId), TasksModel::Status).data().toString(), toString(TaskStatus::ToDo));
}

void TestTaskDetails::cancellingTheQuestionChangesNothing()
{
    TasksModel *model = m_pane->model();
    const QModelIndex status = model->index(0, TasksModel::Status);
    const Id taskId = model->taskAt(status);
    bool asked = false;
    whenAsked(this, [&](TaskReasonDialog *dialog) {
        asked = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(model->setData(status, int(TaskStatus::Skipped)));
    // The question comes once the edit is over (a queued call: the editor closes first).
    QTRY_VERIFY(asked);
    QCOMPARE(toString(m_project->tasks().task(taskId).status), toString(TaskStatus::ToDo));
    QCOMPARE(m_project->undoStack()->count(), 1); // the plan only
}

void TestTaskDetails::detailsEditStatusNotesAndEvidence()
{
    QTableView *view = m_pane->table()->view();
    const QModelIndex title = m_pane->model()->index(2, TasksModel::Title);
    const Id taskId = m_pane->model()->taskAt(title);
    view->setFocus();
    view->setCurrentIndex(title);
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    auto *dialog = m_pane->findChild<TaskDetailsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->taskId(), taskId);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // Status: skipped needs a reason before Set status can be pressed.
    dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(int(TaskStatus::Skipped)));
    QVERIFY(!dialog->setStatusButton()->isEnabled());
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("never installed there"));
    QVERIFY(dialog->setStatusButton()->isEnabled());
    QTest::mouseClick(dialog->setStatusButton(), Qt::LeftButton);
    QCOMPARE(m_project->tasks().task(taskId).reason, QStringLiteral("never installed there"));
    QCOMPARE(toString(m_project->tasks().task(taskId).status), toString(TaskStatus::Skipped));

    // Notes.
    QTest::keyClicks(dialog->notesField(), QStringLiteral("checked with the owner"));
    QTest::mouseClick(dialog->saveNotesButton(), Qt::LeftButton);
    QCOMPARE(m_project->tasks().task(taskId).notes, QStringLiteral("checked with the owner"));
    QVERIFY(!dialog->saveNotesButton()->isEnabled());

    // A file: listed with the SHA-256 this test computes itself.
    const QByteArray bytes("screenshot bytes\x00\x01\x02", 19);
    const QString path = writeFile(QStringLiteral("proof.png"), bytes);
    QVERIFY(dialog->attachFile(path));
    QTreeWidget *list = dialog->evidenceList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(TaskDetailsDialog::Name), QStringLiteral("proof.png"));
    QCOMPARE(list->topLevelItem(0)->text(TaskDetailsDialog::Sha256),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    // Notes being typed and not yet saved survive the reload a new piece of evidence causes.
    QTest::keyClick(dialog->notesField(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(dialog->notesField(), QStringLiteral("; draft"));
    QVERIFY(dialog->attachFile(writeFile(QStringLiteral("second.txt"), "2")));
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(dialog->notesField()->toPlainText(), QStringLiteral("checked with the owner; draft"));
    m_project->undoStack()->undo();
    QCOMPARE(list->topLevelItemCount(), 1);
    dialog->notesField()->setPlainText(QStringLiteral("checked with the owner"));

    // A file that cannot be read: said in the dialog, naming it; nothing added.
    const QString missing = m_dir.filePath(QStringLiteral("gone.png"));
    QVERIFY(!dialog->attachFile(missing));
    QVERIFY2(dialog->messageLabel()->text().contains(missing), qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(list->topLevelItemCount(), 1);

    // A reference through its field and button.
    QVERIFY(!dialog->addReferenceButton()->isEnabled());
    QTest::keyClicks(dialog->referenceField(), QStringLiteral("INC-4711"));
    QTest::mouseClick(dialog->addReferenceButton(), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 2);

    grabIfAsked(dialog, QStringLiteral("task-details.png"));
    grabIfAsked(m_pane.get(), QStringLiteral("tasks-pane.png"));

    // Save a copy of the file, then remove it and take the removal back with Ctrl+Z in the dialog.
    list->topLevelItem(0)->setSelected(true);
    QVERIFY(dialog->saveCopyButton()->isEnabled());
    const Id fileId = list->topLevelItem(0)->data(TaskDetailsDialog::Name, Qt::UserRole).toLongLong();
    const QString copy = m_dir.filePath(QStringLiteral("copy.png"));
    QVERIFY(dialog->saveCopy(fileId, copy));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bytes);
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(TaskDetailsDialog::Name), QStringLiteral("INC-4711"));
    dialog->activateWindow();
    QTest::keySequence(dialog, QKeySequence::Undo);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->data(TaskDetailsDialog::Name, Qt::UserRole).toLongLong(), fileId);
    // Undo down to the status: the dialog follows each step.
    m_project->undoStack()->undo(); // the reference
    m_project->undoStack()->undo(); // the file
    m_project->undoStack()->undo(); // the notes
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(dialog->notesField()->toPlainText(), QString());
    m_project->undoStack()->undo(); // the status
    QCOMPARE(dialog->statusBox()->currentData().toInt(), int(TaskStatus::ToDo));
    QCOMPARE(m_pane->model()->index(rowOf(taskId), TasksModel::Status).data().toString(),
             toString(TaskStatus::ToDo));
}

QTEST_MAIN(TestTaskDetails)
#include "tst_taskdetails.moc"
