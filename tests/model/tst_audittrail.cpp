// The audit trail cannot be rewritten unnoticed (issue 14 item 3): its head is pinned in the user's settings
// after every change and printed in every document, and `uproot audit --verify [--against DOCUMENT.pdf]`
// tells a trail cut short or rewritten (with a correctly recomputed chain) from a sound one. The settings
// live in a temporary folder (XDG_CONFIG_HOME, which the program run by the tests inherits); tampering goes
// through a raw sqlite3 connection, and the chain is recomputed here with a SHA-256 of the test's own.
#include "../support/clirun.h"

#include "model/documents/pdfaudithead.h"
#include "model/project/auditpins.h"
#include "model/project/project.h"
#include "model/readers/readerfactory.h"
#include "model/readers/recordreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace uproot;

namespace {

struct Row
{
    qint64 id = 0;
    QString at, actor, action, detail, prev, hash;
};

QString text(sqlite3_stmt *st, int column)
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return t ? QString::fromUtf8(t) : QString();
}

// The rows as the file holds them, read without the store.
QList<Row> rawRows(const QString &path)
{
    QList<Row> rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return rows;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, at, actor, action, detail, prev, hash FROM audit_events ORDER BY id",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        rows.append({sqlite3_column_int64(st, 0), text(st, 1), text(st, 2), text(st, 3), text(st, 4),
                     text(st, 5), text(st, 6)});
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rows;
}

