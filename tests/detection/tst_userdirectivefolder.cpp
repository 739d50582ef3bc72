// The user's directive folder and the catalog it feeds: an imported file or a definition the person wrote is
// checked first, kept in the folder and loaded from there; whatever fails leaves the catalog and the folder
// as they were, including a file that was written and then not taken by the catalog.
#include "model/detection/directivecatalog.h"
#include "model/detection/userdirectivefolder.h"
#include "model/detection/userdirectives.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

using Status = UserDirectiveFolder::Result::Status;

const QByteArray kValid =
    R"({"schemaVersion": 1, "id": "test-acme-ban", "title": "Removal of Acme tools",
  "issuer": "Test agency", "instrument": "Memorandum", "issueDate": "2024-01-02",
  "milestones": [{"id": "report", "kind": "identification-report", "title": "Report", "offsetDays": 30}],
  "rules": [{"id": "publisher-acme", "kind": "publisher", "description": "Published by Acme Tools",
             "aliases": ["Acme Tools"]}]})";

QByteArray withId(const char *id)
{
    return QByteArray(kValid).replace("test-acme-ban", id);
}

// Two directives in one file, the second with the given id.
QByteArray pair(const char *secondId)
{
    const QByteArray first = QByteArray(kValid).replace("\"schemaVersion\": 1, ", "");
    const QByteArray second = QByteArray(first).replace("test-acme-ban", secondId);
    return "{\"schemaVersion\": 1, \"directives\": [" + first + ", " + second + "]}";
}

// Valid and under the size limit as typed (compact), but past it in the catalog format the folder keeps
// (indented, one alias a line): the catalog refuses the written file, which must not stay behind.
QByteArray outgrowsTheSizeLimitWhenWritten()
{
    QByteArray aliases;
    for (int i = 0; i < 200000; ++i)
        aliases += (i ? ",\"Acme " : "\"Acme ") + QByteArray::number(i) + '"';
    return QByteArray(kValid).replace("\"Acme Tools\"", aliases).replace('\n', ' ');
}

} // namespace

class TestUserDirectiveFolder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addsOrLeavesEverythingAsItWas_data();
    void addsOrLeavesEverythingAsItWas();

private:
    DirectiveCatalog m_shipped;
};

void TestUserDirectiveFolder::initTestCase()
{
    QString error;
    m_shipped = DirectiveCatalog::builtin(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_shipped.contains(QStringLiteral("bod-17-01")));
}

void TestUserDirectiveFolder::addsOrLeavesEverythingAsItWas_data()
{
    QTest::addColumn<QString>("operation"); // import (a file) or save (a definition typed in)
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("folder");   // as it is before: empty, taken (a file has the name), blocked
    QTest::addColumn<int>("status");       // UserDirectiveFolder::Result::Status
    QTest::addColumn<QString>("expected"); // in the error; when added, the name of the file kept
    QTest::addColumn<QStringList>("added");

    const QString empty = QStringLiteral("empty");
    const QString taken = QStringLiteral("taken");
    const QString blocked = QStringLiteral("blocked");
    const QString import = QStringLiteral("import");
    const QString save = QStringLiteral("save");
    const QStringList acme{QStringLiteral("test-acme-ban")};
    const QStringList none;

    QTest::newRow("import: a valid file")
        << import << kValid << empty << int(Status::Added) << QStringLiteral("incoming.json") << acme;
    QTest::newRow("import: a file of that name is already in the folder")
        << import << kValid << taken << int(Status::Added) << QStringLiteral("incoming-2.json") << acme;
    QTest::newRow("import: two directives")
        << import << pair("test-acme-ban-2") << empty << int(Status::Added) << QStringLiteral("incoming.json")
        << QStringList{QStringLiteral("test-acme-ban"), QStringLiteral("test-acme-ban-2")};
    QTest::newRow("import: no such file") << import << QByteArray() << empty << int(Status::Refused)
                                          << QStringLiteral("cannot be read") << none;
    QTest::newRow("import: not JSON") << import << QByteArray("{\"schemaVersion\": 1, \"id\": ") << empty
                                      << int(Status::Refused) << QStringLiteral("not valid JSON") << none;
    QTest::newRow("import: an unknown schema version")
        << import << QByteArray(kValid).replace("\"schemaVersion\": 1", "\"schemaVersion\": 99") << empty
        << int(Status::Refused) << QStringLiteral("schemaVersion") << none;
    QTest::newRow("import: a regular expression that does not compile")
        << import
        << QByteArray(kValid).replace("\"aliases\": [\"Acme Tools\"]",
                                      "\"syntax\": \"regex\", \"patterns\": [\"(acme\"]")
        << empty << int(Status::Refused) << QStringLiteral("rules[0]") << none;
    QTest::newRow("import: an id already in the catalog")
        << import << withId("bod-17-01") << empty << int(Status::Refused)
        << QStringLiteral("already in the catalog") << none;
    QTest::newRow("import: the second of two ids already in the catalog")
        << import << pair("bod-17-01") << empty << int(Status::Refused) << QStringLiteral("directives[1].id")
        << none;
    QTest::newRow("import: the folder cannot be made")
        << import << kValid << blocked << int(Status::NotKept) << QStringLiteral("cannot be created") << none;

    QTest::newRow("save: a valid definition")
        << save << kValid << empty << int(Status::Added) << QStringLiteral("test-acme-ban.json") << acme;
    QTest::newRow("save: a file of that name is already in the folder")
        << save << kValid << taken << int(Status::Added) << QStringLiteral("test-acme-ban-2.json") << acme;
    QTest::newRow("save: not JSON") << save << QByteArray("{ \"id\": ") << empty << int(Status::Refused)
                                    << QStringLiteral("not valid JSON") << none;
    QTest::newRow("save: no directive in it")
        << save << QByteArray(R"({"schemaVersion": 1, "directives": []})") << empty << int(Status::Refused)
        << QStringLiteral("holds no directive") << none;
    QTest::newRow("save: an id already in the catalog")
        << save << withId("bod-17-01") << empty << int(Status::Refused)
        << QStringLiteral(
               "draft.json: id: a directive \"bod-17-01\" is already in the catalog; give the copy")
        << none;
    QTest::newRow("save: the second of two ids already in the catalog")
        << save << pair("bod-17-01") << empty << int(Status::Refused)
        << QStringLiteral("draft.json: directives[1].id: ") << none;
    QTest::newRow("save: the folder cannot be made")
        << save << kValid << blocked << int(Status::NotKept) << QStringLiteral("cannot be created") << none;
    QTest::newRow("save: written, then too large to load back")
        << save << outgrowsTheSizeLimitWhenWritten() << empty << int(Status::NotKept)
        << QStringLiteral("larger than") << none;
}

