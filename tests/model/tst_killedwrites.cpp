// A process killed at any moment leaves every change and its audit line both in the file or neither: a child
// process (this program, started with --edit-forever) edits a project through the project's commands as fast
// as it can, and is killed at random moments; after each kill the project must open, pass the integrity
// check, and every task's status must be the one its last audit line says it was set to.
//
// The big writes are killed too, 50 times in all: an import (the uproot program itself), a plan, a bulk edit
// of plan data and a change of a directive's rules (a child that flips the project between two states for
// ever). After each kill SQLite's integrity check passes on a connection of the test's own, and the project
// is wholly in the state before the write or wholly in the state after it, by counts the test works out from
// what it wrote, never from the program's output.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

using namespace uproot;

namespace {

const char *const kChildFlag = "--edit-forever";

// The child: flips task statuses one command at a time, and undoes and redoes the plan now and then (which
// removes and puts back every task of a system in one unit of work). Never returns; the parent kills it.
int editForever(const QString &path)
{
    QString error;
    std::unique_ptr<Project> project = Project::open(path, false, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<Id> ids;
    PageQuery all;
    all.limit = 1000;
    for (const TaskRecord &t : project->tasks().page(all))
        ids.append(t.id);
    for (quint64 i = 0;; ++i) {
        const Id id = ids.at(int(i % quint64(ids.size())));
        const TaskRecord task = project->tasks().task(id);
        if (task.id)
            project->setTaskStatus(id, task.status == TaskStatus::Done ? TaskStatus::InProgress : TaskStatus::Done);
        // Told after the first change has landed, so that every round's kill falls among writes, however
        // slowly a loaded machine starts the child.
        if (i == 0) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
        if (i % 7 == 0) {
            PlanResult result;
            project->plan(&result, &error);
        }
        if (i % 11 == 0 && project->undoStack()->canUndo())
            project->undoStack()->undo();
    }
}

const char *const kFlipFlag = "--flip-forever";

// The fixture of the big writes: systems with one covered product each, and two products nothing covers.
constexpr int kSystems = 240;
constexpr int kStepsPerSystem =
    11; // resources/templates/default-tasks.json: the steps of a workstation's work
const QDate kStartA(2018, 1, 8);
const QDate kStartB(2024, 1, 8); // years after any plan from kStartA ends
const char *const kExclusionMarker = "exclude-killed-writes-test";

// The definition of bod-17-01 with one more rule: an exclusion that takes the fixture's covered product off
// the report, so that changing between the two turns every finding from open to excluded and back.
QString withExclusion(const QString &definition)
{
    QJsonObject o = QJsonDocument::fromJson(definition.toUtf8()).object();
    QJsonArray rules = o.value(QLatin1String("rules")).toArray();
    rules.append(QJsonObject{
        {QStringLiteral("id"), QString::fromLatin1(kExclusionMarker)},
        {QStringLiteral("kind"), QStringLiteral("product-name")},
        {QStringLiteral("effect"), QStringLiteral("exclude")},
        {QStringLiteral("description"), QStringLiteral("The killed-writes test's exclusion")},
        {QStringLiteral("patterns"), QJsonArray{QStringLiteral("*endpoint security for windows*")}}});
    o.insert(QStringLiteral("rules"), rules);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString withoutExclusion(const QString &definition)
{
    QJsonObject o = QJsonDocument::fromJson(definition.toUtf8()).object();
    QJsonArray rules;
    for (const QJsonValue &rule : o.value(QLatin1String("rules")).toArray()) {
        if (rule.toObject().value(QLatin1String("id")).toString() != QLatin1String(kExclusionMarker))
            rules.append(rule);
    }
    o.insert(QStringLiteral("rules"), rules);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The child of the big writes: flips the project between two states, one command at a time, for ever.
//   plan:      plans from kStartA, then from kStartB, then from kStartA ...
//   bulk:      sets the criticality of every system to high, then low, then high ...
//   directive: adds the exclusion to the directive's rules, then takes it away again ...
int flipForever(const QString &kind, const QString &path)
{
    QString error;
    std::unique_ptr<Project> project = Project::open(path, false, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<Id> systems = project->inventory().systemIdsByNormalizedName().values();
    const DirectiveRecord directive = project->primaryDirective();
    const QString plain = withoutExclusion(directive.definitionJson);
    const QString excluded = withExclusion(plain);
    for (quint64 i = 0;; ++i) {
        bool ok = false;
        if (kind == QLatin1String("plan")) {
            PageQuery all;
            all.limit = kSystems * kStepsPerSystem;
            const QList<TaskRecord> tasks = project->tasks().page(all);
            const bool onA = std::none_of(tasks.cbegin(), tasks.cend(),
                                          [](const TaskRecord &t) { return t.due >= kStartB; });
            PlanResult result;
            ok = project->plan({onA ? kStartB : kStartA, {}}, &result, &error);
        } else if (kind == QLatin1String("bulk")) {
            const bool high =
                project->inventory().system(systems.first()).criticality == QLatin1String("high");
            ok = project->setPlanData(systems, PlanField::Criticality,
                                      high ? QStringLiteral("low") : QStringLiteral("high"), &error);
        } else {
            const bool has =
                project->primaryDirective().definitionJson.contains(QLatin1String(kExclusionMarker));
            ok = project->changeDirective(directive.id, has ? plain : excluded, &error);
        }
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        // The undo stack would keep every step; the child needs none of them.
        project->undoStack()->clear();
        if (i == 0) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
}

// A connection of the test's own, read-write so that it rolls back what a killed writer left in the journal.
class RawProject
{
public:
    explicit RawProject(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(path));
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawProject() { sqlite3_close(m_db); }
    RawProject(const RawProject &) = delete;
    RawProject &operator=(const RawProject &) = delete;

    QString text(const char *sql) const
    {
        sqlite3_stmt *st = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sql, sqlite3_errmsg(m_db));
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return value;
    }
    qint64 count(const char *sql) const { return text(sql).toLongLong(); }

private:
    sqlite3 *m_db = nullptr;
};

QString integrityCheck(const QString &path)
{
    return RawProject(path).text("PRAGMA integrity_check");
}

// Kills the child after it said it is ready, at a random moment within the next maxMs milliseconds. False
// when it had ended by itself before (then it was no kill).
bool killAfterReady(QProcess &child, QRandomGenerator &random, int maxMs, QString *why)
{
    if (!child.waitForStarted() || !child.waitForReadyRead(60000)) {
        *why = QString::fromUtf8(child.readAllStandardError());
        return false;
    }
    QThread::msleep(1 + random.bounded(maxMs));
    const bool running = child.state() == QProcess::Running;
    child.kill();
    child.waitForFinished();
    if (!running)
        *why = QString::fromUtf8(child.readAllStandardError());
    return running;
}

} // namespace

class TestKilledWrites : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void changeAndAuditLineLandTogether();
    void killedImportLandsWholeOrNotAtAll();
    void killedPlanLandsWholeOrNotAtAll();
    void killedBulkEditLandsWholeOrNotAtAll();
    void killedDirectiveChangeLandsWholeOrNotAtAll();
    void cleanupTestCase();

private:
    // A copy of the fixture project for one test.
    QString fixtureCopy(const QString &name);
    // Runs the flipping child kills times; check(round) says whether the project is wholly in one state.
    void killFlips(const QString &kind, const QString &path, int kills,
                   const std::function<void(int)> &check);

    QTemporaryDir m_dir;
    QString m_fixture;
    QRandomGenerator m_random{20171113};
    int m_bigKills = 0;
};

void TestKilledWrites::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("fixture.uproot"));
    QString error;
    auto project = Project::create(m_fixture, QStringLiteral("bod-17-01"), QDate(), {},
                                   DirectiveCatalog::builtin(), &error);
    QVERIFY2(project, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("fixture.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version\n");
    for (int i = 0; i < kSystems; ++i) {
        f.write(QStringLiteral("FX-%1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.%2\n"
                               "FX-%1,7-Zip,Igor Pavlov,19.00\nFX-%1,Notepad++,Notepad++ Team,8.%2\n")
                    .arg(i)
                    .arg(i % 5)
                    .toUtf8());
    }
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    PlanResult plan;
    QVERIFY2(project->plan({kStartA, {}}, &plan, &error), qPrintable(error));
    project.reset();
    // The fixture as the test wrote it, counted on the test's own connection.
    const RawProject raw(m_fixture);
    QCOMPARE(raw.count("SELECT count(*) FROM systems"), qint64(kSystems));
    QCOMPARE(raw.count("SELECT count(*) FROM findings WHERE state = 'open'"), qint64(kSystems));
    QCOMPARE(raw.count("SELECT count(*) FROM tasks"), qint64(kSystems * kStepsPerSystem));
    QVERIFY(raw.text("SELECT max(due) FROM tasks") < kStartB.toString(Qt::ISODate));
}

void TestKilledWrites::cleanupTestCase()
{
    // The issue's count: at least 50 kills of the big writes, besides the 15 of the edits.
    qInfo("%d kills of imports, plans, bulk edits and directive changes", m_bigKills);
    QVERIFY(m_bigKills >= 50);
}

QString TestKilledWrites::fixtureCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_fixture, path))
        qFatal("cannot copy the fixture");
    return path;
}

