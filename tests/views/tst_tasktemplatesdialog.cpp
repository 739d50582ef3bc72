// Plan > Task templates in the real main window on the offscreen platform: a step is added, moved and removed
// with the dialog's buttons and keys, a dependency that closes a cycle is shown below the tables naming the
// step and keeps OK disabled, OK writes the set as one step and Edit > Undo takes it back; a template is
// copied, and one a rule chooses cannot be deleted.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "views/mainwindow.h"
#include "views/tasktemplatesdialog.h"
#include "views/templatestepsmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

QAction *menuAction(QMainWindow *window, const QString &menu, const QString &text)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (top->text() != menu || !top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

QStringList titlesOf(const QList<TaskTemplate::Step> &steps)
{
    QStringList titles;
    for (const TaskTemplate::Step &s : steps)
        titles.append(s.title);
    return titles;
}

} // namespace

class TestTaskTemplatesDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editStepsSeeACycleApplyAndUndo();
    void copyAndDeleteTemplates();
    void removingAStepHandsOnWhatItFollowed();

private:
    TaskTemplatesDialog *openFromMenu();
    void chooseTemplate(TaskTemplatesDialog *dialog, const QString &title);
    void clickCell(QTableView *view, int row, int column);
    // Opens the After editor of a step with F2, toggles the listed step at `item` with Space, and keeps it
    // (Enter).
    void toggleAfter(QTableView *view, int row, int item);
    QList<TaskTemplate::Step> defaultSteps();

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;
};

void TestTaskTemplatesDialog::init()
{
    const QString path = m_dir.filePath(QStringLiteral("t%1.uproot").arg(++m_n));
    QString error;
    QVERIFY2(Project::create(path, QStringLiteral("bod-17-01"), QDate(), {}, m_catalog, &error),
             qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_catalog);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
}

void TestTaskTemplatesDialog::cleanup()
{
    m_window.reset();
}

TaskTemplatesDialog *TestTaskTemplatesDialog::openFromMenu()
{
    QAction *action =
        menuAction(m_window.get(), QStringLiteral("&Plan"), QStringLiteral("Task te&mplates..."));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<TaskTemplatesDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    // Keys reach the dialog's tables, and their shortcuts, as they would a person's.
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

void TestTaskTemplatesDialog::chooseTemplate(TaskTemplatesDialog *dialog, const QString &title)
{
    QListWidget *list = dialog->templateList();
    const QList<QListWidgetItem *> items = list->findItems(title, Qt::MatchExactly);
    QVERIFY2(items.size() == 1, qPrintable(title));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
    QCOMPARE(list->currentItem(), items.first());
}

void TestTaskTemplatesDialog::clickCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex(), index);
}

void TestTaskTemplatesDialog::toggleAfter(QTableView *view, int row, int item)
{
    clickCell(view, row, TemplateStepsModel::AfterColumn);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QListWidget *>(QStringLiteral("afterEditor"));
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    for (int i = 0; i < item; ++i)
        QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Space);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->findChild<QListWidget *>(QStringLiteral("afterEditor")));
}

QList<TaskTemplate::Step> TestTaskTemplatesDialog::defaultSteps()
{
    TaskTemplates set;
    QString error;
    if (!m_window->project()->taskTemplates(&set, &error) || !set.find(QStringLiteral("default-removal")))
        return {};
    return set.find(QStringLiteral("default-removal"))->steps();
}

