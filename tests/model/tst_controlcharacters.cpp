// Control characters in inventory cells (model/readers/controlcharacters.h): a NUL, an escape or another
// control character in a cell a project stores is removed before it is stored, from every reader (delimited
// text, JSON, XLSX), and each cell is reported with its file, line and column in the import's summary on the
// command line. Tab and line breaks inside a cell are kept. What is stored is read on a connection of the
// test's own.
#include "model/readers/controlcharacters.h"

#include "clirun.h"
#include "testworkbook.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace uproot;
using namespace uproot::testsupport;

namespace {

// Every value of one column of a query, on the test's own connection.
QStringList column(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QStringList values;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return values;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            values.append(QString::fromUtf16(static_cast<const char16_t *>(sqlite3_column_text16(st, 0)),
                                             sqlite3_column_bytes16(st, 0) / 2));
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return values;
}

bool anyControlCharacter(const QStringList &values)
{
    for (const QString &v : values) {
        for (QChar c : v) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f))
                return true;
        }
    }
    return false;
}

} // namespace

class TestControlCharacters : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void removesOnlyControlCharacters_data();
    void removesOnlyControlCharacters();
    void csvCellsAreCleanedAndReported();
    void jsonCellsAreCleaned();
    void xlsxCellsAreCleaned();
    void assignedPlanDataIsCleaned();

private:
    QString newProject(const QString &name);
    QTemporaryDir m_dir;
};

void TestControlCharacters::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestControlCharacters::newProject(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const CliResult r =
        runUproot({QStringLiteral("new"), path, QStringLiteral("--directive"), QStringLiteral("bod-17-01")});
    if (r.code != 0)
        qFatal("uproot new: %s", qPrintable(r.err));
    return path;
}

void TestControlCharacters::removesOnlyControlCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cleaned");
    QTest::addColumn<int>("removed");
    QTest::newRow("plain") << QStringLiteral("Kaspersky") << QStringLiteral("Kaspersky") << 0;
    QTest::newRow("NUL inside") << QString::fromUtf16(u"Kasper\0sky", 10) << QStringLiteral("Kaspersky") << 1;
    QTest::newRow("NUL padding") << QString::fromUtf16(u"WS-1\0\0\0", 7) << QStringLiteral("WS-1") << 3;
    QTest::newRow("escape sequence") << QStringLiteral("\x1b[31mred\x1b[0m") << QStringLiteral("[31mred[0m")
                                     << 2;
    QTest::newRow("bell, backspace, vertical tab, form feed") << QStringLiteral("a\x07"
                                                                                "b\x08"
                                                                                "c\x0b"
                                                                                "d\x0c"
                                                                                "e")
                                                              << QStringLiteral("abcde") << 4;
    QTest::newRow("DEL and C1") << QStringLiteral("x\x7f"
                                                  "y\u0085z\u009f")
                                << QStringLiteral("xyz") << 3;
    QTest::newRow("tab and line breaks kept")
        << QStringLiteral("a\tb\r\nc\nd") << QStringLiteral("a\tb\r\nc\nd") << 0;
    QTest::newRow("printable beyond C1 kept") << QStringLiteral("\u00a0\u00e9\u0416\u2028\ufffd")
                                              << QStringLiteral("\u00a0\u00e9\u0416\u2028\ufffd") << 0;
}

void TestControlCharacters::removesOnlyControlCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, cleaned);
    QFETCH(int, removed);
    QCOMPARE(hasControlCharacters(text), removed > 0);
    QString t = text;
    QCOMPARE(removeControlCharacters(&t), removed);
    QCOMPARE(t, cleaned);
}