void TestKilledWrites::killFlips(const QString &kind, const QString &path, int kills,
                                 const std::function<void(int)> &check)
{
    int done = 0;
    for (int round = 0; done < kills && round < kills * 3; ++round) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kFlipFlag), kind, path});
        QString why;
        const bool killed = killAfterReady(child, m_random, 250, &why);
        QVERIFY2(killed || why.isEmpty(), qPrintable(why));
        if (killed) {
            ++done;
            ++m_bigKills;
        }
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        check(round);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(done, kills);
    // And the project opens and its audit trail is whole.
    QString error;
    auto project = Project::open(path, false, &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->audit().verify(), Id(0));
}

void TestKilledWrites::killedPlanLandsWholeOrNotAtAll()
{
    const QString path = fixtureCopy(QStringLiteral("plan.uproot"));
    const QString a = kStartA.toString(Qt::ISODate);
    const QString b = kStartB.toString(Qt::ISODate);
    killFlips(QStringLiteral("plan"), path, 12, [&](int round) {
        const RawProject raw(path);
        // Every affected system has all its steps, and every task is from one plan: all before kStartB (the
        // plan from kStartA) or all from kStartB on; the plans in the audit trail say which it must be.
        QCOMPARE(raw.count("SELECT count(*) FROM tasks"), qint64(kSystems * kStepsPerSystem));
        // Tasks due on a directive's fixed date (before either start) are the same in both plans; the others
        // are all on or after kStartB, or all before it.
        const qint64 fromB =
            raw.count(qPrintable(QStringLiteral("SELECT count(*) FROM tasks WHERE due >= '%1'").arg(b)));
        const qint64 between = raw.count(qPrintable(
            QStringLiteral("SELECT count(*) FROM tasks WHERE due >= '%1' AND due < '%2'").arg(a, b)));
        const bool onB = fromB > 0;
        QVERIFY2(fromB == 0 || between == 0,
                 qPrintable(QStringLiteral("round %1: tasks from both plans (%2 from %3, %4 between)")
                                .arg(round)
                                .arg(fromB)
                                .arg(b)
                                .arg(between)));
        const qint64 plans = raw.count("SELECT count(*) FROM audit_events WHERE action = 'plan'");
        QVERIFY2(onB == (plans % 2 == 0),
                 qPrintable(QStringLiteral("round %1: %2 plans in the audit trail, %3 tasks from %4")
                                .arg(round)
                                .arg(plans)
                                .arg(fromB)
                                .arg(b)));
    });
}

