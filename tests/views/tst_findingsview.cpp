// The findings view through its real widgets: grouping by product, system, component and site with counts;
// choosing a group and a directive to filter the table; the source row of a finding as imported (and what is
// said when the file moved or changed); dismissing a finding with a reason, its own filter, and undo.
#include "findingsfixture.h"

#include "model/itemmodels/findinggroupsmodel.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/project/project.h"
#include "views/directivesdialog.h"
#include "views/findinggroupspane.h"
#include "views/findingreasondialog.h"
#include "views/sourcerowdialog.h"
#include "views/tablepane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <iterator>
#include <limits>

using namespace uproot;
using namespace uproot::test;

namespace {

struct ExpectedGroup
{
    qint64 findings = 0;
    QSet<QString> systems;
    qint64 confirmed = 0;
    qint64 needsReview = 0;
};

QMap<QString, ExpectedGroup> expectedGroups(int column)
{
    QMap<QString, ExpectedGroup> groups;
    for (const InventoryLine &line : kInventory) {
        if (line.verdict == InventoryLine::NotCovered)
            continue;
        ExpectedGroup &g = groups[field(line, column)];
        ++g.findings;
        g.systems.insert(QString::fromUtf8(line.system));
        g.confirmed += line.verdict == InventoryLine::Confirmed ? 1 : 0;
        g.needsReview += line.verdict == InventoryLine::NeedsReview ? 1 : 0;
    }
    return groups;
}

} // namespace

class TestFindingsView : public FindingsFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(QStringLiteral("tst_findingsview")); }
    void init() { openFixtureProject(); }
    void cleanup() { closeFixtureProject(); }
    void groupsFindingsAndFiltersByGroup_data();
    void groupsFindingsAndFiltersByGroup();
    void filtersByDirectiveAfterFollowingAnother();
    void showsTheSourceRowAsImported_data();
    void showsTheSourceRowAsImported();
    void saysWhenTheSourceFileMovedOrChanged_data();
    void saysWhenTheSourceFileMovedOrChanged();
    void dismissesWithAReasonShowsItInItsFilterAndUndoes();
    void statusBarCountsTheProjectsFindings();
};

void TestFindingsView::groupsFindingsAndFiltersByGroup_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<int>("column");
    QTest::newRow("by product") << QStringLiteral("Product") << int(FindingsModel::Product);
    QTest::newRow("by system") << QStringLiteral("System") << int(FindingsModel::System);
    QTest::newRow("by component, one system without a component")
        << QStringLiteral("Component") << int(FindingsModel::Component);
    QTest::newRow("by site") << QStringLiteral("Site") << int(FindingsModel::Site);
}

