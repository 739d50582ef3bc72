#include "model/readers/delimitedreader.h"
#include "model/readers/progresssink.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

struct Outcome
{
    bool opened = false;
    bool ok = false;
    QStringList header;
    QList<QStringList> rows;
    QList<qint64> lines;
    QList<ReadIssue> issues;
    ReadError error;
    ReaderInfo info;
};

Outcome readBytes(const QByteArray &bytes, const DelimitedOptions &options = {}, ProgressSink *sink = nullptr)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    DelimitedReader reader(&buffer, QStringLiteral("test.csv"), options);
    Outcome outcome;
    outcome.opened = reader.open();
    outcome.header = reader.header();
    if (outcome.opened) {
        outcome.ok = reader.read(
            [&](const SourceRecord &record) {
                outcome.rows.append(record.fields);
                outcome.lines.append(record.line);
                return true;
            },
            [&](const ReadIssue &issue) { outcome.issues.append(issue); }, sink);
    }
    outcome.error = reader.error();
    outcome.info = reader.info();
    return outcome;
}

// Test tables are written with plain literals (UTF-8); QT_NO_CAST_FROM_ASCII wants the conversion spelled
// out.
QStringList strs(const QList<const char *> &items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

QList<QStringList> table(const QList<QList<const char *>> &rows)
{
    QList<QStringList> result;
    for (const QList<const char *> &row : rows)
        result.append(strs(row));
    return result;
}

DelimitedOptions smallChunks(qint64 bytes)
{
    DelimitedOptions options;
    options.chunkBytes = bytes;
    return options;
}

// UTF-16 bytes written by hand, so the test does not depend on the decoder it checks.
QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray bytes;
    auto put = [&](char16_t unit) {
        const char high = char(unit >> 8), low = char(unit & 0xFF);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    };
    if (bom)
        put(0xFEFF);
    for (QChar c : text)
        put(c.unicode());
    return bytes;
}

class CancellingSink : public ProgressSink
{
public:
    void progress(qint64 done, qint64 total) override
    {
        calls.append({done, total});
        if (calls.size() >= cancelAfter)
            cancelled = true;
    }
    bool isCancelled() const override { return cancelled; }

    int cancelAfter = 1000000;
    bool cancelled = false;
    QList<QPair<qint64, qint64>> calls;
};

} // namespace

class TestDelimitedReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRecords_data();
    void readsRecords();
    void decodesEncodings_data();
    void decodesEncodings();
    void detectsSeparator_data();
    void detectsSeparator();
    void reportsIssues_data();
    void reportsIssues();
    void failsClearly_data();
    void failsClearly();
    void readsInvalidUtf8LaterInTheFileLeniently();
    void forcedEncodingAndSeparatorWin();
    void readsHeaderFromAGivenLine_data();
    void readsHeaderFromAGivenLine();
    void titleAboveHeaderIsExplained();
    void skipsOverlongFieldWithoutHoldingIt();
    void skipsRecordWithTooManyFields();
    void refusesOverlongHeader();
    void consumerMayKeepRecords();
    void consumerMayStopEarly();
    void cancelsThroughSink();
    void readsFromPathAndSniffs();
};

void TestDelimitedReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("chunkBytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    struct Case
    {
        const char *name;
        QByteArray input;
        QList<const char *> header;
        QList<QList<const char *>> rows;
        QList<qint64> lines;
    };
    const QList<Case> cases = {
        {"comma-separated with LF line ends",
         "a,b,c\n1,2,3\n4,5,6\n",
         {"a", "b", "c"},
         {{"1", "2", "3"}, {"4", "5", "6"}},
         {2, 3}},
        {"CRLF line ends", "a,b\r\n1,2\r\n3,4\r\n", {"a", "b"}, {{"1", "2"}, {"3", "4"}}, {2, 3}},
        {"lone CR line ends", "a,b\r1,2\r3,4\r", {"a", "b"}, {{"1", "2"}, {"3", "4"}}, {2, 3}},
        {"no newline at the end", "a,b\n1,2", {"a", "b"}, {{"1", "2"}}, {2}},
        {"separator inside quotes", "a,b\n\"x,y\",z\n", {"a", "b"}, {{"x,y", "z"}}, {2}},
        {"doubled quotes inside quotes",
         "a,b\n\"say \"\"hi\"\"\",2\n",
         {"a", "b"},
         {{"say \"hi\"", "2"}},
         {2}},
        {"only a doubled quote", "a\n\"\"\"\"\n", {"a"}, {{"\""}}, {2}},
        {"LF inside quotes",
         "a,b\n\"line1\nline2\",2\n3,4\n",
         {"a", "b"},
         {{"line1\nline2", "2"}, {"3", "4"}},
         {2, 4}},
        {"CRLF inside quotes is kept",
         "a,b\r\n\"l1\r\nl2\",2\r\n3,4\r\n",
         {"a", "b"},
         {{"l1\r\nl2", "2"}, {"3", "4"}},
         {2, 4}},
        {"empty quoted field", "a,b\n\"\",2\n", {"a", "b"}, {{"", "2"}}, {2}},
        {"blank lines are not records",
         "a,b\n\n1,2\n\r\n\n3,4\n",
         {"a", "b"},
         {{"1", "2"}, {"3", "4"}},
         {3, 6}},
        {"blank lines before the header", "\n\r\na,b\n1,2\n", {"a", "b"}, {{"1", "2"}}, {4}},
        {"trailing separator gives an empty last field",
         "a,b,c\n1,2,\n",
         {"a", "b", "c"},
         {{"1", "2", ""}},
         {2}},
        {"file ends right after a separator", "a,b\n1,", {"a", "b"}, {{"1", ""}}, {2}},
        {"quoted field closes at the end of the file", "a,b\n1,\"2\"", {"a", "b"}, {{"1", "2"}}, {2}},
        {"header names are trimmed", " Name , Version \nx,1\n", {"Name", "Version"}, {{"x", "1"}}, {2}},
        {"values keep their spaces", "a,b\n x , y \n", {"a", "b"}, {{" x ", " y "}}, {2}},
        {"BOM glued to the first header after a BOM",
         "\xEF\xBB\xBF\xEF\xBB\xBFName,Version\nx,1\n",
         {"Name", "Version"},
         {{"x", "1"}},
         {2}},
        {"Excel sep= line", "sep=;\r\na;b\r\n1,5;2\r\n", {"a", "b"}, {{"1,5", "2"}}, {3}},
        {"header only", "a,b,c\n", {"a", "b", "c"}, {}, {}},
        {"header only without a newline", "a,b,c", {"a", "b", "c"}, {}, {}},
        {"single column", "Name\nfoo\nbar\n", {"Name"}, {{"foo"}, {"bar"}}, {2, 3}},
        {"quoted header", "\"a\",\"b,c\"\n1,2\n", {"a", "b,c"}, {{"1", "2"}}, {2}},
        {"characters outside the BMP",
         "a,b\n\xF0\x9F\x98\x80,\xE2\x82\xAC\n",
         {"a", "b"},
         {{"\xF0\x9F\x98\x80", "\xE2\x82\xAC"}},
         {2}},
        {"Cyrillic publisher",
         "Name,Publisher\nKES,"
         "\xD0\x9B\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x80\xD0\xB0\xD1\x82\xD0\xBE\xD1\x80\xD0\xB8\xD1\x8F\n",
         {"Name", "Publisher"},
         {{"KES", "Лаборатория"}},
         {2}},
    };
    for (const Case &c : cases) {
        for (qint64 chunk : {qint64(1024 * 1024), qint64(5)}) {
            const QByteArray label =
                chunk < 1024 ? QByteArray(c.name) + " (read 5 bytes at a time)" : QByteArray(c.name);
            QTest::newRow(label.constData())
                << c.input << chunk << strs(c.header) << table(c.rows) << c.lines;
        }
    }
}

