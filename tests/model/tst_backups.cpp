// Backups before bulk changes, their restore and pruning (issue 14 item 4), and the lock record that tells a
// second writer who holds a project (item 5): counts are read from the files with a connection of the test's
// own, and the second writer is the real `uproot` program.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/project/projectbackups.h"
#include "model/project/projectlock.h"
#include "model/store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace uproot;

namespace {

// A row count read with a connection of the test's own, not through the code under test.
qint64 countRows(const QString &file, const char *table)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

struct Counts
{
    qint64 installations = -1;
    qint64 findings = -1;
    qint64 tasks = -1;
    bool operator==(const Counts &o) const
    {
        return installations == o.installations && findings == o.findings && tasks == o.tasks;
    }
};

Counts countsOf(const QString &file)
{
    return {countRows(file, "installations"), countRows(file, "findings"), countRows(file, "tasks")};
}

char *toString(const Counts &c)
{
    return qstrdup(QByteArray("installations " + QByteArray::number(c.installations) + ", findings " +
                              QByteArray::number(c.findings) + ", tasks " + QByteArray::number(c.tasks))
                       .constData());
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runUproot(const QStringList &args, const QByteArray &lockWaitSeconds = "1")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UPROOT_LOCK_WAIT"), QString::fromLatin1(lockWaitSeconds));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(UPROOT_EXE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void takesABackupBeforeImportPlanAndRuleChange();
    void restorePutsBackTheOldContent();
    void pruningKeepsTheBounds();
    void theCommandLineListsAndRestores();
    void aSecondWriterFailsNamingTheHolder();
    void aStaleLockIsCleared();
    void aLockFromAnotherMachineIsNeverCleared();

private:
    QString csv(const QString &name, int systems, int firstSystem = 0);
    QString newProject(const QString &name);
    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
};

void TestBackups::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(UPROOT_EXE)), UPROOT_EXE);
    // The audit pins live in settings of the test's own, which the program run by the tests inherits.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

QString TestBackups::csv(const QString &name, int systems, int firstSystem)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("Hostname,Software,Publisher,Version\n");
    for (int i = firstSystem; i < firstSystem + systems; ++i) {
        f.write("WS-" + QByteArray::number(i) + ",Notepad++,Notepad++ Team,8.1\n");
        // Every other system runs the banned product.
        if (i % 2 == 0)
            f.write("WS-" + QByteArray::number(i) +
                    ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n");
    }
    return path;
}

QString TestBackups::newProject(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    auto project = Project::create(path, QStringLiteral("bod-17-01"), QDate(), {}, m_catalog, &error);
    return project ? path : QString();
}

