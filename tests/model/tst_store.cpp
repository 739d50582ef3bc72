#include "../support/schemasteps.h"
#include "model/store/database.h"
#include "model/store/findingstore.h"
#include "model/store/inventorybulkload.h"
#include "model/store/inventorystore.h"
#include "model/store/schema.h"
#include "model/store/sqliteprojectstore.h"
#include "model/store/statement.h"
#include "model/store/taskstore.h"
#include "model/store/transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void createsAndReopens();
    void textAndDatesRoundTrip_data();
    void textAndDatesRoundTrip();
    void upgradesVersionZeroFile();
    void upgradesVersionOneFile();
    void refusesNewerVersion();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesToOverwriteOnCreate();
    void rollsBackAnUncommittedImport();
    void auditChainDetectsTampering();

private:
    QTemporaryDir m_dir;
};

void TestStore::createsAndReopens()
{
    const QString path = m_dir.filePath(QStringLiteral("a.uproot"));
    QString error;
    {
        auto store = SqliteProjectStore::open(path, ProjectStore::OpenMode::CreateNew, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), schema::kCurrentVersion);
        const auto work = store->beginWork(ProjectStore::WorkKind::Edit);
        QVERIFY(work->isActive());
        QVERIFY(work->setSetting(QStringLiteral("agency"), QStringLiteral("Department of Tests")));
        DirectiveRecord d;
        d.code = QStringLiteral("bod-17-01");
        d.title = QStringLiteral("Removal of Kaspersky-branded Products");
        d.issued = QDate(2017, 9, 13);
        const Id id = work->upsertDirective(d);
        QVERIFY(id > 0);
        QVERIFY(
            work->replaceMilestones(id, {{0, id, 1, QStringLiteral("plan-of-action"), QStringLiteral("Plan"),
                                          QDate(2017, 11, 12), QStringLiteral("falls on a Sunday")}}));
        const Id src = work->addImportSource({0, path, QStringLiteral("csv"), {}, {}, 0, 0, 0});
        SystemRecord s;
        s.name = QStringLiteral("WS-01");
        s.normalizedName = QStringLiteral("ws-01");
        const auto loaded = work->loadInventory(src);
        InventoryLoad &load = *loaded;
        const Id sys = load.addSystem(s);
        const Id title = load.addTitle(
            {0, QStringLiteral("Kaspersky Anti-Virus"), QStringLiteral("Kaspersky"), {}, {}, {}, {}});
        load.setTitleMatches(title, {{title, id, Confidence::Confirmed, QStringLiteral("r1"),
                                      QStringLiteral("publisher matched")}});
        load.addInstallation(sys, title, QStringLiteral("21.3"), {}, 2);
        load.addInstallation(sys, title, QStringLiteral("21.3"), {}, 3); // the same installation, seen again
        QString why;
        QVERIFY2(load.finish(&why), qPrintable(why));
        QCOMPARE(load.installationsCreated(), qint64(1));
        QCOMPARE(load.findingsCreated(), qint64(1));
        QVERIFY(work->commit());
    }
    auto again = SqliteProjectStore::open(path, ProjectStore::OpenMode::OpenExisting, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->settings().value(QStringLiteral("agency")), QStringLiteral("Department of Tests"));
    QCOMPARE(again->directives().all().size(), 1);
    QCOMPARE(again->directives().milestones().first().warning, QStringLiteral("falls on a Sunday"));
    QCOMPARE(again->inventory().installationCount(), qint64(1));
    QCOMPARE(again->inventory().installation(1).sourceLine, qint64(3)); // the row that saw it last
    QCOMPARE(again->findings().affectedSystemCount(), qint64(1));
    QCOMPARE(again->integrityCheck(), QStringLiteral("ok"));
    // WAL and foreign keys are on for every connection.
    Statement wal(again->database(), "PRAGMA journal_mode");
    QVERIFY(wal.next());
    QCOMPARE(wal.text(0), QStringLiteral("wal"));
    Statement fk(again->database(), "PRAGMA foreign_keys");
    QVERIFY(fk.next());
    QCOMPARE(fk.integer(0), 1);
}

