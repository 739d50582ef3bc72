#include "model/readers/delimitedreader.h"
#include "model/readers/inspectjson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace uproot;

namespace {

struct Inspected
{
    bool ok = false;
    QJsonObject json;
    QJsonParseError parseError;
};

Inspected inspect(const QByteArray &csv)
{
    QByteArray input = csv;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    DelimitedReader reader(&in, QStringLiteral("inventory.csv"));
    Inspected result;
    if (!reader.open())
        return result;
    QByteArray output;
    QBuffer out(&output);
    out.open(QIODevice::WriteOnly);
    result.ok = recordsToJson(reader, &out);
    result.json = QJsonDocument::fromJson(output, &result.parseError).object();
    return result;
}

QJsonArray strings(const QList<const char *> &items)
{
    QJsonArray array;
    for (const char *item : items)
        array.append(QString::fromUtf8(item));
    return array;
}

} // namespace

class TestInspectJson : public QObject
{
    Q_OBJECT

private slots:
    void writesRecordsAndIssues();
    void endsWithTheReadError();
    void keepsManyIssuesOutOfMemory();
};

void TestInspectJson::writesRecordsAndIssues()
{
    const Inspected result =
        inspect("Name;Note\r\n\"Kaspersky \"\"KES\"\"\";\"two\r\nlines\"\r\nt\tab;\x01\\\r\nshort\r\n");
    QVERIFY(result.ok);
    QCOMPARE(result.parseError.error, QJsonParseError::NoError);
    const QJsonObject &json = result.json;
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(json.value(QStringLiteral("separator")).toString(), QStringLiteral(";"));
    QCOMPARE(json.value(QStringLiteral("header")).toArray(), strings({"Name", "Note"}));

    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("fields")).toArray(),
             strings({"Kaspersky \"KES\"", "two\r\nlines"}));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("fields")).toArray(), strings({"t\tab", "\x01\\"}));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("fields")).toArray(), strings({"short", ""}));

    const QJsonArray issues = json.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).toObject().value(QStringLiteral("line")).toInt(), 5);
    QCOMPARE(issues.at(0).toObject().value(QStringLiteral("skipped")).toBool(), false);
    QVERIFY(json.value(QStringLiteral("error")).isNull());
}

void TestInspectJson::endsWithTheReadError()
{
    const Inspected result = inspect("a,b\n1,2\n3,\"never closed\n");
    QVERIFY(!result.ok);
    QCOMPARE(result.parseError.error, QJsonParseError::NoError);
    QCOMPARE(result.json.value(QStringLiteral("rows")).toArray().size(), 1);
    const QJsonObject error = result.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(error.value(QStringLiteral("column")).toInt(), 3);
    QVERIFY(
        error.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("inventory.csv:3:3: ")));
}

void TestInspectJson::keepsManyIssuesOutOfMemory()
{
    // Every row is short, so every row has an issue: far more issue text than is kept in memory.
    QByteArray csv = "a,b,c\n";
    const int rows = 60000;
    for (int i = 0; i < rows; ++i)
        csv += QByteArray::number(i) + '\n';
    const Inspected result = inspect(csv);
    QVERIFY(result.ok);
    QCOMPARE(result.parseError.error, QJsonParseError::NoError);
    QCOMPARE(result.json.value(QStringLiteral("rows")).toArray().size(), rows);
    const QJsonArray issues = result.json.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), rows);
    QCOMPARE(issues.at(rows - 1).toObject().value(QStringLiteral("line")).toInt(), rows + 1);
}

QTEST_GUILESS_MAIN(TestInspectJson)
#include "tst_inspectjson.moc"
