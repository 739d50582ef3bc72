// The directives dialog through its real widgets, over a project with findings: editing the project's copy of
// a directive (the status bar says what changed, Edit > Undo puts it back), refusing a broken copy, copying a
// directive, writing a new one from the blank form, importing good and malformed directive files, and
// exporting one.
#include "findingsfixture.h"

#include "model/detection/userdirectives.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/project/project.h"
#include "views/directiveeditordialog.h"
#include "views/directivesdialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace uproot;
using namespace uproot::test;

namespace {

const QByteArray kValidDirective =
    R"({"schemaVersion": 1, "id": "test-acme-ban", "title": "Removal of Acme tools",
  "issuer": "Test agency", "instrument": "Memorandum", "issueDate": "2024-01-02",
  "milestones": [{"id": "report", "kind": "identification-report", "title": "Report", "offsetDays": 30}],
  "rules": [{"id": "publisher-acme", "kind": "publisher", "description": "Published by Acme Tools",
             "aliases": ["Acme Tools"]}]})";

} // namespace

class TestDirectivesDialog : public FindingsFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(QStringLiteral("tst_directivesdialog")); }
    void init() { openFixtureProject(); }
    void cleanup() { closeFixtureProject(); }
    void editsTheProjectCopyOfADirectiveAndUndoes();
    void refusesABrokenProjectCopy_data();
    void refusesABrokenProjectCopy();
    void importsADirectiveFile_data();
    void importsADirectiveFile();
    void copiesAndExportsADirective();
    void writesANewDirectiveFromTheBlankForm();

private:
    QString projectCopyWithout(const QString &ruleId) const;
    QStringList userFiles() const;
};

QString TestDirectivesDialog::projectCopyWithout(const QString &ruleId) const
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

QStringList TestDirectivesDialog::userFiles() const
{
    return QDir(userDirectiveFolder()).entryList(QDir::Files, QDir::Name);
}

void TestDirectivesDialog::editsTheProjectCopyOfADirectiveAndUndoes()
{
    qint64 gone = 0;
    for (const InventoryLine &line : kInventory)
        gone += line.onlyByNameMention ? 1 : 0;
    QVERIFY(gone > 0);
    QAbstractItemModel *findings = findingsView()->model();
    const int before = findings->rowCount();

    DirectivesDialog *dialog = openDirectives();
    QVERIFY(dialog);
    UPROOT_STEP(selectInList(dialog, QStringLiteral("bod-17-01")));
    QVERIFY(!dialog->followButton()->isEnabled()); // already followed
    UPROOT_STEP(clickButton(dialog->editButton()));
    auto *editor = dialog->findChild<DirectiveEditorDialog *>();
    QVERIFY(editor);
    QVERIFY(editor->editor()->toPlainText().contains(QLatin1String("name-mentions-kaspersky")));
    editor->editor()->selectAll();
    editor->editor()->insertPlainText(projectCopyWithout(QStringLiteral("name-mentions-kaspersky")));
    UPROOT_STEP(clickButton(editor->acceptButton()));
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

void TestDirectivesDialog::refusesABrokenProjectCopy_data()
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

void TestDirectivesDialog::refusesABrokenProjectCopy()
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
    UPROOT_STEP(selectInList(dialog, QStringLiteral("bod-17-01")));
    UPROOT_STEP(clickButton(dialog->editButton()));
    auto *editor = dialog->findChild<DirectiveEditorDialog *>();
    QVERIFY(editor);
    editor->editor()->setPlainText(text);
    UPROOT_STEP(clickButton(editor->acceptButton()));
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

void TestDirectivesDialog::importsADirectiveFile_data()
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

void TestDirectivesDialog::importsADirectiveFile()
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

void TestDirectivesDialog::copiesAndExportsADirective()
{
    DirectivesDialog *dialog = openDirectives();
    QVERIFY(dialog);
    UPROOT_STEP(selectInList(dialog, QStringLiteral("bod-17-01")));
    dialog->resize(980, 600);
    dialog->grab().save(QStringLiteral("/tmp/directives-dialog.png"));

    UPROOT_STEP(clickButton(dialog->copyButton()));
    auto *editor = dialog->findChild<DirectiveEditorDialog *>();
    QVERIFY(editor);
    QJsonObject copy = QJsonDocument::fromJson(editor->editor()->toPlainText().toUtf8()).object();
    QCOMPARE(copy.value(QLatin1String("id")).toString(), QStringLiteral("bod-17-01-copy"));
    // First try to keep the shipped id: refused, naming the field.
    copy.insert(QStringLiteral("id"), QStringLiteral("bod-17-01"));
    editor->editor()->setPlainText(QString::fromUtf8(QJsonDocument(copy).toJson()));
    UPROOT_STEP(clickButton(editor->acceptButton()));
    QVERIFY(editor->isVisible());
    QVERIFY2(editor->errorLabel()->text().contains(QLatin1String("bod-17-01-copy.json: id:")),
             qPrintable(editor->errorLabel()->text()));
    copy.insert(QStringLiteral("id"), QStringLiteral("agency-kaspersky"));
    copy.insert(QStringLiteral("title"), QStringLiteral("Agency Kaspersky removal"));
    editor->editor()->setPlainText(QString::fromUtf8(QJsonDocument(copy).toJson()));
    UPROOT_STEP(clickButton(editor->acceptButton()));
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

void TestDirectivesDialog::writesANewDirectiveFromTheBlankForm()
{
    DirectivesDialog *dialog = openDirectives();
    QVERIFY(dialog);
    UPROOT_STEP(clickButton(dialog->newButton()));
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
    UPROOT_STEP(clickButton(editor->acceptButton()));
    QVERIFY2(!editor->isVisible(), qPrintable(editor->errorLabel()->text()));
    const Directive *added = m_catalog->find(QStringLiteral("agency-widget-ban"));
    QVERIFY(added);
    QCOMPARE(added->rules.size(), 1);
    QCOMPARE(added->rules[0].aliases, QStringList{QStringLiteral("Acme Widgets")});
    QCOMPARE(userFiles(), QStringList{QStringLiteral("agency-widget-ban.json")});
    QCOMPARE(dialog->currentId(), QStringLiteral("agency-widget-ban"));
    dialog->close();
}

QTEST_MAIN(TestDirectivesDialog)
#include "tst_directivesdialog.moc"