bool rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        qWarning("%s", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

// The chain as a forger would recompute it: SHA-256 over the previous hash and the event's fields, each
// followed by a unit separator.
QString forgedHash(const QString &prev, const Row &r)
{
    QByteArray data;
    for (const QString &part : {prev, r.at, r.actor, r.action, r.detail})
        data += part.toUtf8() + '\x1f';
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The append-only triggers as Uproot creates them: a forger puts them back after the deed, so that the file's
// schema passes the check on open (a file without them is refused: tst_projectcheck) and only the pinned head
// can tell.
const QByteArray kRestoreTriggers =
    "CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events\n"
    "    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;\n"
    "CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events\n"
    "    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;\n";

// Drops the append-only triggers, changes one event's detail and writes the whole chain again, as it would be
// had the event always read so.
bool rewriteEvent(const QString &path, qint64 id, const QString &detail)
{
    QList<Row> rows = rawRows(path);
    QByteArray sql = "DROP TRIGGER IF EXISTS audit_events_append_only_update;"
                     "DROP TRIGGER IF EXISTS audit_events_append_only_delete; BEGIN;";
    QString prev(64, u'0');
    for (Row &r : rows) {
        if (r.id == id)
            r.detail = detail;
        const QString hash = forgedHash(prev, r);
        const QString escaped = QString(r.detail).replace(u'\'', QLatin1String("''"));
        sql +=
            QStringLiteral("UPDATE audit_events SET detail = '%1', prev = '%2', hash = '%3' WHERE id = %4;")
                .arg(escaped, prev, hash)
                .arg(r.id)
                .toUtf8();
        prev = hash;
    }
    return rawExec(path, sql + "COMMIT;" + kRestoreTriggers);
}

bool truncate(const QString &path, int last)
{
    return rawExec(
        path, "DROP TRIGGER IF EXISTS audit_events_append_only_update;"
              "DROP TRIGGER IF EXISTS audit_events_append_only_delete;"
              "DELETE FROM audit_events WHERE id IN (SELECT id FROM audit_events ORDER BY id DESC LIMIT " +
                  QByteArray::number(last) + ");" + kRestoreTriggers);
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void everyChangeIsPinnedInTheSettings();
    void soundTrailVerifies();
    void truncationIsDetected();
    void rewritingIsDetected();
    void cutAndRefilledIsRewritten();
    void movedFileIsKnownByItsIdentity();
    void againstTheDocumentPrintedBefore();
    void exportsMatchTheRows_data();
    void exportsMatchTheRows();
    void pinsAreBounded();

private:
    using Result = testsupport::CliResult;
    Result uproot(const QStringList &args) { return testsupport::runUproot(args); }
    void clearPins();

    QTemporaryDir m_dir;
    QString m_project;
    int m_n = 0;
};

void TestAuditTrail::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The program and this test keep pins in the same, temporary, settings: set before any QSettings is made,
    // and inherited by the program each test runs.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Uproot"));
    QCoreApplication::setApplicationName(QStringLiteral("Uproot"));
}

void TestAuditTrail::clearPins()
{
    QSettings().remove(QStringLiteral("auditPins"));
    QSettings().sync();
}

void TestAuditTrail::init()
{
    m_project = m_dir.filePath(QStringLiteral("p%1.uproot").arg(++m_n));
    Result r = uproot(
        {QStringLiteral("new"), m_project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char *agency : {"Agency one", "Agency two", "Agency three", "Agency four"}) {
        r = uproot({QStringLiteral("poa"), m_project, QStringLiteral("set"), QStringLiteral("agency"),
                    QString::fromLatin1(agency)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    QCOMPARE(rawRows(m_project).size(), 5);
}

void TestAuditTrail::everyChangeIsPinnedInTheSettings()
{
    QString error;
    std::unique_ptr<Project> project = Project::open(m_project, false, &error);
    QVERIFY2(project, qPrintable(error));
    PlanOfActionField costs;
    costs.element = PlanOfActionField::Costs;
    QVERIFY(project->setPlanOfActionFields({{costs, QStringLiteral("$1")}}, &error));
    // Written a moment after the edit (or when the project closes); here at once.
    project->writeAuditPin();
    project->undoStack()->undo();
    project->writeAuditPin();
    const QList<Row> rows = rawRows(m_project);
    QCOMPARE(rows.size(), 7);
    QString key;
    const QList<PinnedHead> pins = AuditPins::pinsFor(m_project, project->audit().projectId(), &key);
    QCOMPARE(key, QStringLiteral("path"));
    // One pin per change: the creation, four fields from the command line, the edit and its undo here.
    QCOMPARE(pins.size(), 7);
    QCOMPARE(pins.last().head.events, qint64(rows.size()));
    QCOMPARE(pins.last().head.hash, rows.last().hash);
    QCOMPARE(pins.at(2).head.hash, rows.at(2).hash);
    QCOMPARE(pins.last().by, project->actor());
    QVERIFY(!project->audit().projectId().isEmpty());
}

void TestAuditTrail::soundTrailVerifies()
{
    const Result r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("holds the head kept in your settings (5 events")),
             qPrintable(r.out));
}

void TestAuditTrail::truncationIsDetected()
{
    QVERIFY(truncate(m_project, 2));
    QCOMPARE(rawRows(m_project).size(), 3);
    const Result r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
    QCOMPARE(r.code, 1);
    // The chain left is whole: only the pin tells.
    QVERIFY2(!r.err.contains(QLatin1String("hash chain breaks")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("truncated: the trail has 3 events; 5 were pinned on")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("its first 3 events are as pinned")), qPrintable(r.err));
}

void TestAuditTrail::rewritingIsDetected()
{
    QVERIFY(rewriteEvent(m_project, 3, QStringLiteral("agency: \"\" -> \"Someone else\"")));
    QCOMPARE(rawRows(m_project).at(2).detail, QStringLiteral("agency: \"\" -> \"Someone else\""));
    // The forged chain is a correct one.
    QString error;
    {
        std::unique_ptr<Project> project = Project::open(m_project, true, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->audit().verify(), Id(0));
    }
    const Result r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("rewritten: event 5 of the trail no longer has the hash pinned")),
             qPrintable(r.err));
    // A pin after each change: the first record that differs is named.
    QVERIFY2(r.err.contains(QLatin1String("the first record that differs is event 3 (")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Someone else")), qPrintable(r.err));

    // A change made after the forgery does not pin the forged trail: it still shows.
    Result later = uproot({QStringLiteral("poa"), m_project, QStringLiteral("set"), QStringLiteral("agency"),
                           QStringLiteral("Agency five")});
    QVERIFY2(later.code == 0, qPrintable(later.err));
    QCOMPARE(rawRows(m_project).size(), 6);
    later = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
    QCOMPARE(later.code, 1);
    QVERIFY2(later.err.contains(QLatin1String("rewritten: event 5")), qPrintable(later.err));
}

void TestAuditTrail::cutAndRefilledIsRewritten()
{
    // Cut short and filled up again to the pinned count with other changes.
    QVERIFY(truncate(m_project, 2));
    for (const char *agency : {"Other one", "Other two"}) {
        const Result r = uproot({QStringLiteral("poa"), m_project, QStringLiteral("set"),
                                 QStringLiteral("agency"), QString::fromLatin1(agency)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    QCOMPARE(rawRows(m_project).size(), 5);
    const Result r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("rewritten: event 5")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("the first record that differs is event 4 (")), qPrintable(r.err));
}

void TestAuditTrail::movedFileIsKnownByItsIdentity()
{
    const QString moved = m_dir.filePath(QStringLiteral("moved%1.uproot").arg(m_n));
    QVERIFY(QFile::rename(m_project, moved));
    Result r = uproot({QStringLiteral("audit"), moved, QStringLiteral("--verify")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("under another path")), qPrintable(r.out));
    QVERIFY(truncate(moved, 1));
    r = uproot({QStringLiteral("audit"), moved, QStringLiteral("--verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("the trail has 4 events; 5 were pinned")), qPrintable(r.err));
}

void TestAuditTrail::againstTheDocumentPrintedBefore()
{
    const QString pdf = m_dir.filePath(QStringLiteral("plan%1.pdf").arg(m_n));
    Result r = uproot({QStringLiteral("export"), m_project, QStringLiteral("--document"),
                       QStringLiteral("plan"), QStringLiteral("--output"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<Row> rows = rawRows(m_project);
    DocumentAuditHead printed;
    QString error;
    QVERIFY2(readPdfAuditHead(pdf, &printed, &error), qPrintable(error));
    QCOMPARE(printed.events, qint64(rows.size()));
    QCOMPARE(printed.hash, rows.last().hash);
    r = uproot(
        {QStringLiteral("audit"), m_project, QStringLiteral("--verify"), QStringLiteral("--against"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("holds the head printed in plan%1.pdf (5 events)").arg(m_n)),
             qPrintable(r.out));

    // The settings know nothing (another user's machine): the document alone catches the rewrite.
    clearPins();
    QVERIFY(rewriteEvent(m_project, 2, QStringLiteral("agency: \"\" -> \"Forged\"")));
    r = uproot(
        {QStringLiteral("audit"), m_project, QStringLiteral("--verify"), QStringLiteral("--against"), pdf});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("(plan%1.pdf)").arg(m_n)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("rewritten: event 5")), qPrintable(r.err));
    // Without the document, nothing outside the file vouches for it: the chain alone verifies.
    r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("no head of this trail is pinned")), qPrintable(r.err));

    // A file that is not a document of Uproot is bad input.
    r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify"), QStringLiteral("--against"),
                m_project});
    QCOMPARE(r.code, 2);
}

void TestAuditTrail::exportsMatchTheRows_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestAuditTrail::exportsMatchTheRows()
{
    QFETCH(QString, extension);
    const QString file = m_dir.filePath(QStringLiteral("trail%1.%2").arg(m_n).arg(extension));
    const Result r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--export"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QString error;
    std::unique_ptr<RecordReader> reader = openReader(file, extension, &error);
    QVERIFY2(reader && reader->open(), qPrintable(error));
    QCOMPARE(reader->header(),
             QStringList({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("who"),
                          QStringLiteral("action"), QStringLiteral("detail"), QStringLiteral("hash")}));
    QList<QStringList> read;
    QVERIFY(reader->read(
        [&](const SourceRecord &record) {
            read.append(record.fields);
            return true;
        },
        [](const ReadIssue &) {}, nullptr));
    const QList<Row> rows = rawRows(m_project);
    QCOMPARE(read.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const QStringList expected{
            QString::number(row.id), row.at, row.actor, row.action, row.detail, row.hash};
        QCOMPARE(read.at(i), expected);
    }
}

void TestAuditTrail::pinsAreBounded()
{
    // More files than the settings keep: those pinned least recently go, the recent ones stay, and a project
    // keeps only its last heads.
    const auto holds = [](const PinnedHead &) { return true; };
    const int files = AuditPins::kMaxKeys + 10;
    for (int i = 0; i < files; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("bound%1.uproot").arg(i));
        AuditPins::pin(path, QString(),
                       {{1, QString(64, u'a')}, QDateTime::currentDateTimeUtc(), QStringLiteral("t")}, holds);
    }
    QVERIFY(AuditPins::pinsFor(m_dir.filePath(QStringLiteral("bound0.uproot")), QString()).isEmpty());
    QCOMPARE(
        AuditPins::pinsFor(m_dir.filePath(QStringLiteral("bound%1.uproot").arg(files - 1)), QString()).size(),
        1);
    QSettings settings;
    settings.beginGroup(QStringLiteral("auditPins"));
    QVERIFY2(settings.childKeys().size() <= AuditPins::kMaxKeys + 1,
             qPrintable(QString::number(settings.childKeys().size())));
    settings.endGroup();
    const QString one = m_dir.filePath(QStringLiteral("many.uproot"));
    for (int i = 1; i <= AuditPins::kKept + 5; ++i)
        AuditPins::pin(one, QString(),
                       {{i, QString(64, u'b')}, QDateTime::currentDateTimeUtc(), QStringLiteral("t")}, holds);
    const QList<PinnedHead> kept = AuditPins::pinsFor(one, QString());
    QCOMPARE(kept.size(), AuditPins::kKept);
    QCOMPARE(kept.last().head.events, qint64(AuditPins::kKept + 5));
}

QTEST_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