void TestDelimitedReader::readsRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, chunkBytes);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);

    const Outcome outcome = readBytes(input, smallChunks(chunkBytes));
    QVERIFY2(outcome.opened, qPrintable(outcome.error.message()));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.header, header);
    QCOMPARE(outcome.rows, rows);
    QCOMPARE(outcome.lines, lines);
    QVERIFY(outcome.issues.isEmpty());
}

void TestDelimitedReader::decodesEncodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("row");

    const QString text = QStringLiteral("Name;Publisher\nM\u00fcller Caf\u00e9;\u20ac Corp \u00ae\n");
    const QStringList row = {QStringLiteral("M\u00fcller Caf\u00e9"), QStringLiteral("\u20ac Corp \u00ae")};
    QTest::newRow("UTF-8") << text.toUtf8() << QStringLiteral("UTF-8") << row;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                                    << QStringLiteral("UTF-8 with BOM") << row;
    QTest::newRow("UTF-16LE with BOM") << utf16(text, true, true) << QStringLiteral("UTF-16LE") << row;
    QTest::newRow("UTF-16BE with BOM") << utf16(text, false, true) << QStringLiteral("UTF-16BE") << row;
    QTest::newRow("UTF-16LE without BOM") << utf16(text, true, false) << QStringLiteral("UTF-16LE") << row;
    QTest::newRow("UTF-16BE without BOM") << utf16(text, false, false) << QStringLiteral("UTF-16BE") << row;
    // ü = FC, é = E9, € = 80, ® = AE in Windows-1252.
    QTest::newRow("Windows-1252") << QByteArray("Name;Publisher\nM\xFCller Caf\xE9;\x80 Corp \xAE\n")
                                  << QStringLiteral("Windows-1252") << row;
    QTest::newRow("Windows-1252 in the first data row only")
        << QByteArray("Name;Publisher\nM\xFCller Caf\xE9;\x80 Corp \xAE") << QStringLiteral("Windows-1252")
        << row;
}

void TestDelimitedReader::decodesEncodings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(QStringList, row);

    for (qint64 chunk : {qint64(1024 * 1024), qint64(7)}) {
        const Outcome outcome = readBytes(input, smallChunks(chunk));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.info.encoding, encoding);
        QCOMPARE(outcome.info.separator, QStringLiteral(";"));
        QCOMPARE(outcome.header, QStringList({QStringLiteral("Name"), QStringLiteral("Publisher")}));
        QCOMPARE(outcome.rows, QList<QStringList>{row});
        QVERIFY(outcome.issues.isEmpty());
    }
}

void TestDelimitedReader::detectsSeparator_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<int>("columns");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral(",") << 3;
    QTest::newRow("semicolon with commas in unquoted values")
        << QByteArray("Name;Publisher\nDoe, John;Acme, Inc.\nRoe, Jane;Other, Ltd, Co\n")
        << QStringLiteral(";") << 2;
    QTest::newRow("comma with semicolons inside quotes")
        << QByteArray("a,b\n\"x;y;z\",2\n\"p;q\",3\n") << QStringLiteral(",") << 2;
    QTest::newRow("tab with commas in values")
        << QByteArray("a\tb\tc\n1,5\t2\t3\n") << QStringLiteral("\t") << 3;
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << QStringLiteral("|") << 3;
    QTest::newRow("pipe with a quoted line break")
        << QByteArray("a|b\n\"x\ny\"|2\n") << QStringLiteral("|") << 2;
    QTest::newRow("the separator most consistent across rows wins")
        << QByteArray("a;b,c\n1;2,3,4\n5;6,7,8\n") << QStringLiteral(";") << 2;
    // The title is still the header (1 column) unless a header line is given, but the separator is right.
    QTest::newRow("judged below a title with none") << QByteArray("Software report\na;b;c\n1;2;3\n")
                                                     << QStringLiteral(";") << 1;
}

void TestDelimitedReader::detectsSeparator()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, separator);
    QFETCH(int, columns);

    const Outcome outcome = readBytes(input);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.info.separator, separator);
    QCOMPARE(outcome.header.size(), columns);
    for (const QStringList &row : outcome.rows)
        QCOMPARE(row.size(), columns);
}

