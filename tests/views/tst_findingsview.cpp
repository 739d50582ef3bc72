// The findings view through its real widgets: grouping by product, system, component and site with counts;
// choosing a group and a directive to filter the table; the source row of a finding as imported (and what is
// said when the file moved or changed); the directives dialog: following another directive, editing the
// project's copy of a directive (the status bar says what changed, Edit > Undo puts it back), copying a
// directive, importing good and malformed directive files, and exporting one.
#include "model/detection/directivecatalog.h"
#include "model/detection/userdirectives.h"
#include "model/itemmodels/findinggroupsmodel.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/project/project.h"
#include "views/directiveeditordialog.h"
#include "views/directivesdialog.h"
#include "views/findinggroupspane.h"
#include "views/mainwindow.h"
#include "views/sourcerowdialog.h"
#include "views/tablepane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <iterator>
#include <limits>

using namespace uproot;

namespace {

// One inventory row and what the directive says about it: this is the test's own judgement, from the
// catalog's documented rules (resources/directives/README.md), not something read back from the code under
// test.
struct InventoryLine
{
    const char *system;
    const char *component;
    const char *site;
    const char *product;
    const char *publisher;
    const char *version;
    enum Verdict { NotCovered, Confirmed, NeedsReview } verdict;
    // Flagged only because the product's name mentions Kaspersky (rule "name-mentions-kaspersky").
    bool onlyByNameMention;
};

const InventoryLine kInventory[] = {
    {"WS-01", "Finance", "HQ", "Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab", "11.11",
     InventoryLine::Confirmed, false},
    {"WS-02", "Finance", "HQ", "Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab", "11.11",
     InventoryLine::Confirmed, false},
    {"WS-03", "Legal", "Annex", "Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab", "11.10",
     InventoryLine::Confirmed, false},
    {"WS-01", "Finance", "HQ", "Kaspersky Security Center Network Agent", "AO Kaspersky Lab", "13.2",
     InventoryLine::Confirmed, false},
    {"SRV-04", "Legal", "Annex", "Kaspersky Security Center Network Agent", "Kaspersky Lab ZAO", "13.2",
     InventoryLine::Confirmed, false},
    // Another publisher's product that only mentions the vendor: flagged for review, never confirmed.
    {"WS-02", "Finance", "HQ", "Kaspersky Removal Tool Helper", "Contoso Ltd.", "2.0",
     InventoryLine::NeedsReview, true},
    {"WS-05", "", "HQ", "Kaspersky Removal Tool Helper", "Contoso Ltd.", "2.0", InventoryLine::NeedsReview,
     true},
    // A near miss: another publisher's tool *for* Kaspersky is a known false positive.
    {"WS-03", "Legal", "Annex", "Uninstaller for Kaspersky", "Acme Tools Inc.", "1.0",
     InventoryLine::NotCovered, false},
    {"WS-01", "Finance", "HQ", "Mozilla Firefox", "Mozilla", "118.0", InventoryLine::NotCovered, false},
    {"WS-05", "", "HQ", "Google Chrome", "Google LLC", "118.0", InventoryLine::NotCovered, false},
};

const char kHeader[] = "Hostname,Component,Site,Software,Publisher,Version";

// The line of the CSV file a row is written on (the header is line 1).
qint64 lineOf(int index)
{
    return index + 2;
}

QString field(const InventoryLine &line, int column)
{
    switch (column) {
    case FindingsModel::System:
        return QString::fromUtf8(line.system);
    case FindingsModel::Component:
        return QString::fromUtf8(line.component);
    case FindingsModel::Site:
        return QString::fromUtf8(line.site);
    case FindingsModel::Product:
        return QString::fromUtf8(line.product);
    }
    return {};
}

int coveredCount()
{
    int n = 0;
    for (const InventoryLine &line : kInventory)
        n += line.verdict != InventoryLine::NotCovered ? 1 : 0;
    return n;
}

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

const QByteArray kValidDirective =
    R"({"schemaVersion": 1, "id": "test-acme-ban", "title": "Removal of Acme tools",
  "issuer": "Test agency", "instrument": "Memorandum", "issueDate": "2024-01-02",
  "milestones": [{"id": "report", "kind": "identification-report", "title": "Report", "offsetDays": 30}],
  "rules": [{"id": "publisher-acme", "kind": "publisher", "description": "Published by Acme Tools",
             "aliases": ["Acme Tools"]}]})";

} // namespace

class TestFindingsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void groupsFindingsAndFiltersByGroup_data();
    void groupsFindingsAndFiltersByGroup();
    void filtersByDirectiveAfterFollowingAnother();
    void showsTheSourceRowAsImported_data();
    void showsTheSourceRowAsImported();
    void saysWhenTheSourceFileMovedOrChanged_data();
    void saysWhenTheSourceFileMovedOrChanged();
    void editsTheProjectCopyOfADirectiveAndUndoes();
    void refusesABrokenProjectCopy_data();
    void refusesABrokenProjectCopy();
    void importsADirectiveFile_data();
    void importsADirectiveFile();
    void copiesAndExportsADirective();
    void writesANewDirectiveFromTheBlankForm();
    void dismissesWithAReasonShowsItInItsFilterAndUndoes();

private:
    void showFindingsTab();
    QTableView *findingsView() const { return m_window->findingsPane()->view(); }
    int rowOf(const QString &system, const QString &product) const;
    void clickRow(QTableView *view, int row);
    void clickButton(QPushButton *button);
    DirectivesDialog *openDirectives();
    void selectInList(DirectivesDialog *dialog, const QString &id);
    QString projectCopyWithout(const QString &ruleId) const;
    QStringList userFiles() const;

    QTemporaryDir m_dir;
    QString m_csv;
    int m_n = 0;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
};

void TestFindingsView::initTestCase()
{
    qputenv("UPROOT_NO_MODAL", "1");
    // The user's directive folder goes to a test location, never the person's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UprootTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_findingsview"));
    QVERIFY(m_dir.isValid());
}

void TestFindingsView::init()
{
    QDir(userDirectiveFolder()).removeRecursively();
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    ++m_n;
    m_csv = m_dir.filePath(QStringLiteral("inventory%1.csv").arg(m_n));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(kHeader);
    csv.write("\n");
    for (const InventoryLine &line : kInventory)
        csv.write(QByteArray(line.system) + ',' + line.component + ',' + line.site + ",\"" + line.product +
                  "\",\"" + line.publisher + "\"," + line.version + '\n');
    csv.close();

    const QString path = m_dir.filePath(QStringLiteral("findings%1.uproot").arg(m_n));
    {
        QString error;
        std::unique_ptr<Project> project =
            Project::create(path, QStringLiteral("bod-17-01"), QDate(), {}, *m_catalog, &error);
        QVERIFY2(project, qPrintable(error));
        ImportReport report;
        ReadError readError;
        QVERIFY2(project->importFile(m_csv, {}, nullptr, &report, &readError),
                 qPrintable(readError.message()));
    }
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
    showFindingsTab();
    QCOMPARE(findingsView()->model()->rowCount(), coveredCount());
}

void TestFindingsView::cleanup()
{
    m_window.reset();
    m_catalog.reset();
}

void TestFindingsView::showFindingsTab()
{
    QTabBar *bar = m_window->tabs()->tabBar();
    const int tab = m_window->tabs()->indexOf(m_window->findingsPane());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->findingsPane());
}

int TestFindingsView::rowOf(const QString &system, const QString &product) const
{
    const QAbstractItemModel *model = findingsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, FindingsModel::System).data().toString() == system &&
            model->index(row, FindingsModel::Product).data().toString() == product)
            return row;
    }
    return -1;
}