void TestKilledWrites::killedBulkEditLandsWholeOrNotAtAll()
{
    const QString path = fixtureCopy(QStringLiteral("bulk.uproot"));
    killFlips(QStringLiteral("bulk"), path, 12, [&](int round) {
        const RawProject raw(path);
        // One criticality for every system, and one audit line per system per edit, the last saying it.
        const qint64 values = raw.count("SELECT count(DISTINCT coalesce(criticality, '')) FROM systems");
        QVERIFY2(values == 1,
                 qPrintable(QStringLiteral("round %1: %2 criticalities").arg(round).arg(values)));
        const qint64 lines = raw.count("SELECT count(*) FROM audit_events WHERE action = 'plan-data'");
        QVERIFY2(lines % kSystems == 0,
                 qPrintable(QStringLiteral("round %1: %2 plan-data audit lines").arg(round).arg(lines)));
        const QString value = raw.text("SELECT coalesce(criticality, '') FROM systems LIMIT 1");
        const QString detail =
            raw.text("SELECT detail FROM audit_events WHERE action = 'plan-data' ORDER BY id DESC LIMIT 1");
        QVERIFY2(lines == 0 ? value.isEmpty() : detail.endsWith(QStringLiteral("-> \"%1\"").arg(value)),
                 qPrintable(QStringLiteral("round %1: systems say %2, the audit trail %3")
                                .arg(round)
                                .arg(value, detail)));
    });
}

