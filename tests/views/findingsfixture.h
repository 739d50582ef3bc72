#pragma once

// What the findings view tests and the directives dialog tests share: a small inventory, what the directive
// says about each of its rows (the tests' own judgement, from the catalog's documented rules in
// resources/directives/README.md, not something read back from the code under test), and a main window opened
// on a new project that imported it, with helpers that drive its widgets.

#include "model/detection/directivecatalog.h"
#include "views/mainwindow.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class QPushButton;
class QTableView;

namespace uproot {
class DirectivesDialog;
}

// Runs a helper that checks with QVERIFY or QCOMPARE, and leaves the calling test function when one of its
// checks failed (a failed check only returns from the helper itself).
#define UPROOT_STEP(call)                                                                                    \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

namespace uproot::test {

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

inline constexpr InventoryLine kInventory[] = {
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

inline constexpr char kHeader[] = "Hostname,Component,Site,Software,Publisher,Version";

// The line of the CSV file a row is written on (the header is line 1).
qint64 lineOf(int index);
// The row's value for a FindingsModel column (system, component, site or product).
QString field(const InventoryLine &line, int column);
// How many rows the directive covers, confirmed or for review.
int coveredCount();

class FindingsFixture : public QObject
{
protected:
    // Keeps the user's directive folder in a test location named for the test program.
    void setUpFixture(const QString &testName);
    // A new project that imported the inventory, open in a new main window on the Findings tab.
    void openFixtureProject();
    void closeFixtureProject();

    void showFindingsTab();
    QTableView *findingsView() const;
    int rowOf(const QString &system, const QString &product) const;
    void clickRow(QTableView *view, int row);
    void clickButton(QPushButton *button);
    // Directives > Manage directives..., through its menu action (which must have a shortcut).
    DirectivesDialog *openDirectives();
    void selectInList(DirectivesDialog *dialog, const QString &id);

    QTemporaryDir m_dir;
    QString m_csv;
    int m_n = 0;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    QList<MainWindow::Message> m_messages; // what the window would have shown in message boxes
};

} // namespace uproot::test