void TestFindingsView::groupsFindingsAndFiltersByGroup()
{
    QFETCH(QString, choice);
    QFETCH(int, column);
    FindingGroupsPane *groups = m_window->findingGroups();
    QVERIFY(!groups->isVisible());
    QComboBox *groupBy = groups->groupByCombo();
    QVERIFY(groupBy->isVisible());
    QCOMPARE(groupBy->accessibleName(), QStringLiteral("Group by"));
    groupBy->setFocus();
    // Choose with the keyboard, as a person without a mouse would.
    while (groupBy->currentText() != choice) {
        const int before = groupBy->currentIndex();
        QTest::keyClick(groupBy, Qt::Key_Down);
        QVERIFY2(groupBy->currentIndex() != before, qPrintable(choice));
    }
    QVERIFY(groups->isVisible());

    QTableView *view = groups->groupsView();
    QAbstractItemModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QMap<QString, ExpectedGroup> expected = expectedGroups(column);
    QCOMPARE(model->rowCount(), expected.size());
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString value =
            model->index(row, FindingGroupsModel::Group).data(FindingGroupsModel::RawValueRole).toString();
        QVERIFY2(expected.contains(value), qPrintable(value));
        const ExpectedGroup &g = expected.value(value);
        const auto count = [&](int c) {
            return model->index(row, c).data(FindingGroupsModel::RawValueRole).toLongLong();
        };
        QCOMPARE(count(FindingGroupsModel::Findings), g.findings);
        QCOMPARE(count(FindingGroupsModel::Systems), qint64(g.systems.size()));
        QCOMPARE(count(FindingGroupsModel::Confirmed), g.confirmed);
        QCOMPARE(count(FindingGroupsModel::NeedsReview), g.needsReview);
        QVERIFY2(g.findings <= previous, "the largest group comes first");
        previous = g.findings;
        // A group with no value recorded still reads as something.
        QVERIFY(!model->index(row, FindingGroupsModel::Group).data().toString().isEmpty());
    }
    if (column == FindingsModel::Product)
        m_window->findingsPane()->grab().save(QStringLiteral("/tmp/findings-grouped.png"));

    // A click on the "Systems" header orders the groups by their number of systems, fewest first.
    QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(FindingGroupsModel::Systems) + 5, header->height() / 2));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, FindingGroupsModel::Systems)
                    .data(FindingGroupsModel::RawValueRole)
                    .toLongLong() <= model->index(row, FindingGroupsModel::Systems)
                                         .data(FindingGroupsModel::RawValueRole)
                                         .toLongLong());

    // Choosing a group shows only its findings in the table below.
    QAbstractItemModel *findings = findingsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        clickRow(view, row);
        const QString value =
            model->index(row, FindingGroupsModel::Group).data(FindingGroupsModel::RawValueRole).toString();
        QCOMPARE(findings->rowCount(), int(expected.value(value).findings));
        for (int r = 0; r < findings->rowCount(); ++r)
            QCOMPARE(findings->index(r, column).data().toString(), value);
    }
    UPROOT_STEP(clickButton(groups->findChild<QPushButton *>()));
    QCOMPARE(findings->rowCount(), coveredCount());

    // The groups count what the table shows: with "needs review" only, only those findings are counted.
    QComboBox *confidence = m_window->findingsPane()->findChildren<QComboBox *>().first();
    confidence->setCurrentIndex(confidence->findData(QStringLiteral("needs review")));
    qint64 needsReview = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, FindingGroupsModel::Confirmed)
                     .data(FindingGroupsModel::RawValueRole)
                     .toLongLong(),
                 qint64(0));
        needsReview += model->index(row, FindingGroupsModel::Findings)
                           .data(FindingGroupsModel::RawValueRole)
                           .toLongLong();
    }
    qint64 expectedNeedsReview = 0;
    for (const ExpectedGroup &g : expected)
        expectedNeedsReview += g.needsReview;
    QCOMPARE(needsReview, expectedNeedsReview);
    confidence->setCurrentIndex(0);

    groupBy->setCurrentIndex(groupBy->findData(-1));
    QVERIFY(!groups->isVisible());
    QCOMPARE(findings->rowCount(), coveredCount());
}

void TestFindingsView::filtersByDirectiveAfterFollowingAnother()
{
    const QString second = QStringLiteral("bis-2024-kaspersky");
    QComboBox *directive = m_window->findingGroups()->directiveCombo();
    QCOMPARE(directive->count(), 2); // All, bod-17-01
    DirectivesDialog *dialog = openDirectives();
    QVERIFY(dialog);
    UPROOT_STEP(selectInList(dialog, second));
    UPROOT_STEP(clickButton(dialog->followButton()));
    QVERIFY2(dialog->messageLabel()->text().contains(second), qPrintable(dialog->messageLabel()->text()));
    // The second directive covers the same Kaspersky titles: every one is a new finding.
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Re-evaluated: %1 new, 0 gone").arg(coveredCount()));
    QVERIFY(!dialog->followButton()->isEnabled());
    dialog->close();

    QAbstractItemModel *findings = findingsView()->model();
    QCOMPARE(findings->rowCount(), 2 * coveredCount());
    QCOMPARE(directive->count(), 3);
    directive->setCurrentIndex(directive->findData(second));
    QCOMPARE(findings->rowCount(), coveredCount());
    for (int row = 0; row < findings->rowCount(); ++row)
        QCOMPARE(findings->index(row, FindingsModel::Directive).data().toString(), second);

    // Grouping follows the directive filter.
    QComboBox *groupBy = m_window->findingGroups()->groupByCombo();
    groupBy->setCurrentIndex(groupBy->findData(int(FindingsReader::Product)));
    QAbstractItemModel *groups = m_window->findingGroups()->groupsView()->model();
    qint64 total = 0;
    for (int row = 0; row < groups->rowCount(); ++row)
        total += groups->index(row, FindingGroupsModel::Findings)
                     .data(FindingGroupsModel::RawValueRole)
                     .toLongLong();
    QCOMPARE(total, qint64(coveredCount()));

    directive->setCurrentIndex(0);
    QCOMPARE(findings->rowCount(), 2 * coveredCount());
}

