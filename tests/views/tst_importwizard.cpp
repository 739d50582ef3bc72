// Drives the import wizard's real widgets on the offscreen platform: files dropped on its first page, the
// preview of a Windows-1252 semicolon file and a UTF-16LE Configuration Manager export, a role changed from
// the keyboard, the import itself, and the mapping remembered for the next file with the same header. Files
// that fail or are cancelled must leave the project as it was.
#include "model/detection/directivecatalog.h"
#include "model/import/columnrole.h"
#include "model/import/hostname.h"
#include "model/project/project.h"
#include "model/readers/textdecoder.h"
#include "model/store/inventoryreader.h"
#include "views/importfilespage.h"
#include "views/importmappingpage.h"
#include "views/importpreviewmodel.h"
#include "views/importpreviewpage.h"
#include "views/importresultpage.h"
#include "views/importsession.h"
#include "views/importwizard.h"
#include "views/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWheelEvent>

#include "testworkbook.h"

using namespace uproot;

namespace {

// A German hand-made export: semicolons, Windows-1252 (ü = FC, ö = F6, en dash = 96), CRLF. "Hersteller" and
// "Standort" are names no preset knows.
const QByteArray kGermanHeader = "Hostname;Software;Hersteller;Version;Standort\r\n";
const QByteArray kGermanRows =
    "PC-MUENCHEN-01;Kaspersky Endpoint Security f\xfcr Windows;AO Kaspersky Lab;11.4.0;"
    "M\xfcnchen\r\n"
    "PC-MUENCHEN-01;Microsoft Office \x96 Deutsch;Microsoft;16.0;M\xfcnchen\r\n"
    "pc-koeln-02.example.gov;7-Zip;Igor Pavlov;19.00;K\xf6ln\r\n";
const QByteArray kGermanRowsLater = "PC-BONN-03;Mozilla Firefox;Mozilla;115.0;Bonn\r\n"
                                    "pc-koeln-02;7-Zip;Igor Pavlov;19.00;K\xf6ln\r\n"
                                    ";Notepad++;Don Ho;8.5;Bonn\r\n"; // no host: skipped

// Configuration Manager's v_R_System joined with v_GS_ADD_REMOVE_PROGRAMS, saved by PowerShell as UTF-16LE.
const QString kSccm = QStringLiteral(
    "Netbios_Name0,Resource_Domain_OR_Workgr0,DisplayName0,Publisher0,Version0,InstallDate0\r\n"
    "WS-0001,AGENCY,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.7.0.669,20230115\r\n"
    "WS-0001,AGENCY,Microsoft Edge,Microsoft Corporation,120.0.2210.91,20231201\r\n"
    "WS-0002,AGENCY,Kaspersky Security Center Network Agent,"
    "\u0410\u041e \u00ab\u041b\u0430\u0431\u043e\u0440\u0430\u0442\u043e\u0440\u0438\u044f "
    "\u041a\u0430\u0441\u043f\u0435\u0440\u0441\u043a\u043e\u0433\u043e\u00bb,12.0.0.7734,20230301\r\n");

// More pictures for a person to look at, when UPROOT_GRAB_DIR names a folder for them.
void grabIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("UPROOT_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name);
}

// A workbook whose first sheet is a cover page and whose second holds the inventory, as report exports often
// come. Inline strings keep it short.
bool writeWorkbook(const QString &path)
{
    return test::writeTestWorkbook(path,
                                   {{QStringLiteral("Summary"),
                                     {{QStringLiteral("Report"), QStringLiteral("Generated")},
                                      {QStringLiteral("Installed software"), QStringLiteral("2024-01-31")}}},
                                    {QStringLiteral("Software"),
                                     {{QStringLiteral("Computer name"), QStringLiteral("Application")},
                                      {QStringLiteral("LAPTOP-17"), QStringLiteral("Kaspersky Free")},
                                      {QStringLiteral("LAPTOP-18"), QStringLiteral("WinRAR")}}}});
}

QByteArray utf16le(const QString &text)
{
    QByteArray out("\xff\xfe", 2);
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsHowTheFileReads_data();
    void previewShowsHowTheFileReads();
    void changingEncodingOrSeparatorReadsTheFileAgain();
    void headerLineSkipsATitleAboveTheHeader();
    void importsWithTheUsersMappingAndRemembersIt();
    void readsTheChosenSheetOfAWorkbook();
    void refusesToImportUntilSystemAndSoftwareAreMapped_data();
    void refusesToImportUntilSystemAndSoftwareAreMapped();
    void refusesARoleChosenForTwoColumns();
    void aFailedFileLeavesTheProjectAsItWas();
    void cancelLeavesTheProjectAsItWas();
    void mainWindowOpensDroppedProjectsAndImportsDroppedFiles();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    std::unique_ptr<ImportWizard> startWizard(const QStringList &files);
    bool click(ImportWizard *wizard, QWizard::WizardButton which);
    void drop(QWidget *target, const QStringList &files);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<Project> m_project;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the main window's recent files go to a test location
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_project = Project::create(m_dir->filePath(QStringLiteral("agency.uproot")), QStringLiteral("bod-17-01"),
                                QDate(), {}, *m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestImportWizard::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::unique_ptr<ImportWizard> TestImportWizard::startWizard(const QStringList &files)
{
    auto wizard = std::make_unique<ImportWizard>(m_project.get());
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    drop(wizard->filesPage(), files);
    return wizard;
}

bool TestImportWizard::click(ImportWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    if (!button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void TestImportWizard::drop(QWidget *target, const QStringList &files)
{
    QList<QUrl> urls;
    for (const QString &f : files)
        urls.append(QUrl::fromLocalFile(f));
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    QVERIFY(dropped.isAccepted());
}

void TestImportWizard::previewShowsHowTheFileReads_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<int>("columns");

    QTest::newRow("semicolon-separated Windows-1252 file with German text")
        << QStringLiteral("inventar.csv") << kGermanHeader + kGermanRows << QStringLiteral("Windows-1252")
        << QStringLiteral(";") << QStringLiteral("generic") << 0 << 4 << QStringLiteral("M\u00fcnchen") << 5;
    QTest::newRow("UTF-16LE Configuration Manager export with a Cyrillic publisher")
        << QStringLiteral("sccm.csv") << utf16le(kSccm) << QStringLiteral("UTF-16LE") << QStringLiteral(",")
        << QStringLiteral("sccm") << 2 << 3
        << QStringLiteral(
               "\u0410\u041e \u00ab\u041b\u0430\u0431\u043e\u0440\u0430\u0442\u043e\u0440\u0438\u044f "
               "\u041a\u0430\u0441\u043f\u0435\u0440\u0441\u043a\u043e\u0433\u043e\u00bb")
        << 6;
}

void TestImportWizard::previewShowsHowTheFileReads()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, separator);
    QFETCH(QString, preset);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, decoded);
    QFETCH(int, columns);

    const QString path = writeFile(name, bytes);
    auto wizard = startWizard({path});
    QVERIFY(wizard);
    QCOMPARE(wizard->filesPage()->fileList()->count(), 1);
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));

    ImportPreviewPage *page = wizard->previewPage();
    // The lists show what detection found, left on "detected" so that nothing is forced.
    QCOMPARE(page->encodingBox()->currentIndex(), 0);
    QVERIFY2(page->encodingBox()->currentText().contains(encoding),
             qPrintable(page->encodingBox()->currentText()));
    QCOMPARE(page->separatorBox()->currentIndex(), 0);
    QVERIFY2(page->separatorBox()->currentText().contains(separator),
             qPrintable(page->separatorBox()->currentText()));
    QVERIFY2(page->presetBox()->currentText().contains(ImportSession::presetName(preset)),
             qPrintable(page->presetBox()->currentText()));
    QVERIFY(page->encodingBox()->isEnabled());
    QVERIFY(!page->sheetBox()->isEnabled());

    QAbstractItemModel *model = page->table()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), columns);
    QCOMPARE(model->rowCount(), 3);
    // The vertical header gives the line in the file: the header is line 1.
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
    QCOMPARE(model->headerData(2, Qt::Vertical).toString(), QStringLiteral("4"));
    QCOMPARE(model->index(row, column).data().toString(), decoded);
    QVERIFY(page->errorLabel()->isHidden());

    if (name == QLatin1String("inventar.csv")) {
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("Microsoft Office \u2013 Deutsch"));
        wizard->grab().save(QStringLiteral("/tmp/wizard-preview.png"));
    }
}

