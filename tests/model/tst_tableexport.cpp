// The tables a person takes out of a project (product.md §7): findings and tasks as CSV and as XLSX, read
// back with Uproot's own readers. The project holds more rows than one page the exporters read at a time
// (5,000), so a row lost or repeated at a page's edge shows. A read from the project that fails leaves no
// file.
#include "../support/clirun.h"
#include "../support/rawsqlite.h"
#include "model/project/project.h"
#include "model/project/tabularexport.h"
#include "model/readers/readerfactory.h"
#include "model/readers/recordreader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;
using namespace uproot::testsupport;

namespace {

constexpr int kSystems = 5300;     // one covered product each: more findings than one page of 5,000
constexpr int kSecondProduct = 10; // every tenth system has a second one, listed before the first

// The header and rows of a CSV or XLSX file, as the import readers see them.
bool readTable(const QString &path, QStringList *header, QList<QStringList> *rows, QString *error)
{
    std::unique_ptr<RecordReader> reader = openReader(path, QStringLiteral("auto"), error);
    if (!reader)
        return false;
    *header = reader->header();
    return reader->read(
        [rows](const SourceRecord &record) {
            rows->append(record.fields);
            return true;
        },
        [](const ReadIssue &) {}, nullptr);
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void workbookHoldsTheCsvRows_data();
    void workbookHoldsTheCsvRows();
    void wrongExtensionIsRefused();
    void failedReadsLeaveNoFile_data();
    void failedReadsLeaveNoFile();

private:
    QString exportTo(const QString &kind, const QString &name);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestTableExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("tables.uproot"));
    CliResult r = runUproot(
        {QStringLiteral("new"), m_project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QByteArray csv = "Hostname,Software,Publisher,Version\n";
    for (int i = 1; i <= kSystems; ++i)
        csv += "WS-" + QByteArray::number(i).rightJustified(5, '0') +
               ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11." + QByteArray::number(i % 7) +
               "\n";
    for (int i = kSecondProduct; i <= kSystems; i += kSecondProduct)
        csv += "WS-" + QByteArray::number(i).rightJustified(5, '0') +
               ",Kaspersky Anti-Virus,Kaspersky Lab,8.0\n";
    r = runUproot({QStringLiteral("import"), m_project,
                   writeFile(m_dir.filePath(QStringLiteral("inventory.csv")), csv)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runUproot({QStringLiteral("plan"), m_project});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

QString TestTableExport::exportTo(const QString &kind, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const CliResult r = runUproot({QStringLiteral("export"), m_project, QStringLiteral("--document"), kind,
                                   QStringLiteral("--output"), path});
    if (r.code != 0)
        qWarning("export %s: %s", qPrintable(name), qPrintable(r.err));
    return r.code == 0 ? path : QString();
}

void TestTableExport::workbookHoldsTheCsvRows_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("firstColumns");
    QTest::addColumn<qint64>("expectedRows");
    QTest::newRow("findings") << QStringLiteral("findings") << QStringLiteral("system,product,version")
                              << qint64(kSystems + kSystems / kSecondProduct);
    // Tasks: as many as the project holds, counted by SQLite itself.
    QTest::newRow("tasks") << QStringLiteral("tasks") << QStringLiteral("system,component,step")
                           << qint64(-1);
}

void TestTableExport::workbookHoldsTheCsvRows()
{
    QFETCH(QString, kind);
    QFETCH(QString, firstColumns);
    QFETCH(qint64, expectedRows);
    if (expectedRows < 0)
        expectedRows = scalar(m_project, "SELECT count(*) FROM tasks");
    QVERIFY2(expectedRows > 5000, qPrintable(QString::number(expectedRows)));

    const QString csvPath = exportTo(kind, kind + QStringLiteral(".csv"));
    const QString xlsxPath = exportTo(kind, kind + QStringLiteral(".xlsx"));
    QVERIFY(!csvPath.isEmpty() && !xlsxPath.isEmpty());
    QFile zip(xlsxPath);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QCOMPARE(zip.read(2), QByteArray("PK")); // a workbook, not CSV under another name

    QStringList csvHeader, xlsxHeader;
    QList<QStringList> csvRows, xlsxRows;
    QString error;
    QVERIFY2(readTable(csvPath, &csvHeader, &csvRows, &error), qPrintable(error));
    QVERIFY2(readTable(xlsxPath, &xlsxHeader, &xlsxRows, &error), qPrintable(error));
    QVERIFY2(csvHeader.join(u',').startsWith(firstColumns), qPrintable(csvHeader.join(u',')));
    QCOMPARE(xlsxHeader, csvHeader);
    QCOMPARE(qint64(csvRows.size()), expectedRows);
    QCOMPARE(qint64(xlsxRows.size()), expectedRows);
    for (qsizetype i = 0; i < csvRows.size(); ++i) {
        if (xlsxRows.at(i) != csvRows.at(i))
            QFAIL(qPrintable(QStringLiteral("row %1: workbook %2, CSV %3")
                                 .arg(i + 2)
                                 .arg(xlsxRows.at(i).join(u'|'), csvRows.at(i).join(u'|'))));
    }
    if (kind == QLatin1String("findings")) {
        // Every system and product once: nothing repeated or dropped at a page's edge.
        QSet<QString> found;
        for (const QStringList &row : std::as_const(xlsxRows))
            found.insert(row.value(0) + u'|' + row.value(1));
        QCOMPARE(found.size(), kSystems + kSystems / kSecondProduct);
    }
}

void TestTableExport::wrongExtensionIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("tasks.json"));
    const CliResult r = runUproot({QStringLiteral("export"), m_project, QStringLiteral("--document"),
                                   QStringLiteral("tasks"), QStringLiteral("--output"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("tasks: .csv or .xlsx")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestTableExport::failedReadsLeaveNoFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("workbook") << QStringLiteral("after-drop.xlsx");
    QTest::newRow("csv") << QStringLiteral("after-drop.csv");
}

void TestTableExport::failedReadsLeaveNoFile()
{
    // A table dropped by another program after the project was opened: the export reads nothing, and says so
    // instead of leaving a file with a header and no rows; the export it would have replaced stays whole.
    QFETCH(QString, name);
    const QString copy = m_dir.filePath(QStringLiteral("dropped-") + name + QStringLiteral(".uproot"));
    QVERIFY(QFile::copy(m_project, copy));
    QString error;
    std::unique_ptr<Project> project = Project::open(copy, true, &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(tamper(copy, "DROP TABLE task_evidence; DROP TABLE tasks;"));
    const QString path = writeFile(m_dir.filePath(name), "the export before");
    QVERIFY(!tabularexport::writeFile(*project, QStringLiteral("tasks"), path, &error));
    QVERIFY2(error.contains(QLatin1String("was not written")) && error.contains(QLatin1String("tasks")),
             qPrintable(error));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the export before"));
    kept.close();

    // A read that failed before the export (a damaged table of a salvage copy, read when it was shown) does
    // not stop a table that reads whole.
    const QString findings = m_dir.filePath(QStringLiteral("still-") + name);
    QVERIFY2(tabularexport::writeFile(*project, QStringLiteral("findings"), findings, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(findings).size() > 1000);
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
