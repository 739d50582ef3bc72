// The command line for team rules and the plan of action's own fields: uproot team assign / unassign / list,
// uproot poa list / set, bad input with exit status 2, and (g) in the exported plan falling back to the
// mission functions recorded on a component's systems.
#include "../support/clirun.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>

class TestTeamPoaCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void teamRulesFromTheCommandLine();
    void badTeamInput_data();
    void badTeamInput();
    void planOfActionFieldsFromTheCommandLine();
    void badPoaInput_data();
    void badPoaInput();
    void missionFunctionFallsBackToTheSystems();

private:
    using Result = uproot::testsupport::CliResult;
    Result uproot(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);
    QString pdfText(const QString &pdf);

    QTemporaryDir m_dir;
    QString m_project;
    int m_n = 0;
};

TestTeamPoaCli::Result TestTeamPoaCli::uproot(const QStringList &args)
{
    return uproot::testsupport::runUproot(args);
}

QString TestTeamPoaCli::write(const QString &name, const QByteArray &content)
{
    return uproot::testsupport::writeFile(m_dir.filePath(name), content);
}

QString TestTeamPoaCli::pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    // pdftotext breaks lines where the page does; read the words as one run.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

void TestTeamPoaCli::init()
{
    m_project = m_dir.filePath(QStringLiteral("p%1.uproot").arg(++m_n));
    Result r = uproot(
        {QStringLiteral("new"), m_project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QByteArray csv = "Hostname,Software,Publisher,Version,Component,Site\n";
    for (const char *row : {"A1,Bureau A,HQ", "A2,Bureau A,HQ", "A3,Bureau A,HQ", "A4,Bureau A,HQ",
                            "B1,Bureau B,Annex", "B2,Bureau B,Annex"}) {
        const QList<QByteArray> f = QByteArray(row).split(',');
        csv += f[0] + ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11," + f[1] + ',' + f[2] +
               '\n';
    }
    r = uproot({QStringLiteral("import"), m_project, write(QStringLiteral("inv%1.csv").arg(m_n), csv)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestTeamPoaCli::teamRulesFromTheCommandLine()
{
    Result r = uproot({QStringLiteral("team"), m_project, QStringLiteral("set"), QStringLiteral("Alpha"),
                       QStringLiteral("--capacity"), QStringLiteral("2")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("team"), m_project, QStringLiteral("assign"), QStringLiteral("Alpha"),
                QStringLiteral("--component"), QStringLiteral("Bureau A")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    // A site no system has yet: done, with a warning.
    r = uproot({QStringLiteral("team"), m_project, QStringLiteral("assign"), QStringLiteral("Alpha"),
                QStringLiteral("--site"), QStringLiteral("Nowhere")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("warning")) && r.err.contains(QLatin1String("Nowhere")),
             qPrintable(r.err));

    r = uproot({QStringLiteral("team"), m_project, QStringLiteral("list")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(
        r.out.contains(QLatin1String("Alpha: 2 a day; days off none; takes component Bureau A, site Nowhere; "
                                     "4 affected system(s)")),
        qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QLatin1String("(no team, planned at the default capacity): 2 affected system(s)")),
        qPrintable(r.out));

    // The plan puts Bureau A's four in Alpha's lane.
    r = uproot({QStringLiteral("plan"), m_project, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray lanes =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("teams")).toArray();
    bool alpha = false;
    for (const QJsonValue &lane : lanes) {
        if (lane[QLatin1String("name")].toString() == QLatin1String("Alpha")) {
            alpha = true;
            QCOMPARE(lane[QLatin1String("systems")].toInt(), 4);
        }
    }
    QVERIFY2(alpha, qPrintable(r.out));

    r = uproot({QStringLiteral("team"), m_project, QStringLiteral("unassign"), QStringLiteral("--component"),
                QStringLiteral("Bureau A")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("team"), m_project, QStringLiteral("list")});
    QVERIFY2(r.out.contains(
                 QLatin1String("Alpha: 2 a day; days off none; takes site Nowhere; 0 affected system(s)")),
             qPrintable(r.out));
    // Removing the team takes its last rule with it.
    r = uproot({QStringLiteral("team"), m_project, QStringLiteral("remove"), QStringLiteral("Alpha")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("team"), m_project, QStringLiteral("unassign"), QStringLiteral("--site"),
                QStringLiteral("Nowhere")});
    QCOMPARE(r.code, 2);
}

void TestTeamPoaCli::badTeamInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown team") << QStringList{QStringLiteral("assign"), QStringLiteral("Ghost"),
                                                 QStringLiteral("--component"), QStringLiteral("Bureau A")}
                                  << QStringLiteral("no team Ghost");
    QTest::newRow("zero capacity") << QStringList{QStringLiteral("set"), QStringLiteral("Zero"),
                                                  QStringLiteral("--capacity"), QStringLiteral("0")}
                                   << QStringLiteral("--capacity");
    QTest::newRow("neither component nor site")
        << QStringList{QStringLiteral("assign"), QStringLiteral("Beta")}
        << QStringLiteral("--component C or --site S");
    QTest::newRow("both component and site")
        << QStringList{QStringLiteral("assign"),   QStringLiteral("Beta"),   QStringLiteral("--component"),
                       QStringLiteral("Bureau A"), QStringLiteral("--site"), QStringLiteral("HQ")}
        << QStringLiteral("either");
    QTest::newRow("blank component") << QStringList{QStringLiteral("assign"), QStringLiteral("Beta"),
                                                    QStringLiteral("--component"), QStringLiteral(" ")}
                                     << QStringLiteral("--component wants a name");
    QTest::newRow("unassign with no rule")
        << QStringList{QStringLiteral("unassign"), QStringLiteral("--site"), QStringLiteral("HQ")}
        << QStringLiteral("no team takes the site HQ");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("rename")}
                                    << QStringLiteral("unknown action");
}

void TestTeamPoaCli::badTeamInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QVERIFY(uproot({QStringLiteral("team"), m_project, QStringLiteral("set"), QStringLiteral("Beta"),
                    QStringLiteral("--capacity"), QStringLiteral("3")})
                .code == 0);
    const Result r = uproot(QStringList{QStringLiteral("team"), m_project} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    const Result list = uproot({QStringLiteral("team"), m_project, QStringLiteral("list")});
    QVERIFY2(
        list.out.contains(QLatin1String("Beta: 3 a day; days off none; takes systems assigned by hand only")),
        qPrintable(list.out));
    QVERIFY(!list.out.contains(QLatin1String("Zero")));
}

void TestTeamPoaCli::planOfActionFieldsFromTheCommandLine()
{
    Result r = uproot({QStringLiteral("poa"), m_project, QStringLiteral("list")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(
                 QLatin1String("contracts\t(h) Contracts, service-level agreements and other agreements\t"
                               "empty")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("mission-function --component \"Bureau B\"\t")));
    r = uproot({QStringLiteral("poa"), m_project, QStringLiteral("set"), QStringLiteral("contracts"),
                QStringLiteral("Contract GS-35F-0001")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("poa"), m_project, QStringLiteral("set"), QStringLiteral("mission-function"),
                QStringLiteral("Field work"), QStringLiteral("--component"), QStringLiteral("Bureau B")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("poa"), m_project, QStringLiteral("list")});
    QVERIFY2(r.out.contains(
                 QLatin1String("contracts\t(h) Contracts, service-level agreements and other agreements\t"
                               "recorded")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Bureau B\trecorded")));
    QVERIFY(r.out.contains(QLatin1String("Bureau A\tempty")));
    // The audit trail has the change, as the GUI's form would leave it.
    r = uproot({QStringLiteral("audit"), m_project});
    QVERIFY2(r.out.contains(QLatin1String("Contract GS-35F-0001")), qPrintable(r.out));
}

void TestTeamPoaCli::badPoaInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown field") << QStringList{QStringLiteral("set"), QStringLiteral("budget"),
                                                  QStringLiteral("x")}
                                   << QStringLiteral("unknown field \u201cbudget\u201d");
    QTest::newRow("mission function without a component")
        << QStringList{QStringLiteral("set"), QStringLiteral("mission-function"), QStringLiteral("x")}
        << QStringLiteral("--component");
    QTest::newRow("a component the plan does not list")
        << QStringList{QStringLiteral("set"), QStringLiteral("mission-function"), QStringLiteral("x"),
                       QStringLiteral("--component"), QStringLiteral("Bureau Z")}
        << QStringLiteral("Bureau Z");
    QTest::newRow("component on a field that has none")
        << QStringList{QStringLiteral("set"), QStringLiteral("costs"), QStringLiteral("x"),
                       QStringLiteral("--component"), QStringLiteral("Bureau A")}
        << QStringLiteral("only for mission-function");
    QTest::newRow("missing value") << QStringList{QStringLiteral("set"), QStringLiteral("costs")}
                                   << QStringLiteral("usage");
}

void TestTeamPoaCli::badPoaInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Result r = uproot(QStringList{QStringLiteral("poa"), m_project} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    const Result list = uproot({QStringLiteral("poa"), m_project, QStringLiteral("list")});
    QVERIFY(!list.out.contains(QLatin1String("recorded")));
}

void TestTeamPoaCli::missionFunctionFallsBackToTheSystems()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Result r = uproot(
        {QStringLiteral("assign"), m_project,
         write(QStringLiteral("missions.csv"), "system,mission function\nA1,Payroll\nA2,Census counts\n"
                                               "A3,Payroll\n")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString pdf = m_dir.filePath(QStringLiteral("plan%1.pdf").arg(m_n));
    r = uproot({QStringLiteral("export"), m_project, QStringLiteral("--document"), QStringLiteral("plan"),
                QStringLiteral("--output"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Bureau A's systems say it; Bureau B's do not, and the export still warns about that one only.
    QVERIFY2(!r.err.contains(QLatin1String("Mission function of the affected endpoints: Bureau A")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Mission function of the affected endpoints: Bureau B")),
             qPrintable(r.err));
    QString text = pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("Census counts; Payroll")), qPrintable(text.left(3000)));

    // The component's own statement wins over its systems'.
    r = uproot({QStringLiteral("poa"), m_project, QStringLiteral("set"), QStringLiteral("mission-function"),
                QStringLiteral("Statistical programmes"), QStringLiteral("--component"),
                QStringLiteral("Bureau A")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("export"), m_project, QStringLiteral("--document"), QStringLiteral("plan"),
                QStringLiteral("--output"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    text = pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("Statistical programmes")), qPrintable(text.left(3000)));
    QVERIFY(!text.contains(QLatin1String("Census counts; Payroll")));
}

QTEST_GUILESS_MAIN(TestTeamPoaCli)
#include "tst_teampoacli.moc"
