// Every write failure says what could not be written and why, and a failed export leaves no half file under
// its name. The faults are injected: /dev/full (every write fails with ENOSPC, as on a full disk) and a limit
// on the size of the files a process may write (RLIMIT_FSIZE: a write past it fails with EFBIG, "File too
// large"), which the uproot program is started under; SQLite meets the same limit when an import writes the
// project.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/project/tabularexport.h"

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace uproot;
using namespace uproot::testsupport;

namespace {

constexpr int kSystems = 1500;

// The uproot program, writing no file bigger than limit bytes; stdout goes to outputFile when one is given.
CliResult runLimited(const QStringList &args, qint64 limit, const QString &outputFile = {})
{
    QProcess p;
    p.setChildProcessModifier([limit] {
        // Ignored, EFBIG comes back from write() instead of the signal that would kill the process.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit size{rlim_t(limit), rlim_t(limit)};
        setrlimit(RLIMIT_FSIZE, &size);
    });
    if (!outputFile.isEmpty())
        p.setStandardOutputFile(outputFile);
    p.start(QStringLiteral(UPROOT_EXE), args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

qint64 count(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return result;
}

} // namespace

class TestWriteFailures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportOntoAFullDeviceSaysWhy();
    void findingsOntoAFullStandardOutput();
    void exportsPastTheSizeLimitLeaveNoFile_data();
    void exportsPastTheSizeLimitLeaveNoFile();
    void workbookCutAtItsEndIsNotWritten();
    void importPastTheSizeLimitChangesNothing();
    void evidenceSavedPastTheSizeLimitLeavesNoFile();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestWriteFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral("/dev/full")), "the test needs /dev/full");
    m_project = m_dir.filePath(QStringLiteral("full.uproot"));
    QString error;
    auto project = Project::create(m_project, QStringLiteral("bod-17-01"), QDate(), {},
                                   DirectiveCatalog::builtin(), &error);
    QVERIFY2(project, qPrintable(error));
    const QString csv = writeFile(m_dir.filePath(QStringLiteral("inventory.csv")), [] {
        QByteArray text = "Hostname,Software,Publisher,Version\n";
        for (int i = 0; i < kSystems; ++i)
            text += "HOST-" + QByteArray::number(i) +
                    ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11." +
                    QByteArray::number(i % 9) + "\n";
        return text;
    }());
    ImportReport report;
    ReadError readError;
    QVERIFY2(project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    PlanResult plan;
    QVERIFY2(project->plan(&plan, &error), qPrintable(error));
}

void TestWriteFailures::exportOntoAFullDeviceSaysWhy()
{
    QString error;
    auto project = Project::open(m_project, true, &error);
    QVERIFY2(project, qPrintable(error));
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly));
    QVERIFY(!tabularexport::findingsCsv(*project, &full, &error));
    // The file and the system's reason, never "Unknown error".
    QVERIFY2(error.contains(QLatin1String("/dev/full")) &&
                 error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
             qPrintable(error));
    // An export smaller than QFile's buffer fails too, not only once the buffer is written out.
    QFile small(QStringLiteral("/dev/full"));
    QVERIFY(small.open(QIODevice::WriteOnly));
    error.clear();
    QVERIFY(!tabularexport::milestonesCalendar(*project, &small, &error));
    QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
    error.clear();
    QVERIFY(!tabularexport::tasksCsv(*project, &full, &error));
    QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
}

void TestWriteFailures::findingsOntoAFullStandardOutput()
{
    // `uproot findings P > /dev/full`: the output is lost, so the command fails and says where and why.
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        const CliResult r =
            runLimited({QStringLiteral("findings"), m_project, QStringLiteral("--format"), format},
                       RLIM_INFINITY, QStringLiteral("/dev/full"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("standard output")) &&
                     r.err.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(r.err));
    }
    // A command that prints little fails too.
    const CliResult listed = runLimited({QStringLiteral("task"), m_project, QStringLiteral("list")},
                                        RLIM_INFINITY, QStringLiteral("/dev/full"));
    QCOMPARE(listed.code, 1);
    QVERIFY2(listed.err.contains(QLatin1String("standard output")), qPrintable(listed.err));
}

void TestWriteFailures::exportsPastTheSizeLimitLeaveNoFile_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("file");
    QTest::newRow("findings as CSV") << QStringLiteral("findings") << QStringLiteral("findings.csv");
    QTest::newRow("findings as JSON") << QStringLiteral("findings") << QStringLiteral("findings.json");
    QTest::newRow("tasks as CSV") << QStringLiteral("tasks") << QStringLiteral("tasks.csv");
    QTest::newRow("tasks as XLSX") << QStringLiteral("tasks") << QStringLiteral("tasks.xlsx");
    QTest::newRow("plan of action") << QStringLiteral("plan") << QStringLiteral("plan.pdf");
    QTest::newRow("timeline") << QStringLiteral("timeline") << QStringLiteral("timeline.pdf");
}

