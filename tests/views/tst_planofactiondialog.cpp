// The plan of action's own fields in the real main window on the offscreen platform: Plan > Plan of action
// details opens the form, typing and OK store every field as one step that Edit > Undo takes back, and
// exporting the plan with elements still empty asks first (Fill in / Export anyway / Cancel).
#include "model/detection/directivecatalog.h"
#include "model/project/planofactionfield.h"
#include "model/project/project.h"
#include "views/mainwindow.h"
#include "views/planofactiondialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace uproot;

using F = PlanOfActionField;

namespace {

// A picture for a person to look at, when UPROOT_GRAB_DIR names a folder for it.
void grabIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("UPROOT_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name);
}

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

} // namespace

class TestPlanOfActionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void formStoresEveryFieldAsOneUndoableStep();
    void exportAsksAboutEmptyElements_data();
    void exportAsksAboutEmptyElements();
    void questionBoxDefaultsToFillingIn();
    void nothingToAskWhenEverythingIsFilled();
    void readOnlyProjectShowsButDoesNotWrite();

private:
    PlanOfActionDialog *openFromMenu();
    void type(QWidget *editor, const QString &text);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    QList<MainWindow::Message> m_messages;
    int m_answer = 0; // the presenter's answer to a question
    int m_n = 0;
};

void TestPlanOfActionDialog::initTestCase()
{
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    m_template = m_dir.filePath(QStringLiteral("template.uproot"));
    QString error;
    ProjectInfo info;
    info.agency = QStringLiteral("Department of Example Affairs");
    std::unique_ptr<Project> project =
        Project::create(m_template, QStringLiteral("bod-17-01"), QDate(), info, *m_catalog, &error);
    QVERIFY2(project, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("inventory.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version,Component\n"
            "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11,Bureau A\n"
            "WS-2,Kaspersky Security Center 10 Network Agent,Kaspersky Lab ZAO,10.5,Bureau B\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
}

void TestPlanOfActionDialog::init()
{
    // Each test starts from its own copy of the project.
    const QString path = m_dir.filePath(QStringLiteral("p%1.uproot").arg(++m_n));
    QVERIFY(QFile::copy(m_template, path));
    m_messages.clear();
    m_answer = 0;
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->setMessagePresenter([this](MainWindow::Message &message) {
        if (message.kind == MainWindow::Message::Kind::Question)
            message.answer = m_answer;
        m_messages.append(message);
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
}

void TestPlanOfActionDialog::cleanup()
{
    m_window.reset();
}

PlanOfActionDialog *TestPlanOfActionDialog::openFromMenu()
{
    QAction *action =
        menuAction(m_window.get(), QStringLiteral("&Plan"), QStringLiteral("Plan of action &details..."));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<PlanOfActionDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestPlanOfActionDialog::type(QWidget *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClicks(editor, text);
}

void TestPlanOfActionDialog::formStoresEveryFieldAsOneUndoableStep()
{
    Project *project = m_window->project();
    PlanOfActionDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    // The form shows what is stored, and names each box for a screen reader.
    auto *agency = qobject_cast<QLineEdit *>(dialog->editor(F::Agency));
    QVERIFY(agency);
    QCOMPARE(agency->text(), QStringLiteral("Department of Example Affairs"));
    QCOMPARE(agency->accessibleName(), QStringLiteral("(a) Agency name"));
    QCOMPARE(dialog->componentChooser()->count(), 2);
    QCOMPARE(dialog->componentChooser()->itemText(1), QStringLiteral("Bureau B"));

    type(dialog->editor(F::ContactName), QStringLiteral("Jane Q. Planner"));
    type(dialog->editor(F::Contracts), QStringLiteral("Reseller agreement GS-35F-0001X"));
    type(dialog->editor(F::Costs), QStringLiteral("120 staff hours"));
    // The mission function of each component: typed for Bureau A, then for Bureau B, and kept for both.
    QCOMPARE(dialog->componentChooser()->currentText(), QStringLiteral("Bureau A"));
    type(dialog->editor(F::MissionFunction), QStringLiteral("Benefits processing"));
    dialog->componentChooser()->setFocus();
    QTest::keyClick(dialog->componentChooser(), Qt::Key_Down);
    QCOMPARE(dialog->componentChooser()->currentText(), QStringLiteral("Bureau B"));
    QCOMPARE(qobject_cast<QPlainTextEdit *>(dialog->editor(F::MissionFunction))->toPlainText(), QString());
    type(dialog->editor(F::MissionFunction), QStringLiteral("Payroll"));
    grabIfAsked(dialog, QStringLiteral("plan-of-action-dialog.png"));

    QCOMPARE(project->undoStack()->count(), 0); // nothing is written before OK
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isHidden());

    QCOMPARE(project->planOfActionField({F::ContactName, {}}), QStringLiteral("Jane Q. Planner"));
    QCOMPARE(project->planOfActionField({F::Contracts, {}}),
             QStringLiteral("Reseller agreement GS-35F-0001X"));
    QCOMPARE(project->planOfActionField({F::Costs, {}}), QStringLiteral("120 staff hours"));
    QCOMPARE(project->planOfActionField({F::MissionFunction, QStringLiteral("Bureau A")}),
             QStringLiteral("Benefits processing"));
    QCOMPARE(project->planOfActionField({F::MissionFunction, QStringLiteral("Bureau B")}),
             QStringLiteral("Payroll"));
    QCOMPARE(project->info().agency, QStringLiteral("Department of Example Affairs"));
    QCOMPARE(project->undoStack()->count(), 1);

    // Edit > Undo takes the whole form back; Redo puts it again.
    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QCOMPARE(project->planOfActionField({F::Contracts, {}}), QString());
    QCOMPARE(project->planOfActionField({F::MissionFunction, QStringLiteral("Bureau B")}), QString());
    QCOMPARE(project->planOfActionField({F::ContactName, {}}), QString());
    m_window->redoAction()->trigger();
    QCOMPARE(project->planOfActionField({F::MissionFunction, QStringLiteral("Bureau A")}),
             QStringLiteral("Benefits processing"));

    // Opened again, the form shows what is stored now.
    QTRY_VERIFY(!m_window->findChild<PlanOfActionDialog *>()); // deleted on close
    dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(qobject_cast<QPlainTextEdit *>(dialog->editor(F::Costs))->toPlainText(),
             QStringLiteral("120 staff hours"));
    dialog->reject();
}

void TestPlanOfActionDialog::exportAsksAboutEmptyElements_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("exports");
    QTest::addColumn<bool>("formOpens");
    QTest::newRow("fill in") << 0 << false << true;
    QTest::newRow("export anyway") << 1 << true << false;
    QTest::newRow("cancel") << 2 << false << false;
}

void TestPlanOfActionDialog::exportAsksAboutEmptyElements()
{
    QFETCH(int, answer);
    QFETCH(bool, exports);
    QFETCH(bool, formOpens);
    m_answer = answer;
    QCOMPARE(m_window->confirmPlanExport(), exports);
    QCOMPARE(m_messages.size(), 1);
    const MainWindow::Message &question = m_messages.first();
    QCOMPARE(question.kind, MainWindow::Message::Kind::Question);
    QCOMPARE(question.choices, (QStringList{QStringLiteral("&Fill in..."), QStringLiteral("&Export anyway"),
                                            QStringLiteral("Cancel")}));
    // The list names every empty element (here all but the agency), one a line.
    QVERIFY2(question.text.startsWith(QStringLiteral("11 elements of the plan of action are still empty")),
             qPrintable(question.text));
    const QStringList listed = question.details.split(u'\n');
    QCOMPARE(listed.size(), 11);
    QCOMPARE(listed.first(), QStringLiteral("(b) Point of contact: name"));
    QVERIFY(listed.contains(QStringLiteral("(g) Mission function of the affected endpoints: Bureau B")));
    QCOMPARE(listed.last(), QStringLiteral("(n) Costs"));

    auto *dialog = m_window->findChild<PlanOfActionDialog *>();
    QCOMPARE(dialog != nullptr, formOpens);
    if (dialog) {
        // The form opens at the first element missing.
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_COMPARE(QApplication::focusWidget(), dialog->editor(F::ContactName));
        dialog->reject();
    }
}

// Without a presenter the person gets a real message box: Enter fills in, Escape cancels, and the list of
// empty elements is in the box itself.
void TestPlanOfActionDialog::questionBoxDefaultsToFillingIn()
{
    m_window->setMessagePresenter({});
    QString defaultText;
    QString escapeText;
    QString informative;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        grabIfAsked(box, QStringLiteral("plan-of-action-question.png"));
        defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
        escapeText =
            box->escapeButton() ? qobject_cast<QPushButton *>(box->escapeButton())->text() : QString();
        informative = box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("&Export anyway"))
                button->click();
        }
    });
    QVERIFY(m_window->confirmPlanExport());
    QCOMPARE(defaultText, QStringLiteral("&Fill in..."));
    QCOMPARE(escapeText, QStringLiteral("Cancel"));
    QVERIFY2(informative.contains(QStringLiteral("(m) Foreseeable challenges")), qPrintable(informative));
}

