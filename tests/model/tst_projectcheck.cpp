// Opening is checking (issue 14): the demo project, changed behind Uproot's back through a connection of the
// test's own (the sqlite3 C API, not Uproot's store), is refused with a message naming what was changed, and
// the refused file's bytes are as they were. The same files through the command line exit 1, never 0.
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/store/findingsreader.h"
#include "model/store/inventoryreader.h"
#include "model/store/projectcheck.h"
#include "model/store/schema.h"
#include "model/store/verifiedfiles.h"

#include "../support/clirun.h"
#include "../support/rawsqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sqlite3.h>

using namespace uproot;
using uproot::testsupport::scalar;
using uproot::testsupport::tamper;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Overwrites the cell pointers of the findings table's root page: SQLite's file format puts page N at
// (N - 1) * page size, and an interior or leaf table page's header (8 or 12 bytes) before its cell pointers.
bool corruptFindingsPage(const QString &path, QString *error)
{
    const qint64 pageSize = scalar(path, "PRAGMA page_size");
    const qint64 root = scalar(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'findings'");
    if (pageSize <= 0 || root <= 1) {
        *error = QStringLiteral("page size %1, root page %2").arg(pageSize).arg(root);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((root - 1) * pageSize + 12)) {
        *error = f.errorString();
        return false;
    }
    f.write(QByteArray(24, '\x7f'));
    return true;
}

} // namespace

class TestProjectCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void soundDemoPasses();
    void tamperedFileIsRefused_data();
    void tamperedFileIsRefused();
    void emptyFileIsNotAProject();
    void genuineOldFileStillUpgrades();
    void salvageCopyReadsWithoutWriting();
    void damageWithItsTimeSetBackIsFound();
    void damageWhileOpenIsFoundNextTime_data();
    void damageWhileOpenIsFoundNextTime();
    void onlyOwnWritesKeepTheFileChecked();
    void readThatFailsIsReported();
    void planFromFailedReadsIsNotWritten();
    void commandLineOnRefusedFile_data();
    void commandLineOnRefusedFile();

private:
    QString copyOfDemo(const QString &name);
    QString tampered(const QString &name, const QByteArray &sql);

    QTemporaryDir m_dir;
    QString m_demo;
    qint64 m_demoFindings = 0;
};

void TestProjectCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo-template.uproot"));
    DemoInventoryStats stats;
    QString error;
    QVERIFY2(buildDemoProject(m_demo, DirectiveCatalog::builtin(), &stats, nullptr, &error),
             qPrintable(error));
    m_demoFindings = scalar(m_demo, "SELECT count(*) FROM findings WHERE state <> 'excluded'");
    QVERIFY(m_demoFindings > 0);
}

QString TestProjectCheck::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".uproot"));
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        qFatal("cannot copy the demo");
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QString TestProjectCheck::tampered(const QString &name, const QByteArray &sql)
{
    const QString path = copyOfDemo(name);
    QString error;
    if (!tamper(path, sql, &error))
        qFatal("tampering failed: %s", qPrintable(error));
    return path;
}

void TestProjectCheck::soundDemoPasses()
{
    const QString path = copyOfDemo(QStringLiteral("sound"));
    for (const ProjectCheck::Depth depth : {ProjectCheck::Depth::Quick, ProjectCheck::Depth::Full}) {
        ProjectCheck check(path, depth);
        QCOMPARE(check.run(), ProjectCheck::Verdict::Sound);
        QVERIFY2(check.problems().isEmpty(), qPrintable(check.problems().join(u'\n')));
    }
    QString error;
    std::unique_ptr<Project> project = Project::open(path, false, &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->findings().count(PageQuery{}), m_demoFindings);
}

