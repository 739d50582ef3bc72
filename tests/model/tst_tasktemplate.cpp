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
    void toJsonReadsBackEqual();
    void setToJsonReadsBackEqual();
    void refusesUnusableSets_data();
    void refusesUnusableSets();
    void editorNamesTheStep();
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

void TestTaskTemplate::toJsonReadsBackEqual()
{
    TaskTemplate custom;
    QString error;
    QVERIFY2(custom.load(withSteps(R"({"title": "Plan", "phase": "planning"},
        {"id": "stage", "title": "Stage", "days": 2},
        {"id": "remove", "title": "Remove it, then check", "days": 3, "after": ["stage", "step-1"]})"),
                         QStringLiteral("t.json"), &error),
             qPrintable(error));
    QList<TaskTemplate> all = TaskTemplates::builtin().all();
    all.append(custom);
    for (const TaskTemplate &t : std::as_const(all)) {
        TaskTemplate back;
        QVERIFY2(back.load(t.toJson(), t.identifier(), &error), qPrintable(error));
        QCOMPARE(back.identifier(), t.identifier());
        QCOMPARE(back.title(), t.title());
        QCOMPARE(back.note(), t.note());
        QCOMPARE(back.steps().size(), t.steps().size());
        for (qsizetype i = 0; i < t.steps().size(); ++i) {
            QCOMPARE(back.steps()[i].id, t.steps()[i].id);
            QCOMPARE(back.steps()[i].title, t.steps()[i].title);
            QCOMPARE(back.steps()[i].planning, t.steps()[i].planning);
            QCOMPARE(back.steps()[i].days, t.steps()[i].days);
            QCOMPARE(back.steps()[i].after, t.steps()[i].after);
        }
        QVERIFY(back == t);
    }
}

void TestTaskTemplate::setToJsonReadsBackEqual()
{
    const TaskTemplates shipped = TaskTemplates::builtin();
    TaskTemplates back;
    QString error;
    QVERIFY2(TaskTemplates::fromJson(shipped.toJson(), QStringLiteral("set.json"), &back, &error), qPrintable(error));
    QVERIFY(back == shipped);
    QCOMPARE(back.rules().size(), shipped.rules().size());
    // The rules choose the same template for each kind as the shipped set does.
    for (const QString &kind : {QStringLiteral("management server"), QStringLiteral("linux"), QStringLiteral("")})
        QCOMPARE(back.forSystem(QStringLiteral("bod-17-01"), kind).identifier(),
                 shipped.forSystem(QStringLiteral("bod-17-01"), kind).identifier());
    QCOMPARE(back.toJson(), shipped.toJson());
}

void TestTaskTemplate::refusesUnusableSets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray a = R"({"schemaVersion": 1, "identifier": "a", "title": "A", "steps": [{"id": "x", "title": "X"}]})";
    const QByteArray catchAll = R"({"directive": "", "kind": "", "template": "a"})";
    QTest::newRow("a cycle in the second template")
        << QByteArray(R"({"schemaVersion": 1, "rules": [)" + catchAll + R"(], "templates": [)" + a + R"(,
            {"schemaVersion": 1, "identifier": "b", "title": "B", "steps": [
              {"id": "p", "title": "P", "after": ["q"]}, {"id": "q", "title": "Q", "after": ["p"]}]}]})")
        << QStringLiteral("set.json: templates[1]: steps: the dependencies form a cycle (p \u2192 q \u2192 p)");
    QTest::newRow("a rule naming a template the set does not have")
        << QByteArray(R"({"schemaVersion": 1, "templates": [)" + a + R"(], "rules": [
            {"directive": "", "kind": "linux", "template": "gone"}, )" + catchAll + "]}")
        << QStringLiteral("set.json: rules[0].template: \u201cgone\u201d is not a template of this set");
    QTest::newRow("no rule for every system")
        << QByteArray(R"({"schemaVersion": 1, "templates": [)" + a + R"(], "rules": [
            {"directive": "", "kind": "linux", "template": "a"}]})")
        << QStringLiteral("set.json: rules: the last rule must match every directive and kind (both left empty), "
                          "so that every system has a template");
    QTest::newRow("two templates with one identifier")
        << QByteArray(R"({"schemaVersion": 1, "templates": [)" + a + "," + a + R"(], "rules": [)" + catchAll + "]}")
        << QStringLiteral("set.json: templates[1].identifier: \u201ca\u201d is the identifier of another template");
    QTest::newRow("no templates") << QByteArray(R"({"schemaVersion": 1, "templates": [], "rules": []})")
                                  << QStringLiteral("set.json: templates: needs at least one template");
}

void TestTaskTemplate::refusesUnusableSets()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    TaskTemplates set = TaskTemplates::single(TaskTemplate::builtin());
    const TaskTemplates before = set;
    QString error;
    QVERIFY(!TaskTemplates::fromJson(json, QStringLiteral("set.json"), &set, &error));
    QCOMPARE(error, expected);
    QVERIFY(set == before); // untouched
}

void TestTaskTemplate::editorNamesTheStep()
{
    QList<TaskTemplate::Step> steps{{QStringLiteral("a"), QStringLiteral("Stage"), false, 1, {QStringLiteral("c")}},
                                    {QStringLiteral("b"), QStringLiteral("Remove"), false, 2, {QStringLiteral("a")}},
                                    {QStringLiteral("c"), QStringLiteral("Verify"), false, 1, {QStringLiteral("b")}}};
    TaskTemplate::Problem p = TaskTemplate::problemIn(steps);
    QCOMPARE(p.kind, TaskTemplate::Problem::Cycle);
    QCOMPARE(TaskTemplate::describe(p, steps),
             QStringLiteral("Step 1 \u201cStage\u201d waits for itself: the steps it follows form a cycle "
                            "(steps 1 \u2192 3 \u2192 2 \u2192 1)."));
    steps[0].after.clear();
    steps[1].title = QStringLiteral("  ");
    p = TaskTemplate::problemIn(steps);
    QCOMPARE(p.kind, TaskTemplate::Problem::NoTitle);
    QCOMPARE(TaskTemplate::describe(p, steps), QStringLiteral("Step 2 has no title."));
    steps[1].title = QStringLiteral("Remove");
    QVERIFY(TaskTemplate::problemIn(steps).isNone());
}

QTEST_GUILESS_MAIN(TestTaskTemplate)
#include "tst_tasktemplate.moc"
