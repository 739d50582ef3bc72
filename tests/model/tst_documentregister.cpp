// The register of documents sent (product.md §8; issue 14 item 3): `uproot export ... --final` keeps the PDF
// whole in the project with its SHA-256 and the audit head it prints, `uproot documents` lists and writes
// them out again byte for byte, the register is append-only like the trail, and `uproot audit --verify`
// checks every document's bytes and that the trail still holds the head each printed. Hashes are computed
// here from the files written; tampering goes through a raw sqlite3 connection. The settings (pins) live in a
// temporary folder.
#include "../documents/pdftools.h"
#include "../support/clirun.h"

#include "model/project/project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace uproot;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Runs SQL on the file without the store; the message of a statement refused, or empty.
QString rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return QStringLiteral("cannot open");
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    const QString why = ok ? QString() : QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close(db);
    return why;
}

qint64 rawCount(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    const qint64 n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

// The register's update trigger as the schema creates it, put back by a forger after the deed so that the
// file passes its check on open.
const QByteArray kUpdateTrigger =
    "CREATE TRIGGER documents_sent_append_only_update BEFORE UPDATE ON documents_sent\n"
    "    BEGIN SELECT RAISE(ABORT, 'the register of documents sent is append-only'); END;\n";

} // namespace

class TestDocumentRegister : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void finalExportIsKeptAsSent();
    void registerIsAppendOnly();
    void changedDocumentIsDetected();
    void cutTrailIsDetectedByTheRegister();
    void onlyThisProjectsDocumentsAreKept();
    void finalNeedsAPdfDocument();

private:
    using Result = testsupport::CliResult;
    Result uproot(const QStringList &args) { return testsupport::runUproot(args); }
    Result exportFinal(const QString &document, const QString &pdf)
    {
        return uproot({QStringLiteral("export"), m_project, QStringLiteral("--document"), document,
                       QStringLiteral("--output"), pdf, QStringLiteral("--final")});
    }

    QTemporaryDir m_dir;
    QString m_project;
    int m_n = 0;
};

void TestDocumentRegister::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Uproot"));
    QCoreApplication::setApplicationName(QStringLiteral("Uproot"));
}