void TestDelimitedReader::reportsIssues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<qint64>("issueLine");
    QTest::addColumn<int>("issueColumn");
    QTest::addColumn<bool>("skipped");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("short row is padded")
        << QByteArray("a,b,c\n1,2\n") << strs({"a", "b", "c"}) << table({{"1", "2", ""}}) << qint64(2) << 0
        << false << QStringLiteral("2 of the header's 3 fields");
    QTest::newRow("a row with another separator is named")
        << QByteArray("a;b;c\n1;2;3\n4,5,6\n") << strs({"a", "b", "c"}) << table({{"1", "2", "3"}, {"4,5,6", "", ""}})
        << qint64(3) << 0 << false << QStringLiteral("separated by \u201c,\u201d, not \u201c;\u201d");
    QTest::newRow("long row with values is skipped")
        << QByteArray("a,b\n1,2,3\n4,5\n") << strs({"a", "b"}) << table({{"4", "5"}}) << qint64(2) << 0
        << true << QStringLiteral("3 fields");
    QTest::newRow("quote inside an unquoted field is kept")
        << QByteArray("a,b\r\nab\"cd,2\r\n") << strs({"a", "b"}) << table({{"ab\"cd", "2"}}) << qint64(2) << 3
        << false << QStringLiteral("quote");
    QTest::newRow("text after a closing quote is kept")
        << QByteArray("a,b\n\"ab\"cd,2\n") << strs({"a", "b"}) << table({{"abcd", "2"}}) << qint64(2) << 5
        << false << QStringLiteral("closing quote");
    QTest::newRow("quote issue on a later line of a multi-line record")
        << QByteArray("a,b\n\"x\ny\",z\"w\n") << strs({"a", "b"}) << table({{"x\ny", "z\"w"}}) << qint64(3)
        << 5 << false << QStringLiteral("quote");
    QTest::newRow("duplicate header names are made unique")
        << QByteArray("Name,Version,name\n1,2,3\n") << strs({"Name", "Version", "name (2)"})
        << table({{"1", "2", "3"}}) << qint64(1) << 0 << false << QStringLiteral("column 1");
    QTest::newRow("duplicate that collides with an existing name")
        << QByteArray("ID,ID (2),ID\n1,2,3\n") << strs({"ID", "ID (2)", "ID (3)"}) << table({{"1", "2", "3"}})
        << qint64(1) << 0 << false << QStringLiteral("ID (3)");
    QTest::newRow("header without a name")
        << QByteArray("a,,c\n1,2,3\n") << strs({"a", "Column 2", "c"}) << table({{"1", "2", "3"}})
        << qint64(1) << 0 << false << QStringLiteral("no name");
    QTest::newRow("UTF-16 file cut in the middle of a character")
        << QByteArray("\xFF\xFE"
                      "a\0,\0b\0\n\0"
                      "1\0,\0"
                      "2",
                      15)
        << strs({"a", "b"}) << table({{"1", "\xEF\xBF\xBD"}}) << qint64(2) << 3 << false
        << QStringLiteral("UTF-16");
}

void TestDelimitedReader::reportsIssues()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(qint64, issueLine);
    QFETCH(int, issueColumn);
    QFETCH(bool, skipped);
    QFETCH(QString, reasonMentions);

    const Outcome outcome = readBytes(input);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.header, header);
    QCOMPARE(outcome.rows, rows);
    QCOMPARE(outcome.issues.size(), 1);
    const ReadIssue &issue = outcome.issues.front();
    QCOMPARE(issue.line, issueLine);
    QCOMPARE(issue.column, issueColumn);
    QCOMPARE(issue.skipped, skipped);
    QVERIFY2(issue.reason.contains(reasonMentions), qPrintable(issue.reason));
}