void TestFindingsView::showsTheSourceRowAsImported_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(kInventory)); ++i) {
        if (kInventory[i].verdict == InventoryLine::NotCovered)
            continue;
        QTest::addRow("%s on %s, line %lld", kInventory[i].product, kInventory[i].system, lineOf(i)) << i;
    }
}

void TestFindingsView::showsTheSourceRowAsImported()
{
    QFETCH(int, index);
    const InventoryLine &line = kInventory[index];
    QPushButton *button = m_window->sourceRowButton();
    QVERIFY(!button->isEnabled()); // nothing selected yet
    const int row = rowOf(QString::fromUtf8(line.system), QString::fromUtf8(line.product));
    QVERIFY(row >= 0);
    clickRow(findingsView(), row);
    UPROOT_STEP(clickButton(button));
    auto *dialog = m_window->findChild<SourceRowDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->rowFound(), qPrintable(dialog->messageLabel()->text()));
    QVERIFY2(dialog->messageLabel()->text().isEmpty(), qPrintable(dialog->messageLabel()->text()));
    const QStringList header = QString::fromLatin1(kHeader).split(u',');
    const QStringList values = {QString::fromUtf8(line.system),    QString::fromUtf8(line.component),
                                QString::fromUtf8(line.site),      QString::fromUtf8(line.product),
                                QString::fromUtf8(line.publisher), QString::fromUtf8(line.version)};
    QTableWidget *table = dialog->fieldsTable();
    QCOMPARE(table->rowCount(), header.size());
    for (int i = 0; i < header.size(); ++i) {
        QCOMPARE(table->item(i, 0)->text(), header.at(i));
        QCOMPARE(table->item(i, 1)->text(), values.at(i));
    }
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    const bool namesTheLine = std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
        return label->text().contains(QStringLiteral("Line %1").arg(lineOf(index)));
    });
    QVERIFY(namesTheLine);
    dialog->close();
}

void TestFindingsView::saysWhenTheSourceFileMovedOrChanged_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the file was moved") << QStringLiteral("move") << QStringLiteral("no longer there");
    QTest::newRow("a line was inserted above the row")
        << QStringLiteral("insert") << QStringLiteral("has changed since the import");
    QTest::newRow("the file was cut short")
        << QStringLiteral("truncate") << QStringLiteral("no record starts on line");
}

void TestFindingsView::saysWhenTheSourceFileMovedOrChanged()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    // The last covered row of the file.
    int index = int(std::size(kInventory)) - 1;
    while (kInventory[index].verdict == InventoryLine::NotCovered)
        --index;
    const InventoryLine &line = kInventory[index];
    QFile file(m_csv);
    if (change == QLatin1String("move")) {
        QVERIFY(file.rename(m_csv + QStringLiteral(".moved")));
    } else {
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        if (change == QLatin1String("insert"))
            lines.insert(1, "WS-99,Facilities,Depot,Notepad++,Don Ho,8.6");
        else
            lines = lines.mid(0, int(lineOf(index)) - 1);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n'));
        file.close();
    }
    const int row = rowOf(QString::fromUtf8(line.system), QString::fromUtf8(line.product));
    clickRow(findingsView(), row);
    UPROOT_STEP(clickButton(m_window->sourceRowButton()));
    auto *dialog = m_window->findChild<SourceRowDialog *>();
    QVERIFY(dialog);
    const QString message = dialog->messageLabel()->text();
    QVERIFY2(message.contains(expected), qPrintable(message));
    if (change != QLatin1String("insert")) {
        QVERIFY2(message.contains(m_csv), qPrintable(message));
        QVERIFY(!dialog->rowFound());
        QVERIFY(!dialog->fieldsTable()->isVisible());
    }
    dialog->close();
}