void TestFindingsView::clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void TestFindingsView::clickButton(QPushButton *button)
{
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

DirectivesDialog *TestFindingsView::openDirectives()
{
    QAction *manage = nullptr;
    for (QAction *action : m_window->menuBar()->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Manage directives..."))
            manage = action;
    }
    if (!manage || manage->shortcut().isEmpty())
        return nullptr;
    manage->trigger();
    auto *dialog = m_window->findChild<DirectivesDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestFindingsView::selectInList(DirectivesDialog *dialog, const QString &id)
{
    QTreeWidget *list = dialog->list();
    const QList<QTreeWidgetItem *> items = list->findItems(id, Qt::MatchExactly, DirectivesDialog::Id);
    QCOMPARE(items.size(), 1);
    list->scrollToItem(items.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
    QCOMPARE(dialog->currentId(), id);
}

QString TestFindingsView::projectCopyWithout(const QString &ruleId) const
{
    QJsonObject definition =
        QJsonDocument::fromJson(m_window->project()->primaryDirective().definitionJson.toUtf8()).object();
    QJsonArray rules = definition.value(QLatin1String("rules")).toArray();
    for (qsizetype i = rules.size() - 1; i >= 0; --i) {
        if (rules.at(i).toObject().value(QLatin1String("id")).toString() == ruleId)
            rules.removeAt(i);
    }
    definition.insert(QStringLiteral("rules"), rules);
    return QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Indented));
}

QStringList TestFindingsView::userFiles() const
{
    return QDir(userDirectiveFolder()).entryList(QDir::Files, QDir::Name);
}

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
    clickButton(groups->findChild<QPushButton *>());
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
    selectInList(dialog, second);
    clickButton(dialog->followButton());
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
    groupBy->setCurrentIndex(groupBy->findData(int(FindingStore::Product)));
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
    clickButton(button);
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
    clickButton(m_window->sourceRowButton());
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

void TestFindingsView::editsTheProjectCopyOfADirectiveAndUndoes()
{
    qint64 gone = 0;
    for (const InventoryLine &line : kInventory)
        gone += line.onlyByNameMention ? 1 : 0;
    QVERIFY(gone > 0);
    QAbstractItemModel *findings = findingsView()->model();
    const int before = findings->rowCount();

    DirectivesDialog *dialog = openDirectives();
    QVERIFY(dialog);
    selectInList(dialog, QStringLiteral("bod-17-01"));
    QVERIFY(!dialog->followButton()->isEnabled()); // already followed
    clickButton(dialog->editButton());
    auto *editor = dialog->findChild<DirectiveEditorDialog *>();
    QVERIFY(editor);
    QVERIFY(editor->editor()->toPlainText().contains(QLatin1String("name-mentions-kaspersky")));
    editor->editor()->selectAll();
    editor->editor()->insertPlainText(projectCopyWithout(QStringLiteral("name-mentions-kaspersky")));
    clickButton(editor->acceptButton());
    QVERIFY2(!editor->isVisible(), qPrintable(editor->errorLabel()->text()));

    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Re-evaluated: 0 new, %1 gone").arg(gone));
    QCOMPARE(findings->rowCount(), before - int(gone));
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("%1 gone").arg(gone)));
    const QTreeWidgetItem *item =
        dialog->list()
            ->findItems(QStringLiteral("bod-17-01"), Qt::MatchExactly, DirectivesDialog::Id)
            .first();
    QCOMPARE(item->text(DirectivesDialog::InProject), QStringLiteral("Followed, rules edited"));
    // Exporting a followed directive writes the rules the project uses, edits and all.
    const QString exported = m_dir.filePath(QStringLiteral("edited%1.json").arg(m_n));
    QVERIFY(dialog->exportFile(QStringLiteral("bod-17-01"), exported));
    DirectiveCatalog reread;
    QString error;
    QVERIFY2(reread.loadFile(exported, &error), qPrintable(error));
    QVERIFY(reread.find(QStringLiteral("bod-17-01")));
    QVERIFY(!reread.find(QStringLiteral("bod-17-01"))->rule(QStringLiteral("name-mentions-kaspersky")));
    QVERIFY(m_catalog->find(QStringLiteral("bod-17-01"))->rule(QStringLiteral("name-mentions-kaspersky")));
    dialog->close();

    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QCOMPARE(findings->rowCount(), before);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Re-evaluated: %1 new, 0 gone").arg(gone));
    m_window->redoAction()->trigger();
    QCOMPARE(findings->rowCount(), before - int(gone));
}

void TestFindingsView::refusesABrokenProjectCopy_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QStringLiteral("syntax") << QStringLiteral(":1:");
    QTest::newRow("a field the format does not know")
        << QStringLiteral("unknown") << QStringLiteral("colour");
    QTest::newRow("a regular expression that does not compile")
        << QStringLiteral("regex") << QStringLiteral("rules[0]");
    QTest::newRow("a pathological regular expression")
        << QStringLiteral("pathological") << QStringLiteral("rules[0]");
    QTest::newRow("another id") << QStringLiteral("id") << QStringLiteral(": id: ");
}