void TestDelimitedReader::failsClearly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("failsInOpen");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("empty file") << QByteArray() << true << qint64(0) << 0 << QStringLiteral("empty");
    QTest::newRow("only blank lines")
        << QByteArray("\n\r\n\n") << true << qint64(0) << 0 << QStringLiteral("no header");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << true << qint64(0) << 0
                                << QStringLiteral("no header");
    QTest::newRow("quote never closed in the data") << QByteArray("a,b\n1,2\n3,\"abc\n4,5\n") << false
                                                    << qint64(3) << 3 << QStringLiteral("never closed");
    QTest::newRow("quote never closed in the header")
        << QByteArray("a,\"b\nc,d\n") << true << qint64(1) << 3 << QStringLiteral("never closed");
    QTest::newRow("quote never closed after a CRLF record")
        << QByteArray("a,b\r\n1,2\r\n  3,\"x\"\"y\r\n") << false << qint64(3) << 5
        << QStringLiteral("never closed");
    QTest::newRow("UTF-32 file") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << true << qint64(0) << 0
                                 << QStringLiteral("UTF-32");
}

void TestDelimitedReader::failsClearly()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, failsInOpen);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, reasonMentions);

    const Outcome outcome = readBytes(input);
    QCOMPARE(outcome.opened, !failsInOpen);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.file, QStringLiteral("test.csv"));
    QCOMPARE(outcome.error.line, line);
    QCOMPARE(outcome.error.column, column);
    QVERIFY2(outcome.error.reason.contains(reasonMentions, Qt::CaseInsensitive),
             qPrintable(outcome.error.reason));
}

void TestDelimitedReader::readsInvalidUtf8LaterInTheFileLeniently()
{
    // The first 64 KB are plain ASCII, so the file is judged UTF-8; a Windows-1252 ü comes much later.
    QByteArray input = "Name,Publisher\n";
    int lines = 1;
    while (input.size() < 100 * 1024) {
        input += "Some product,Some publisher\n";
        ++lines;
    }
    input += "M\xFCller,AO Kaspersky Lab\n";
    input += "After,Fine\n";
    const qint64 badLine = lines + 1;

    for (qint64 chunk : {qint64(1024 * 1024), qint64(4096)}) {
        const Outcome outcome = readBytes(input, smallChunks(chunk));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.info.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(outcome.rows.size(), lines + 1);
        QCOMPARE(outcome.rows.at(outcome.rows.size() - 2),
                 QStringList({QStringLiteral("M\u00fcller"), QStringLiteral("AO Kaspersky Lab")}));
        QCOMPARE(outcome.rows.last(), QStringList({QStringLiteral("After"), QStringLiteral("Fine")}));
        QCOMPARE(outcome.issues.size(), 1);
        QCOMPARE(outcome.issues.front().line, badLine);
        QCOMPARE(outcome.issues.front().column, 2);
        QVERIFY(!outcome.issues.front().skipped);
        QVERIFY(outcome.issues.front().reason.contains(QStringLiteral("0xFC")));
        QVERIFY(outcome.info.notes.join(u' ').contains(QStringLiteral("Windows-1252")));
    }
}

void TestDelimitedReader::forcedEncodingAndSeparatorWin()
{
    DelimitedOptions options;
    options.separator = u',';
    options.encoding = TextDecoder::Encoding::Windows1252;
    // UTF-8 bytes for é (C3 A9) read as Windows-1252 are Ã and ©.
    const Outcome outcome = readBytes("a;b,c\n1;\xC3\xA9,3\n", options);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.info.separator, QStringLiteral(","));
    QCOMPARE(outcome.info.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(outcome.header, QStringList({QStringLiteral("a;b"), QStringLiteral("c")}));
    QCOMPARE(outcome.rows,
             QList<QStringList>{QStringList({QStringLiteral("1;\u00c3\u00a9"), QStringLiteral("3")})});
}

