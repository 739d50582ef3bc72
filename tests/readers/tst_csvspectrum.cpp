#include "model/readers/delimitedreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace uproot;

// Runs every case of max-mapper/csv-spectrum (in ../shared/conformance) through the delimited reader and
// compares with the JSON each CSV must parse to.
class TestCsvSpectrum : public QObject
{
    Q_OBJECT

private slots:
    void matchesExpectedJson_data();
    void matchesExpectedJson();
    void readsLocationCoordinatesLeniently();

private:
    struct Read
    {
        bool ok = false;
        QStringList header;
        QList<QStringList> rows;
        QList<ReadIssue> issues;
        ReadError error;
    };
    static QString spectrumDir() { return QStringLiteral(UPROOT_SHARED "/conformance/csv-spectrum"); }
    static QByteArray csvBytes(const QString &name);
    static Read readCsv(const QByteArray &bytes, const QString &name);
};

// The conformance README says the *_crlf files have CRLF line ends; a checkout that converted them to LF
// would no longer match their JSON (which holds "\r\n" inside a quoted field), so their bytes are restored
// here.
QByteArray TestCsvSpectrum::csvBytes(const QString &name)
{
    QFile file(spectrumDir() + QStringLiteral("/csvs/") + name + QStringLiteral(".csv"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QByteArray bytes = file.readAll();
    if (name.endsWith(QStringLiteral("_crlf")) && !bytes.contains('\r'))
        bytes.replace("\n", "\r\n");
    return bytes;
}

TestCsvSpectrum::Read TestCsvSpectrum::readCsv(const QByteArray &bytes, const QString &name)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    DelimitedReader reader(&buffer, name);
    Read result;
    if (reader.open()) {
        result.ok = reader.read(
            [&](const SourceRecord &record) {
                result.rows.append(record.fields);
                return true;
            },
            [&](const ReadIssue &issue) { result.issues.append(issue); }, nullptr);
    }
    result.header = reader.header();
    result.error = reader.error();
    return result;
}

void TestCsvSpectrum::matchesExpectedJson_data()
{
    QTest::addColumn<QString>("name");
    const QDir csvs(spectrumDir() + QStringLiteral("/csvs"));
    if (!csvs.exists())
        QSKIP("../shared/conformance/csv-spectrum is not beside this checkout");
    const QStringList files = csvs.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QString name = file.chopped(4);
        if (name == u"location_coordinates")
            continue; // its JSON disagrees with it; see readsLocationCoordinatesLeniently
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestCsvSpectrum::matchesExpectedJson()
{
    QFETCH(QString, name);
    QFile jsonFile(spectrumDir() + QStringLiteral("/json/") + name + QStringLiteral(".json"));
    QVERIFY2(jsonFile.open(QIODevice::ReadOnly), qPrintable(jsonFile.fileName()));
    QJsonParseError parseError;
    const QJsonDocument expected = QJsonDocument::fromJson(jsonFile.readAll(), &parseError);
    QVERIFY2(expected.isArray(), qPrintable(parseError.errorString()));
    const QJsonArray objects = expected.array();

    const Read read = readCsv(csvBytes(name), name);
    QVERIFY2(read.ok, qPrintable(read.error.message()));
    QVERIFY(read.issues.isEmpty());
    QCOMPARE(read.rows.size(), objects.size());
    for (qsizetype r = 0; r < objects.size(); ++r) {
        const QJsonObject object = objects.at(r).toObject();
        QStringList keys = object.keys();
        QStringList header = read.header;
        keys.sort();
        header.sort();
        QCOMPARE(header, keys);
        for (qsizetype c = 0; c < read.header.size(); ++c)
            QCOMPARE(read.rows.at(r).at(c), object.value(read.header.at(c)).toString());
    }
}

// The README: the JSON has a different phone number and is one object, not an array, and the CSV has bare
// quotes inside unquoted fields. The reader must keep the row, read the fields as they stand, and say that
// the quotes were not strict CSV.
void TestCsvSpectrum::readsLocationCoordinatesLeniently()
{
    const QByteArray bytes = csvBytes(QStringLiteral("location_coordinates"));
    if (bytes.isEmpty())
        QSKIP("../shared/conformance/csv-spectrum is not beside this checkout");
    QFile jsonFile(spectrumDir() + QStringLiteral("/json/location_coordinates.json"));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QVERIFY(!expected.isEmpty());

    const Read read = readCsv(bytes, QStringLiteral("location_coordinates"));
    QVERIFY2(read.ok, qPrintable(read.error.message()));
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows.front().size(), read.header.size());
    for (const QString &column :
         {QStringLiteral("Location Coordinates"), QStringLiteral("Cities"), QStringLiteral("Counties")}) {
        const qsizetype index = read.header.indexOf(column);
        QVERIFY2(index >= 0, qPrintable(column));
        QCOMPARE(read.rows.front().at(index), expected.value(column).toString());
    }
    QVERIFY(read.header.contains(QStringLiteral("Contact Phone Number")));
    QVERIFY(!read.issues.isEmpty());
    QCOMPARE(read.issues.front().line, 2);
    QVERIFY(read.issues.front().column > 0);
    QVERIFY(!read.issues.front().skipped);
}

QTEST_GUILESS_MAIN(TestCsvSpectrum)
#include "tst_csvspectrum.moc"
