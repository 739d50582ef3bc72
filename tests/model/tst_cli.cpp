// Drives the uproot program as a user would from a terminal: the thin slice new → import → findings → plan →
// export, and bad input with exit status 2 and the project left as it was.
#include "model/store/findingstore.h"
#include "model/store/inventorystore.h"
#include "model/store/projectstore.h"

#include "../support/clirun.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>
#include <QThread>

#include "testworkbook.h"

using namespace uproot;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndVersion();
    void sliceFromNewToPlanPdf();
    void badInput_data();
    void badInput();
    void cannotWriteIsNotBadInput();
    void importOfBadFileLeavesProjectUnchanged();
    void killedImportLeavesProjectAsItWas();
    void headerLineForReportsWithATitle();
    void sheetOfAWorkbook();
    void formatNamesIgnoreCase();
    void findingsShowWhatScansVerified();

private:
    using Result = testsupport::CliResult;
    Result uproot(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);
    QString pdfText(const QString &pdf);

    QTemporaryDir m_dir;
};

TestCli::Result TestCli::uproot(const QStringList &args)
{
    return testsupport::runUproot(args);
}

QString TestCli::write(const QString &name, const QByteArray &content)
{
    return testsupport::writeFile(m_dir.filePath(name), content);
}

QString TestCli::pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(UPROOT_EXE)), UPROOT_EXE);
}

