// File > New project asks for the agency and its point of contact (written where the plan of action reads
// them), and offers the likely directive first: BOD 17-01 the first time, then the one chosen last
// (QSettings, here in a temporary folder).
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/project/projectsettings.h"
#include "views/mainwindow.h"
#include "views/newprojectdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace uproot;

class TestNewProjectDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void asksForTheAgencyAndPointOfContact();
    void offersTheLikelyDirectiveFirst();
    void createNeedsAFile();

private:
    NewProjectDialog *openFromTheMenu(MainWindow *window);

    QTemporaryDir m_dir;
    std::unique_ptr<DirectiveCatalog> m_catalog;
};

void TestNewProjectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UprootTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
}

NewProjectDialog *TestNewProjectDialog::openFromTheMenu(MainWindow *window)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (top->text() != QLatin1String("&File"))
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::New))
                action->trigger();
        }
    }
    // The one just opened: one closed before may wait for its deletion.
    for (NewProjectDialog *dialog : window->findChildren<NewProjectDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestNewProjectDialog::asksForTheAgencyAndPointOfContact()
{
    MainWindow window(*m_catalog);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NewProjectDialog *dialog = openFromTheMenu(&window);
    QVERIFY2(dialog, "File > New does not open the new project form");
    const QString path = m_dir.filePath(QStringLiteral("agency"));
    QTest::keyClicks(dialog->agencyField(), QStringLiteral("Department of Examples"));
    QTest::keyClicks(dialog->contactNameField(), QStringLiteral("Ada Lovelace"));
    QTest::keyClicks(dialog->contactPhoneField(), QStringLiteral("+1 202 555 0100"));
    QTest::keyClicks(dialog->contactEmailField(), QStringLiteral("ada@example.gov"));
    QTest::keyClicks(dialog->pathField(), path);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(window.project());
    QCOMPARE(QFileInfo(window.project()->path()).absoluteFilePath(),
             QFileInfo(path + QStringLiteral(".uproot")).absoluteFilePath());

    // Read back from the file, where the plan of action reads them.
    QString error;
    std::unique_ptr<Project> reopened = Project::open(path + QStringLiteral(".uproot"), true, &error);
    QVERIFY2(reopened, qPrintable(error));
    const ProjectInfo info = readProjectInfo(reopened->settings());
    QCOMPARE(info.agency, QStringLiteral("Department of Examples"));
    QCOMPARE(info.contactName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(info.contactPhone, QStringLiteral("+1 202 555 0100"));
    QCOMPARE(info.contactEmail, QStringLiteral("ada@example.gov"));
    QCOMPARE(reopened->directives().size(), 1);
    QCOMPARE(reopened->directives().first().code, QStringLiteral("bod-17-01"));
}

void TestNewProjectDialog::offersTheLikelyDirectiveFirst()
{
    QSettings().remove(NewProjectDialog::lastDirectiveKey());
    MainWindow window(*m_catalog);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NewProjectDialog *dialog = openFromTheMenu(&window);
    QVERIFY(dialog);
    QComboBox *directives = dialog->directiveCombo();
    QCOMPARE(directives->count(), int(m_catalog->directives().size()));
    // Kaspersky's removal follows BOD 17-01 unless the person chose otherwise.
    QCOMPARE(directives->itemData(0).toString(), QStringLiteral("bod-17-01"));
    QCOMPARE(directives->currentIndex(), 0);
    directives->setCurrentIndex(directives->findData(QStringLiteral("far-889")));
    dialog->pathField()->setText(m_dir.filePath(QStringLiteral("far")));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(window.project());

    // Next time the one chosen last comes first; every directive is still offered once.
    dialog = openFromTheMenu(&window);
    QVERIFY(dialog);
    directives = dialog->directiveCombo();
    QCOMPARE(directives->itemData(0).toString(), QStringLiteral("far-889"));
    QStringList ids;
    for (int i = 0; i < directives->count(); ++i)
        ids << directives->itemData(i).toString();
    QStringList catalog;
    for (const Directive &d : m_catalog->directives())
        catalog << d.id;
    ids.sort();
    catalog.sort();
    QCOMPARE(ids, catalog);
    dialog->reject();
}

void TestNewProjectDialog::createNeedsAFile()
{
    NewProjectDialog dialog(*m_catalog);
    QPushButton *create = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!create->isEnabled());
    dialog.pathField()->setText(QStringLiteral("  "));
    QVERIFY(!create->isEnabled());
    dialog.pathField()->setText(m_dir.filePath(QStringLiteral("x.uproot")));
    QVERIFY(create->isEnabled());
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("x.uproot")));
    // Every control has a name a screen reader says.
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

QTEST_MAIN(TestNewProjectDialog)
#include "tst_newprojectdialog.moc"