void TestPlanOfActionDialog::nothingToAskWhenEverythingIsFilled()
{
    QList<PlanOfActionValue> values;
    for (const F &field : planOfActionFields(planOfActionComponents(*m_window->project())))
        values.append({field, QStringLiteral("Not applicable")});
    QString error;
    QVERIFY2(m_window->project()->setPlanOfActionFields(values, &error), qPrintable(error));
    m_answer = 2; // would cancel, if asked
    QVERIFY(m_window->confirmPlanExport());
    QVERIFY(m_messages.isEmpty());
    // Exporting writes the plan.
    const QString pdf = m_dir.filePath(QStringLiteral("plan-%1.pdf").arg(m_n));
    QVERIFY(m_window->exportDocument(QStringLiteral("plan"), pdf));
    QVERIFY(QFile::exists(pdf));
}

void TestPlanOfActionDialog::readOnlyProjectShowsButDoesNotWrite()
{
    QString error;
    std::unique_ptr<Project> readOnly = Project::open(m_window->project()->path(), true, &error);
    QVERIFY2(readOnly, qPrintable(error));
    PlanOfActionDialog dialog(readOnly.get(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.messageLabel()->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(F::Agency))->text(),
             QStringLiteral("Department of Example Affairs"));
    // Even when asked to, it writes nothing and says why.
    type(dialog.editor(F::Costs), QStringLiteral("120 staff hours"));
    QVERIFY(!dialog.apply());
    QCOMPARE(readOnly->planOfActionField({F::Costs, {}}), QString());
    QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("Nothing was changed")),
             qPrintable(dialog.messageLabel()->text()));
}

QTEST_MAIN(TestPlanOfActionDialog)
#include "tst_planofactiondialog.moc"
