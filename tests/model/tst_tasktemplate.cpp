// The template file format: step ids, durations in working days and dependencies, and the refusals that name the
// file, the step and the reason (a cycle, an unknown step, a bad duration).
#include "model/planning/tasktemplate.h"
#include "model/planning/tasktemplates.h"

#include <QTest>

using namespace uproot;

class TestTaskTemplate : public QObject
{
    Q_OBJECT

private slots:
    void readsIdsDurationsAndDependencies();
    void refusesUnusableSteps_data();
    void refusesUnusableSteps();
    void shippedTemplatesLoad();
};

namespace {
QByteArray withSteps(const QByteArray &steps)
{
    return R"({"schemaVersion": 1, "identifier": "t", "title": "T", "steps": [)" + steps + "]}";
}
} // namespace

void TestTaskTemplate::readsIdsDurationsAndDependencies()
{
    TaskTemplate t;
    QString error;
    QVERIFY2(t.load(withSteps(R"({"title": "Plan", "phase": "planning"},
        {"id": "stage", "title": "Stage", "days": 2},
        {"id": "remove", "title": "Remove", "days": 3, "after": ["stage"]},
        {"title": "Verify", "after": ["remove", "stage"]})"),
                    QStringLiteral("t.json"), &error),
             qPrintable(error));
    QCOMPARE(t.steps().size(), 4);
    QCOMPARE(t.steps()[0].id, QStringLiteral("step-1"));
    QVERIFY(t.steps()[0].planning);
    QCOMPARE(t.steps()[0].days, 1);
    QCOMPARE(t.steps()[1].id, QStringLiteral("stage"));
    QCOMPARE(t.steps()[1].days, 2);
    QCOMPARE(t.steps()[2].after, QStringList{QStringLiteral("stage")});
    QCOMPARE(t.steps()[3].id, QStringLiteral("step-4"));
    QCOMPARE(t.steps()[3].after, (QStringList{QStringLiteral("remove"), QStringLiteral("stage")}));
}

void TestTaskTemplate::refusesUnusableSteps_data()
{
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two-step cycle") << QByteArray(R"({"id": "a", "title": "A", "after": ["b"]},
        {"id": "b", "title": "B", "after": ["a"]})")
                                    << QStringLiteral("t.json: steps: the dependencies form a cycle (a \u2192 b \u2192 a)");
    QTest::newRow("longer cycle behind a sound step")
        << QByteArray(R"({"id": "x", "title": "X"}, {"id": "a", "title": "A", "after": ["x", "c"]},
        {"id": "b", "title": "B", "after": ["a"]}, {"id": "c", "title": "C", "after": ["b"]})")
        << QStringLiteral("t.json: steps: the dependencies form a cycle (a \u2192 c \u2192 b \u2192 a)");
    QTest::newRow("after itself") << QByteArray(R"({"id": "a", "title": "A", "after": ["a"]})")
                                  << QStringLiteral("t.json: steps[0].after: \"a\" is not another step of this template");
    QTest::newRow("after an unknown step")
        << QByteArray(R"({"id": "a", "title": "A"}, {"title": "B", "after": ["nope"]})")
        << QStringLiteral("t.json: steps[1].after: \"nope\" is not another step of this template");
    QTest::newRow("after is not a list") << QByteArray(R"({"id": "a", "title": "A", "after": "b"})")
                                         << QStringLiteral("t.json: steps[0].after: must be a list of step ids");
    QTest::newRow("two steps with one id")
        << QByteArray(R"({"id": "a", "title": "A"}, {"id": "a", "title": "B"})")
        << QStringLiteral("t.json: steps[1].id: \"a\" is the id of an earlier step");
    QTest::newRow("zero days") << QByteArray(R"({"title": "A", "days": 0})")
                               << QStringLiteral("t.json: steps[0].days: must be a whole number of working days "
                                                 "from 1 to 365");
    QTest::newRow("half a day") << QByteArray(R"({"title": "A", "days": 1.5})")
                                << QStringLiteral("t.json: steps[0].days: must be a whole number of working days "
                                                  "from 1 to 365");
    QTest::newRow("days as text") << QByteArray(R"({"title": "A", "days": "2"})")
                                  << QStringLiteral("t.json: steps[0].days: must be a whole number of working days "
                                                    "from 1 to 365");
}

void TestTaskTemplate::refusesUnusableSteps()
{
    QFETCH(QByteArray, steps);
    QFETCH(QString, expected);
    TaskTemplate t;
    QString error;
    QVERIFY(!t.load(withSteps(steps), QStringLiteral("t.json"), &error));
    QCOMPARE(error, expected);
    QVERIFY(t.steps().isEmpty()); // nothing half-loaded
}

void TestTaskTemplate::shippedTemplatesLoad()
{
    const TaskTemplates all = TaskTemplates::builtin();
    QVERIFY(all.all().size() >= 5);
    for (const TaskTemplate &t : all.all()) {
        QVERIFY(!t.steps().isEmpty());
        for (const TaskTemplate::Step &s : t.steps())
            QVERIFY2(s.days >= 1, qPrintable(t.identifier()));
    }
}

QTEST_GUILESS_MAIN(TestTaskTemplate)
#include "tst_tasktemplate.moc"