void TestDelimitedReader::readsHeaderFromAGivenLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("headerLine");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QString>("note");
    // A report export: a title and a date above the header.
    const QByteArray report = "Installed software by computer\nGenerated 2017-09-14\n\nHost,Product,Publisher\n"
                              "WS-1,Kaspersky Endpoint Security,AO Kaspersky Lab\nWS-2,7-Zip,Igor Pavlov\n";
    QTest::newRow("the header's own line") << report << qint64(4) << strs({"Host", "Product", "Publisher"})
                                           << QList<qint64>{5, 6} << QStringLiteral("line 4, as asked; 2 record");
    // Line 3 is blank: the first record from there is the header.
    QTest::newRow("a blank line above it") << report << qint64(3) << strs({"Host", "Product", "Publisher"})
                                           << QList<qint64>{5, 6}
                                           << QStringLiteral("the first record from there, on line 4");
    QTest::newRow("1 is the default") << QByteArray("a,b\n1,2\n") << qint64(1) << strs({"a", "b"})
                                      << QList<qint64>{2} << QString();
    // A quoted title spanning two lines is one record starting on line 1; the header is on line 3.
    QTest::newRow("a title with a line break")
        << QByteArray("\"Report\nof software\"\nHost,Product\nWS-1,Zoom\n") << qint64(3) << strs({"Host", "Product"})
        << QList<qint64>{4} << QStringLiteral("1 record");
}

void TestDelimitedReader::readsHeaderFromAGivenLine()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, headerLine);
    QFETCH(QStringList, header);
    QFETCH(QList<qint64>, lines);
    QFETCH(QString, note);
    DelimitedOptions options;
    options.headerLine = headerLine;
    const Outcome outcome = readBytes(input, options);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.header, header);
    QCOMPARE(outcome.lines, lines);
    QVERIFY2(outcome.issues.isEmpty(), qPrintable(outcome.issues.value(0).reason));
    if (note.isEmpty())
        QVERIFY(outcome.info.notes.filter(QStringLiteral("header")).isEmpty());
    else
        QVERIFY2(!outcome.info.notes.filter(note).isEmpty(), qPrintable(outcome.info.notes.join(u'|')));
}

void TestDelimitedReader::titleAboveHeaderIsExplained()
{
    // Read from the top, the title is the header; every wider row says where the real header may be.
    const QByteArray input = "Installed software by computer\nHost,Product,Publisher\nWS-1,Zoom,Zoom Video\n";
    Outcome outcome = readBytes(input);
    QVERIFY(outcome.ok);
    QVERIFY(outcome.rows.isEmpty());
    QCOMPARE(outcome.issues.size(), 2);
    QVERIFY2(outcome.issues.front().reason.contains(QLatin1String("--header-line")),
             qPrintable(outcome.issues.front().reason));
    // And a header line past the end of the file is an error that says so.
    DelimitedOptions options;
    options.headerLine = 9;
    outcome = readBytes(input, options);
    QVERIFY(!outcome.opened);
    QVERIFY2(outcome.error.message().contains(QLatin1String("ends before line 9")), qPrintable(outcome.error.message()));
}

void TestDelimitedReader::skipsOverlongFieldWithoutHoldingIt()
{
    QByteArray input = "a,b\n1,\"";
    input += QByteArray(DelimitedReader::MaxRecordChars + 10, 'x');
    input += "\"\n2,3\n";
    const Outcome outcome = readBytes(input);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.rows, QList<QStringList>{QStringList({QStringLiteral("2"), QStringLiteral("3")})});
    QCOMPARE(outcome.lines, QList<qint64>{3});
    QCOMPARE(outcome.issues.size(), 1);
    QCOMPARE(outcome.issues.front().line, 2);
    QVERIFY(outcome.issues.front().skipped);
    QVERIFY2(outcome.issues.front().reason.contains(QStringLiteral("longer than")),
             qPrintable(outcome.issues.front().reason));
}

void TestDelimitedReader::skipsRecordWithTooManyFields()
{
    QByteArray input = "a,b\n";
    input += QByteArray(DelimitedReader::MaxFields + 5, ',');
    input += "\n2,3\n";
    const Outcome outcome = readBytes(input);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.rows, QList<QStringList>{QStringList({QStringLiteral("2"), QStringLiteral("3")})});
    QCOMPARE(outcome.issues.size(), 1);
    QVERIFY(outcome.issues.front().skipped);
    QVERIFY(outcome.issues.front().reason.contains(QString::number(DelimitedReader::MaxFields)));
}