void TestProjectCheck::tamperedFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("trigger hiding new findings")
        << QByteArray("CREATE TRIGGER hide_new AFTER INSERT ON findings BEGIN "
                      "UPDATE findings SET state = 'excluded' WHERE id = new.id; END;")
        << QStringLiteral("trigger hide_new on findings was not created by Uproot");
    QTest::newRow("view") << QByteArray(
                                 "CREATE VIEW open_findings AS SELECT * FROM findings WHERE state = 'open';")
                          << QStringLiteral("view open_findings was not created by Uproot");
    QTest::newRow("table dropped") << QByteArray("DROP TABLE findings;")
                                   << QStringLiteral("table findings is missing");
    QTest::newRow("table replaced by a view")
        << QByteArray("DROP TABLE findings; CREATE VIEW findings AS SELECT * FROM finding_decisions;")
        << QStringLiteral("view findings was not created by Uproot");
    QTest::newRow("column dropped") << QByteArray("ALTER TABLE tasks DROP COLUMN notes;")
                                    << QStringLiteral("column tasks.notes is missing");
    QTest::newRow("column added") << QByteArray("ALTER TABLE systems ADD COLUMN secret TEXT;")
                                  << QStringLiteral("column systems.secret was not created by Uproot");
    QTest::newRow("index dropped") << QByteArray("DROP INDEX findings_by_directive;")
                                   << QStringLiteral("index findings_by_directive on findings is missing");
    QTest::newRow("table added") << QByteArray("CREATE TABLE notes(x);")
                                 << QStringLiteral("table notes was not created by Uproot");
    QTest::newRow("append-only trigger dropped")
        << QByteArray("DROP TRIGGER audit_events_append_only_delete;")
        << QStringLiteral("trigger audit_events_append_only_delete on audit_events is missing");
    QTest::newRow("append-only trigger rewritten")
        << QByteArray("DROP TRIGGER audit_events_append_only_delete; "
                      "CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events "
                      "WHEN old.id < 0 BEGIN SELECT RAISE(ABORT, 'no'); END;")
        << QStringLiteral("trigger audit_events_append_only_delete on audit_events is not defined as Uproot");
    QTest::newRow("user_version 0 with the tables there")
        << QByteArray("PRAGMA user_version = 0")
        << QStringLiteral("the file says it holds no schema yet (version 0)");
    for (int version : {1, 2})
        QTest::newRow(qPrintable(QStringLiteral("user_version %1 with the tables there").arg(version)))
            << QByteArray("PRAGMA user_version = ") + QByteArray::number(version)
            << QStringLiteral("the file says it holds the schema of version %1").arg(version);
}

void TestProjectCheck::tamperedFileIsRefused()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    const QString path = tampered(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), sql);
    const QByteArray before = bytesOf(path);
    for (const bool readOnly : {false, true}) {
        QString error;
        ProjectStore::OpenFailure failure = ProjectStore::OpenFailure::None;
        QVERIFY(!Project::open(path, readOnly, &error, &failure));
        QCOMPARE(failure, ProjectStore::OpenFailure::Refused);
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("already exists")), qPrintable(error));
        QVERIFY2(bytesOf(path) == before, "a refused file was written");
        // Nor is anything left beside it.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    }
    ProjectCheck check(path, ProjectCheck::Depth::Full);
    QCOMPARE(check.run(), ProjectCheck::Verdict::Refused);
    QVERIFY2(check.problems().join(u'\n').contains(named), qPrintable(check.problems().join(u'\n')));
    QVERIFY(bytesOf(path) == before);
}

void TestProjectCheck::emptyFileIsNotAProject()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.uproot"));
    testsupport::writeFile(path, QByteArray());
    QString error;
    ProjectStore::OpenFailure failure = ProjectStore::OpenFailure::None;
    QVERIFY(!Project::open(path, false, &error, &failure));
    QCOMPARE(failure, ProjectStore::OpenFailure::NotAProject);
    QVERIFY2(error.contains(QLatin1String("not an Uproot project (the file is empty)")), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), qint64(0));
    ProjectCheck check(path, ProjectCheck::Depth::Quick);
    QCOMPARE(check.run(), ProjectCheck::Verdict::NotAProject);
    const testsupport::CliResult r = testsupport::runUproot({QStringLiteral("findings"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("the file is empty")), qPrintable(r.err));
    QCOMPARE(QFileInfo(path).size(), qint64(0));
}