void TestWriteFailures::exportsPastTheSizeLimitLeaveNoFile()
{
    QFETCH(QString, document);
    QFETCH(QString, file);
    const QString folder =
        m_dir.filePath(QStringLiteral("out-") + document + u'-' + QFileInfo(file).suffix());
    QVERIFY(QDir().mkpath(folder));
    const QString output = QDir(folder).filePath(file);
    // The same export without a limit writes more than the limit lets through.
    constexpr qint64 Limit =
        40 * 1024; // above the 32 KiB of SQLite's shared-memory file for reading the project
    const CliResult whole = runUproot({QStringLiteral("export"), m_project, QStringLiteral("--document"),
                                       document, QStringLiteral("--output"), output});
    QVERIFY2(whole.code == 0, qPrintable(whole.err));
    QVERIFY2(QFileInfo(output).size() > Limit, qPrintable(QString::number(QFileInfo(output).size())));
    QVERIFY(QFile::remove(output));

    const CliResult r = runLimited({QStringLiteral("export"), m_project, QStringLiteral("--document"),
                                    document, QStringLiteral("--output"), output},
                                   Limit);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(output) && r.err.contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Unknown error")), qPrintable(r.err));
    // No half file under the name, and no temporary file left beside it.
    QVERIFY(!QFile::exists(output));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());

    // An export that replaces a file keeps the old one whole when it fails.
    writeFile(output, "the export before");
    QCOMPARE(runLimited({QStringLiteral("export"), m_project, QStringLiteral("--document"), document,
                         QStringLiteral("--output"), output},
                        Limit)
                 .code,
             1);
    QFile kept(output);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the export before"));
}

void TestWriteFailures::workbookCutAtItsEndIsNotWritten()
{
    // The last bytes of a workbook (its zip directory) leave the buffer only when the archive closes, where
    // QuaZip does not report a failure: a limit just short of the whole size must still fail the export.
    const QString folder = m_dir.filePath(QStringLiteral("out-cut"));
    QVERIFY(QDir().mkpath(folder));
    const QString output = QDir(folder).filePath(QStringLiteral("tasks.xlsx"));
    const QStringList args{QStringLiteral("export"),     m_project,
                           QStringLiteral("--document"), QStringLiteral("tasks"),
                           QStringLiteral("--output"),   output};
    const CliResult whole = runUproot(args);
    QVERIFY2(whole.code == 0, qPrintable(whole.err));
    const qint64 size = QFileInfo(output).size();
    QVERIFY(QFile::remove(output));
    for (const qint64 shortBy : {qint64(1), qint64(60), qint64(300)}) {
        const CliResult r = runLimited(args, size - shortBy);
        QVERIFY2(
            r.code == 1,
            qPrintable(
                QStringLiteral("%1 bytes short: exit %2, %3 %4").arg(shortBy).arg(r.code).arg(r.out, r.err)));
        QVERIFY2(r.err.contains(output), qPrintable(r.err));
        QVERIFY(!QFile::exists(output));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
}

void TestWriteFailures::importPastTheSizeLimitChangesNothing()
{
    const QString project = m_dir.filePath(QStringLiteral("import-limit.uproot"));
    QVERIFY(QFile::copy(m_project, project));
    const qint64 installations = count(project, "SELECT count(*) FROM installations");
    const qint64 sources = count(project, "SELECT count(*) FROM import_sources");
    const qint64 audit = count(project, "SELECT count(*) FROM audit_events");
    QByteArray text = "Hostname,Software,Publisher,Version\n";
    for (int i = 0; i < 40000; ++i)
        text += "BIG-" + QByteArray::number(i / 10) + ",Application " + QByteArray::number(i % 10) +
                ",Vendor,1.0\n";
    const QString csv = writeFile(m_dir.filePath(QStringLiteral("big.csv")), text);
    // The project may grow by a little, far less than the import needs.
    const qint64 limit = QFileInfo(project).size() + 64 * 1024;
    const CliResult r = runLimited({QStringLiteral("import"), project, csv}, limit);
    QCOMPARE(r.code, 1);
    // The project file and the system's (or SQLite's) reason: "File too large", or a full disk.
    QVERIFY2(r.err.contains(project), qPrintable(r.err));
    QVERIFY2(r.err.contains(QString::fromLocal8Bit(std::strerror(EFBIG))) ||
                 r.err.contains(QLatin1String("the disk is full")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("disk I/O error")) &&
                 !r.err.contains(QLatin1String("database or disk is full")),
             qPrintable(r.err));
    // Nothing of it was stored.
    QCOMPARE(integrityCheck(project), QStringLiteral("ok"));
    QCOMPARE(count(project, "SELECT count(*) FROM installations"), installations);
    QCOMPARE(count(project, "SELECT count(*) FROM import_sources"), sources);
    QCOMPARE(count(project, "SELECT count(*) FROM audit_events"), audit);
    // And the same import lands once the limit is gone.
    const CliResult again = runUproot({QStringLiteral("import"), project, csv});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(count(project, "SELECT count(*) FROM installations"), installations + 40000);
}

void TestWriteFailures::evidenceSavedPastTheSizeLimitLeavesNoFile()
{
    const QString project = m_dir.filePath(QStringLiteral("evidence.uproot"));
    QVERIFY(QFile::copy(m_project, project));
    // Evidence bigger than the limit, attached without one.
    const QString scan =
        writeFile(m_dir.filePath(QStringLiteral("removal-log.txt")), QByteArray(200 * 1024, 'e'));
    const CliResult attached = runUproot({QStringLiteral("task"), project, QStringLiteral("attach"),
                                          QStringLiteral("HOST-0"), QStringLiteral("1"), scan});
    QVERIFY2(attached.code == 0, qPrintable(attached.err));
    const QString output = m_dir.filePath(QStringLiteral("saved-evidence.txt"));
    const CliResult r =
        runLimited({QStringLiteral("task"), project, QStringLiteral("save"), QStringLiteral("HOST-0"),
                    QStringLiteral("1"), QStringLiteral("1"), output},
                   100 * 1024);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(output) && r.err.contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(output));
}

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "tst_writefailures.moc"
