// Plan > Teams in the real main window on the offscreen platform: a component rule gives a bureau to a slow
// team and the summary says by how many working days the target is missed and what capacity would meet it;
// raising that team's capacity meets it; Edit > Undo in the main window brings the miss back.
#include "model/detection/directivecatalog.h"
#include "model/planning/workingcalendar.h"
#include "model/project/project.h"
#include "views/mainwindow.h"
#include "views/plansummarypanel.h"
#include "views/teameditdialog.h"
#include "views/teamsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include "../support/onedaytemplate.h"

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

int rowOf(QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestTeamsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ruleAndCapacityChangeTheVerdictAndUndoBringsItBack();

private:
    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<MainWindow> m_window;
    const QDate m_start{2017, 12, 12}; // a Tuesday; no holiday in the weeks after it
    const QDate m_target{2017, 12, 14};
};

void TestTeamsDialog::init()
{
    const QString path = m_dir.filePath(QStringLiteral("teams.uproot"));
    QFile::remove(path);
    QString error;
    {
        std::unique_ptr<Project> project =
            Project::create(path, QStringLiteral("bod-17-01"), QDate(), {}, m_catalog, &error);
        QVERIFY2(project, qPrintable(error));
        // Like the demo, without teams by hand: Bureau A has eight affected systems at HQ, Bureau B four at
        // the Annex.
        QByteArray csv = "Hostname,Software,Publisher,Version,Component,Site\n";
        for (int i = 1; i <= 12; ++i)
            csv += QByteArray("WS-") + QByteArray::number(i) +
                   ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11," +
                   (i <= 8 ? "Bureau A,HQ\n" : "Bureau B,Annex\n");
        const QString file = m_dir.filePath(QStringLiteral("inventory.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        ImportReport report;
        ReadError readError;
        QVERIFY2(project->importFile(file, {}, nullptr, &report, &readError),
                 qPrintable(readError.message()));
        // One day of work a system, so that a team's capacity is its systems a day (lanes, not durations).
        QVERIFY2(project->setTaskTemplates(testsupport::oneDayRemoval(), &error), qPrintable(error));
        QVERIFY(project->setTeam({0, QStringLiteral("Alpha"), 1, {}}, &error));
        QVERIFY(project->setTeam({0, QStringLiteral("Beta"), 4, {}}, &error));
        PlanResult planned;
        QVERIFY2(project->plan({m_start, m_target}, &planned, &error),
                 qPrintable(error)); // keeps start and target
    }
    m_window = std::make_unique<MainWindow>(m_catalog);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
}

void TestTeamsDialog::cleanup()
{
    m_window.reset();
}

void TestTeamsDialog::ruleAndCapacityChangeTheVerdictAndUndoBringsItBack()
{
    QAction *open = menuAction(m_window.get(), QStringLiteral("&Plan"), QStringLiteral("&Teams..."));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    open->trigger();
    auto *dialog = m_window->findChild<TeamsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    PlanSummaryPanel *summary = dialog->summary();
    // The default capacity does all twelve on the first day.
    QVERIFY2(summary->verdict().contains(QStringLiteral("Meets the target")), qPrintable(summary->verdict()));

    // Bureau A goes to Alpha, one a day: eight working days from the start.
    auto *components = dialog->findChild<QTableWidget *>(QStringLiteral("componentRules"));
    QVERIFY(components);
    const int bureauA = rowOf(components, QStringLiteral("Bureau A"));
    QVERIFY(bureauA >= 0);
    QCOMPARE(components->item(bureauA, 1)->text(), QStringLiteral("8"));
    auto *choice = qobject_cast<QComboBox *>(components->cellWidget(bureauA, 2));
    QVERIFY(choice);
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down); // (none) -> Alpha
    QCOMPARE(choice->currentText(), QStringLiteral("Alpha"));
    const WorkingCalendar calendar({}, true);
    QDate eighth = m_start;
    for (int i = 1; i < 8; ++i)
        eighth = calendar.after(eighth);
    const int late = calendar.workingDays(m_target.addDays(1), eighth);
    QVERIFY(late > 0);
    const QString missed = QStringLiteral("Misses the target %1 by %2 working day")
                               .arg(QLocale().toString(m_target, QLocale::ShortFormat))
                               .arg(late);
    QTRY_VERIFY2(summary->verdict().contains(missed), qPrintable(summary->verdict()));
    // Eight systems in the three working days to the target: three a day would meet it.
    auto *lanes = summary->findChild<QTableWidget *>(QStringLiteral("planTeams"));
    const int alphaLane = rowOf(lanes, QStringLiteral("Alpha"));
    QVERIFY(alphaLane >= 0);
    QCOMPARE(lanes->item(alphaLane, 2)->text(), QStringLiteral("8"));
    QCOMPARE(lanes->item(alphaLane, 4)->text(), QString::number((8 + 2) / 3));
    // The Systems tab says how each system got its team.
    auto *systems = dialog->findChild<QTableWidget *>(QStringLiteral("teamSystems"));
    const int ws1 = rowOf(systems, QStringLiteral("WS-1"));
    QCOMPARE(systems->item(ws1, 3)->text(), QStringLiteral("Alpha"));
    QCOMPARE(systems->item(ws1, 4)->text(), QStringLiteral("by rule for its component"));

    // Alpha to three a day through Edit...
    auto *teams = dialog->findChild<QTableWidget *>(QStringLiteral("teams"));
    teams->selectRow(rowOf(teams, QStringLiteral("Alpha")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("editTeam")), Qt::LeftButton);
    auto *edit = dialog->findChild<TeamEditDialog *>();
    QVERIFY(edit);
    auto *capacity = edit->findChild<QSpinBox *>(QStringLiteral("teamCapacity"));
    capacity->selectAll();
    QTest::keyClicks(capacity, QStringLiteral("3"));
    QTest::mouseClick(edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY2(summary->verdict().contains(QStringLiteral("Meets the target")),
                 qPrintable(summary->verdict()));
    QCOMPARE(m_window->findChild<TeamsDialog *>()
                 ->findChild<QTableWidget *>(QStringLiteral("teams"))
                 ->item(rowOf(teams, QStringLiteral("Alpha")), 1)
                 ->text(),
             QStringLiteral("3"));

    // ... and Edit > Undo in the main window takes it back.
    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QTRY_VERIFY2(summary->verdict().contains(missed), qPrintable(summary->verdict()));
    QCOMPARE(teams->item(rowOf(teams, QStringLiteral("Alpha")), 1)->text(), QStringLiteral("1"));
    m_window->undoAction()->trigger();
    QTRY_VERIFY2(summary->verdict().contains(QStringLiteral("Meets the target")),
                 qPrintable(summary->verdict()));
    QCOMPARE(
        qobject_cast<QComboBox *>(components->cellWidget(rowOf(components, QStringLiteral("Bureau A")), 2))
            ->currentText(),
        QStringLiteral("(none)"));
}

QTEST_MAIN(TestTeamsDialog)
#include "tst_teamsdialog.moc"
