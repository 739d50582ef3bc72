// The import wizard's batch without the wizard: roles the user gives follow every file with the same header,
// the first file that cannot be imported is named with why, files import one by one (each whole or not at
// all), Cancel stops the file being read and those after it, and the report says what became of each.
#include "model/detection/directivecatalog.h"
#include "model/import/columnrole.h"
#include "model/project/importbatch.h"
#include "model/project/project.h"
#include "model/readers/progresssink.h"
#include "model/store/inventorystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

// "Hersteller" and "Standort" are names no preset knows: they start as Ignore.
const QByteArray kHeader = "Hostname;Software;Hersteller;Version;Standort\n";
const QByteArray kRows = "PC-01;Kaspersky Endpoint Security;AO Kaspersky Lab;11.4.0;Bonn\n"
                         "PC-02;7-Zip;Igor Pavlov;19.00;Bonn\n";
const QByteArray kOtherRows = "PC-03;Mozilla Firefox;Mozilla;115.0;Köln\n";
constexpr int Site = 4;

// Reports Cancel from the start: the reader stops after its first buffer.
class CancellingSink final : public ProgressSink
{
public:
    void progress(qint64, qint64) override {}
    bool isCancelled() const override { return true; }
};

} // namespace

class TestImportBatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rolesFollowEveryFileWithTheSameHeader();
    void namesTheFirstFileThatCannotBeImported_data();
    void namesTheFirstFileThatCannotBeImported();
    void importsFileByFileAndCancelStopsTheRest_data();
    void importsFileByFileAndCancelStopsTheRest();
    void remembersTheRolesForTheNextBatch();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestImportBatch::initTestCase()
{
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
}

void TestImportBatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_project = Project::create(m_dir->filePath(QStringLiteral("agency.uproot")), QStringLiteral("bod-17-01"),
                                QDate(), {}, *m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestImportBatch::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QString TestImportBatch::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportBatch::rolesFollowEveryFileWithTheSameHeader()
{
    ImportBatch batch(m_project.get());
    QCOMPARE(batch.addFiles(
                 {writeFile(QStringLiteral("a.csv"), kHeader + kRows),
                  writeFile(QStringLiteral("b.csv"), kHeader + kOtherRows),
                  writeFile(QStringLiteral("c.csv"), "Hostname;Software;Standort\nPC-09;WinRAR;Bonn\n")}),
             3);
    QCOMPARE(batch.addFiles({m_dir->filePath(QStringLiteral("a.csv"))}), 0); // already listed
    for (int f = 0; f < 3; ++f) {
        QVERIFY2(batch.preview(f).error.isEmpty(), qPrintable(batch.preview(f).error));
        QCOMPARE(batch.mapping(f).role(0), ColumnRole::SystemName);
    }
    QCOMPARE(batch.mapping(0).role(Site), ColumnRole::Ignore);
    QCOMPARE(batch.preview(0).rows.size(), 2);

    QSignalSpy changed(&batch, &ImportBatch::mappingChanged);
    batch.setRole(0, Site, ColumnRole::Site);
    QCOMPARE(batch.mapping(0).role(Site), ColumnRole::Site);
    QCOMPARE(batch.mapping(1).role(Site), ColumnRole::Site); // same header
    QCOMPARE(batch.mapping(2).role(2), ColumnRole::Ignore);  // another header
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toInt(), 0);
    QCOMPARE(changed.at(1).at(0).toInt(), 1);

    batch.resetMapping(1);
    QCOMPARE(batch.mapping(0).role(Site), ColumnRole::Ignore);
    QCOMPARE(batch.mapping(1).role(Site), ColumnRole::Ignore);

    // A changed preset reads the file again and drops the roles given for its header.
    batch.setRole(0, Site, ColumnRole::Site);
    ImportFileSettings settings = batch.settings(0);
    settings.preset = QStringLiteral("generic");
    batch.setSettings(0, settings);
    QCOMPARE(batch.mapping(1).role(Site), ColumnRole::Ignore);
}

void TestImportBatch::namesTheFirstFileThatCannotBeImported_data()
{
    QTest::addColumn<QByteArray>("second"); // the first file is always fine
    QTest::addColumn<int>("column");        // given a second role, or -1
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("why");
    QTest::newRow("every file can be imported") << kHeader + kRows << -1 << -1 << QString();
    QTest::newRow("no software column")
        << QByteArray("Hostname;Hersteller\nPC-01;Acme\n") << -1 << 1 << roleName(ColumnRole::SoftwareName);
    QTest::newRow("neither system nor software")
        << QByteArray("Hersteller;Standort\nAcme;Bonn\n") << -1 << 1
        << QStringLiteral("%1 and %2")
               .arg(roleName(ColumnRole::SystemName), roleName(ColumnRole::SoftwareName));
    QTest::newRow("a role on two columns") << QByteArray("Hostname;Software;Rechner\nPC-01;7-Zip;PC-01\n")
                                           << 2 << 1 << QStringLiteral("chosen for 2 columns");
    QTest::newRow("not a file it can read") << QByteArray() << -1 << 1 << QStringLiteral("cannot be read");
}

