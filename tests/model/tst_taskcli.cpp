// `uproot task` as a script drives it: status with its reason, notes, evidence with the SHA-256 a script can
// check itself, and bad input refused with exit status 2, the project left as it was.
#include "model/project/project.h"

#include "../support/clirun.h"
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

using namespace uproot;

class TestTaskCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void statusReasonNotesAndEvidence();
    void evidenceSavedAndDetached();
    void badInput_data();
    void badInput();

private:
    using Result = testsupport::CliResult;
    Result uproot(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);
    // Evidence items and audit lines in the project, read by opening it.
    QPair<int, int> evidenceAndAuditLines();

    QTemporaryDir m_dir;
    QString m_project;
};

TestTaskCli::Result TestTaskCli::uproot(const QStringList &args)
{
    return testsupport::runUproot(args);
}

QString TestTaskCli::write(const QString &name, const QByteArray &content)
{
    return testsupport::writeFile(m_dir.filePath(name), content);
}

QPair<int, int> TestTaskCli::evidenceAndAuditLines()
{
    QString error;
    std::unique_ptr<Project> project = Project::open(m_project, true, &error);
    if (!project)
        return {-1, -1};
    int evidence = 0;
    for (const DirectiveRecord &d : project->directives()) {
        for (const TaskRecord &t : project->tasks().tasksOfDirective(d.id))
            evidence += int(project->tasks().evidenceOfTask(t.id).size());
    }
    return {evidence, int(project->audit().events().size())};
}

void TestTaskCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("tasks.uproot"));
    Result r = uproot(
        {QStringLiteral("new"), m_project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString csv = write(QStringLiteral("inventory.csv"),
                              "Hostname,Software,Publisher,Version\n"
                              "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11\n"
                              "WS-2,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11\n");
    r = uproot({QStringLiteral("import"), m_project, csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("plan"), m_project});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestTaskCli::statusReasonNotesAndEvidence()
{
    Result r = uproot({QStringLiteral("task"), m_project, QStringLiteral("set"), QStringLiteral("ws-1"),
                       QStringLiteral("2"), QStringLiteral("--status"), QStringLiteral("blocked"),
                       QStringLiteral("--reason"), QStringLiteral("waiting for vendor password"),
                       QStringLiteral("--notes"), QStringLiteral("asked on Monday")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("list"), QStringLiteral("--status"),
                QStringLiteral("blocked")});
    QCOMPARE(r.code, 0);
    const QStringList blocked = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(blocked.size(), 1);
    QVERIFY2(
        blocked.first().startsWith(QLatin1String("WS-1\tstep 2\tblocked: waiting for vendor password\t")),
        qPrintable(blocked.first()));
    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("list"), QStringLiteral("--system"),
                QStringLiteral("WS-2")});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(QLatin1String("WS-1")));
    QVERIFY(r.out.contains(QLatin1String("WS-2\tstep 1\tto do")));

    QByteArray bytes("uninstall.log\n");
    for (int i = 0; i < 5000; ++i)
        bytes.append(char(i % 256));
    const QString log = write(QStringLiteral("kes-uninstall.log"), bytes);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("attach"), QStringLiteral("WS-1"),
                QStringLiteral("2"), log});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("reference"), QStringLiteral("WS-1"),
                QStringLiteral("2"), QStringLiteral("INC-4711")});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("show"), QStringLiteral("WS-1"),
                QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("status: blocked: waiting for vendor password")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("notes: asked on Monday")), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(
            QStringLiteral("file \"kes-uninstall.log\" (SHA-256 %1, %2 bytes)").arg(sha).arg(bytes.size())),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("reference \"INC-4711\"")), qPrintable(r.out));

    // The tasks export carries the reason, the notes and how much evidence there is.
    const QString csv = m_dir.filePath(QStringLiteral("tasks.csv"));
    r = uproot({QStringLiteral("export"), m_project, QStringLiteral("--document"), QStringLiteral("tasks"),
                QStringLiteral("--output"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    QVERIFY2(
        text.startsWith(QLatin1String("system,component,step,task,status,owner,due,reason,notes,evidence")),
        qPrintable(text.left(200)));
    QVERIFY2(text.contains(QLatin1String(",blocked,")) &&
                 text.contains(QLatin1String(",waiting for vendor password,asked on Monday,2")),
             qPrintable(text));

    // Done clears the reason.
    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("set"), QStringLiteral("WS-1"),
                QStringLiteral("2"), QStringLiteral("--status"), QStringLiteral("done")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("WS-1 step 2: done"));
}

void TestTaskCli::evidenceSavedAndDetached()
{
    const QByteArray bytes("removal ticket INC-9\n\x01\x02\xff", 24);
    const QString file = write(QStringLiteral("ticket.bin"), bytes);
    Result r = uproot({QStringLiteral("task"), m_project, QStringLiteral("attach"), QStringLiteral("WS-2"),
                       QStringLiteral("1"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // "WS-2 step 1: evidence N: file ..."
    const QString id = r.out.section(QStringLiteral("evidence "), 1).section(u':', 0, 0);
    QVERIFY2(id.toInt() > 0, qPrintable(r.out));

    const QString copy = m_dir.filePath(QStringLiteral("ticket-copy.bin"));
    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("save"), QStringLiteral("WS-2"),
                QStringLiteral("1"), id, copy});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bytes);

    // The number must be this task's: WS-1 step 2 does not hold it, and nothing is removed.
    const QPair<int, int> before = evidenceAndAuditLines();
    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("detach"), QStringLiteral("WS-1"),
                QStringLiteral("2"), id});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("WS-1 step 2 has no evidence \u201c%1\u201d").arg(id)),
             qPrintable(r.err));
    QCOMPARE(evidenceAndAuditLines(), before);

    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("detach"), QStringLiteral("WS-2"),
                QStringLiteral("1"), id});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(evidenceAndAuditLines(), qMakePair(before.first - 1, before.second + 1));
    r = uproot({QStringLiteral("task"), m_project, QStringLiteral("show"), QStringLiteral("WS-2"),
                QStringLiteral("1")});
    QVERIFY2(r.out.contains(QLatin1String("evidence: none")), qPrintable(r.out));
}

void TestTaskCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(QStringLiteral("no-such-evidence.pdf"));
    QTest::newRow("blocked without a reason")
        << QStringList{QStringLiteral("set"), QStringLiteral("WS-2"), QStringLiteral("1"),
                       QStringLiteral("--status"), QStringLiteral("blocked")}
        << QStringLiteral("needs --reason");
    QTest::newRow("skipped with an empty reason")
        << QStringList{QStringLiteral("set"),      QStringLiteral("WS-2"),    QStringLiteral("1"),
                       QStringLiteral("--status"), QStringLiteral("skipped"), QStringLiteral("--reason"),
                       QStringLiteral(" ")}
        << QStringLiteral("needs --reason");
    QTest::newRow("a reason for done")
        << QStringList{QStringLiteral("set"),      QStringLiteral("WS-2"), QStringLiteral("1"),
                       QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--reason"),
                       QStringLiteral("x")}
        << QStringLiteral("--reason goes with");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("set"), QStringLiteral("WS-2"),
                                                   QStringLiteral("1"), QStringLiteral("--status"),
                                                   QStringLiteral("finished")}
                                    << QStringLiteral("\u201cfinished\u201d is not a status");
    QTest::newRow("unknown system") << QStringList{QStringLiteral("show"), QStringLiteral("WS-9"),
                                                   QStringLiteral("1")}
                                    << QStringLiteral("WS-9 has no tasks");
    QTest::newRow("unknown step") << QStringList{QStringLiteral("show"), QStringLiteral("WS-2"),
                                                 QStringLiteral("99")}
                                  << QStringLiteral("WS-2 has no step 99");
    QTest::newRow("evidence file missing")
        << QStringList{QStringLiteral("attach"), QStringLiteral("WS-2"), QStringLiteral("1"), missing}
        << missing + QStringLiteral(": there is no such file");
    QTest::newRow("evidence is a folder")
        << QStringList{QStringLiteral("attach"), QStringLiteral("WS-2"), QStringLiteral("1"), m_dir.path()}
        << m_dir.path() + QStringLiteral(": not a file");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("close"), QStringLiteral("WS-2"),
                                                   QStringLiteral("1")}
                                    << QStringLiteral("unknown action");
}

void TestTaskCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QPair<int, int> before = evidenceAndAuditLines();
    QVERIFY(before.first >= 0);
    const Result r = uproot(QStringList{QStringLiteral("task"), m_project} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(evidenceAndAuditLines(), before);
}

QTEST_GUILESS_MAIN(TestTaskCli)
#include "tst_taskcli.moc"
