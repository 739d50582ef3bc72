// What a new user tripped over in the Findings tab: OK in the dismiss dialog with no reason closed it and did
// nothing; the "Why this finding" pane kept the old state after a decision and its undo until the row was
// chosen again; the groups caption kept the previous project's count after opening another project.
#include "findingsfixture.h"

#include "model/itemmodels/findinggroupsmodel.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/project/project.h"
#include "views/findinggroupspane.h"
#include "views/findingreasondialog.h"
#include "views/findingspane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace uproot;
using namespace uproot::test;

class TestFindingDecisions : public FindingsFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(QStringLiteral("tst_findingdecisions")); }
    void init() { openFixtureProject(); }
    void cleanup() { closeFixtureProject(); }
    void okNeedsAReason_data();
    void okNeedsAReason();
    void explanationFollowsTheDecisionAndItsUndo();
    void groupsCaptionFollowsAnotherProject();

private:
    QAction *action(const QString &text) const;
    QLabel *explanation() const;
};

QAction *TestFindingDecisions::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QLabel *TestFindingDecisions::explanation() const
{
    for (QLabel *label : m_window->findingsArea()->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("Why this finding"))
            return label;
    }
    return nullptr;
}

void TestFindingDecisions::okNeedsAReason_data()
{
    QTest::addColumn<QString>("actionText");
    QTest::newRow("false positive") << QStringLiteral("Dismiss as &false positive...");
    QTest::newRow("exception") << QStringLiteral("Record approved &exception...");
}

void TestFindingDecisions::okNeedsAReason()
{
    QFETCH(QString, actionText);
    QAction *decide = action(actionText);
    QVERIFY(decide);
    const int row = rowOf(QStringLiteral("WS-05"), QStringLiteral("Kaspersky Removal Tool Helper"));
    clickRow(findingsView(), row);
    bool checked = false;
    QTimer::singleShot(0, this, [&checked] {
        auto *dialog = qobject_cast<FindingReasonDialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "the decision does not ask its reason in a dialog whose OK waits for one");
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        // Enter with no reason does not close it either.
        QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("waiver 12"));
        QVERIFY(ok->isEnabled());
        checked = true;
        dialog->reject();
    });
    decide->trigger();
    QVERIFY(checked);
    // Cancelled: the finding is as it was.
    QCOMPARE(m_window->project()->undoStack()->count(), 0);
}

void TestFindingDecisions::explanationFollowsTheDecisionAndItsUndo()
{
    QLabel *why = explanation();
    QVERIFY(why);
    const int row = rowOf(QStringLiteral("WS-05"), QStringLiteral("Kaspersky Removal Tool Helper"));
    clickRow(findingsView(), row);
    QVERIFY(!why->text().contains(QStringLiteral("Marked false positive")));
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<FindingReasonDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->reasonField()->setText(QStringLiteral("Contoso's helper"));
        dialog->accept();
    });
    action(QStringLiteral("Dismiss as &false positive..."))->trigger();
    // Without choosing the row again, the pane says what was decided...
    QTRY_VERIFY2(why->text().contains(QStringLiteral("Marked false positive: Contoso's helper")),
                 qPrintable(why->text()));
    // ...and after the undo, no longer.
    m_window->undoAction()->trigger();
    QTRY_VERIFY2(!why->text().contains(QStringLiteral("Marked false positive")), qPrintable(why->text()));
    QVERIFY2(why->text().contains(QStringLiteral("Kaspersky Removal Tool Helper")) ||
                 why->text().startsWith(QStringLiteral("Select a finding")),
             qPrintable(why->text()));
}

void TestFindingDecisions::groupsCaptionFollowsAnotherProject()
{
    FindingGroupsPane *groups = m_window->findingGroups();
    groups->groupByCombo()->setCurrentIndex(groups->groupByCombo()->findText(QStringLiteral("Product")));
    QLabel *caption = nullptr;
    for (QLabel *label : groups->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("group(s)")))
            caption = label;
    }
    QVERIFY(caption);
    // The fixture's covered products, counted here.
    QSet<QString> products;
    for (const InventoryLine &line : kInventory) {
        if (line.verdict != InventoryLine::NotCovered)
            products.insert(QString::fromUtf8(line.product));
    }
    QVERIFY2(caption->text().startsWith(QStringLiteral("%1 group(s)").arg(products.size())),
             qPrintable(caption->text()));

    // Another project, with no inventory: no groups, and the caption says so.
    const QString empty = m_dir.filePath(QStringLiteral("empty%1.uproot").arg(m_n));
    {
        QString error;
        QVERIFY2(Project::create(empty, QStringLiteral("bod-17-01"), QDate(), {}, *m_catalog, &error),
                 qPrintable(error));
    }
    QVERIFY(m_window->openProject(empty));
    QCOMPARE(groups->groupsModel()->rowCount(), 0);
    QVERIFY2(caption->text().startsWith(QStringLiteral("0 group(s)")), qPrintable(caption->text()));
}

QTEST_MAIN(TestFindingDecisions)
#include "tst_findingdecisions.moc"