void TestProjectCheck::genuineOldFileStillUpgrades()
{
    // A version-5 file as version 5 made it (its sorting indexes not there yet) is sound, and upgrades.
    const QString path = tampered(QStringLiteral("version5"),
                                  "ALTER TABLE tasks DROP COLUMN not_before; DROP TABLE documents_sent; DROP "
                                  "INDEX systems_by_name; DROP INDEX systems_by_component; "
                                  "DROP INDEX systems_by_site; DROP INDEX titles_by_name; "
                                  "DROP INDEX titles_by_publisher; PRAGMA user_version = 5;");
    ProjectCheck check(path, ProjectCheck::Depth::Quick);
    QCOMPARE(check.run(), ProjectCheck::Verdict::Sound);
    QCOMPARE(check.schemaVersion(), 5);
    QString error;
    std::unique_ptr<Project> project = Project::open(path, false, &error);
    QVERIFY2(project, qPrintable(error));
    project.reset();
    QCOMPARE(scalar(path, "PRAGMA user_version"), qint64(schema::kCurrentVersion));
    QCOMPARE(scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'documents_sent'"), qint64(1));
    QCOMPARE(scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'systems_by_name'"), qint64(1));
}

void TestProjectCheck::salvageCopyReadsWithoutWriting()
{
    const QString path =
        tampered(QStringLiteral("salvage"), "CREATE TRIGGER hide_new AFTER INSERT ON findings BEGIN "
                                            "UPDATE findings SET state = 'excluded' WHERE id = new.id; END;");
    const QByteArray before = bytesOf(path);
    QString error;
    std::unique_ptr<Project> project = Project::openSalvageCopy(path, &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->isSalvageCopy());
    QVERIFY(project->isReadOnly());
    QCOMPARE(project->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(project->findings().count(PageQuery{}), m_demoFindings);
    project.reset();
    QVERIFY(bytesOf(path) == before);

    // A file without its findings still opens as a copy; what is missing reads as nothing, without a crash.
    const QString dropped = tampered(QStringLiteral("salvage-dropped"), "DROP TABLE findings;");
    project = Project::openSalvageCopy(dropped, &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->findings().count(PageQuery{}), qint64(0));
    QVERIFY(project->inventory().installationCount() > 0);
}

void TestProjectCheck::damageWithItsTimeSetBackIsFound()
{
    // A file that passed is not read through again while it stays as it was; one whose bytes were changed and
    // its modification time put back is (its status-change time cannot be put back).
    const QString path = copyOfDemo(QStringLiteral("time-set-back"));
    QString error;
    QVERIFY2(Project::open(path, false, &error), qPrintable(error));
    QVERIFY2(Project::open(path, true, &error), qPrintable(error));
    const QDateTime modified = QFileInfo(path).lastModified();
    QThread::msleep(20);
    QVERIFY2(corruptFindingsPage(path, &error), qPrintable(error));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    ProjectStore::OpenFailure failure = ProjectStore::OpenFailure::None;
    QVERIFY(!Project::open(path, true, &error, &failure));
    QCOMPARE(failure, ProjectStore::OpenFailure::Refused);
    QVERIFY2(error.contains(QLatin1String("SQLite's integrity check")), qPrintable(error));
}

void TestProjectCheck::damageWhileOpenIsFoundNextTime_data()
{
    QTest::addColumn<bool>("writeBefore");
    QTest::addColumn<bool>("writeAfter");
    QTest::newRow("after a change of its own") << true << false;
    QTest::newRow("with nothing written") << false << false;
    QTest::newRow("followed by a change of its own") << false << true;
}

void TestProjectCheck::damageWhileOpenIsFoundNextTime()
{
    // Bytes changed by another program while a window has the project open: closing the window must not
    // record the file as checked, so the next open reads it through and finds the damage. A change the window
    // makes after the damage does not make it checked either.
    QFETCH(bool, writeBefore);
    QFETCH(bool, writeAfter);
    const QString path =
        copyOfDemo(QStringLiteral("damaged-while-open-%1-%2").arg(int(writeBefore)).arg(int(writeAfter)));
    QString error;
    QVERIFY2(Project::open(path, false, &error), qPrintable(error)); // checked, and recorded as such
    QVERIFY(VerifiedFiles::unchangedSinceVerified(path));
    {
        std::unique_ptr<Project> project = Project::open(path, false, &error);
        QVERIFY2(project, qPrintable(error));
        if (writeBefore)
            QVERIFY2(
                project->recordAuditNote(QStringLiteral("note"), QStringLiteral("before the damage"), &error),
                qPrintable(error));
        QThread::msleep(20);
        QVERIFY2(corruptFindingsPage(path, &error), qPrintable(error));
        if (writeAfter)
            QVERIFY2(
                project->recordAuditNote(QStringLiteral("note"), QStringLiteral("after the damage"), &error),
                qPrintable(error));
    }
    QVERIFY(!VerifiedFiles::unchangedSinceVerified(path));
    ProjectStore::OpenFailure failure = ProjectStore::OpenFailure::None;
    QVERIFY2(!Project::open(path, true, &error, &failure),
             "the damaged file opened: it was taken as checked");
    QCOMPARE(failure, ProjectStore::OpenFailure::Refused);
    QVERIFY2(error.contains(QLatin1String("SQLite's integrity check")), qPrintable(error));
}

void TestProjectCheck::onlyOwnWritesKeepTheFileChecked()
{
    // The other side: a window that only made its own changes leaves the file recorded as checked (the next
    // open skips the read-through); one during which another connection committed through the log does not.
    const QString path = copyOfDemo(QStringLiteral("own-writes"));
    QString error;
    {
        std::unique_ptr<Project> project = Project::open(path, false, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY2(project->recordAuditNote(QStringLiteral("note"), QStringLiteral("one"), &error),
                 qPrintable(error));
        QVERIFY2(project->recordAuditNote(QStringLiteral("note"), QStringLiteral("two"), &error),
                 qPrintable(error));
    }
    QVERIFY(VerifiedFiles::unchangedSinceVerified(path));
    {
        std::unique_ptr<Project> project = Project::open(path, false, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(tamper(path, "INSERT INTO settings(key, value) VALUES ('written-elsewhere', '1');", &error));
        QVERIFY2(project->recordAuditNote(QStringLiteral("note"), QStringLiteral("three"), &error),
                 qPrintable(error));
    }
    QVERIFY(!VerifiedFiles::unchangedSinceVerified(path));
}

void TestProjectCheck::readThatFailsIsReported()
{
    // A table dropped by another program after the project was opened: the read finds nothing, and says so
    // where a command asks before it reports success.
    const QString path = copyOfDemo(QStringLiteral("dropped-while-open"));
    QString error;
    std::unique_ptr<Project> project = Project::open(path, true, &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->findings().count(PageQuery{}), m_demoFindings);
    QVERIFY(project->readFault().isEmpty());
    QVERIFY(tamper(path, "DROP TABLE finding_decisions; DROP TABLE findings;", &error));
    QCOMPARE(project->findings().count(PageQuery{}), qint64(0));
    QVERIFY2(project->readFault().contains(QLatin1String("findings")), qPrintable(project->readFault()));
}

void TestProjectCheck::planFromFailedReadsIsNotWritten()
{
    // The same, open for writing: a plan worked out without its findings would remove every task; it is not
    // committed, and says why.
    const QString path = copyOfDemo(QStringLiteral("plan-after-drop"));
    QString error;
    std::unique_ptr<Project> project = Project::open(path, false, &error);
    QVERIFY2(project, qPrintable(error));
    const AuditHead before = project->audit().head();
    const qint64 tasks = project->tasks().count(PageQuery{});
    QVERIFY(tasks > 0);
    QVERIFY(tamper(path, "DROP TABLE finding_decisions; DROP TABLE findings;", &error));
    PlanResult result;
    QVERIFY(!project->plan(&result, &error));
    QVERIFY2(error.contains(QLatin1String("a read from the project failed, so nothing was changed")),
             qPrintable(error));
    QCOMPARE(project->tasks().count(PageQuery{}), tasks);
    QCOMPARE(project->audit().head().events, before.events);
}

void TestProjectCheck::commandLineOnRefusedFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("trigger") << QStringLiteral("trigger");
    QTest::newRow("dropped table") << QStringLiteral("dropped");
    QTest::newRow("corrupt page") << QStringLiteral("corrupt");
}

void TestProjectCheck::commandLineOnRefusedFile()
{
    QFETCH(QString, kind);
    QString path;
    QString named;
    if (kind == QLatin1String("trigger")) {
        path = tampered(QStringLiteral("cli-trigger"),
                        "CREATE TRIGGER hide_new AFTER INSERT ON findings BEGIN "
                        "UPDATE findings SET state = 'excluded' WHERE id = new.id; END;");
        named = QStringLiteral("trigger hide_new on findings");
    } else if (kind == QLatin1String("dropped")) {
        path = tampered(QStringLiteral("cli-dropped"), "DROP TABLE findings;");
        named = QStringLiteral("table findings is missing");
    } else {
        path = copyOfDemo(QStringLiteral("cli-corrupt"));
        QString error;
        QVERIFY2(corruptFindingsPage(path, &error), qPrintable(error));
        named = QStringLiteral("SQLite's integrity check");
    }
    const QByteArray before = bytesOf(path);
    const QString csv =
        testsupport::writeFile(m_dir.filePath(QStringLiteral("more.csv")),
                               "Hostname,Software,Publisher,Version\n"
                               "NEW-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.1\n");
    const QString pdf = m_dir.filePath(kind + QStringLiteral(".pdf"));
    const QList<QStringList> commands = {
        {QStringLiteral("check"), path},
        {QStringLiteral("check"), path, QStringLiteral("--full")},
        {QStringLiteral("findings"), path},
        {QStringLiteral("import"), path, csv},
        {QStringLiteral("plan"), path},
        {QStringLiteral("export"), path, QStringLiteral("--document"), QStringLiteral("plan"),
         QStringLiteral("--output"), pdf},
        {QStringLiteral("audit"), path, QStringLiteral("--verify")},
        {QStringLiteral("task"), path, QStringLiteral("list")},
    };
    for (const QStringList &args : commands) {
        const testsupport::CliResult r = testsupport::runUproot(args);
        QVERIFY2(r.code == 1,
                 qPrintable(args.join(u' ') + QStringLiteral(" exited %1: ").arg(r.code) + r.err));
        QVERIFY2(r.err.contains(named), qPrintable(args.join(u' ') + QLatin1Char('\n') + r.err));
        QVERIFY2(r.out.isEmpty() || args.first() == QLatin1String("check"), qPrintable(r.out));
    }
    QVERIFY2(!QFile::exists(pdf), "a document was exported from a refused project");
    QVERIFY2(bytesOf(path) == before, "a refused file was written");
}

QTEST_GUILESS_MAIN(TestProjectCheck)
#include "tst_projectcheck.moc"
