// File > Documents sent (the register of documents sent, product.md §8): the window's menu opens it, "Send
// final document" writes a document and lists it with the SHA-256 of the file written (computed here), "Save
// a copy" writes the same bytes out again, and a project open read-only cannot send.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "views/documentssentdialog.h"
#include "views/mainwindow.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace uproot;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *top : bar->actions()) {
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

} // namespace

class TestDocumentsSent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sendsKeepsAndSavesACopy();
    void readOnlyProjectCannotSend();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DirectiveCatalog> m_catalog;
};

void TestDocumentsSent::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    m_path = m_dir.filePath(QStringLiteral("sent.uproot"));
    QString error;
    ProjectInfo info;
    info.agency = QStringLiteral("Test Agency");
    QVERIFY2(Project::create(m_path, QStringLiteral("bod-17-01"), QDate(), info, *m_catalog, &error),
             qPrintable(error));
}

void TestDocumentsSent::sendsKeepsAndSavesACopy()
{
    MainWindow window(*m_catalog);
    window.setMessagePresenter([](const MainWindow::Message &) {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_path));
    QAction *open = menuAction(window.menuBar(), QStringLiteral("&Documents sent..."));
    QVERIFY(open);
    QVERIFY(open->isEnabled());
    open->trigger();
    auto *dialog = window.findChild<DocumentsSentDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->list()->topLevelItemCount(), 0);
    QVERIFY(dialog->sendButton()->isEnabled());
    QVERIFY(!dialog->saveButton()->isEnabled());
    // The button offers the four documents.
    QCOMPARE(dialog->sendButton()->menu()->actions().size(), 4);

    const QString pdf = m_dir.filePath(QStringLiteral("identification.pdf"));
    QString error;
    QVERIFY2(dialog->sendFinal(QStringLiteral("identification"), pdf, &error), qPrintable(error));
    const QByteArray sent = bytesOf(pdf);
    QVERIFY(sent.startsWith("%PDF-"));
    QCOMPARE(dialog->list()->topLevelItemCount(), 1);
    QTreeWidgetItem *row = dialog->list()->topLevelItem(0);
    QCOMPARE(row->text(DocumentsSentDialog::Sha256),
             QString::fromLatin1(QCryptographicHash::hash(sent, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(row->text(DocumentsSentDialog::Kind), QStringLiteral("Identification report"));
    QCOMPARE(row->text(DocumentsSentDialog::File), QStringLiteral("identification.pdf"));
    // It prints the head the trail had just before its own audit line.
    const qint64 events = window.project()->audit().head().events;
    QCOMPARE(row->text(DocumentsSentDialog::AuditHeadColumn), QStringLiteral("%1 event(s)").arg(events - 1));
    QVERIFY(dialog->saveButton()->isEnabled()); // the new entry is selected

    // A copy is the bytes sent, even once the file sent is gone.
    QVERIFY(QFile::remove(pdf));
    const QString copy = m_dir.filePath(QStringLiteral("copy.pdf"));
    QVERIFY2(dialog->saveCopy(dialog->selectedId(), copy, &error), qPrintable(error));
    QCOMPARE(bytesOf(copy), sent);
    // Sending cannot be undone: nothing went on the undo stack.
    QVERIFY(!window.project()->undoStack()->canUndo());
}

void TestDocumentsSent::readOnlyProjectCannotSend()
{
    QString error;
    std::unique_ptr<Project> project = Project::open(m_path, true, &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->isReadOnly());
    DocumentsSentDialog dialog(project.get());
    QVERIFY(!dialog.sendButton()->isEnabled());
    QCOMPARE(dialog.list()->topLevelItemCount(), 1); // the document the first test sent
}

QTEST_MAIN(TestDocumentsSent)
#include "tst_documentssent.moc"