void TestControlCharacters::csvCellsAreCleanedAndReported()
{
    const QString project = newProject(QStringLiteral("csv.uproot"));
    // Line 2: a NUL in the product; line 3: NUL padding after the host name and an escape in the version;
    // line 4: a tab and a line break in a quoted cell (kept); line 6: control characters in a column nothing
    // stores.
    QByteArray csv = "Hostname,DisplayName,Publisher,Version,Comment\n";
    csv += QByteArray("WS-1,Kaspersky\0 Endpoint Security for Windows,AO Kaspersky Lab,11.0,\n", 69);
    csv += QByteArray("WS-2\0\0,Kaspersky Anti-Virus,AO Kaspersky Lab,\x1b"
                      "21.3,\n",
                      52);
    csv += "WS-3,\"Tool\twith\nbreak\",Vendor,1.0,\n";
    csv += QByteArray("WS-4,Notepad++,Notepad++ Team,8.5,\x01\x02\x03\n");
    const QString file = writeFile(m_dir.filePath(QStringLiteral("inventory.csv")), csv);
    const CliResult r = runUproot({QStringLiteral("import"), project, file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Reported with file, line and column, on the command line.
    QVERIFY2(r.out.contains(file + QStringLiteral(":2: column DisplayName: 1 control character removed")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(file + QStringLiteral(":3: column Hostname: 2 control characters removed")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(file + QStringLiteral(":3: column Version: 1 control character removed")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("control characters: 4 removed from 3 cells")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral(":4: column")) && !r.out.contains(QStringLiteral(":5: column")),
             qPrintable(r.out));
    // Stored without them, on the test's own connection.
    QCOMPARE(column(project, "SELECT name FROM systems ORDER BY name"),
             QStringList({QStringLiteral("WS-1"), QStringLiteral("WS-2"), QStringLiteral("WS-3"),
                          QStringLiteral("WS-4")}));
    const QStringList titles = column(project, "SELECT name FROM software_titles ORDER BY name");
    QVERIFY2(titles.contains(QStringLiteral("Kaspersky Endpoint Security for Windows")),
             qPrintable(titles.join(u'|')));
    QVERIFY2(titles.contains(QStringLiteral("Tool\twith\nbreak")), qPrintable(titles.join(u'|')));
    QVERIFY(column(project, "SELECT version FROM installations").contains(QStringLiteral("21.3")));
    for (const char *sql : {"SELECT name FROM systems", "SELECT name FROM software_titles",
                            "SELECT publisher FROM software_titles", "SELECT version FROM installations",
                            "SELECT report FROM import_sources"})
        QVERIFY2(!anyControlCharacter(column(project, sql)), sql);
    // Both Kaspersky products are found, the NUL no longer hiding the first.
    QCOMPARE(column(project, "SELECT count(*) FROM findings WHERE state = 'open'"),
             QStringList{QStringLiteral("2")});
    // And nothing of them reaches an export.
    const CliResult findings = runUproot({QStringLiteral("findings"), project});
    QCOMPARE(findings.code, 0);
    QVERIFY(!findings.out.contains(QChar(0)) && !findings.out.contains(QChar(0x1b)));
}

void TestControlCharacters::jsonCellsAreCleaned()
{
    const QString project = newProject(QStringLiteral("json.uproot"));
    // osqueryi's JSON, the host being the file's name; JSON carries control characters as escapes.
    const QString file = writeFile(m_dir.filePath(QStringLiteral("WS-JSON.json")),
                                   "[{\"name\":\"Kaspersky\\u0000 Endpoint Security for Windows\\u0007\","
                                   "\"publisher\":\"AO Kaspersky Lab\",\"version\":\"12.3\\u001b\"}]\n");
    const CliResult r = runUproot({QStringLiteral("import"), project, file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("2 control characters removed")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 control character removed")), qPrintable(r.out));
    QVERIFY(column(project, "SELECT name FROM software_titles")
                .contains(QStringLiteral("Kaspersky Endpoint Security for Windows")));
    QCOMPARE(column(project, "SELECT version FROM installations"), QStringList{QStringLiteral("12.3")});
    QCOMPARE(column(project, "SELECT count(*) FROM findings"), QStringList{QStringLiteral("1")});
}

void TestControlCharacters::xlsxCellsAreCleaned()
{
    const QString project = newProject(QStringLiteral("xlsx.uproot"));
    // XML 1.0 has no C0 controls but tab and line breaks; DEL and the C1 controls it does carry.
    const QString file = m_dir.filePath(QStringLiteral("inventory.xlsx"));
    QVERIFY(test::writeTestWorkbook(
        file, {{QStringLiteral("Software"),
                {{QStringLiteral("Hostname"), QStringLiteral("Software"), QStringLiteral("Publisher")},
                 {QStringLiteral("WS-X\u007f"), QStringLiteral("Kaspersky\u0085 Anti-Virus"),
                  QStringLiteral("AO Kaspersky Lab")}}}}));
    const CliResult r = runUproot({QStringLiteral("import"), project, file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(file + QStringLiteral(":2: column Hostname: 1 control character removed")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(file + QStringLiteral(":2: column Software: 1 control character removed")),
             qPrintable(r.out));
    QCOMPARE(column(project, "SELECT name FROM systems"), QStringList{QStringLiteral("WS-X")});
    QCOMPARE(column(project, "SELECT name FROM software_titles"),
             QStringList{QStringLiteral("Kaspersky Anti-Virus")});
}

void TestControlCharacters::assignedPlanDataIsCleaned()
{
    const QString project = newProject(QStringLiteral("assign.uproot"));
    const QString inventory =
        writeFile(m_dir.filePath(QStringLiteral("plain.csv")),
                  "Hostname,Software,Publisher\nWS-9,Kaspersky Anti-Virus,AO Kaspersky Lab\n");
    QCOMPARE(runUproot({QStringLiteral("import"), project, inventory}).code, 0);
    const QString plan = writeFile(m_dir.filePath(QStringLiteral("plan.csv")),
                                   QByteArray("system,team,owner\nWS-9,East\0,J. Doe\x1b\n", 37));
    const CliResult r = runUproot({QStringLiteral("assign"), project, plan});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(plan + QStringLiteral(":2: column team: 1 control character removed")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(plan + QStringLiteral(":2: column owner: 1 control character removed")),
             qPrintable(r.out));
    QCOMPARE(column(project, "SELECT team FROM systems"), QStringList{QStringLiteral("East")});
    QCOMPARE(column(project, "SELECT owner FROM systems"), QStringList{QStringLiteral("J. Doe")});
}

QTEST_GUILESS_MAIN(TestControlCharacters)
#include "tst_controlcharacters.moc"