void TestImportWizard::changingEncodingOrSeparatorReadsTheFileAgain()
{
    const QString path = writeFile(QStringLiteral("inventar.csv"), kGermanHeader + kGermanRows);
    auto wizard = startWizard({path});
    QVERIFY(wizard);
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    ImportPreviewPage *page = wizard->previewPage();
    QAbstractItemModel *model = page->table()->model();
    QCOMPARE(model->columnCount(), 5);

    // Comma: the header holds none, so every line is one field.
    QComboBox *separator = page->separatorBox();
    separator->setCurrentIndex(separator->findData(QStringLiteral(",")));
    QTRY_COMPARE(model->columnCount(), 1);
    QCOMPARE(wizard->session()->settings(0).reader.delimited.separator, QChar(u','));
    QCOMPARE(separator->currentData().toString(), QStringLiteral(","));
    separator->setCurrentIndex(0);
    QTRY_COMPARE(model->columnCount(), 5);

    // Forced UTF-8: the bytes that are not UTF-8 are reported line by line.
    QComboBox *encoding = page->encodingBox();
    QVERIFY(page->issueList()->isHidden());
    encoding->setCurrentIndex(encoding->findData(int(TextDecoder::Encoding::Utf8)));
    QTRY_COMPARE(wizard->session()->settings(0).reader.delimited.encoding, TextDecoder::Encoding::Utf8);
    QCOMPARE(encoding->currentData().toInt(), int(TextDecoder::Encoding::Utf8));
    QVERIFY(!page->issueList()->isHidden());
    QVERIFY(page->issueList()->count() >= 3);
    QVERIFY2(page->issueList()->item(0)->text().contains(QLatin1String("Line 2")),
             qPrintable(page->issueList()->item(0)->text()));
}