void TestTaskTemplatesDialog::editStepsSeeACycleApplyAndUndo()
{
    const QList<TaskTemplate::Step> shipped = defaultSteps();
    QVERIFY(shipped.size() > 3);
    TaskTemplatesDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    QVERIFY(dialog->okButton()->isEnabled());
    chooseTemplate(dialog, TaskTemplates::builtin().find(QStringLiteral("default-removal"))->title());
    QTableView *steps = dialog->stepsView();
    QAbstractItemModel *model = steps->model();
    QCOMPARE(model->rowCount(), int(shipped.size()));

    // Add after the last step, typing its title into the editor that opens.
    clickCell(steps, model->rowCount() - 1, TemplateStepsModel::TitleColumn);
    QTest::mouseClick(dialog->button(QStringLiteral("addStep")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), int(shipped.size()) + 1);
    auto *editor = steps->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(QApplication::focusWidget(), editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Tell the owner the system is clean"));
    QTest::keyClick(editor, Qt::Key_Return);
    const int added = model->rowCount() - 1;
    // The editor hands its text over once the Return has been handled.
    QTRY_COMPARE(model->index(added, TemplateStepsModel::TitleColumn).data().toString(),
                 QStringLiteral("Tell the owner the system is clean"));

    // Move it up one with Ctrl+Up, then remove the first step with Delete.
    clickCell(steps, added, TemplateStepsModel::TitleColumn);
    QTest::keyClick(steps, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(model->index(added - 1, TemplateStepsModel::TitleColumn).data().toString(),
             QStringLiteral("Tell the owner the system is clean"));
    clickCell(steps, 0, TemplateStepsModel::TitleColumn);
    QTest::keyClick(steps, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), int(shipped.size()));
    QVERIFY(dialog->okButton()->isEnabled());

    // Step 2 after step 1 (unless the template already says so), then step 1 after step 2: a cycle.
    const QString firstId = model->index(0, 0).data(TemplateStepsModel::IdRole).toString();
    const auto afterOf = [model](int row) {
        return model->index(row, TemplateStepsModel::AfterColumn)
            .data(TemplateStepsModel::RawValueRole)
            .toStringList();
    };
    if (!afterOf(1).contains(firstId))
        toggleAfter(steps, 1, 0);
    QVERIFY(afterOf(1).contains(firstId));
    QVERIFY(dialog->okButton()->isEnabled());
    toggleAfter(steps, 0, 0);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->isVisible());
    const QString first = model->index(0, TemplateStepsModel::TitleColumn).data().toString();
    QVERIFY2(dialog->problemLabel()->text().contains(
                 QStringLiteral("Step 1 \u201c%1\u201d waits for itself").arg(first)),
             qPrintable(dialog->problemLabel()->text()));
    QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("steps 1 \u2192 2 \u2192 1")),
             qPrintable(dialog->problemLabel()->text()));
    // OK does nothing while it is so.
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());

    // Put right: step 1 no longer follows step 2.
    toggleAfter(steps, 0, 0);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!dialog->problemLabel()->isVisible());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<TaskTemplatesDialog *>());

    QStringList expected = titlesOf(shipped);
    expected.insert(expected.size() - 1, QStringLiteral("Tell the owner the system is clean"));
    expected.removeFirst();
    const QList<TaskTemplate::Step> now = defaultSteps();
    QCOMPARE(titlesOf(now), expected);
    QVERIFY(now[1].after.contains(now[0].id));

    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QVERIFY(defaultSteps() == shipped);
    m_window->redoAction()->trigger();
    QCOMPARE(titlesOf(defaultSteps()), expected);
}

void TestTaskTemplatesDialog::copyAndDeleteTemplates()
{
    TaskTemplatesDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    const QString title = TaskTemplates::builtin().find(QStringLiteral("linux-removal"))->title();
    chooseTemplate(dialog, title);
    // Rules choose it: it cannot go.
    QPushButton *remove = dialog->button(QStringLiteral("deleteTemplate"));
    QVERIFY(!remove->isEnabled());
    const int before = dialog->templateList()->count();
    QTest::mouseClick(dialog->button(QStringLiteral("copyTemplate")), Qt::LeftButton);
    QCOMPARE(dialog->templateList()->count(), before + 1);
    QCOMPARE(dialog->templateList()->currentItem()->text(), QStringLiteral("Copy of %1").arg(title));
    QCOMPARE(dialog->stepsView()->model()->rowCount(),
             int(TaskTemplates::builtin().find(QStringLiteral("linux-removal"))->steps().size()));
    QVERIFY(remove->isEnabled()); // no rule chooses the copy yet
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<TaskTemplatesDialog *>());
    TaskTemplates set;
    QString error;
    QVERIFY(m_window->project()->taskTemplates(&set, &error));
    QVERIFY(set.find(QStringLiteral("linux-removal-copy")));

    // Opened again, the copy can be deleted, and OK keeps it gone.
    dialog = openFromMenu();
    QVERIFY(dialog);
    chooseTemplate(dialog, QStringLiteral("Copy of %1").arg(title));
    remove = dialog->button(QStringLiteral("deleteTemplate"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dialog->templateList()->count(), before);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<TaskTemplatesDialog *>());
    QVERIFY(m_window->project()->taskTemplates(&set, &error));
    QVERIFY(set == TaskTemplates::builtin());
}

void TestTaskTemplatesDialog::removingAStepHandsOnWhatItFollowed()
{
    QList<TaskTemplate::Step> steps{
        {QStringLiteral("a"), QStringLiteral("Stage"), false, 1, {}},
        {QStringLiteral("b"), QStringLiteral("Remove"), false, 2, {QStringLiteral("a")}},
        {QStringLiteral("c"), QStringLiteral("Verify"), false, 1, {QStringLiteral("b")}},
        {QStringLiteral("d"), QStringLiteral("Record"), false, 1, {QStringLiteral("a")}}};
    TemplateStepsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSteps(&steps);
    QCOMPARE(model.removeStep(1), QStringList{QStringLiteral("Verify")});
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps[1].after, QStringList{QStringLiteral("a")}); // Verify now follows what Remove followed
    QCOMPARE(steps[2].after, QStringList{QStringLiteral("a")}); // Record did not follow Remove: unchanged
    QVERIFY(TaskTemplate::problemIn(steps).isNone());
    QVERIFY(model.moveStep(2, -1));
    QCOMPARE(steps[1].id, QStringLiteral("d"));
    QVERIFY(!model.moveStep(0, -1));
}

QTEST_MAIN(TestTaskTemplatesDialog)
#include "tst_tasktemplatesdialog.moc"