void TestDocumentRegister::init()
{
    m_project = m_dir.filePath(QStringLiteral("p%1.uproot").arg(++m_n));
    const Result r = uproot(
        {QStringLiteral("new"), m_project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestDocumentRegister::finalExportIsKeptAsSent()
{
    const QString pdf = m_dir.filePath(QStringLiteral("identification-%1.pdf").arg(m_n));
    Result r = exportFinal(QStringLiteral("identification"), pdf);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray sent = bytesOf(pdf);
    QVERIFY(sent.startsWith("%PDF-"));
    const QString hash = sha256(sent);
    QVERIFY2(
        r.out.contains(
            QStringLiteral("kept in the register of documents sent as document 1 (SHA-256 %1").arg(hash)),
        qPrintable(r.out));
    // A draft (no --final) is not kept.
    r = uproot({QStringLiteral("export"), m_project, QStringLiteral("--document"), QStringLiteral("plan"),
                QStringLiteral("--output"), m_dir.filePath(QStringLiteral("draft.pdf"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(rawCount(m_project, "SELECT count(*) FROM documents_sent"), qint64(1));

    r = uproot({QStringLiteral("documents"), m_project});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("1  ")), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(QLatin1String("identification")), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(QStringLiteral("SHA-256 %1").arg(hash)), qPrintable(lines.first()));
    QVERIFY2(lines.first().endsWith(QStringLiteral("identification-%1.pdf").arg(m_n)),
             qPrintable(lines.first()));
    if (test::havePdfTools()) {
        const int pages = test::pdfPageCount(pdf);
        QVERIFY2(lines.first().contains(QStringLiteral("  %1 page(s)").arg(pages)),
                 qPrintable(lines.first()));
    }
    // The head it printed is the one the trail had when it was made: the event before its own audit line.
    const qint64 events = rawCount(m_project, "SELECT count(*) FROM audit_events");
    QVERIFY2(lines.first().contains(QStringLiteral("audit head %1 events").arg(events - 1)),
             qPrintable(lines.first()));
    QCOMPARE(rawCount(m_project, "SELECT count(*) FROM audit_events WHERE action = 'document-sent'"),
             qint64(1));

    // Written out again, byte for byte, after the file sent is gone.
    QVERIFY(QFile::remove(pdf));
    const QString again = m_dir.filePath(QStringLiteral("again-%1.pdf").arg(m_n));
    r = uproot({QStringLiteral("documents"), m_project, QStringLiteral("--get"), QStringLiteral("1"),
                QStringLiteral("--output"), again});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(bytesOf(again), sent);
    r = uproot({QStringLiteral("documents"), m_project, QStringLiteral("--get"), QStringLiteral("2"),
                QStringLiteral("--output"), m_dir.filePath(QStringLiteral("none.pdf"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("no document 2")), qPrintable(r.err));

    // The timeline too, and the trail verifies with both documents' heads.
    QVERIFY2(uproot({QStringLiteral("plan"), m_project}).code == 0, "plan");
    r = exportFinal(QStringLiteral("status"), m_dir.filePath(QStringLiteral("status.pdf")));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("the 2 document(s) of the register")), qPrintable(r.out));
}

void TestDocumentRegister::registerIsAppendOnly()
{
    QVERIFY2(exportFinal(QStringLiteral("identification"), m_dir.filePath(QStringLiteral("a.pdf"))).code == 0,
             "export");
    QVERIFY(rawExec(m_project, "UPDATE documents_sent SET file_name = 'other.pdf'")
                .contains(QLatin1String("append-only")));
    QVERIFY(rawExec(m_project, "DELETE FROM documents_sent").contains(QLatin1String("append-only")));
    QCOMPARE(rawCount(m_project, "SELECT count(*) FROM documents_sent WHERE file_name = 'a.pdf'"), qint64(1));
    // A file whose register lost its triggers is refused on opening, like one whose trail lost them.
    QVERIFY(rawExec(m_project, "DROP TRIGGER documents_sent_append_only_delete").isEmpty());
    const Result r = uproot({QStringLiteral("documents"), m_project});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("documents_sent_append_only_delete")), qPrintable(r.err));
}

void TestDocumentRegister::changedDocumentIsDetected()
{
    const QString pdf = m_dir.filePath(QStringLiteral("changed.pdf"));
    QVERIFY2(exportFinal(QStringLiteral("identification"), pdf).code == 0, "export");
    QVERIFY(rawExec(m_project, "DROP TRIGGER documents_sent_append_only_update;"
                               "UPDATE documents_sent SET content = CAST('%PDF-1.4 forged' AS BLOB);" +
                                   kUpdateTrigger)
                .isEmpty());
    Result r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.err.contains(QStringLiteral("document 1 of the register (identification \u201cchanged.pdf\u201d")),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("its bytes no longer have the SHA-256 recorded")),
             qPrintable(r.err));
    // Nothing forged is written out as though it were what was sent.
    const QString out = m_dir.filePath(QStringLiteral("forged.pdf"));
    r = uproot({QStringLiteral("documents"), m_project, QStringLiteral("--get"), QStringLiteral("1"),
                QStringLiteral("--output"), out});
    QCOMPARE(r.code, 1);
    QVERIFY(!QFile::exists(out));
}

void TestDocumentRegister::cutTrailIsDetectedByTheRegister()
{
    // Pins in the settings would tell too; without them (another user's account, settings lost) the register
    // still knows the head each document printed.
    const QString pdf = m_dir.filePath(QStringLiteral("cut.pdf"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(uproot({QStringLiteral("poa"), m_project, QStringLiteral("set"), QStringLiteral("agency"),
                        QStringLiteral("Agency %1").arg(i)})
                    .code == 0);
    }
    QVERIFY2(exportFinal(QStringLiteral("identification"), pdf).code == 0, "export");
    const qint64 printed = rawCount(m_project, "SELECT count(*) FROM audit_events") - 1;
    QVERIFY(rawExec(m_project,
                    "DROP TRIGGER audit_events_append_only_delete;"
                    "DELETE FROM audit_events WHERE id >= (SELECT max(id) - 2 FROM audit_events);"
                    "CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events\n"
                    "    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;\n")
                .isEmpty());
    QSettings().remove(QStringLiteral("auditPins"));
    QSettings().sync();
    const Result r = uproot({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("truncated: document 1 of the register")), qPrintable(r.err));
    QVERIFY2(
        r.err.contains(
            QStringLiteral("printed a head of %1 events; the trail has %2").arg(printed).arg(printed - 2)),
        qPrintable(r.err));
}

void TestDocumentRegister::onlyThisProjectsDocumentsAreKept()
{
    // A PDF made from another project prints a head this trail does not hold; a file that is no document of
    // Uproot prints none. Neither is kept, and nothing is written.
    const QString other = m_dir.filePath(QStringLiteral("other%1.uproot").arg(m_n));
    QVERIFY(uproot({QStringLiteral("new"), other, QStringLiteral("--directive"), QStringLiteral("bod-17-01"),
                    QStringLiteral("--agency"), QStringLiteral("Elsewhere")})
                .code == 0);
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.pdf"));
    QVERIFY(uproot({QStringLiteral("export"), other, QStringLiteral("--document"), QStringLiteral("plan"),
                    QStringLiteral("--output"), foreign})
                .code == 0);
    const QString notPdf = testsupport::writeFile(m_dir.filePath(QStringLiteral("note.pdf")), "just text");
    QString error;
    std::unique_ptr<Project> project = Project::open(m_project, false, &error);
    QVERIFY2(project, qPrintable(error));
    const qint64 before = project->audit().head().events;
    QVERIFY(!project->keepSentDocument(QStringLiteral("plan"), foreign, 3, &error));
    QVERIFY2(error.contains(QLatin1String("which this project's trail does not hold")), qPrintable(error));
    QVERIFY(!project->keepSentDocument(QStringLiteral("plan"), notPdf, 1, &error));
    QVERIFY2(error.contains(QLatin1String("not a PDF document")), qPrintable(error));
    QVERIFY(project->sentDocuments().all().isEmpty());
    QCOMPARE(project->audit().head().events, before);
}

void TestDocumentRegister::finalNeedsAPdfDocument()
{
    const QString csv = m_dir.filePath(QStringLiteral("findings.csv"));
    const Result r =
        uproot({QStringLiteral("export"), m_project, QStringLiteral("--document"), QStringLiteral("findings"),
                QStringLiteral("--output"), csv, QStringLiteral("--final")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--final keeps a PDF document")), qPrintable(r.err));
    QVERIFY(!QFile::exists(csv));
}

QTEST_GUILESS_MAIN(TestDocumentRegister)
#include "tst_documentregister.moc"