void TestStore::textAndDatesRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ascii, a plan date")
        << QStringLiteral("Uninstall Kaspersky Endpoint Security") << QDate(2018, 1, 31);
    QTest::newRow("empty text, first day") << QStringLiteral("") << QDate(1, 1, 1);
    QTest::newRow("Cyrillic, last day")
        << QStringLiteral("\u041b\u0430\u0431\u043e\u0440\u0430\u0442\u043e\u0440\u0438\u044f "
                          "\u041a\u0430\u0441\u043f\u0435\u0440\u0441\u043a\u043e\u0433\u043e")
        << QDate(9999, 12, 31);
    QTest::newRow("ascii then a NUL-free emoji, leap day")
        << QStringLiteral("WS-0042 \U0001F512 locked") << QDate(2020, 2, 29);
    QTest::newRow("null text, no date") << QString() << QDate();
    QTest::newRow("year with leading zeros") << QStringLiteral("x") << QDate(999, 9, 9);
}

void TestStore::textAndDatesRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QString error;
    static int files = 0;
    auto store = SqliteProjectStore::open(m_dir.filePath(QStringLiteral("roundtrip-%1.uproot").arg(++files)),
                                          ProjectStore::OpenMode::CreateNew, &error);
    QVERIFY2(store, qPrintable(error));
    Database &db = store->database();
    Statement st(db, "SELECT ?1, ?2, typeof(?1), typeof(?2), length(?1)");
    st.bind(1, text).bindDate(2, date);
    QVERIFY(st.next());
    QCOMPARE(st.text(0), text);
    QCOMPARE(st.text(0).isNull(), text.isNull());
    QCOMPARE(st.date(1), date);
    QCOMPARE(st.text(3), date.isValid() ? QStringLiteral("text") : QStringLiteral("null"));
    if (date.isValid()) // stored as SQLite's own ISO text, so date() and SQL date functions agree
        QCOMPARE(st.text(1), date.toString(QStringLiteral("yyyy-MM-dd")));
    if (!text.isNull()) // characters, not UTF-16 units or bytes: the text is stored as UTF-8 text
        QCOMPARE(st.int64(4), qint64(text.toUcs4().size()));
}

void TestStore::upgradesVersionZeroFile()
{
    // An empty SQLite file has user_version 0 and no schema: migrate(0) brings it to the current version.
    const QString path = m_dir.filePath(QStringLiteral("zero.uproot"));
    {
        Database db;
        QString error;
        QVERIFY(db.open(path, true, false, &error));
        QVERIFY(db.exec("PRAGMA user_version = 0"));
    }
    QString error;
    auto store = SqliteProjectStore::open(path, ProjectStore::OpenMode::OpenExisting, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), schema::kCurrentVersion);
    const auto work = store->beginWork(ProjectStore::WorkKind::Edit);
    QVERIFY(work->setSetting(QStringLiteral("k"), QStringLiteral("v")));
    QVERIFY(work->commit());
    QCOMPARE(store->inventory().systemCount(), qint64(0));
}