void TestImportBatch::namesTheFirstFileThatCannotBeImported()
{
    QFETCH(QByteArray, second);
    QFETCH(int, column);
    QFETCH(int, expected);
    QFETCH(QString, why);
    ImportBatch batch(m_project.get());
    const QString secondPath = second.isEmpty() ? m_dir->filePath(QStringLiteral("missing.csv"))
                                                : writeFile(QStringLiteral("second.csv"), second);
    batch.addFiles({writeFile(QStringLiteral("first.csv"), kHeader + kRows), secondPath});
    if (column >= 0)
        batch.setRole(1, column, ColumnRole::SystemName);
    QString reason;
    QCOMPARE(batch.firstUnusableFile(&reason), expected);
    if (expected < 0)
        return;
    QVERIFY2(reason.startsWith(QLatin1String("second.csv")) ||
                 reason.startsWith(QLatin1String("missing.csv")),
             qPrintable(reason));
    QVERIFY2(reason.contains(why), qPrintable(reason));
}

void TestImportBatch::importsFileByFileAndCancelStopsTheRest_data()
{
    QTest::addColumn<int>("cancelAt"); // the file whose sink reports Cancel, or -1
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<int>("systems");
    using S = ImportOutcome::Status;
    QTest::newRow("no cancel: the missing file fails, the others land")
        << -1 << QList<int>{int(S::Imported), int(S::Failed), int(S::Imported)} << 3;
    QTest::newRow("cancel in the first file: nothing lands")
        << 0 << QList<int>{int(S::Cancelled), int(S::NotStarted), int(S::NotStarted)} << 0;
    QTest::newRow("cancel in the last file: the first stays")
        << 2 << QList<int>{int(S::Imported), int(S::Failed), int(S::Cancelled)} << 2;
}

void TestImportBatch::importsFileByFileAndCancelStopsTheRest()
{
    QFETCH(int, cancelAt);
    QFETCH(QList<int>, statuses);
    QFETCH(int, systems);
    ImportBatch batch(m_project.get());
    batch.addFiles({writeFile(QStringLiteral("a.csv"), kHeader + kRows),
                    m_dir->filePath(QStringLiteral("gone.csv")),
                    writeFile(QStringLiteral("b.csv"), kHeader + kOtherRows)});
    QList<int> asked;
    batch.runImport([&](int file) -> std::unique_ptr<ProgressSink> {
        asked.append(file);
        return file == cancelAt ? std::make_unique<CancellingSink>() : nullptr;
    });
    const QList<ImportOutcome> outcomes = batch.outcomes();
    QCOMPARE(outcomes.size(), 3);
    int imported = 0;
    for (int f = 0; f < 3; ++f) {
        QCOMPARE(outcomes.at(f).path, batch.files().at(f));
        QCOMPARE(int(outcomes.at(f).status), statuses.at(f));
        imported += statuses.at(f) == int(ImportOutcome::Status::Imported) ? 1 : 0;
        // A sink is asked for only for a file that is read.
        const bool read = outcomes.at(f).status == ImportOutcome::Status::Imported ||
                          outcomes.at(f).status == ImportOutcome::Status::Cancelled;
        QCOMPARE(asked.contains(f), read);
        if (outcomes.at(f).status != ImportOutcome::Status::Imported)
            QVERIFY(!outcomes.at(f).error.isEmpty());
    }
    QCOMPARE(batch.importedCount(), imported);
    QCOMPARE(m_project->inventory().systemCount(), qint64(systems));

    const QString report = batch.reportText();
    QVERIFY2(report.contains(QStringLiteral("%1 of 3 file(s) imported.").arg(imported)), qPrintable(report));
    for (const ImportOutcome &o : outcomes) {
        if (o.status != ImportOutcome::Status::Imported)
            QVERIFY2(report.contains(o.path + u'\n' + ImportBatch::outcomeText(o)), qPrintable(report));
    }
    const QString saved = m_dir->filePath(QStringLiteral("report.txt"));
    QString error;
    QVERIFY2(batch.saveReport(saved, &error), qPrintable(error));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).section(u'\n', 1), report.section(u'\n', 1)); // past the time
    QVERIFY(!batch.saveReport(m_dir->filePath(QStringLiteral("no/such/folder/report.txt")), &error));
    QVERIFY2(error.contains(QLatin1String("cannot write the report")), qPrintable(error));
}

void TestImportBatch::remembersTheRolesForTheNextBatch()
{
    {
        ImportBatch batch(m_project.get());
        batch.addFiles({writeFile(QStringLiteral("january.csv"), kHeader + kRows)});
        QVERIFY(!batch.isMappingRemembered(0));
        batch.setRole(0, Site, ColumnRole::Site);
        batch.runImport();
        QCOMPARE(batch.importedCount(), 1);
    }
    ImportBatch next(m_project.get());
    next.addFiles({writeFile(QStringLiteral("february.csv"), kHeader + kOtherRows)});
    QVERIFY(next.isMappingRemembered(0));
    QCOMPARE(next.mapping(0).role(Site), ColumnRole::Site);
    next.setRole(0, Site, ColumnRole::Component);
    QVERIFY(!next.isMappingRemembered(0)); // the user's own choice now
}

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