void TestImportWizard::headerLineSkipsATitleAboveTheHeader()
{
    const QString path = writeFile(QStringLiteral("bericht.csv"),
                                   "Software report for all sites\r\n" + kGermanHeader + kGermanRows);
    auto wizard = startWizard({path});
    QVERIFY(wizard);
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    ImportPreviewPage *page = wizard->previewPage();
    QAbstractItemModel *model = page->table()->model();
    // Read from the top, the title is the header (the separator is still judged from the lines below it), and
    // the rows cannot be placed under it: the issues say where to look.
    QTRY_VERIFY(model->columnCount() > 0);
    QVERIFY2(model->headerData(0, Qt::Horizontal).toString().startsWith(QLatin1String("Software report")),
             qPrintable(model->headerData(0, Qt::Horizontal).toString()));
    QVERIFY(!page->issueList()->isHidden());
    QVERIFY2(page->issueList()->item(0)->text().contains(QLatin1String("Header on line")),
             qPrintable(page->issueList()->item(0)->text()));
    QSpinBox *line = page->headerLineBox();
    QVERIFY(line->isEnabled());
    QCOMPARE(line->value(), 1);
    // As a user would: focus the box, type the line, press Enter (which reads again and stays on the page).
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("2"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(model->columnCount(), 5);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QCOMPARE(wizard->session()->settings(0).reader.headerLine, qint64(2));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Hostname"));
    QVERIFY(page->issueList()->isHidden());
    QTest::qWait(50); // let the layout follow the new summary before the picture
    grabIfAsked(wizard.get(), QStringLiteral("wizard-header-line.png"));
    // The import reads from the same line: on to the mapping and the import itself.
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(ColumnRole(wizard->mappingPage()->roleBox(0)->currentData().toInt()), ColumnRole::SystemName);
    QVERIFY(click(wizard.get(), QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
    QCOMPARE(wizard->resultPage()->figure(QStringLiteral("rowsImported")), QLocale().toString(3));
    QCOMPARE(m_project->inventory().installationCount(), qint64(3));
}

void TestImportWizard::importsWithTheUsersMappingAndRemembersIt()
{
    QSignalSpy changed(m_project->changes(), &ProjectChanges::changed);
    const QString first = writeFile(QStringLiteral("inventar-januar.csv"), kGermanHeader + kGermanRows);
    auto wizard = startWizard({first});
    QVERIFY(wizard);
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));

    ImportMappingPage *page = wizard->mappingPage();
    QCOMPARE(page->roleBoxCount(), 5);
    QCOMPARE(ColumnRole(page->roleBox(0)->currentData().toInt()), ColumnRole::SystemName);
    QCOMPARE(ColumnRole(page->roleBox(1)->currentData().toInt()), ColumnRole::SoftwareName);
    QCOMPARE(ColumnRole(page->roleBox(4)->currentData().toInt()), ColumnRole::Ignore);
    QVERIFY(page->roleBox(4)->accessibleName().contains(QLatin1String("Standort")));

    // "Standort" is the site: chosen from the keyboard by typing the role's name.
    page->roleBox(4)->setFocus();
    QTest::keyClicks(page->roleBox(4), roleName(ColumnRole::Site));
    QCOMPARE(ColumnRole(page->roleBox(4)->currentData().toInt()), ColumnRole::Site);
    wizard->grab().save(QStringLiteral("/tmp/wizard-mapping.png"));

    QVERIFY(click(wizard.get(), QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
    ImportResultPage *result = wizard->resultPage();
    QCOMPARE(result->figure(QStringLiteral("rowsRead")), QLocale().toString(3));
    QCOMPARE(result->figure(QStringLiteral("rowsImported")), QLocale().toString(3));
    QCOMPARE(result->figure(QStringLiteral("rowsSkipped")), QLocale().toString(0));
    QCOMPARE(result->figure(QStringLiteral("systemsNew")), QLocale().toString(2));
    QCOMPARE(result->figure(QStringLiteral("installationsNew")), QLocale().toString(3));
    QVERIFY(result->figure(QStringLiteral("findingsNew")).toInt() > 0); // Kaspersky Endpoint Security
    QVERIFY(result->issueTree()->isHidden());                           // nothing skipped
    QVERIFY(changed.count() >= 1);

    InventoryReader &inv = m_project->inventory();
    QCOMPARE(inv.systemCount(), 2);
    QCOMPARE(inv.installationCount(), 3);
    const Id munich =
        inv.systemIdsByNormalizedName().value(normalizedHostName(QStringLiteral("PC-MUENCHEN-01")));
    QVERIFY(munich);
    QCOMPARE(inv.system(munich).site, QStringLiteral("M\u00fcnchen"));
    QStringList titles;
    for (const TitleRecord &t : inv.titles())
        titles << t.name;
    QVERIFY(titles.contains(QStringLiteral("Microsoft Office \u2013 Deutsch")));

    const QString reportPath = m_dir->filePath(QStringLiteral("report.txt"));
    QString error;
    QVERIFY2(wizard->session()->saveReport(reportPath, &error), qPrintable(error));
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    QVERIFY(text.contains(QLatin1String("inventar-januar.csv")));
    QVERIFY(text.contains(QLatin1String("3 rows read")));
    grabIfAsked(wizard.get(), QStringLiteral("wizard-result.png"));
    QVERIFY(click(wizard.get(), QWizard::FinishButton));
    wizard.reset();

    // A later file with the same header: the roles chosen above are proposed again.
    const QString second =
        writeFile(QStringLiteral("inventar-februar.csv"), kGermanHeader + kGermanRowsLater);
    wizard = startWizard({second});
    QVERIFY(wizard);
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    page = wizard->mappingPage();
    QCOMPARE(ColumnRole(page->roleBox(4)->currentData().toInt()), ColumnRole::Site);
    QVERIFY(wizard->session()->isMappingRemembered(0));
    QVERIFY(click(wizard.get(), QWizard::CommitButton));
    result = wizard->resultPage();
    QCOMPARE(result->figure(QStringLiteral("rowsRead")), QLocale().toString(3));
    QCOMPARE(result->figure(QStringLiteral("rowsSkipped")), QLocale().toString(1));
    QCOMPARE(result->figure(QStringLiteral("systemsNew")), QLocale().toString(1));
    QCOMPARE(result->figure(QStringLiteral("systemsSeenAgain")), QLocale().toString(1));
    QCOMPARE(result->figure(QStringLiteral("installationsSeenAgain")), QLocale().toString(1));
    QCOMPARE(result->figure(QStringLiteral("rowsRepeated")), QLocale().toString(0));
    // The skipped row is listed with its line in the file (the header is line 1).
    QVERIFY(!result->issueTree()->isHidden());
    QCOMPARE(result->issueTree()->topLevelItemCount(), 1);
    QCOMPARE(result->issueTree()->topLevelItem(0)->text(0), QStringLiteral("4"));
    QVERIFY(!result->issueTree()->topLevelItem(0)->text(1).isEmpty());
    QCOMPARE(inv.systemCount(), 3);
    const Id bonn = inv.systemIdsByNormalizedName().value(normalizedHostName(QStringLiteral("PC-BONN-03")));
    QCOMPARE(inv.system(bonn).site, QStringLiteral("Bonn"));
}

void TestImportWizard::readsTheChosenSheetOfAWorkbook()
{
    const QString path = m_dir->filePath(QStringLiteral("report.xlsx"));
    QVERIFY(writeWorkbook(path));
    auto wizard = startWizard({path});
    QVERIFY(wizard);
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    ImportPreviewPage *page = wizard->previewPage();
    QVERIFY2(page->formatBox()->currentText().contains(ImportSession::formatName(QStringLiteral("xlsx"))),
             qPrintable(page->formatBox()->currentText()));
    QVERIFY(!page->encodingBox()->isEnabled());
    QVERIFY(!page->separatorBox()->isEnabled());
    QComboBox *sheet = page->sheetBox();
    QVERIFY(sheet->isEnabled());
    QVERIFY(sheet->currentText().contains(QLatin1String("Summary")));
    QAbstractItemModel *model = page->table()->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Report"));

    // The cover sheet names no system: the mapping page says so until the inventory sheet is chosen.
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(click(wizard.get(), QWizard::BackButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    sheet->setCurrentIndex(sheet->findData(QStringLiteral("Software")));
    QTRY_COMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Computer name"));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("WinRAR"));
    QCOMPARE(sheet->currentData().toString(), QStringLiteral("Software"));
    grabIfAsked(wizard.get(), QStringLiteral("wizard-sheet.png"));

    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QVERIFY(click(wizard.get(), QWizard::CommitButton));
    QCOMPARE(wizard->session()->outcomes().at(0).status, ImportOutcome::Status::Imported);
    QCOMPARE(m_project->inventory().systemCount(), 2);
}

void TestImportWizard::refusesToImportUntilSystemAndSoftwareAreMapped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("columnsToMap"); // column, role as int pairs
    QTest::addColumn<QStringList>("missing");

    const auto system = roleName(ColumnRole::SystemName);
    const auto software = roleName(ColumnRole::SoftwareName);
    QTest::newRow("no column is recognisably the system")
        << QByteArray("Ger\xc3\xa4t;Software;Version\nPC-01;7-Zip;19.00\n")
        << QList<int>{0, int(ColumnRole::SystemName)} << QStringList{system};
    QTest::newRow("no column is recognisably the software")
        << QByteArray("Hostname;Programm;Version\nPC-01;7-Zip;19.00\n")
        << QList<int>{1, int(ColumnRole::SoftwareName)} << QStringList{software};
    QTest::newRow("neither is recognisable")
        << QByteArray("Ger\xc3\xa4t;Programm\nPC-01;7-Zip\n")
        << QList<int>{0, int(ColumnRole::SystemName), 1, int(ColumnRole::SoftwareName)}
        << QStringList{system, software};
}

void TestImportWizard::refusesToImportUntilSystemAndSoftwareAreMapped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, columnsToMap);
    QFETCH(QStringList, missing);

    const QString path = writeFile(QStringLiteral("unbekannt.csv"), bytes);
    auto wizard = startWizard({path});
    QVERIFY(wizard);
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    ImportMappingPage *page = wizard->mappingPage();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));

    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    for (const QString &role : missing)
        QVERIFY2(page->messageLabel()->text().contains(role), qPrintable(page->messageLabel()->text()));
    QVERIFY(page->messageLabel()->text().contains(QLatin1String("unbekannt.csv")));
    grabIfAsked(wizard.get(), QStringLiteral("wizard-refused.png"));

    for (int i = 0; i + 1 < columnsToMap.size(); i += 2) {
        QComboBox *box = page->roleBox(columnsToMap[i]);
        box->setCurrentIndex(box->findData(columnsToMap[i + 1]));
    }
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    for (const QString &role : missing)
        QVERIFY(!page->messageLabel()->text().contains(role));
    QVERIFY(click(wizard.get(), QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
    QCOMPARE(m_project->inventory().systemCount(), 1);
}

void TestImportWizard::refusesARoleChosenForTwoColumns()
{
    const QString path = writeFile(QStringLiteral("inventar.csv"), kGermanHeader + kGermanRows);
    auto wizard = startWizard({path});
    QVERIFY(wizard);
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    ImportMappingPage *page = wizard->mappingPage();
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());

    // Moving through the list from the keyboard passes System name: the Hostname column keeps it meanwhile.
    QComboBox *site = page->roleBox(4);
    site->setCurrentIndex(site->findData(int(ColumnRole::SystemName)));
    QCOMPARE(ColumnRole(page->roleBox(0)->currentData().toInt()), ColumnRole::SystemName);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    const QString message = page->messageLabel()->text();
    QVERIFY2(message.contains(roleName(ColumnRole::SystemName)) &&
                 message.contains(QLatin1String("Hostname")) && message.contains(QLatin1String("Standort")),
             qPrintable(message));

    site->setCurrentIndex(site->findData(int(ColumnRole::Site)));
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
}

void TestImportWizard::aFailedFileLeavesTheProjectAsItWas()
{
    // Three good rows, then a quote never closed: an import that kept the first rows would be a partial
    // import.
    const QString bad = writeFile(QStringLiteral("kaputt.csv"), "Hostname,Software\n"
                                                                "PC-01,7-Zip\nPC-02,7-Zip\nPC-03,7-Zip\n"
                                                                "PC-04,\"Kaspersky Endpoint Security\n");
    const QString good = writeFile(QStringLiteral("gut.csv"), "Hostname,Software\nPC-10,Mozilla Firefox\n");
    auto wizard = startWizard({bad, good});
    QVERIFY(wizard);
    QCOMPARE(wizard->filesPage()->fileList()->count(), 2);
    grabIfAsked(wizard.get(), QStringLiteral("wizard-files.png"));
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    ImportPreviewPage *preview = wizard->previewPage();
    QCOMPARE(preview->table()->model()->rowCount(), 3);
    QVERIFY(!preview->errorLabel()->isHidden());
    grabIfAsked(wizard.get(), QStringLiteral("wizard-preview-error.png"));
    QVERIFY2(preview->errorLabel()->text().contains(QLatin1String(":5:")),
             qPrintable(preview->errorLabel()->text()));
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QVERIFY(click(wizard.get(), QWizard::CommitButton));

    ImportResultPage *result = wizard->resultPage();
    grabIfAsked(wizard.get(), QStringLiteral("wizard-failed.png"));
    QCOMPARE(wizard->session()->outcomes().at(0).status, ImportOutcome::Status::Failed);
    QCOMPARE(wizard->session()->outcomes().at(1).status, ImportOutcome::Status::Imported);
    QCOMPARE(result->fileBox()->currentIndex(), 0);
    QVERIFY2(result->statusLabel()->text().contains(QLatin1String("the project is as it was")),
             qPrintable(result->statusLabel()->text()));
    QVERIFY(result->statusLabel()->text().contains(QLatin1String("kaputt.csv")));
    QCOMPARE(m_project->inventory().systemCount(), 1);     // PC-10 only
    QVERIFY(result->figure(QStringLiteral("rowsRead")).isEmpty()); // no figures for what was rolled back
    result->fileBox()->setCurrentIndex(1);
    QCOMPARE(result->figure(QStringLiteral("systemsNew")), QLocale().toString(1));
}

void TestImportWizard::cancelLeavesTheProjectAsItWas()
{
    // Big enough that the progress dialog shows before the import is done.
    QByteArray big = "Hostname,Software,Version\n";
    for (int host = 0; host < 6000; ++host) {
        for (int title = 0; title < 40; ++title)
            big += "WS-" + QByteArray::number(host) + ",Title " + QByteArray::number(title) + ",1.0\n";
    }
    const QString first = writeFile(QStringLiteral("gross.csv"), big);
    const QString second =
        writeFile(QStringLiteral("danach.csv"), "Hostname,Software\nPC-10,Mozilla Firefox\n");
    auto wizard = startWizard({first, second});
    QVERIFY(wizard);
    QVERIFY(click(wizard.get(), QWizard::NextButton));
    QVERIFY(click(wizard.get(), QWizard::NextButton));

    bool cancelled = false;
    QTimer watcher;
    watcher.setInterval(20);
    connect(&watcher, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QProgressDialog *>(w);
            if (dialog && dialog->isVisible() && !cancelled) {
                cancelled = true;
                QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
            }
        }
    });
    watcher.start();
    QVERIFY(click(wizard.get(), QWizard::CommitButton));
    watcher.stop();
    if (!cancelled)
        QSKIP("the import finished before its progress dialog showed; nothing to cancel");

    const QList<ImportOutcome> outcomes = wizard->session()->outcomes();
    QCOMPARE(outcomes.at(0).status, ImportOutcome::Status::Cancelled);
    QCOMPARE(outcomes.at(1).status, ImportOutcome::Status::NotStarted);
    QCOMPARE(m_project->inventory().systemCount(), 0);
    QCOMPARE(m_project->inventory().installationCount(), 0);
    QVERIFY(wizard->resultPage()->statusLabel()->text().contains(QLatin1String("the project is as it was")));
}

void TestImportWizard::mainWindowOpensDroppedProjectsAndImportsDroppedFiles()
{
    const QString projectPath = m_project->path();
    m_project.reset();
    MainWindow window(*m_catalog);
    QList<MainWindow::Message> messages;
    window.setMessagePresenter([&messages](const MainWindow::Message &message) { messages.append(message); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    drop(&window, {projectPath});
    QTRY_VERIFY(window.project());
    QCOMPARE(window.project()->path(), projectPath);

    const QString csv = writeFile(QStringLiteral("inventar.csv"), kGermanHeader + kGermanRows);
    drop(&window, {csv});
    QTRY_VERIFY(window.findChild<ImportWizard *>());
    ImportWizard *wizard = window.findChild<ImportWizard *>();
    QCOMPARE(wizard->session()->files(), QStringList{csv});
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilesPage));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
    QVERIFY2(messages.isEmpty(), qPrintable(messages.value(0).text));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