void TestStore::upgradesVersionOneFile()
{
    // A version-1 file indexed installations by system and by title, and did not make them unique. Made here
    // by turning a current file back into that shape, with data in it.
    const QString path = m_dir.filePath(QStringLiteral("one.uproot"));
    QString error;
    {
        auto store = SqliteProjectStore::open(path, ProjectStore::OpenMode::CreateNew, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->database().exec(testsupport::kBackFromVersion8));
        QVERIFY(store->database().exec(testsupport::kBackFromVersion7));
        QVERIFY(store->database().exec(testsupport::kBackFromVersion6));
        QVERIFY(store->database().exec(testsupport::kBackFromVersion5));
        QVERIFY(store->database().exec(testsupport::kBackFromVersion4));
        QVERIFY(store->database().exec(
            "DROP TABLE finding_decisions;"
            "ALTER TABLE software_titles DROP COLUMN kind;"
            "DROP INDEX installations_by_system;"
            "CREATE INDEX installations_by_system ON installations(system_id);"
            "CREATE INDEX installations_by_title ON installations(title_id);"
            "INSERT INTO systems(id, name, norm_name) VALUES (1, 'WS-01', 'ws-01');"
            "INSERT INTO software_titles(id, name) VALUES (1, 'Kaspersky Endpoint Security');"
            "INSERT INTO installations(id, system_id, title_id, version) VALUES (1, 1, 1, '11.1');"
            // The same installation twice, as only a hand-edited file could have it, with a finding on each
            // copy for two directives: merged into row 1, which keeps one finding per directive.
            "INSERT INTO installations(id, system_id, title_id, version) VALUES (2, 1, 1, '11.1');"
            "INSERT INTO directives(id, code, title) VALUES (1, 'a', 'A'), (2, 'b', 'B');"
            "INSERT INTO findings(installation_id, directive_id, confidence, rule, matched) VALUES "
            "(1, 1, 'confirmed', 'r', 'm'), (2, 1, 'confirmed', 'r', 'm'), (2, 2, 'confirmed', 'r', 'm');"
            // A decision made before version 3 kept decisions apart from findings.
            "UPDATE findings SET state = 'false positive', reason = 'lab' WHERE installation_id = 1;"
            "PRAGMA user_version = 1"));
    }
    auto store = SqliteProjectStore::open(path, ProjectStore::OpenMode::OpenExisting, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), schema::kCurrentVersion);
    QCOMPARE(store->inventory().installationCount(), qint64(1));
    Statement findings(store->database(),
                       "SELECT installation_id, directive_id FROM findings ORDER BY directive_id");
    QVERIFY(findings.next());
    QCOMPARE(findings.int64(0), qint64(1));
    QCOMPARE(findings.int64(1), qint64(1));
    QVERIFY(findings.next());
    QCOMPARE(findings.int64(0), qint64(1));
    QCOMPARE(findings.int64(1), qint64(2));
    QVERIFY(!findings.next());
    Statement indexes(store->database(),
                      "SELECT name, \"unique\" FROM pragma_index_list('installations') ORDER BY name");
    QVERIFY(indexes.next());
    QCOMPARE(indexes.text(0), QStringLiteral("installations_by_system"));
    QCOMPARE(indexes.integer(1), 1);
    QVERIFY(!indexes.next());
    // The same system, title and version cannot be stored twice any more.
    QVERIFY(!store->database().exec(
        "INSERT INTO installations(system_id, title_id, version) VALUES (1, 1, '11.1')"));
    // Version 3 keeps the decision on the finding apart from it.
    Statement decisions(store->database(),
                        "SELECT installation_id, directive_id, state, reason FROM finding_decisions");
    QVERIFY(decisions.next());
    QCOMPARE(decisions.int64(0), qint64(1));
    QCOMPARE(decisions.int64(1), qint64(1));
    QCOMPARE(decisions.text(2), QStringLiteral("false positive"));
    QCOMPARE(decisions.text(3), QStringLiteral("lab"));
    QVERIFY(!decisions.next());
    // Version 4: the system keeps its row and gains plan data; teams can be saved.
    QCOMPARE(store->inventory().system(1).name, QStringLiteral("WS-01"));
    QCOMPARE(store->inventory().system(1).team, QString());
    {
        const auto work = store->beginWork(ProjectStore::WorkKind::Edit);
        QVERIFY(work->setPlanField(1, PlanField::Team, QStringLiteral("Alpha")));
        QVERIFY(work->saveTeam({0, QStringLiteral("Alpha"), 3, {QDate(2017, 12, 26)}}) > 0);
        QVERIFY(work->commit());
    }
    QCOMPARE(store->inventory().system(1).team, QStringLiteral("Alpha"));
    QCOMPARE(store->teams().find(QStringLiteral("Alpha")).daysOff, QList<QDate>{QDate(2017, 12, 26)});
}

