#include "model/detection/directivecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace uproot;

namespace {

const QStringList kShipped{
    QStringLiteral("bis-2024-kaspersky"), QStringLiteral("bod-17-01"),        QStringLiteral("far-889"),
    QStringLiteral("fcc-covered-list"),   QStringLiteral("ndaa-fy2018-1634"), QStringLiteral("omb-m-23-13")};

QJsonObject milestone(const char *id, int offset)
{
    return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                       {QStringLiteral("kind"), QStringLiteral("status-report")},
                       {QStringLiteral("title"), QStringLiteral("A milestone")},
                       {QStringLiteral("offsetDays"), offset}};
}

QJsonObject rule(const char *id, const char *kind, const char *field, const QJsonArray &values)
{
    return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                       {QStringLiteral("kind"), QLatin1String(kind)},
                       {QStringLiteral("description"), QStringLiteral("A rule")},
                       {QLatin1String(field), values}};
}

// A small directive that loads; each malformation changes one thing in it.
QJsonObject minimal()
{
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("id"), QStringLiteral("test-directive")},
        {QStringLiteral("title"), QStringLiteral("Test directive")},
        {QStringLiteral("issuer"), QStringLiteral("Test issuer")},
        {QStringLiteral("instrument"), QStringLiteral("Test instrument")},
        {QStringLiteral("issueDate"), QStringLiteral("2020-01-01")},
        {QStringLiteral("milestones"),
         QJsonArray{milestone("first", 30), milestone("second", 60), milestone("third", 90)}},
        {QStringLiteral("rules"), QJsonArray{rule("publisher-test", "publisher", "aliases",
                                                  QJsonArray{QStringLiteral("Test Vendor")})}},
    };
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QByteArray changed(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject object = minimal();
    change(object);
    return bytes(object);
}

// Replaces element index of the array under key.
void setAt(QJsonObject &object, const char *key, int index, const QJsonValue &value)
{
    QJsonArray array = object.value(QLatin1String(key)).toArray();
    if (index < array.size())
        array.replace(index, value);
    else
        array.append(value);
    object.insert(QLatin1String(key), array);
}

} // namespace

class TestDirectiveCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoads();
    void minimalDirectiveLoads();
    void malformed_data();
    void malformed();
    void roundTrip_data();
    void roundTrip();
    void severalDirectivesInOneFile();
    void userDefined();
    void loadFileNamesThePath();
};

void TestDirectiveCatalog::builtinLoads()
{
    QString error;
    const DirectiveCatalog catalog = DirectiveCatalog::builtin(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(catalog.ids(), kShipped);
    for (const QString &id : kShipped) {
        QVERIFY(catalog.isBuiltin(id));
        QCOMPARE(catalog.sourceOf(id), QStringLiteral(":/directives/%1.json").arg(id));
        QVERIFY(!catalog.find(id)->rules.isEmpty());
        QVERIFY(!catalog.find(id)->milestones.isEmpty());
    }
    const Directive *bod = catalog.find(QStringLiteral("bod-17-01"));
    QCOMPARE(bod->issueDate, QDate(2017, 9, 13));
    QCOMPARE(bod->milestones.size(), 4);
    QCOMPARE(bod->milestones.at(3).recurrence.everyDays, 30);
    QVERIFY(!bod->milestones.at(3).recurrence.until.isValid());
    QVERIFY(!catalog.find(QStringLiteral("no-such-directive")));
}

void TestDirectiveCatalog::minimalDirectiveLoads()
{
    DirectiveCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadJson(bytes(minimal()), QStringLiteral("test.json"), &error), qPrintable(error));
    QCOMPARE(catalog.ids(), QStringList{QStringLiteral("test-directive")});
    QCOMPARE(catalog.find(QStringLiteral("test-directive"))->milestones.size(), 3);
}