void TestCli::helpAndVersion()
{
    // Qt's own window options before a command are Qt's, not the command's, whether or not the platform in
    // use takes them out of the argument list.
    const QList<QStringList> qtOptions = {{QStringLiteral("-platform"), QStringLiteral("offscreen")},
                                          {QStringLiteral("-name"), QStringLiteral("uproot-test")},
                                          {QStringLiteral("-style=fusion")},
                                          {QStringLiteral("-reverse"), QStringLiteral("-sync")}};
    for (const QStringList &options : qtOptions) {
        const Result afterQtOption = uproot(options + QStringList{QStringLiteral("--version")});
        QVERIFY2(afterQtOption.code == 0,
                 qPrintable(options.join(u' ') + QLatin1Char('\n') + afterQtOption.err));
        QVERIFY2(afterQtOption.out.startsWith(QLatin1String("uproot ")), qPrintable(afterQtOption.out));
    }
    // A command's own option value that looks like a Qt option is the command's.
    const QString project = m_dir.filePath(QStringLiteral("agency.uproot"));
    const Result created =
        uproot({QStringLiteral("new"), project, QStringLiteral("--directive"), QStringLiteral("bod-17-01"),
                QStringLiteral("--agency"), QStringLiteral("-reverse")});
    QVERIFY2(created.code == 0, qPrintable(created.err));
    {
        QString error;
        auto store = ProjectStore::open(project, ProjectStore::OpenMode::OpenExisting, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->settings().value(QStringLiteral("agency")), QStringLiteral("-reverse"));
    }
    const Result help = uproot({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *command : {"new", "import", "inspect", "findings", "plan", "export", "demo"})
        QVERIFY2(help.out.contains(QStringLiteral("uproot ") + QLatin1String(command)), command);
    const Result version = uproot({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QLatin1String("uproot ")));
}

void TestCli::sliceFromNewToPlanPdf()
{
    const QString project = m_dir.filePath(QStringLiteral("slice.uproot"));
    Result r =
        uproot({QStringLiteral("new"), project, QStringLiteral("--directive"), QStringLiteral("bod-17-01"),
                QStringLiteral("--agency"), QStringLiteral("Department of Testing")});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // Two rows per covered system (product and Network Agent), one near-miss, ordinary software.
    const QString csv =
        write(QStringLiteral("inventory.csv"),
              "Hostname,Software,Publisher,Version,Component,Site\n"
              "WS-ALPHA-0001,Kaspersky Endpoint Security 10 for Windows,Kaspersky Lab,10.3.0.6294,"
              "Bureau A,Denver\n"
              "WS-ALPHA-0001,Kaspersky Security Center 10 Network Agent,Kaspersky Lab ZAO,10.5.1781,"
              "Bureau A,Denver\n"
              "ws-bravo-0002.corp.example.gov,Kaspersky Anti-Virus,AO Kaspersky Lab,21.3.10.391,"
              "Bureau B,Atlanta\n"
              "WS-CHARLIE-0003,Casper Secure Erase,Casper Tech,2.1,Bureau B,Atlanta\n"
              "WS-CHARLIE-0003,Google Chrome,Google LLC,118.0,Bureau B,Atlanta\n");
    r = uproot({QStringLiteral("import"), project, csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("5 rows read, 5 imported, 0 skipped")), qPrintable(r.out));

    r = uproot({QStringLiteral("findings"), project, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(
        lines.value(0),
        QStringLiteral("system,product,version,publisher,directive,confidence,rule,source,state,scanned"));
    QCOMPARE(lines.size(), 4); // header + three covered installations
    QVERIFY(
        r.out.contains(QLatin1String("WS-ALPHA-0001,Kaspersky Endpoint Security 10 for Windows,10.3.0.6294,"
                                     "Kaspersky Lab,bod-17-01,confirmed,")));
    QVERIFY(r.out.contains(QLatin1String("ws-bravo-0002.corp.example.gov,Kaspersky Anti-Virus")));
    QVERIFY(!r.out.contains(QLatin1String("Casper")));
    QVERIFY(!r.out.contains(QLatin1String("Chrome")));
    // Each finding points back at its source row: the third data row is line 4 of the file.
    QVERIFY2(r.out.contains(QLatin1String("inventory.csv:4")), qPrintable(r.out));

    r = uproot({QStringLiteral("findings"), project, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.trimmed().startsWith(u'[') &&
            r.out.contains(QLatin1String("\"confidence\":\"confirmed\"")));

    r = uproot({QStringLiteral("plan"), project});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("2 affected systems planned")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("2017-11-12")));
    // Both systems start on Tuesday 12 December 2017 (BOD 17-01's day 90) at the default capacity; the
    // shipped seven removal steps, a working day each in turn, end on Wednesday 20 December. The first status
    // report (11 January 2018) is the first after that, and the last.
    QVERIFY2(r.out.contains(QLatin1String("projected finish 2017-12-20")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("component Bureau A: 1 systems, finishes 2017-12-20")),
             qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QLatin1String("1 status report(s), 2018-01-11 to 2018-01-11 (until the plan's finish "
                                     "2017-12-20)")),
        qPrintable(r.out));
    r = uproot({QStringLiteral("plan"), project, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(plan.value(QStringLiteral("projectedFinish")).toString(), QStringLiteral("2017-12-20"));
    const QJsonArray components = plan.value(QStringLiteral("components")).toArray();
    QCOMPARE(components.size(), 2);
    QCOMPARE(components.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Bureau B"));
    QCOMPARE(components.at(1).toObject().value(QStringLiteral("finish")).toString(),
             QStringLiteral("2017-12-20"));
    // A team's change on a planned project re-schedules it and says where the plan now ends.
    r = uproot({QStringLiteral("team"), project, QStringLiteral("set"), QStringLiteral("Alpha"),
                QStringLiteral("--capacity"), QStringLiteral("3")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("plan re-scheduled: projected finish 2017-12-20")),
             qPrintable(r.out));

    const QString tasksCsv = m_dir.filePath(QStringLiteral("tasks.csv"));
    r = uproot({QStringLiteral("export"), project, QStringLiteral("--document"), QStringLiteral("tasks"),
                QStringLiteral("--output"), tasksCsv});
    QCOMPARE(r.code, 0);
    QFile tasks(tasksCsv);
    QVERIFY(tasks.open(QIODevice::ReadOnly));
    const QList<QByteArray> taskLines = tasks.readAll().split('\n');
    QVERIFY(taskLines.first().startsWith("system,component,step,task,status,owner,due"));
    QVERIFY(taskLines.size() > 2 * 5);

    const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
    r = uproot({QStringLiteral("export"), project, QStringLiteral("--document"), QStringLiteral("plan"),
                QStringLiteral("--output"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The plan still goes out, and each element left empty is named on its own line: the point of contact's
    // three parts, the mission function of each component, (h) and (j) to (n). The agency was given.
    const QStringList warnings = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(warnings.size(), 3 + 2 + 6);
    for (const QString &line : warnings)
        QVERIFY2(line.startsWith(QLatin1String("uproot: warning: not recorded in the project: (")),
                 qPrintable(line));
    QVERIFY2(r.err.contains(QLatin1String("(b) Point of contact: phone\n")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("(g) Mission function of the affected endpoints: Bureau B\n")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("(n) Costs\n")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("(a) Agency name")));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("Department of Testing")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("17-01")));
    QVERIFY(text.contains(QLatin1String("WS-ALPHA-0001")));
    QVERIFY(text.contains(QLatin1String("ws-bravo-0002")));
    QVERIFY(!text.contains(QLatin1String("WS-CHARLIE-0003")));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString missing = QDir::tempPath() + QStringLiteral("/no-such-uproot-file.uproot");
    QTest::newRow("missing project") << QStringList{QStringLiteral("findings"), missing} << missing;
    QTest::newRow("unknown directive")
        << QStringList{QStringLiteral("new"), QStringLiteral("/tmp/x-unused.uproot"),
                       QStringLiteral("--directive"), QStringLiteral("no-such")}
        << QStringLiteral("no-such");
    QTest::newRow("bad date") << QStringList{QStringLiteral("new"),
                                             QStringLiteral("/tmp/x-unused.uproot"),
                                             QStringLiteral("--directive"),
                                             QStringLiteral("bod-17-01"),
                                             QStringLiteral("--issued"),
                                             QStringLiteral("13/09/2017")}
                              << QStringLiteral("13/09/2017");
    QTest::newRow("unknown command option") << QStringList{QStringLiteral("plan")} << QStringLiteral("usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("--frobnicate");
    QTest::newRow("unknown command after a Qt option")
        << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("frobnicate")}
        << QStringLiteral("frobnicate");
    QTest::newRow("unknown command after an X11 option")
        << QStringList{QStringLiteral("-name"), QStringLiteral("x"), QStringLiteral("frobnicate")}
        << QStringLiteral("frobnicate");
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Result r = uproot(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/x-unused.uproot")));
}

void TestCli::cannotWriteIsNotBadInput()
{
    // A folder that does not exist: the project cannot be written, which is not a mistake in the input.
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/p.uproot"));
    const Result created =
        uproot({QStringLiteral("new"), nowhere, QStringLiteral("--directive"), QStringLiteral("bod-17-01")});
    QCOMPARE(created.code, 1);
    QVERIFY2(created.err.contains(nowhere), qPrintable(created.err));
    const Result demo = uproot({QStringLiteral("demo"), nowhere});
    QCOMPARE(demo.code, 1);
    QVERIFY2(demo.err.contains(QLatin1String("no-such-folder")), qPrintable(demo.err));
    // An existing file is never overwritten, and naming one is the user's mistake.
    const QString existing = write(QStringLiteral("existing.uproot"), "not a project");
    const Result again =
        uproot({QStringLiteral("new"), existing, QStringLiteral("--directive"), QStringLiteral("bod-17-01")});
    QCOMPARE(again.code, 2);
    QFile kept(existing);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("not a project"));
}

void TestCli::importOfBadFileLeavesProjectUnchanged()
{
    const QString project = m_dir.filePath(QStringLiteral("unchanged.uproot"));
    QCOMPARE(
        uproot({QStringLiteral("new"), project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")})
            .code,
        0);
    const QString good =
        write(QStringLiteral("good.csv"), "Hostname,Software,Publisher\nWS-1,Kaspersky Anti-Virus,"
                                          "Kaspersky\n");
    QCOMPARE(uproot({QStringLiteral("import"), project, good}).code, 0);
    const Result before = uproot({QStringLiteral("findings"), project});

    // No system column: refused as a whole, naming the file and line 1 (the header).
    const QString noColumns = write(QStringLiteral("no-columns.csv"), "Colour,Size\nred,10\n");
    Result r = uproot({QStringLiteral("import"), project, noColumns});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(noColumns + QStringLiteral(":1")), qPrintable(r.err));
    // An unreadable file.
    r = uproot({QStringLiteral("import"), project, m_dir.filePath(QStringLiteral("absent.csv"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("absent.csv")), qPrintable(r.err));
    // An unreadable project.
    const QString garbage = write(QStringLiteral("garbage.uproot"), QByteArray(8192, 'x'));
    r = uproot({QStringLiteral("import"), garbage, good});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(garbage), qPrintable(r.err));

    QCOMPARE(uproot({QStringLiteral("findings"), project}).out, before.out);
}

void TestCli::killedImportLeavesProjectAsItWas()
{
    const QString project = m_dir.filePath(QStringLiteral("killed.uproot"));
    QCOMPARE(
        uproot({QStringLiteral("new"), project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")})
            .code,
        0);
    const QString good = write(QStringLiteral("before-kill.csv"),
                               "Hostname,Software,Publisher\nWS-1,Kaspersky Anti-Virus,Kaspersky\n");
    QCOMPARE(uproot({QStringLiteral("import"), project, good}).code, 0);

    // A file big enough that the import is still writing when it is killed.
    constexpr int Rows = 400000;
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Hostname,Software,Publisher,Version\n");
        QByteArray chunk;
        for (int i = 0; i < Rows; ++i) {
            chunk += "HOST-" + QByteArray::number(i / 50) + ",App " + QByteArray::number(i % 50) +
                     (i % 25 == 0 ? ",AO Kaspersky Lab," : ",Vendor Inc.,") + QByteArray::number(i % 7) +
                     ".0\n";
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    QProcess p;
    p.start(QStringLiteral(UPROOT_EXE), {QStringLiteral("import"), project, big});
    QVERIFY(p.waitForStarted());
    // The import's transaction has begun once its rollback journal exists: kill it then, as a crash would.
    const QString journal = project + QStringLiteral("-journal");
    bool sawJournal = false;
    for (int i = 0; i < 20000 && p.state() == QProcess::Running; ++i) {
        if (QFile::exists(journal)) {
            sawJournal = true;
            break;
        }
        QThread::usleep(100);
    }
    QVERIFY2(sawJournal, "the import never started writing");
    QThread::msleep(50);
    p.kill();
    QVERIFY(p.waitForFinished());

    // Opening the project rolls the interrupted import back. It landed whole or not at all; with a kill this
    // early it is not at all, unless the machine was fast enough to commit in the meantime.
    QString error;
    auto store = ProjectStore::open(project, ProjectStore::OpenMode::OpenExisting, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    const qint64 installations = store->inventory().installationCount();
    const qsizetype sources = store->inventory().importSources().size();
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        qInfo("the import finished before the kill; checking that it landed whole");
        QCOMPARE(installations, qint64(1 + Rows));
        QCOMPARE(sources, 2);
    } else {
        QCOMPARE(installations, qint64(1));
        QCOMPARE(sources, 1);
        QCOMPARE(store->findings().countAll(), qint64(1));
    }
    store.reset();
    // And the project takes the same import again.
    const Result again = uproot({QStringLiteral("import"), project, big});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    store = ProjectStore::open(project, ProjectStore::OpenMode::OpenExisting, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->inventory().installationCount(), qint64(1 + Rows));
    QCOMPARE(store->findings().countAll(), qint64(1 + Rows / 25));
}

void TestCli::headerLineForReportsWithATitle()
{
    const QString report = write(QStringLiteral("titled.csv"), "Installed software, all computers\n"
                                                               "Host,Product,Publisher\n"
                                                               "WS-7,Kaspersky Anti-Virus,Kaspersky Lab\n");
    const Result inspected =
        uproot({QStringLiteral("inspect"), report, QStringLiteral("--header-line"), QStringLiteral("2")});
    QCOMPARE(inspected.code, 0);
    QVERIFY2(inspected.out.contains(QLatin1String("\"Host\"")) &&
                 inspected.out.contains(QLatin1String("WS-7")),
             qPrintable(inspected.out));
    const Result bad =
        uproot({QStringLiteral("inspect"), report, QStringLiteral("--header-line"), QStringLiteral("0")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QLatin1String("--header-line")), qPrintable(bad.err));

    const QString project = m_dir.filePath(QStringLiteral("titled.uproot"));
    QCOMPARE(
        uproot({QStringLiteral("new"), project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")})
            .code,
        0);
    // Without the option the title is the header and nothing can be imported; with it the row is found.
    QCOMPARE(uproot({QStringLiteral("import"), project, report}).code, 2);
    const Result imported = uproot(
        {QStringLiteral("import"), project, report, QStringLiteral("--header-line"), QStringLiteral("2")});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const Result findings = uproot({QStringLiteral("findings"), project});
    QVERIFY2(findings.out.contains(QLatin1String("WS-7")), qPrintable(findings.out));
}

void TestCli::sheetOfAWorkbook()
{
    const QString workbook = m_dir.filePath(QStringLiteral("report.xlsx"));
    QVERIFY(test::writeTestWorkbook(
        workbook,
        {{QStringLiteral("Summary"), {{QStringLiteral("Report")}, {QStringLiteral("Installed software")}}},
         {QStringLiteral("Software"),
          {{QStringLiteral("Computer name"), QStringLiteral("Application"), QStringLiteral("Publisher")},
           {QStringLiteral("LAPTOP-17"), QStringLiteral("Kaspersky Free"),
            QStringLiteral("AO Kaspersky Lab")},
           {QStringLiteral("LAPTOP-18"), QStringLiteral("WinRAR"), QStringLiteral("win.rar GmbH")}}}}));
    const Result first = uproot({QStringLiteral("inspect"), workbook});
    QCOMPARE(first.code, 0);
    QVERIFY2(first.out.contains(QLatin1String("Installed software")) &&
                 !first.out.contains(QLatin1String("LAPTOP-17")),
             qPrintable(first.out));
    const Result chosen =
        uproot({QStringLiteral("inspect"), workbook, QStringLiteral("--sheet"), QStringLiteral("Software")});
    QCOMPARE(chosen.code, 0);
    QVERIFY2(chosen.out.contains(QLatin1String("LAPTOP-17")) &&
                 !chosen.out.contains(QLatin1String("Installed software")),
             qPrintable(chosen.out));
    const Result missing =
        uproot({QStringLiteral("inspect"), workbook, QStringLiteral("--sheet"), QStringLiteral("Hosts")});
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.contains(QLatin1String("Hosts")) && missing.err.contains(QLatin1String("Software")),
             qPrintable(missing.err));

    const QString project = m_dir.filePath(QStringLiteral("workbook.uproot"));
    QCOMPARE(
        uproot({QStringLiteral("new"), project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")})
            .code,
        0);
    // The cover sheet names no system; the inventory sheet imports.
    QCOMPARE(uproot({QStringLiteral("import"), project, workbook}).code, 2);
    const Result imported = uproot(
        {QStringLiteral("import"), project, workbook, QStringLiteral("--sheet"), QStringLiteral("Software")});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const Result findings = uproot({QStringLiteral("findings"), project});
    QVERIFY2(findings.out.contains(QLatin1String("LAPTOP-17")) &&
                 !findings.out.contains(QLatin1String("LAPTOP-18")),
             qPrintable(findings.out));
}

void TestCli::formatNamesIgnoreCase()
{
    const QString project = m_dir.filePath(QStringLiteral("case.uproot"));
    QCOMPARE(
        uproot({QStringLiteral("new"), project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")})
            .code,
        0);
    const QString csv = write(QStringLiteral("case.csv"),
                              "Host,Product,Publisher\nWS-9,Kaspersky Endpoint Security,AO Kaspersky Lab\n");
    QCOMPARE(
        uproot({QStringLiteral("import"), project, csv, QStringLiteral("--format"), QStringLiteral("CSV")})
            .code,
        0);
    const Result upper =
        uproot({QStringLiteral("findings"), project, QStringLiteral("--format"), QStringLiteral("JSON")});
    QCOMPARE(upper.code, 0);
    QVERIFY2(upper.out.trimmed().startsWith(u'[') || upper.out.trimmed().startsWith(u'{'),
             qPrintable(upper.out));
    QVERIFY(upper.out.contains(QLatin1String("WS-9")));
    const Result wrong =
        uproot({QStringLiteral("findings"), project, QStringLiteral("--format"), QStringLiteral("XML")});
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QLatin1String("XML")), qPrintable(wrong.err));
}

// Three scans: the second verifies WS-1's removal and says nothing of WS-2, which it does not list; the third
// shows WS-1's product again. `findings` gives each state with its scan's date, as of any date.
void TestCli::findingsShowWhatScansVerified()
{
    const QString project = m_dir.filePath(QStringLiteral("scans.uproot"));
    QCOMPARE(
        uproot({QStringLiteral("new"), project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")})
            .code,
        0);
    const QByteArray header = "Hostname,Software,Publisher,Version\n";
    const QByteArray kes = ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.1\n";
    const QByteArray chrome = ",Google Chrome,Google LLC,118.0\n";
    const QString first =
        write(QStringLiteral("scan1.csv"), header + "WS-1" + kes + "WS-2" + kes + "WS-3" + kes);
    const QString second = write(QStringLiteral("scan2.csv"), header + "WS-1" + chrome + "WS-3" + kes);
    const QString third = write(QStringLiteral("scan3.csv"), header + "WS-1" + kes);
    auto import = [&](const QString &file, const char *date) {
        return uproot({QStringLiteral("import"), project, file, QStringLiteral("--scan-date"),
                       QString::fromLatin1(date)});
    };
    QCOMPARE(import(first, "2018-01-02").code, 0);
    Result r = import(second, "2018-01-09");
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("scan of 2018-01-09: 1 removals verified, 0 reappeared")),
             qPrintable(r.out));
    r = import(third, "2018-01-16");
    QVERIFY2(r.out.contains(QLatin1String("scan of 2018-01-16: 0 removals verified, 1 reappeared")),
             qPrintable(r.out));

    auto stateOf = [](const QString &csv, const QString &host) {
        for (const QString &line : csv.split(QStringLiteral("\r\n"))) {
            if (line.startsWith(host + u','))
                return line.section(u',', -2); // state,scanned
        }
        return QString();
    };
    r = uproot({QStringLiteral("findings"), project});
    QCOMPARE(r.code, 0);
    QCOMPARE(stateOf(r.out, QStringLiteral("WS-1")), QStringLiteral("reappeared,2018-01-16"));
    QCOMPARE(stateOf(r.out, QStringLiteral("WS-2")), QStringLiteral("open,"));
    QCOMPARE(stateOf(r.out, QStringLiteral("WS-3")), QStringLiteral("open,"));
    r = uproot(
        {QStringLiteral("findings"), project, QStringLiteral("--as-of"), QStringLiteral("2018-01-10")});
    QCOMPARE(r.code, 0);
    QCOMPARE(stateOf(r.out, QStringLiteral("WS-1")), QStringLiteral("removed,2018-01-09"));
    r = uproot(
        {QStringLiteral("findings"), project, QStringLiteral("--as-of"), QStringLiteral("2018-01-08")});
    QCOMPARE(stateOf(r.out, QStringLiteral("WS-1")), QStringLiteral("open,"));
    r = uproot({QStringLiteral("findings"), project, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--as-of"), QStringLiteral("2018-01-10")});
    QVERIFY2(r.out.contains(QLatin1String("\"scanned\":\"2018-01-09\"")) &&
                 r.out.contains(QLatin1String("\"state\":\"removed\"")),
             qPrintable(r.out));

    // A date that is not one is bad input, and nothing is imported.
    r = import(first, "16/01/2018");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("16/01/2018")), qPrintable(r.err));
    r = uproot({QStringLiteral("findings"), project, QStringLiteral("--as-of"), QStringLiteral("soon")});
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