// Findings > Dismiss as false positive asks for a reason; the finding leaves the open filter for its own, the
// explanation says why, and Edit > Undo reopens it. Titles that a rule of the directive excludes are under
// their own filter, explained.
void TestFindingsView::dismissesWithAReasonShowsItInItsFilterAndUndoes()
{
    QComboBox *state = nullptr;
    for (QComboBox *combo : m_window->findingsPane()->findChildren<QComboBox *>()) {
        if (combo->findData(QStringLiteral("false positive")) >= 0)
            state = combo;
    }
    QVERIFY(state);
    QLabel *explanation = nullptr;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("Why this finding"))
            explanation = label;
    }
    QVERIFY(explanation);
    QAction *dismiss = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("Dismiss as &false positive..."))
            dismiss = action;
    }
    QVERIFY(dismiss);

    const int all = findingsView()->model()->rowCount();
    const int row = rowOf(QStringLiteral("WS-05"), QStringLiteral("Kaspersky Removal Tool Helper"));
    QVERIFY(row >= 0);
    clickRow(findingsView(), row);
    // The reason is typed into the dialog the action opens.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<FindingReasonDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->reasonField()->setText(QStringLiteral("Contoso's cleanup helper, not a Kaspersky product"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    dismiss->trigger();
    QCOMPARE(findingsView()->model()->rowCount(), all); // "All on the report" keeps decided findings

    state->setCurrentIndex(state->findData(QStringLiteral("false positive")));
    QCOMPARE(findingsView()->model()->rowCount(), 1);
    clickRow(findingsView(), 0);
    QVERIFY2(explanation->text().contains(QStringLiteral("Marked false positive: Contoso's cleanup helper")),
             qPrintable(explanation->text()));

    m_window->undoAction()->trigger();
    QCOMPARE(findingsView()->model()->rowCount(), 0);
    state->setCurrentIndex(state->findData(QStringLiteral("open")));
    QVERIFY(rowOf(QStringLiteral("WS-05"), QStringLiteral("Kaspersky Removal Tool Helper")) >= 0);

    state->setCurrentIndex(state->findData(QStringLiteral("excluded")));
    QCOMPARE(findingsView()->model()->rowCount(), 1);
    QCOMPARE(findingsView()->model()->index(0, FindingsModel::Product).data().toString(),
             QStringLiteral("Uninstaller for Kaspersky"));
    clickRow(findingsView(), 0);
    QVERIFY2(explanation->text().contains(QStringLiteral("not on the report")),
             qPrintable(explanation->text()));
    QVERIFY2(explanation->text().contains(QStringLiteral("known false positive")),
             qPrintable(explanation->text()));
}

// The status bar counts the project's findings on the report, whatever the table's filter shows, and follows
// every change to the project.
void TestFindingsView::statusBarCountsTheProjectsFindings()
{
    QLabel *status = nullptr;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("findings on")))
            status = label;
    }
    QVERIFY(status);
    // What the status bar says with every covered row open, and with one row dismissed: a dismissed finding
    // stays on the report, but its system is no longer affected when it has no other open finding.
    const QString dismissedSystem = QStringLiteral("WS-05");
    const QString dismissedProduct = QStringLiteral("Kaspersky Removal Tool Helper");
    QSet<QString> affected;
    QSet<QString> affectedAfterDismissal;
    for (const InventoryLine &line : kInventory) {
        if (line.verdict == InventoryLine::NotCovered)
            continue;
        affected.insert(QString::fromUtf8(line.system));
        if (QString::fromUtf8(line.system) != dismissedSystem ||
            QString::fromUtf8(line.product) != dismissedProduct)
            affectedAfterDismissal.insert(QString::fromUtf8(line.system));
    }
    QVERIFY(affectedAfterDismissal.size() < affected.size());
    const QString before =
        QStringLiteral("%1 findings on %2 affected systems").arg(coveredCount()).arg(affected.size());
    const QString after = QStringLiteral("%1 findings on %2 affected systems")
                              .arg(coveredCount())
                              .arg(affectedAfterDismissal.size());
    QVERIFY2(status->text().contains(before), qPrintable(status->text()));

    const int row = rowOf(dismissedSystem, dismissedProduct);
    QVERIFY(row >= 0);
    const Id finding = findingsView()->model()->index(row, 0).data(PagedTableModel::IdRole).toLongLong();
    QComboBox *state = nullptr;
    for (QComboBox *combo : m_window->findingsPane()->findChildren<QComboBox *>()) {
        if (combo->findData(QStringLiteral("excluded")) >= 0)
            state = combo;
    }
    QVERIFY(state);
    state->setCurrentIndex(state->findData(QStringLiteral("excluded")));
    QCOMPARE(findingsView()->model()->rowCount(), 1);
    QVERIFY2(status->text().contains(before), qPrintable(status->text()));

    // A change to the project refreshes the status bar, and so do its undo and redo.
    m_window->project()->setFindingState(finding, FindingState::FalsePositive,
                                         QStringLiteral("Contoso's helper"));
    QVERIFY2(status->text().contains(after), qPrintable(status->text()));
    m_window->undoAction()->trigger();
    QVERIFY2(status->text().contains(before), qPrintable(status->text()));
    m_window->redoAction()->trigger();
    QVERIFY2(status->text().contains(after), qPrintable(status->text()));
}

QTEST_MAIN(TestFindingsView)
#include "tst_findingsview.moc"