void TestUserDirectiveFolder::addsOrLeavesEverythingAsItWas()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, content);
    QFETCH(QString, folder);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QFETCH(QStringList, added);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString userFolder = dir.filePath(QStringLiteral("directives"));
    QVERIFY(QDir().mkpath(userFolder));
    if (folder == QLatin1String("taken")) {
        for (const char *name : {"incoming.json", "test-acme-ban.json"}) {
            QFile mine(userFolder + u'/' + QLatin1String(name));
            QVERIFY(mine.open(QIODevice::WriteOnly));
            mine.write("the person's own file");
        }
    } else if (folder == QLatin1String("blocked")) {
        // A file where the folder's parent should be: the folder cannot be made.
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        userFolder = blocker.fileName() + QStringLiteral("/directives");
    }
    const auto folderFiles = [&userFolder] {
        QStringList files;
        for (const QFileInfo &info : QDir(userFolder).entryInfoList(QDir::Files, QDir::Name))
            files << info.fileName() + u'=' + QString::number(info.size());
        return files;
    };
    const QStringList filesBefore = folderFiles();

    DirectiveCatalog catalog = m_shipped;
    UserDirectiveFolder user(catalog, userFolder);
    UserDirectiveFolder::Result result;
    if (operation == QLatin1String("import")) {
        const QString source = dir.filePath(QStringLiteral("incoming.json"));
        if (!content.isEmpty()) {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        result = user.importFile(source);
    } else {
        result = user.saveDefinition(QString::fromUtf8(content), QStringLiteral("draft.json"));
    }

    QCOMPARE(int(result.status), status);
    QCOMPARE(result.ok(), result.status == Status::Added);
    QCOMPARE(result.added, added);
    if (!result.ok()) {
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(result.path.isEmpty());
        // Rolled back: the catalog and the folder are as they were.
        QCOMPARE(catalog.ids(), m_shipped.ids());
        QCOMPARE(folderFiles(), filesBefore);
        return;
    }
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(QFileInfo(result.path).fileName(), expected);
    QCOMPARE(QFileInfo(result.path).absolutePath(), QFileInfo(userFolder).absoluteFilePath());
    QCOMPARE(catalog.ids(), m_shipped.ids() + added);
    for (const QString &id : added)
        QCOMPARE(catalog.sourceOf(id), result.path);
    QCOMPARE(folderFiles().size(), filesBefore.size() + 1);
    for (const QString &file : filesBefore)
        QVERIFY2(folderFiles().contains(file), qPrintable(file)); // nothing of the person's overwritten
    // Kept, so the directives are there the next time the program starts.
    DirectiveCatalog next;
    QStringList problems;
    loadUserDirectives(next, userFolder, &problems);
    for (const QString &id : added) {
        QVERIFY(next.find(id));
        QCOMPARE(*next.find(id), *catalog.find(id));
    }
    QFile kept(result.path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray bytes = kept.readAll();
    if (operation == QLatin1String("import")) {
        QCOMPARE(bytes, content); // the file as it came
    } else {
        const auto parsed = DirectiveCatalog::parseJson(content, QStringLiteral("draft.json"), nullptr);
        QVERIFY(parsed);
        QCOMPARE(bytes, DirectiveCatalog::toBytes(*parsed)); // the catalog format
    }
}

QTEST_GUILESS_MAIN(TestUserDirectiveFolder)
#include "tst_userdirectivefolder.moc"