void TestBackups::takesABackupBeforeImportPlanAndRuleChange()
{
    const QString path = newProject(QStringLiteral("bulk.uproot"));
    QVERIFY(!path.isEmpty());
    QString error;
    auto project = Project::open(path, false, &error);
    QVERIFY2(project, qPrintable(error));
    const ProjectBackups backups(path);
    QCOMPARE(backups.list().size(), 0);

    // Import: the backup holds the project as it was just before (read from the file, not from the program).
    const Counts beforeImport = countsOf(path);
    ImportReport report;
    ReadError readError;
    QVERIFY(project->importFile(csv(QStringLiteral("first.csv"), 10), {}, nullptr, &report, &readError));
    QCOMPARE(backups.list().size(), 1);
    QCOMPARE(backups.list().first().reason, QStringLiteral("before import of first.csv"));
    QCOMPARE(countsOf(backups.list().first().path), beforeImport);
    QCOMPARE(QFileInfo(backups.list().first().path).dir().dirName(), QStringLiteral("bulk.uproot-backups"));

    // Planning.
    const Counts beforePlan = countsOf(path);
    QCOMPARE(beforePlan.installations, 15);
    QCOMPARE(beforePlan.tasks, 0);
    PlanResult plan;
    QVERIFY2(project->plan(&plan, &error), qPrintable(error));
    QCOMPARE(backups.list().size(), 2);
    QCOMPARE(backups.list().first().reason, QStringLiteral("before planning"));
    QCOMPARE(countsOf(backups.list().first().path), beforePlan);

    // A change of the directive's rules.
    const Counts beforeRules = countsOf(path);
    QVERIFY(beforeRules.tasks > 0);
    const DirectiveRecord directive = project->primaryDirective();
    QJsonObject def = QJsonDocument::fromJson(directive.definitionJson.toUtf8()).object();
    def.insert(QStringLiteral("title"),
               QString(def.value(QStringLiteral("title")).toString() + QStringLiteral(" (agency copy)")));
    QVERIFY2(project->changeDirective(directive.id, QString::fromUtf8(QJsonDocument(def).toJson()), &error),
             qPrintable(error));
    QCOMPARE(backups.list().size(), 3);
    QVERIFY2(backups.list().first().reason.startsWith(QStringLiteral("before changing the rules of")),
             qPrintable(backups.list().first().reason));
    QCOMPARE(countsOf(backups.list().first().path), beforeRules);

    // Each backup is a project of its own: it opens, read-only, and passes the full check.
    for (const ProjectBackup &b : backups.list()) {
        auto copy = Project::open(b.path, true, &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->integrityCheck(), QStringLiteral("ok"));
        QVERIFY(b.size > 0);
        QVERIFY(b.when.isValid());
        // Nothing but the one file: a backup copies as it is.
        QVERIFY(!QFile::exists(b.path + QStringLiteral("-wal")));
    }
}

void TestBackups::restorePutsBackTheOldContent()
{
    const QString path = newProject(QStringLiteral("restore.uproot"));
    QString error;
    {
        auto project = Project::open(path, false, &error);
        QVERIFY2(project, qPrintable(error));
        ImportReport report;
        ReadError readError;
        QVERIFY(project->importFile(csv(QStringLiteral("r1.csv"), 4), {}, nullptr, &report, &readError));
        QVERIFY(project->importFile(csv(QStringLiteral("r2.csv"), 6, 100), {}, nullptr, &report, &readError));
    }
    ProjectBackups backups(path);
    QCOMPARE(backups.list().size(), 2);
    const ProjectBackup beforeSecond = backups.list().first();
    QCOMPARE(beforeSecond.reason, QStringLiteral("before import of r2.csv"));
    const Counts old = countsOf(beforeSecond.path);
    const Counts now = countsOf(path);
    QCOMPARE(old.installations, 6);
    QCOMPARE(now.installations, 15);

    ProjectLock lock(path);
    LockHolder holder;
    QCOMPARE(lock.tryAcquire(&holder, &error), ProjectLock::Outcome::Acquired);
    ProjectBackup kept;
    QVERIFY2(backups.restore(beforeSecond.path, &error, &kept), qPrintable(error));
    QCOMPARE(countsOf(path), old);
    // The file as it was is a backup of its own, the newest.
    QCOMPARE(kept.reason, QStringLiteral("before restore"));
    QCOMPARE(backups.list().first().path, kept.path);
    QCOMPARE(countsOf(kept.path), now);
    auto reopened = Project::open(path, false, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(reopened->inventory().installationCount(), old.installations);

    // A damaged backup is refused and the project is left as it is.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.uproot"));
    QFile f(damaged);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    reopened.reset();
    QVERIFY(!backups.restore(damaged, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(countsOf(path), old);
}

void TestBackups::pruningKeepsTheBounds()
{
    const QString path = newProject(QStringLiteral("prune.uproot"));
    QString error;
    ProjectBackups backups(path);
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::OpenExisting, &error);
        QVERIFY2(store, qPrintable(error));
        for (int i = 1; i <= 8; ++i)
            QVERIFY2(backups.take(*store, QStringLiteral("step %1").arg(i), &error), qPrintable(error));
    }
    // The newest ones, at most five and at most as many as fit in three times the project's size (these are
    // all of the same project, so of one size).
    const qint64 projectSize = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    const qint64 backupSize = QFileInfo(backups.list().first().path).size();
    QVERIFY(backupSize > 0);
    const qint64 fit =
        qBound<qint64>(qint64(1), ProjectBackups::kSizeFactor * projectSize / backupSize, qint64(5));
    QStringList expected;
    for (qint64 i = 8; i > 8 - fit; --i)
        expected << QStringLiteral("step %1").arg(i);
    QStringList reasons;
    for (const ProjectBackup &b : backups.list())
        reasons << b.reason;
    QCOMPARE(reasons, expected);
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files).size(), int(fit));

    // A large old backup (of this project when it was big) goes once it would take the backups past three
    // times the project's size; a file the user put in the folder is never touched.
    const QString big = newProject(QStringLiteral("big.uproot"));
    {
        auto project = Project::open(big, false, &error);
        ImportReport report;
        ReadError readError;
        QVERIFY(project->importFile(csv(QStringLiteral("big.csv"), 20000), {}, nullptr, &report, &readError));
    }
    const QString oldBig =
        backups.folder() + QStringLiteral("/2000-01-01 00.00.00.000 UTC when it was big.uproot");
    QVERIFY(QFile::copy(big, oldBig));
    const QString mine = backups.folder() + QStringLiteral("/my notes.txt");
    QVERIFY(QFile(mine).open(QIODevice::WriteOnly));
    QVERIFY(QFileInfo(oldBig).size() > 3 * QFileInfo(path).size());
    QCOMPARE(backups.list().size(), int(fit) + 1);
    backups.prune();
    QCOMPARE(backups.list().size(), int(fit));
    QVERIFY(!QFile::exists(oldBig));
    QVERIFY(QFile::exists(mine));
    qint64 total = 0;
    for (const ProjectBackup &b : backups.list())
        total += b.size;
    QVERIFY(total <= ProjectBackups::kSizeFactor * QFileInfo(path).size());
}