void TestDelimitedReader::refusesOverlongHeader()
{
    QByteArray input(DelimitedReader::MaxRecordChars + 10, 'h');
    input += "\n1\n";
    const Outcome outcome = readBytes(input);
    QVERIFY(!outcome.opened);
    QCOMPARE(outcome.error.line, 1);
    QVERIFY2(outcome.error.reason.contains(QStringLiteral("header")), qPrintable(outcome.error.reason));
}

void TestDelimitedReader::consumerMayKeepRecords()
{
    QByteArray data("id,name\n1,alpha\n2,beta\n3,\"gam\"\"ma\"\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    DelimitedReader reader(&buffer, QStringLiteral("kept.csv"), smallChunks(6));
    QVERIFY(reader.open());
    QList<SourceRecord> kept;
    QVERIFY(reader.read(
        [&](const SourceRecord &record) {
            kept.append(record);
            return true;
        },
        [](const ReadIssue &) {}, nullptr));
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).fields, QStringList({QStringLiteral("1"), QStringLiteral("alpha")}));
    QCOMPARE(kept.at(1).fields, QStringList({QStringLiteral("2"), QStringLiteral("beta")}));
    QCOMPARE(kept.at(2).fields, QStringList({QStringLiteral("3"), QStringLiteral("gam\"ma")}));
}

void TestDelimitedReader::consumerMayStopEarly()
{
    QByteArray data("a\n1\n2\n3\n4\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    DelimitedReader reader(&buffer, QStringLiteral("stop.csv"));
    QVERIFY(reader.open());
    int seen = 0;
    QVERIFY(reader.read([&](const SourceRecord &) { return ++seen < 2; }, [](const ReadIssue &) {}, nullptr));
    QCOMPARE(seen, 2);
    QVERIFY(reader.error().isNull());
}

void TestDelimitedReader::cancelsThroughSink()
{
    QByteArray input = "a,b\n";
    while (input.size() < 3 * 1024 * 1024)
        input += "some value,another value\n";
    const int total = input.count('\n') - 1;

    CancellingSink all;
    const Outcome complete = readBytes(input, {}, &all);
    QVERIFY(complete.ok);
    QCOMPARE(complete.rows.size(), total);
    QVERIFY(all.calls.size() >= 3);
    for (qsizetype i = 1; i < all.calls.size(); ++i)
        QVERIFY(all.calls.at(i).first >= all.calls.at(i - 1).first);
    QCOMPARE(all.calls.last(), qMakePair(qint64(input.size()), qint64(input.size())));

    CancellingSink cancelling;
    cancelling.cancelAfter = 1;
    const Outcome cancelled = readBytes(input, {}, &cancelling);
    QVERIFY(!cancelled.ok);
    QCOMPARE(cancelled.error.reason, QStringLiteral("cancelled"));
    QVERIFY(cancelled.rows.size() < total);
}

void TestDelimitedReader::readsFromPathAndSniffs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(utf16(QStringLiteral("Name\tVersion\r\nKaspersky Endpoint Security\t11.11\r\n"), true, true));
    file.close();

    ReadError error;
    const ReaderInfo sniffed = DelimitedReader::sniff(path, {}, &error);
    QVERIFY(error.isNull());
    QCOMPARE(sniffed.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(sniffed.separator, QStringLiteral("\t"));

    DelimitedReader reader(path);
    QVERIFY(reader.open());
    QList<SourceRecord> records;
    QVERIFY(reader.read(
        [&](const SourceRecord &record) {
            records.append(record);
            return true;
        },
        [](const ReadIssue &) {}, nullptr));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.front().fields,
             QStringList({QStringLiteral("Kaspersky Endpoint Security"), QStringLiteral("11.11")}));

    DelimitedReader missing(dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!missing.open());
    QVERIFY(missing.error().message().startsWith(dir.filePath(QStringLiteral("missing.csv"))));
}

QTEST_GUILESS_MAIN(TestDelimitedReader)
#include "tst_delimitedreader.moc"