void TestStore::refusesNewerVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.uproot"));
    QString error;
    {
        auto store = SqliteProjectStore::open(path, ProjectStore::OpenMode::CreateNew, &error);
        QVERIFY(store);
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(schema::kCurrentVersion + 1);
        QVERIFY(store->database().exec(sql.constData()));
    }
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto store = SqliteProjectStore::open(path, ProjectStore::OpenMode::OpenExisting, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    QVERIFY(error.contains(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestStore::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a text file") << QByteArray("Hostname,Software\nWS-01,Foo\n")
                                 << QStringLiteral("not an Uproot");
    // SQLite takes an empty file for an empty database; Uproot does not take it for a project (issue 14).
    QTest::newRow("an empty file") << QByteArray()
                                   << QStringLiteral("not an Uproot project (the file is empty)");
    QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << QStringLiteral("not an Uproot");
}

void TestStore::refusesForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QString error;
    auto store = SqliteProjectStore::open(path, ProjectStore::OpenMode::OpenExisting, &error);
    if (expected.isEmpty()) {
        QVERIFY2(store, qPrintable(error));
        return;
    }
    QVERIFY(!store);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestStore::refusesToOverwriteOnCreate()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.uproot"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    QString error;
    QVERIFY(!SqliteProjectStore::open(path, ProjectStore::OpenMode::CreateNew, &error));
    QVERIFY(error.contains(QLatin1String("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestStore::rollsBackAnUncommittedImport()
{
    const QString path = m_dir.filePath(QStringLiteral("tx.uproot"));
    QString error;
    auto store = SqliteProjectStore::open(path, ProjectStore::OpenMode::CreateNew, &error);
    QVERIFY(store);
    {
        const auto work = store->beginWork(ProjectStore::WorkKind::Bulk);
        const Id src = work->addImportSource({0, path, QStringLiteral("csv"), {}, {}, 0, 0, 0});
        const auto load = work->loadInventory(src);
        SystemRecord s;
        s.name = QStringLiteral("WS-02");
        s.normalizedName = QStringLiteral("ws-02");
        QCOMPARE(load->addSystem(s), Id(1));
        QString why;
        QVERIFY2(load->finish(&why), qPrintable(why));
        QVERIFY(work->appendAudit(QStringLiteral("ann"), QStringLiteral("import"), path));
        QCOMPARE(store->inventory().systemCount(), qint64(1)); // written, inside the unit of work
        // No commit: dropping the unit of work rolls back the rows and the audit line together.
    }
    QCOMPARE(store->inventory().systemCount(), qint64(0));
    QCOMPARE(store->audit().events().size(), 0);
    // The connection is back to its normal journal after the bulk unit.
    Statement wal(store->database(), "PRAGMA journal_mode");
    QVERIFY(wal.next());
    QCOMPARE(wal.text(0), QStringLiteral("wal"));
}

void TestStore::auditChainDetectsTampering()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.uproot"));
    QString error;
    auto store = SqliteProjectStore::open(path, ProjectStore::OpenMode::CreateNew, &error);
    QVERIFY(store);
    {
        const auto work = store->beginWork(ProjectStore::WorkKind::Edit);
        QVERIFY(work->appendAudit(QStringLiteral("ann"), QStringLiteral("import"), QStringLiteral("a.csv")));
        QVERIFY(
            work->appendAudit(QStringLiteral("bob"), QStringLiteral("task-status"), QStringLiteral("done")));
        QVERIFY(work->commit());
    }
    QCOMPARE(store->audit().verify(), Id(0));
    // The trail refuses updates from the program...
    QVERIFY(!store->database().exec("UPDATE audit_events SET actor = 'eve' WHERE id = 2"));
    // ...and a tamperer who drops the trigger is caught by the chain.
    QVERIFY(store->database().exec("DROP TRIGGER audit_events_append_only_update"));
    QVERIFY(store->database().exec("UPDATE audit_events SET actor = 'eve' WHERE id = 2"));
    QCOMPARE(store->audit().verify(), Id(2));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