void TestDirectiveCatalog::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON: cut off")
        << QByteArray("{\n  \"schemaVersion\": 1,\n  \"id\": ") << QStringLiteral("bad.json:3:");
    QTest::newRow("not JSON: empty file") << QByteArray() << QStringLiteral("bad.json:1:1: not valid JSON");
    QTest::newRow("a list instead of an object")
        << QByteArray("[1, 2]") << QStringLiteral("bad.json: the file must hold a JSON object");
    QTest::newRow("no schema version")
        << changed([](QJsonObject &o) { o.remove(QStringLiteral("schemaVersion")); })
        << QStringLiteral("bad.json: needs schemaVersion");
    QTest::newRow("unknown schema version")
        << changed([](QJsonObject &o) { o.insert(QStringLiteral("schemaVersion"), 2); })
        << QStringLiteral("bad.json: schemaVersion: unsupported version 2");
    QTest::newRow("schema version as text")
        << changed([](QJsonObject &o) { o.insert(QStringLiteral("schemaVersion"), QStringLiteral("1")); })
        << QStringLiteral("bad.json: schemaVersion: must be a whole number");
    QTest::newRow("no identifier") << changed([](QJsonObject &o) { o.remove(QStringLiteral("id")); })
                                   << QStringLiteral("bad.json: needs id");
    QTest::newRow("identifier with spaces and capitals")
        << changed([](QJsonObject &o) { o.insert(QStringLiteral("id"), QStringLiteral("BOD 17 01")); })
        << QStringLiteral("bad.json: id: \"BOD 17 01\" is not a usable identifier");
    QTest::newRow("no issue date") << changed([](QJsonObject &o) { o.remove(QStringLiteral("issueDate")); })
                                   << QStringLiteral("bad.json: needs issueDate");
    QTest::newRow("issue date in another format") << changed([](QJsonObject &o) {
        o.insert(QStringLiteral("issueDate"), QStringLiteral("13/09/2017"));
    }) << QStringLiteral("bad.json: issueDate: \"13/09/2017\" is not a date written YYYY-MM-DD");
    QTest::newRow("title is a number")
        << changed([](QJsonObject &o) { o.insert(QStringLiteral("title"), 17); })
        << QStringLiteral("bad.json: title: must be text");
    QTest::newRow("misspelt top-level field")
        << changed([](QJsonObject &o) { o.insert(QStringLiteral("milestone"), QJsonArray()); })
        << QStringLiteral("bad.json: unknown field \"milestone\"");
    QTest::newRow("milestone without a date or an offset") << changed([](QJsonObject &o) {
        QJsonObject m = milestone("third", 90);
        m.remove(QStringLiteral("offsetDays"));
        setAt(o, "milestones", 2, m);
    }) << QStringLiteral("bad.json: milestones[2]: needs offsetDays or date");
    QTest::newRow("milestone with both a date and an offset") << changed([](QJsonObject &o) {
        QJsonObject m = milestone("first", 30);
        m.insert(QStringLiteral("date"), QStringLiteral("2020-02-01"));
        setAt(o, "milestones", 0, m);
    }) << QStringLiteral("bad.json: milestones[0]: has both offsetDays and date");
    QTest::newRow("milestone offset that is not whole") << changed([](QJsonObject &o) {
        QJsonObject m = milestone("first", 30);
        m.insert(QStringLiteral("offsetDays"), 30.5);
        setAt(o, "milestones", 0, m);
    }) << QStringLiteral("bad.json: milestones[0].offsetDays: must be a whole number");
    QTest::newRow("milestone with an empty date") << changed([](QJsonObject &o) {
        QJsonObject m = milestone("second", 60);
        m.remove(QStringLiteral("offsetDays"));
        m.insert(QStringLiteral("date"), QString());
        setAt(o, "milestones", 1, m);
    }) << QStringLiteral("bad.json: milestones[1].date: must not be empty");
    QTest::newRow("recurrence every zero days") << changed([](QJsonObject &o) {
        QJsonObject m = milestone("first", 30);
        m.insert(QStringLiteral("recurrence"), QJsonObject{{QStringLiteral("everyDays"), 0}});
        setAt(o, "milestones", 0, m);
    }) << QStringLiteral("bad.json: milestones[0].recurrence.everyDays: must be between 1 and 3650");
    QTest::newRow("recurrence until a non-date") << changed([](QJsonObject &o) {
        QJsonObject m = milestone("first", 30);
        m.insert(QStringLiteral("recurrence"),
                 QJsonObject{{QStringLiteral("everyDays"), 30},
                             {QStringLiteral("until"), QStringLiteral("done")}});
        setAt(o, "milestones", 0, m);
    }) << QStringLiteral("bad.json: milestones[0].recurrence.until: \"done\" is not a date");
    QTest::newRow("two milestones with one id")
        << changed([](QJsonObject &o) { setAt(o, "milestones", 1, milestone("first", 60)); })
        << QStringLiteral("bad.json: milestones[1].id: \"first\" is used by an earlier milestone");
    QTest::newRow("misspelt milestone field") << changed([](QJsonObject &o) {
        QJsonObject m = milestone("first", 30);
        m.remove(QStringLiteral("offsetDays"));
        m.insert(QStringLiteral("offsetDay"), 30);
        setAt(o, "milestones", 0, m);
    }) << QStringLiteral("bad.json: milestones[0]: unknown field \"offsetDay\"");
    QTest::newRow("unknown rule kind") << changed([](QJsonObject &o) {
        setAt(o, "rules", 0, rule("registry", "registry-key", "patterns", QJsonArray{QStringLiteral("x")}));
    }) << QStringLiteral("bad.json: rules[0].kind: unknown rule kind \"registry-key\"");
    QTest::newRow("regular expression that does not compile") << changed([](QJsonObject &o) {
        QJsonObject r =
            rule("names", "product-name", "patterns", QJsonArray{QStringLiteral("kaspersky (anti")});
        r.insert(QStringLiteral("syntax"), QStringLiteral("regex"));
        setAt(o, "rules", 1, r);
    }) << QStringLiteral("bad.json: rules[1].patterns[0]: regular expression does not compile at offset");
    QTest::newRow("pathological regular expression") << changed([](QJsonObject &o) {
        QJsonObject r = rule("names", "product-name", "patterns",
                             QJsonArray{QStringLiteral("kaspersky"), QStringLiteral("^(\\w+\\s?)+$")});
        r.insert(QStringLiteral("syntax"), QStringLiteral("regex"));
        setAt(o, "rules", 0, r);
    }) << QStringLiteral("bad.json: rules[0].patterns[1]: regular expression is not allowed at offset 1");
    QTest::newRow("pattern over the length cap") << changed([](QJsonObject &o) {
        setAt(o, "rules", 1, rule("names", "product-name", "patterns", QJsonArray{QString(600, u'k')}));
    }) << QStringLiteral("bad.json: rules[1].patterns[0]: pattern is 600 characters long; the limit is 500");
    QTest::newRow("wildcard that matches every title") << changed([](QJsonObject &o) {
        setAt(o, "rules", 1, rule("names", "product-name", "patterns", QJsonArray{QStringLiteral("*")}));
    }) << QStringLiteral("bad.json: rules[1].patterns[0]: pattern has no text besides wildcards");
    QTest::newRow("rule without a description") << changed([](QJsonObject &o) {
        QJsonObject r = rule("names", "product-name", "patterns", QJsonArray{QStringLiteral("x*")});
        r.remove(QStringLiteral("description"));
        setAt(o, "rules", 0, r);
    }) << QStringLiteral("bad.json: rules[0]: needs description");
    QTest::newRow("two rules with one id") << changed([](QJsonObject &o) {
        setAt(o, "rules", 1,
              rule("publisher-test", "product-name", "patterns", QJsonArray{QStringLiteral("x*")}));
    }) << QStringLiteral("bad.json: rules[1].id: \"publisher-test\" is used by an earlier rule");
    QTest::newRow("confidence on an exclusion") << changed([](QJsonObject &o) {
        QJsonObject r =
            rule("excluded", "product-name", "patterns", QJsonArray{QStringLiteral("*training*")});
        r.insert(QStringLiteral("effect"), QStringLiteral("exclude"));
        r.insert(QStringLiteral("confidence"), QStringLiteral("confirmed"));
        setAt(o, "rules", 1, r);
    }) << QStringLiteral("bad.json: rules[1].confidence: only covering rules have a confidence");
    QTest::newRow("unknown confidence") << changed([](QJsonObject &o) {
        QJsonObject r = rule("names", "product-name", "patterns", QJsonArray{QStringLiteral("x*")});
        r.insert(QStringLiteral("confidence"), QStringLiteral("certain"));
        setAt(o, "rules", 1, r);
    }) << QStringLiteral("bad.json: rules[1].confidence: unknown confidence \"certain\"");
    QTest::newRow("publisher condition without any aliases")
        << changed([](QJsonObject &o) {
               QJsonObject r = rule("names", "product-name", "patterns", QJsonArray{QStringLiteral("x*")});
               r.insert(QStringLiteral("publisher"), QStringLiteral("covered-or-empty"));
               o.insert(QStringLiteral("rules"), QJsonArray{r});
           })
        << QStringLiteral(
               "bad.json: rules[0].publisher: \"covered-or-empty\" compares with the covered publishers");
    QTest::newRow("two aliases that are the same once normalised")
        << changed([](QJsonObject &o) {
               setAt(o, "rules", 0,
                     rule("publisher-test", "publisher", "aliases",
                          QJsonArray{QStringLiteral("Kaspersky Lab"), QStringLiteral("AO Kaspersky Lab")}));
           })
        << QStringLiteral(
               "bad.json: rules[0].aliases[1]: \"AO Kaspersky Lab\" is the same as \"Kaspersky Lab\"");
    QTest::newRow("CPE vendor with a space") << changed([](QJsonObject &o) {
        setAt(o, "rules", 1, rule("cpe", "cpe", "vendors", QJsonArray{QStringLiteral("kaspersky lab")}));
    }) << QStringLiteral("bad.json: rules[1].vendors[0]: \"kaspersky lab\" is not a CPE vendor value");
    QTest::newRow("field of another rule kind") << changed([](QJsonObject &o) {
        QJsonObject r = rule("names", "product-name", "patterns", QJsonArray{QStringLiteral("x*")});
        r.insert(QStringLiteral("aliases"), QJsonArray{QStringLiteral("Test")});
        setAt(o, "rules", 1, r);
    }) << QStringLiteral("bad.json: rules[1]: unknown field \"aliases\"");
    QTest::newRow("empty pattern in a list") << changed([](QJsonObject &o) {
        setAt(
            o, "rules", 1,
            rule("names", "product-name", "patterns", QJsonArray{QStringLiteral("x*"), QStringLiteral(" ")}));
    }) << QStringLiteral("bad.json: rules[1].patterns[1]: must not be empty");
    QTest::newRow("exclusion naming a rule that does not exist") << changed([](QJsonObject &o) {
        o.insert(QStringLiteral("exclusions"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("description"), QStringLiteral("Training")},
                                 {QStringLiteral("rules"), QJsonArray{QStringLiteral("exclude-training")}}}});
    }) << QStringLiteral("bad.json: exclusions[0].rules[0]: no rule has the id \"exclude-training\"");
    QTest::newRow("second directive of a file is broken") << [] {
        QJsonObject second = minimal();
        second.insert(QStringLiteral("id"), QStringLiteral("second"));
        QJsonObject m = milestone("first", 30);
        m.remove(QStringLiteral("offsetDays"));
        setAt(second, "milestones", 0, m);
        return bytes(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                 {QStringLiteral("directives"), QJsonArray{minimal(), second}}});
    }() << QStringLiteral("bad.json: directives[1].milestones[0]: needs offsetDays or date");
    QTest::newRow("one identifier twice in a file")
        << bytes(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                             {QStringLiteral("directives"), QJsonArray{minimal(), minimal()}}})
        << QStringLiteral("bad.json: directives[1].id: \"test-directive\" appears twice in this file");
    QTest::newRow("identifier already in the catalog")
        << changed([](QJsonObject &o) { o.insert(QStringLiteral("id"), QStringLiteral("bod-17-01")); })
        << QStringLiteral("bad.json: id: a directive \"bod-17-01\" is already in the catalog");
    QTest::newRow("file over the size cap")
        << QByteArray(5 * 1024 * 1024, ' ') << QStringLiteral("bad.json: the file is larger than 4 MB");
}