void TestBackups::theCommandLineListsAndRestores()
{
    const QString path = newProject(QStringLiteral("cli.uproot"));
    Run run = runUproot({QStringLiteral("import"), path, csv(QStringLiteral("c1.csv"), 2)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runUproot({QStringLiteral("plan"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runUproot({QStringLiteral("backups"), path});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("1  ")) &&
                 lines.at(0).contains(QStringLiteral("before planning")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("before import of c1.csv")), qPrintable(lines.at(1)));

    // Back to before the import: no installations, and what was there is kept.
    const Counts imported = countsOf(path);
    run = runUproot({QStringLiteral("restore"), path, QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(countRows(path, "installations"), 0);
    const QList<ProjectBackup> after = ProjectBackups(path).list();
    QCOMPARE(after.first().reason, QStringLiteral("before restore"));
    QCOMPARE(countsOf(after.first().path), imported);
    QVERIFY2(run.out.contains(after.first().path), qPrintable(run.out));
    // The trail is shorter than the one pinned before the restore, and that is no tampering: the restore is
    // its last line, naming the backup, and the check says what was set aside instead of "truncated".
    run = runUproot({QStringLiteral("audit"), path});
    const QString lastLine = run.out.trimmed().split(u'\n').last();
    QVERIFY2(lastLine.contains(QStringLiteral("  restore  restored from the backup %1")
                                   .arg(QFileInfo(after.at(2).path).fileName())),
             qPrintable(lastLine));
    QVERIFY2(lastLine.contains(QStringLiteral("kept as %1").arg(QFileInfo(after.first().path).fileName())),
             qPrintable(lastLine));
    run = runUproot({QStringLiteral("audit"), path, QStringLiteral("--verify")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("it was restored on")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("it holds the head kept in your settings")), qPrintable(run.out));

    // A number that names no backup is bad input, and changes nothing.
    run = runUproot({QStringLiteral("restore"), path, QStringLiteral("9")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(countRows(path, "installations"), 0);
    QVERIFY(!QFile::exists(ProjectLock::lockPath(path)));
}

void TestBackups::aSecondWriterFailsNamingTheHolder()
{
    const QString path = newProject(QStringLiteral("held.uproot"));
    ProjectLock lock(path);
    LockHolder holder;
    QString error;
    QCOMPARE(lock.tryAcquire(&holder, &error), ProjectLock::Outcome::Acquired);
    // The record says who: this test's process, user and host.
    const LockHolder record = ProjectLock::currentHolder(path);
    QCOMPARE(record.pid, QCoreApplication::applicationPid());
    QCOMPARE(record.host, QSysInfo::machineHostName());

    const qint64 before = countRows(path, "installations");
    const Run run = runUproot({QStringLiteral("import"), path, csv(QStringLiteral("held.csv"), 3)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("held by %1 on host %2").arg(record.user, record.host)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("waiting up to")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("database is locked")), qPrintable(run.err));
    QCOMPARE(countRows(path, "installations"), before);
    // So does a second window's way in, without waiting.
    ProjectLock second(path);
    QCOMPARE(second.tryAcquire(&holder, &error), ProjectLock::Outcome::Held);
    QCOMPARE(holder.pid, QCoreApplication::applicationPid());

    // Once the holder lets go, the writer goes ahead and leaves no record behind.
    lock.release();
    QVERIFY(!QFile::exists(ProjectLock::lockPath(path)));
    const Run again = runUproot({QStringLiteral("import"), path, csv(QStringLiteral("held.csv"), 3)});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(countRows(path, "installations") > before);
    QVERIFY(!QFile::exists(ProjectLock::lockPath(path)));
}

void TestBackups::aStaleLockIsCleared()
{
    const QString path = newProject(QStringLiteral("stale.uproot"));
    // A process id that no longer runs: a child that has ended.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QJsonObject record{{QStringLiteral("user"), QStringLiteral("alice")},
                       {QStringLiteral("host"), QSysInfo::machineHostName()},
                       {QStringLiteral("pid"), deadPid},
                       {QStringLiteral("program"), QStringLiteral("uproot")},
                       {QStringLiteral("since"), QStringLiteral("2026-01-02T03:04:05Z")}};
    QFile lockFile(ProjectLock::lockPath(path));
    QVERIFY(lockFile.open(QIODevice::WriteOnly));
    lockFile.write(QJsonDocument(record).toJson());
    lockFile.close();
    QVERIFY(ProjectLock::isStale(ProjectLock::currentHolder(path)));

    const Run run = runUproot({QStringLiteral("import"), path, csv(QStringLiteral("stale.csv"), 3)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("cleared the lock left by alice")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("process %1").arg(deadPid)), qPrintable(run.err));
    QCOMPARE(countRows(path, "installations"), 5);
    QVERIFY(!QFile::exists(ProjectLock::lockPath(path)));
}

void TestBackups::aLockFromAnotherMachineIsNeverCleared()
{
    const QString path = newProject(QStringLiteral("remote.uproot"));
    QJsonObject record{{QStringLiteral("user"), QStringLiteral("bob")},
                       {QStringLiteral("host"), QStringLiteral("ws12.example")},
                       {QStringLiteral("pid"), 4242},
                       {QStringLiteral("program"), QStringLiteral("uproot")},
                       {QStringLiteral("since"), QStringLiteral("2026-01-02T03:04:05Z")}};
    QFile lockFile(ProjectLock::lockPath(path));
    QVERIFY(lockFile.open(QIODevice::WriteOnly));
    lockFile.write(QJsonDocument(record).toJson());
    lockFile.close();
    const Run run = runUproot({QStringLiteral("plan"), path}, "0");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("held by bob on host ws12.example, process 4242 (uproot)")),
             qPrintable(run.err));
    QVERIFY(QFile::exists(ProjectLock::lockPath(path)));
    QCOMPARE(ProjectBackups(path).list().size(), 0);
    // Readers are not writers: they go ahead.
    const Run read = runUproot({QStringLiteral("findings"), path}, "0");
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