void TestKilledWrites::killedDirectiveChangeLandsWholeOrNotAtAll()
{
    const QString path = fixtureCopy(QStringLiteral("directive.uproot"));
    killFlips(QStringLiteral("directive"), path, 12, [&](int round) {
        const RawProject raw(path);
        // With the exclusion every finding is excluded, without it every finding is open; the audit trail's
        // changes of the rules say which.
        const bool has = raw.text("SELECT definition FROM directives WHERE code = 'bod-17-01'")
                             .contains(QLatin1String(kExclusionMarker));
        const qint64 open = raw.count("SELECT count(*) FROM findings WHERE state = 'open'");
        const qint64 excluded = raw.count("SELECT count(*) FROM findings WHERE state = 'excluded'");
        QVERIFY2(has ? (open == 0 && excluded == kSystems) : (open == kSystems && excluded == 0),
                 qPrintable(QStringLiteral("round %1: exclusion %2, %3 open and %4 excluded findings")
                                .arg(round)
                                .arg(has ? QStringLiteral("kept") : QStringLiteral("absent"))
                                .arg(open)
                                .arg(excluded)));
        const qint64 changes =
            raw.count("SELECT count(*) FROM audit_events WHERE action = 'directive-rules'");
        QVERIFY2(has == (changes % 2 == 1),
                 qPrintable(
                     QStringLiteral("round %1: %2 rule changes in the audit trail").arg(round).arg(changes)));
    });
}

void TestKilledWrites::killedImportLandsWholeOrNotAtAll()
{
    const QString path = fixtureCopy(QStringLiteral("import.uproot"));
    constexpr int Hosts = 3000;
    constexpr int AppsPerHost = 5;
    constexpr int CoveredEvery = 10; // one host in ten has the covered product
    constexpr int Kills = 14;
    struct State
    {
        qint64 sources, systems, installations, findings, audit;
        bool operator==(const State &) const = default;
    };
    const auto state = [&] {
        const RawProject raw(path);
        return State{
            raw.count("SELECT count(*) FROM import_sources"), raw.count("SELECT count(*) FROM systems"),
            raw.count("SELECT count(*) FROM installations"), raw.count("SELECT count(*) FROM findings"),
            raw.count("SELECT count(*) FROM audit_events")};
    };
    const QString journal = path + QStringLiteral("-journal");
    qint64 writeMs = 0; // how long an import writes, from the first import, which is not killed
    int kills = 0;
    for (int round = 0; kills < Kills && round < Kills * 3; ++round) {
        // New systems every round, so that each import that lands adds what the file holds.
        const QString csv = m_dir.filePath(QStringLiteral("round-%1.csv").arg(round));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray text = "Hostname,Software,Publisher,Version\n";
            for (int h = 0; h < Hosts; ++h) {
                const QByteArray host = "R" + QByteArray::number(round) + "-H" + QByteArray::number(h);
                for (int a = 0; a < AppsPerHost; ++a) {
                    const QByteArray product =
                        a == 0 && h % CoveredEvery == 0
                            ? QByteArray(",Kaspersky Anti-Virus,AO Kaspersky Lab,")
                            : QByteArray(",Tool " + QByteArray::number(a) + ",Vendor,");
                    text += host + product + QByteArray::number(h % 3) + ".0\n";
                }
            }
            f.write(text);
        }
        const State before = state();
        const State after{before.sources + 1, before.systems + Hosts,
                          before.installations + Hosts * AppsPerHost, before.findings + Hosts / CoveredEvery,
                          0};
        QProcess child;
        child.start(QStringLiteral(UPROOT_EXE), {QStringLiteral("import"), path, csv});
        QVERIFY(child.waitForStarted());
        QElapsedTimer writing;
        bool killed = false;
        if (writeMs == 0) {
            for (int i = 0; i < 200000 && child.state() == QProcess::Running && !QFile::exists(journal); ++i)
                QThread::usleep(100);
            writing.start();
            QVERIFY(child.waitForFinished(300000));
            writeMs = qMax<qint64>(writing.elapsed(), 20);
            qInfo("an import of %d rows writes for %lld ms", Hosts * AppsPerHost, writeMs);
        } else {
            // The write has begun once its rollback journal exists: killed then, at a random moment of it.
            for (int i = 0; i < 200000 && child.state() == QProcess::Running && !QFile::exists(journal); ++i)
                QThread::usleep(100);
            QThread::msleep(m_random.bounded(int(writeMs)));
            killed = child.state() == QProcess::Running;
            child.kill();
            child.waitForFinished();
        }
        if (killed) {
            ++kills;
            ++m_bigKills;
        } else {
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                     child.readAllStandardError().constData());
        }
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        State now = state();
        const bool landed = now.audit > before.audit;
        now.audit = 0;
        State unchanged = before;
        unchanged.audit = 0;
        QVERIFY2(
            landed ? now == after : now == unchanged,
            qPrintable(QStringLiteral("round %1 (%2): %3 sources, %4 systems, %5 installations, %6 findings")
                           .arg(round)
                           .arg(killed ? QStringLiteral("killed") : QStringLiteral("finished"))
                           .arg(now.sources)
                           .arg(now.systems)
                           .arg(now.installations)
                           .arg(now.findings)));
        QVERIFY2(killed || landed, "an import that finished left nothing");
    }
    QCOMPARE(kills, Kills);
}