void TestDirectiveCatalog::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QString error;
    DirectiveCatalog catalog = DirectiveCatalog::builtin(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Directive> before = catalog.directives();
    const QStringList idsBefore = catalog.ids();

    QVERIFY(!catalog.loadJson(content, QStringLiteral("bad.json"), &error));
    QVERIFY2(error.startsWith(expected), qPrintable(QStringLiteral("got: ") + error));
    QVERIFY(catalog.directives() == before);
    QCOMPARE(catalog.ids(), idsBefore);
}

void TestDirectiveCatalog::roundTrip_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : kShipped)
        QTest::newRow(qPrintable(QStringLiteral("shipped directive %1").arg(id))) << id;
}

void TestDirectiveCatalog::roundTrip()
{
    QFETCH(QString, id);
    const DirectiveCatalog builtin = DirectiveCatalog::builtin();
    const Directive *original = builtin.find(id);
    QVERIFY(original);

    const QByteArray exported = QJsonDocument(DirectiveCatalog::toJson(*original)).toJson();
    QString error;
    DirectiveCatalog fresh;
    QVERIFY2(fresh.loadJson(exported, QStringLiteral("exported.json"), &error), qPrintable(error));
    QCOMPARE(fresh.ids(), QStringList{id});
    QVERIFY(*fresh.find(id) == *original);
    QCOMPARE(fresh.find(id)->rules.size(), original->rules.size());

    // Export, edit, import again: the edit survives and nothing else changes.
    Directive edited = *original;
    edited.title += QStringLiteral(" (edited)");
    edited.rules.first().description = QStringLiteral("Changed description");
    const std::optional<QList<Directive>> parsed = DirectiveCatalog::parseJson(
        DirectiveCatalog::toBytes({edited}), QStringLiteral("edited.json"), &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->size(), 1);
    QVERIFY(parsed->first() == edited);
    QVERIFY(!(parsed->first() == *original));
}