void TestFindingsView::refusesABrokenProjectCopy()
{
    QFETCH(QString, edit);
    QFETCH(QString, field);
    const QString before = m_window->project()->primaryDirective().definitionJson;
    const int commands = m_window->project()->undoStack()->count();
    QJsonObject definition = QJsonDocument::fromJson(before.toUtf8()).object();
    QJsonArray rules = definition.value(QLatin1String("rules")).toArray();
    QJsonObject first = rules.at(0).toObject();
    if (edit == QLatin1String("unknown"))
        definition.insert(QStringLiteral("colour"), QStringLiteral("red"));
    if (edit == QLatin1String("regex") || edit == QLatin1String("pathological")) {
        first.insert(QStringLiteral("syntax"), QStringLiteral("regex"));
        first.insert(QStringLiteral("patterns"),
                     QJsonArray{edit == QLatin1String("regex") ? QStringLiteral("(unclosed")
                                                               : QStringLiteral("(a+)+$")});
        rules.replace(0, first);
        definition.insert(QStringLiteral("rules"), rules);
    }
    if (edit == QLatin1String("id"))
        definition.insert(QStringLiteral("id"), QStringLiteral("bod-17-01-mine"));
    const QString text = edit == QLatin1String("syntax")
                             ? QStringLiteral("{ \"id\": ")
                             : QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Indented));

    DirectivesDialog *dialog = openDirectives();
    QVERIFY(dialog);
    selectInList(dialog, QStringLiteral("bod-17-01"));
    clickButton(dialog->editButton());
    auto *editor = dialog->findChild<DirectiveEditorDialog *>();
    QVERIFY(editor);
    editor->editor()->setPlainText(text);
    clickButton(editor->acceptButton());
    QVERIFY(editor->isVisible());
    const QString error = editor->errorLabel()->text();
    QVERIFY2(error.contains(m_window->project()->displayName()), qPrintable(error));
    QVERIFY2(error.contains(field), qPrintable(error));
    QCOMPARE(m_window->project()->primaryDirective().definitionJson, before);
    QCOMPARE(m_window->project()->undoStack()->count(), commands);
    QCOMPARE(findingsView()->model()->rowCount(), coveredCount());
    editor->reject();
    dialog->close();
}

void TestFindingsView::importsADirectiveFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // in the message, besides the file's path; empty: the import works
    QByteArray text = kValidDirective;
    QTest::newRow("a valid file") << text << QString();
    QTest::newRow("not JSON") << QByteArray("{\"schemaVersion\": 1, \"id\": ")
                              << QStringLiteral("Could not import");
    QTest::newRow("an unknown schema version")
        << QByteArray(kValidDirective).replace("\"schemaVersion\": 1", "\"schemaVersion\": 99")
        << QStringLiteral("schemaVersion");
    QTest::newRow("a milestone without a date or an offset")
        << QByteArray(kValidDirective).replace(", \"offsetDays\": 30", "") << QStringLiteral("milestones[0]");
    QTest::newRow("a regular expression that does not compile")
        << QByteArray(kValidDirective)
               .replace("\"aliases\": [\"Acme Tools\"]", "\"syntax\": \"regex\", \"patterns\": [\"(acme\"]")
        << QStringLiteral("rules[0]");
    QTest::newRow("an id already in the catalog")
        << QByteArray(kValidDirective).replace("test-acme-ban", "bod-17-01")
        << QStringLiteral("already in the catalog");
}

void TestFindingsView::importsADirectiveFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("import-%1.json").arg(m_n));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QStringList idsBefore = m_catalog->ids();
    const QStringList filesBefore = userFiles();

    DirectivesDialog *dialog = openDirectives();
    QVERIFY(dialog);
    QVERIFY(dialog->importButton()->isEnabled());
    const int listed = dialog->list()->topLevelItemCount();
    const bool ok = dialog->importFile(path);
    const QString message = dialog->messageLabel()->text();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    if (expected.isEmpty()) {
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(m_catalog->ids().size(), idsBefore.size() + 1);
        QVERIFY(m_catalog->contains(QStringLiteral("test-acme-ban")));
        QCOMPARE(userFiles().size(), filesBefore.size() + 1);
        QCOMPARE(dialog->list()->topLevelItemCount(), listed + 1);
        QCOMPARE(dialog->currentId(), QStringLiteral("test-acme-ban"));
        // Kept in the user's folder, so it is there the next time the program starts.
        DirectiveCatalog next;
        QStringList problems;
        QCOMPARE(loadUserDirectives(next, userDirectiveFolder(), &problems), 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(*next.find(QStringLiteral("test-acme-ban")),
                 *m_catalog->find(QStringLiteral("test-acme-ban")));
    } else {
        QVERIFY(!ok);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("The catalog is as it was")), qPrintable(message));
        QCOMPARE(m_catalog->ids(), idsBefore);
        QCOMPARE(userFiles(), filesBefore);
        QCOMPARE(dialog->list()->topLevelItemCount(), listed);
    }
    dialog->close();
}

