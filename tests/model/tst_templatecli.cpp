// uproot template PROJECT list | export FILE | import FILE, run as a person or a script would: an exported
// set imports back unchanged, an edited file lands as one step, and a file with a cycle is refused with exit
// status 2, naming the file and the steps, with the project exactly as it was (its export compared before and
// after).
#include "../support/clirun.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

class TestTemplateCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listShowsTemplatesRulesAndSteps();
    void editedFileImports();
    void cyclicFileLeavesProjectUnchanged();
    void usageErrors();

private:
    using Result = uproot::testsupport::CliResult;
    Result uproot(const QStringList &args);
    QByteArray exported(const QString &name);
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_project;
};

TestTemplateCli::Result TestTemplateCli::uproot(const QStringList &args)
{
    return uproot::testsupport::runUproot(args);
}

QString TestTemplateCli::write(const QString &name, const QByteArray &content)
{
    return uproot::testsupport::writeFile(m_dir.filePath(name), content);
}

QByteArray TestTemplateCli::exported(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Result r = uproot({QStringLiteral("template"), m_project, QStringLiteral("export"), path});
    if (r.code != 0)
        qWarning("%s", qPrintable(r.err));
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestTemplateCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("templates.uproot"));
    const Result r = uproot(
        {QStringLiteral("new"), m_project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestTemplateCli::listShowsTemplatesRulesAndSteps()
{
    const QJsonObject set = QJsonDocument::fromJson(exported(QStringLiteral("list.json"))).object();
    QVERIFY(!set.value(QLatin1String("templates")).toArray().isEmpty());
    const Result r = uproot({QStringLiteral("template"), m_project, QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    // Every template and every step title of the export is in the listing, and every rule's template.
    for (const QJsonValue &t : set.value(QLatin1String("templates")).toArray()) {
        QVERIFY2(r.out.contains(t.toObject().value(QLatin1String("identifier")).toString()),
                 qPrintable(r.out));
        for (const QJsonValue &s : t.toObject().value(QLatin1String("steps")).toArray())
            QVERIFY2(r.out.contains(s.toObject().value(QLatin1String("title")).toString()),
                     qPrintable(r.out));
    }
    QVERIFY2(
        r.out.contains(QLatin1String("directive any, kind management server -> management-server-removal")),
        qPrintable(r.out));
}

void TestTemplateCli::editedFileImports()
{
    QJsonObject set = QJsonDocument::fromJson(exported(QStringLiteral("before-edit.json"))).object();
    QJsonArray templates = set.value(QLatin1String("templates")).toArray();
    QJsonObject first = templates[0].toObject();
    QJsonArray steps = first.value(QLatin1String("steps")).toArray();
    steps.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("call")},
                             {QStringLiteral("title"), QStringLiteral("Call the owner")},
                             {QStringLiteral("phase"), QStringLiteral("removal")},
                             {QStringLiteral("days"), 2}});
    first.insert(QStringLiteral("steps"), steps);
    templates[0] = first;
    set.insert(QStringLiteral("templates"), templates);
    const QByteArray wanted = QJsonDocument(set).toJson();
    const Result r = uproot({QStringLiteral("template"), m_project, QStringLiteral("import"),
                             write(QStringLiteral("edited.json"), wanted)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject back = QJsonDocument::fromJson(exported(QStringLiteral("after-edit.json"))).object();
    QCOMPARE(back, QJsonDocument::fromJson(wanted).object());
    const Result audit = uproot({QStringLiteral("audit"), m_project});
    QVERIFY2(audit.out.contains(QLatin1String("step call \"Call the owner\" added")), qPrintable(audit.out));
}

void TestTemplateCli::cyclicFileLeavesProjectUnchanged()
{
    const QByteArray before = exported(QStringLiteral("before.json"));
    QJsonObject set = QJsonDocument::fromJson(before).object();
    QJsonArray templates = set.value(QLatin1String("templates")).toArray();
    // The second template's first step now waits for its last, which already waits (in order) for the first.
    QJsonObject second = templates[1].toObject();
    QJsonArray steps = second.value(QLatin1String("steps")).toArray();
    const QString firstId = steps.first().toObject().value(QLatin1String("id")).toString();
    const QString lastId = steps.last().toObject().value(QLatin1String("id")).toString();
    QJsonObject firstStep = steps.first().toObject();
    firstStep.insert(QStringLiteral("after"), QJsonArray{lastId});
    steps[0] = firstStep;
    QJsonObject lastStep = steps.last().toObject();
    lastStep.insert(QStringLiteral("after"), QJsonArray{firstId});
    steps[steps.size() - 1] = lastStep;
    second.insert(QStringLiteral("steps"), steps);
    templates[1] = second;
    set.insert(QStringLiteral("templates"), templates);
    const QString file = write(QStringLiteral("cyclic.json"), QJsonDocument(set).toJson());

    const Result r = uproot({QStringLiteral("template"), m_project, QStringLiteral("import"), file});
    QCOMPARE(r.code, 2);
    const QString expected =
        QStringLiteral("%1: templates[1]: steps: the dependencies form a cycle (%2 \u2192 %3 "
                       "\u2192 %2)")
            .arg(file, firstId, lastId);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err + QStringLiteral("\nwanted: ") + expected));
    QCOMPARE(exported(QStringLiteral("after.json")), before);
}

void TestTemplateCli::usageErrors()
{
    QCOMPARE(uproot({QStringLiteral("template"), m_project, QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(uproot({QStringLiteral("template"), m_project, QStringLiteral("import")}).code, 2);
    const Result absent = uproot({QStringLiteral("template"), m_project, QStringLiteral("import"),
                                  m_dir.filePath(QStringLiteral("absent.json"))});
    QCOMPARE(absent.code, 2);
    QVERIFY2(absent.err.contains(QLatin1String("absent.json")), qPrintable(absent.err));
}

QTEST_GUILESS_MAIN(TestTemplateCli)
#include "tst_templatecli.moc"