void TestDirectiveCatalog::severalDirectivesInOneFile()
{
    const DirectiveCatalog builtin = DirectiveCatalog::builtin();
    QList<Directive> two{*builtin.find(QStringLiteral("bod-17-01")),
                         *builtin.find(QStringLiteral("far-889"))};
    two[0].id = QStringLiteral("bod-17-01-copy");
    two[1].id = QStringLiteral("far-889-copy");
    DirectiveCatalog catalog = builtin;
    QString error;
    QVERIFY2(catalog.loadJson(DirectiveCatalog::toBytes(two), QStringLiteral("two.json"), &error),
             qPrintable(error));
    QCOMPARE(catalog.ids().size(), kShipped.size() + 2);
    QVERIFY(*catalog.find(QStringLiteral("far-889-copy")) == two[1]);
    QCOMPARE(catalog.sourceOf(QStringLiteral("bod-17-01-copy")), QStringLiteral("two.json"));
    QVERIFY(!catalog.isBuiltin(QStringLiteral("bod-17-01-copy")));
}

void TestDirectiveCatalog::userDefined()
{
    DirectiveCatalog catalog = DirectiveCatalog::builtin();
    QString error;
    Directive copy = *catalog.find(QStringLiteral("bod-17-01"));
    copy.id = QStringLiteral("agency-kaspersky-2025");
    copy.issueDate = QDate(2025, 1, 6);
    QVERIFY2(catalog.add(copy, &error), qPrintable(error));
    QVERIFY(*catalog.find(copy.id) == copy);
    QVERIFY(catalog.sourceOf(copy.id).isEmpty());

    QVERIFY(!catalog.add(copy, &error));
    QVERIFY2(error.startsWith(QStringLiteral("agency-kaspersky-2025: id: ")), qPrintable(error));

    copy.title = QStringLiteral("Agency Kaspersky removal");
    QVERIFY2(catalog.replace(copy, &error), qPrintable(error));
    QCOMPARE(catalog.find(copy.id)->title, copy.title);

    // An invalid edit is refused with the field named, and the stored directive stays as it was.
    Directive broken = copy;
    broken.milestones[1].offsetDays.reset();
    const QList<Directive> before = catalog.directives();
    QVERIFY(!catalog.replace(broken, &error));
    QCOMPARE(error, QStringLiteral("agency-kaspersky-2025: milestones[1]: needs offsetDays or date"));
    QVERIFY(catalog.directives() == before);

    Directive unknown = copy;
    unknown.id = QStringLiteral("not-in-catalog");
    QVERIFY(!catalog.replace(unknown, &error));
    QVERIFY(catalog.directives() == before);

    QVERIFY(catalog.remove(copy.id));
    QVERIFY(!catalog.contains(copy.id));
    QVERIFY(!catalog.remove(copy.id));
}

void TestDirectiveCatalog::loadFileNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken-directive.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(changed([](QJsonObject &o) { o.insert(QStringLiteral("schemaVersion"), 7); }));
    file.close();

    DirectiveCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadFile(path, &error));
    QCOMPARE(error,
             path + QStringLiteral(": schemaVersion: unsupported version 7 (this program reads version 1)"));
    QVERIFY(catalog.directives().isEmpty());

    QVERIFY(!catalog.loadFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(
        error.startsWith(dir.filePath(QStringLiteral("missing.json")) + QStringLiteral(": cannot be read")),
        qPrintable(error));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes(minimal()));
    file.close();
    QVERIFY2(catalog.loadFile(path, &error), qPrintable(error));
    QCOMPARE(catalog.sourceOf(QStringLiteral("test-directive")), path);
}

QTEST_GUILESS_MAIN(TestDirectiveCatalog)
#include "tst_directivecatalog.moc"