void TestKilledWrites::changeAndAuditLineLandTogether()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.uproot"));
    {
        QString error;
        const DirectiveCatalog catalog = DirectiveCatalog::builtin();
        auto project = Project::create(path, QStringLiteral("bod-17-01"), QDate(), {}, catalog, &error);
        QVERIFY2(project, qPrintable(error));
        const QString csv = dir.filePath(QStringLiteral("inventory.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Hostname,Software,Publisher,Version\n");
        for (int i = 0; i < 40; ++i)
            f.write(QStringLiteral("WS-%1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.%2\n")
                        .arg(i)
                        .arg(i % 5)
                        .toUtf8());
        f.close();
        ImportReport report;
        ReadError readError;
        QVERIFY2(project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
        PlanResult plan;
        QVERIFY2(project->plan(&plan, &error), qPrintable(error));
        QCOMPARE(plan.systems, qint64(40));
    }
    const QRegularExpression taskLine(QStringLiteral("^(.+) step (\\d+): (.+) -> (.+)$"));
    QRandomGenerator random(20171113);
    int kills = 0;
    qint64 lastAuditCount = 0;
    for (int round = 0; round < 15; ++round) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildFlag), path});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForReadyRead(10000), qPrintable(QString::fromUtf8(child.readAllStandardError())));
        QThread::msleep(5 + random.bounded(120));
        child.kill();
        QVERIFY(child.waitForFinished());
        ++kills;

        QString error;
        auto project = Project::open(path, false, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->integrityCheck(), QStringLiteral("ok"));
        const QList<AuditEvent> events = project->audit().events();
        QVERIFY2(events.size() > lastAuditCount, "the child wrote nothing before it was killed");
        lastAuditCount = events.size();
        QCOMPARE(project->audit().verify(), Id(0));
        // The status each task was last set to, by its audit lines; a plan or its undo since then may have
        // removed or put the task back (with its status), so only tasks that exist are compared.
        QHash<QString, QString> lastSetTo;
        for (const AuditEvent &e : events) {
            const QRegularExpressionMatch m = taskLine.match(e.detail);
            if (e.action == QLatin1String("task-status") && m.hasMatch())
                lastSetTo.insert(m.captured(1) + u'#' + m.captured(2), m.captured(4));
        }
        PageQuery all;
        all.limit = 1000;
        int compared = 0;
        for (const TaskRecord &t : project->tasks().page(all)) {
            const QString key = t.system + u'#' + QString::number(t.step);
            const QString expected = lastSetTo.value(key, toString(TaskStatus::ToDo));
            QVERIFY2(toString(t.status) == expected,
                     qPrintable(QStringLiteral("round %1: %2 is %3 but its last audit line set it to %4")
                                    .arg(round)
                                    .arg(key, toString(t.status), expected)));
            ++compared;
        }
        QVERIFY(compared > 0);
    }
    QCOMPARE(kills, 15);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return editForever(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 4 && qstrcmp(argv[1], kFlipFlag) == 0) {
        QCoreApplication app(argc, argv);
        return flipForever(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestKilledWrites test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killedwrites.moc"