void TestFindingsView::copiesAndExportsADirective()
{
    DirectivesDialog *dialog = openDirectives();
    QVERIFY(dialog);
    selectInList(dialog, QStringLiteral("bod-17-01"));
    dialog->resize(980, 600);
    dialog->grab().save(QStringLiteral("/tmp/directives-dialog.png"));

    clickButton(dialog->copyButton());
    auto *editor = dialog->findChild<DirectiveEditorDialog *>();
    QVERIFY(editor);
    QJsonObject copy = QJsonDocument::fromJson(editor->editor()->toPlainText().toUtf8()).object();
    QCOMPARE(copy.value(QLatin1String("id")).toString(), QStringLiteral("bod-17-01-copy"));
    // First try to keep the shipped id: refused, naming the field.
    copy.insert(QStringLiteral("id"), QStringLiteral("bod-17-01"));
    editor->editor()->setPlainText(QString::fromUtf8(QJsonDocument(copy).toJson()));
    clickButton(editor->acceptButton());
    QVERIFY(editor->isVisible());
    QVERIFY2(editor->errorLabel()->text().contains(QLatin1String("bod-17-01-copy.json: id:")),
             qPrintable(editor->errorLabel()->text()));
    copy.insert(QStringLiteral("id"), QStringLiteral("agency-kaspersky"));
    copy.insert(QStringLiteral("title"), QStringLiteral("Agency Kaspersky removal"));
    editor->editor()->setPlainText(QString::fromUtf8(QJsonDocument(copy).toJson()));
    clickButton(editor->acceptButton());
    QVERIFY2(!editor->isVisible(), qPrintable(editor->errorLabel()->text()));
    QVERIFY(m_catalog->contains(QStringLiteral("agency-kaspersky")));
    QCOMPARE(m_catalog->find(QStringLiteral("agency-kaspersky"))->rules,
             m_catalog->find(QStringLiteral("bod-17-01"))->rules);
    QCOMPARE(userFiles(), QStringList{QStringLiteral("agency-kaspersky.json")});
    QCOMPARE(dialog->currentId(), QStringLiteral("agency-kaspersky"));
    QVERIFY(dialog->followButton()->isEnabled());

    const QString exported = m_dir.filePath(QStringLiteral("exported%1.json").arg(m_n));
    QVERIFY(dialog->exportFile(QStringLiteral("agency-kaspersky"), exported));
    DirectiveCatalog reread;
    QString error;
    QVERIFY2(reread.loadFile(exported, &error), qPrintable(error));
    QCOMPARE(*reread.find(QStringLiteral("agency-kaspersky")),
             *m_catalog->find(QStringLiteral("agency-kaspersky")));
    dialog->close();
}

void TestFindingsView::writesANewDirectiveFromTheBlankForm()
{
    DirectivesDialog *dialog = openDirectives();
    QVERIFY(dialog);
    clickButton(dialog->newButton());
    auto *editor = dialog->findChild<DirectiveEditorDialog *>();
    QVERIFY(editor);
    QJsonObject blank = QJsonDocument::fromJson(editor->editor()->toPlainText().toUtf8()).object();
    QCOMPARE(blank.value(QLatin1String("id")).toString(), QStringLiteral("new-directive"));
    QVERIFY(!blank.value(QLatin1String("milestones")).toArray().isEmpty());
    QJsonArray rules = blank.value(QLatin1String("rules")).toArray();
    QCOMPARE(rules.size(), 1);
    QJsonObject rule = rules[0].toObject();
    rule.insert(QStringLiteral("aliases"), QJsonArray{QStringLiteral("Acme Widgets")});
    rules[0] = rule;
    blank.insert(QStringLiteral("rules"), rules);
    blank.insert(QStringLiteral("id"), QStringLiteral("agency-widget-ban"));
    editor->editor()->setPlainText(QString::fromUtf8(QJsonDocument(blank).toJson()));
    clickButton(editor->acceptButton());
    QVERIFY2(!editor->isVisible(), qPrintable(editor->errorLabel()->text()));
    const Directive *added = m_catalog->find(QStringLiteral("agency-widget-ban"));
    QVERIFY(added);
    QCOMPARE(added->rules.size(), 1);
    QCOMPARE(added->rules[0].aliases, QStringList{QStringLiteral("Acme Widgets")});
    QCOMPARE(userFiles(), QStringList{QStringLiteral("agency-widget-ban.json")});
    QCOMPARE(dialog->currentId(), QStringLiteral("agency-widget-ban"));
    dialog->close();
}

// Findings > Dismiss as false positive asks for a reason; the finding leaves the open filter for its own, the
// explanation says why, and Edit > Undo reopens it. Titles that a rule of the directive excludes are under their
// own filter, explained.
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
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Contoso's cleanup helper, not a Kaspersky product"));
        dialog->accept();
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
    QVERIFY2(explanation->text().contains(QStringLiteral("not on the report")), qPrintable(explanation->text()));
    QVERIFY2(explanation->text().contains(QStringLiteral("known false positive")), qPrintable(explanation->text()));
}

QTEST_MAIN(TestFindingsView)
#include "tst_findingsview.moc"
