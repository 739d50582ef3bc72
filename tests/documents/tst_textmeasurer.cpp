// Wrapping and cleaning of text before it is placed on a page.

#include "model/documents/documentstyle.h"
#include "model/documents/printabletext.h"
#include "model/documents/textmeasurer.h"

#include <QFontMetricsF>
#include <QImage>
#include <QtTest>

using namespace uproot;

class TestTextMeasurer : public QObject
{
    Q_OBJECT

private slots:
    void wrapsWithinTheWidth_data();
    void wrapsWithinTheWidth();
    void keepsEveryCharacter_data();
    void keepsEveryCharacter();
    void cachedWidthMatchesFontMetrics();
    void longNamesBreakAfterTheirMarks_data();
    void longNamesBreakAfterTheirMarks();
    void printableText_data();
    void printableText();
    void cleanTextIsNotCopied();

private:
    QImage m_device{16, 16, QImage::Format_RGB32};
    DocumentStyle m_style;
};

void TestTextMeasurer::wrapsWithinTheWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("widthInEm");
    QTest::addColumn<int>("minimumLines");

    QTest::newRow("short text fits on one line") << QStringLiteral("WS-ALPHA-0001") << 20.0 << 1;
    QTest::newRow("a sentence wraps at spaces")
        << QStringLiteral(
               "Kaspersky Endpoint Security 10 for Windows and the Network Agent on every workstation")
        << 10.0 << 3;
    QTest::newRow("a word wider than the column is cut")
        << QStringLiteral("{8D2B3E14-6C6A-4C1A-9F3E-0123456789AB}-with-a-very-long-tail") << 6.0 << 3;
    QTest::newRow("hard line breaks start new lines") << QStringLiteral("first\nsecond\nthird") << 20.0 << 3;
    QTest::newRow("Cyrillic publisher wraps like Latin")
        << QStringLiteral("Лаборатория Касперского АО Лаборатория Касперского") << 8.0 << 2;
    QTest::newRow("a column narrower than one letter still ends") << QStringLiteral("abc def") << 0.01 << 6;
}

void TestTextMeasurer::wrapsWithinTheWidth()
{
    QFETCH(QString, text);
    QFETCH(qreal, widthInEm);
    QFETCH(int, minimumLines);

    TextMeasurer measurer(m_style, &m_device);
    const QFontMetricsF metrics(m_style.font(FontRole::Body), &m_device);
    const qreal width = widthInEm * metrics.horizontalAdvance(u'M');
    const QStringList lines = measurer.wrap(FontRole::Body, text, width);

    QVERIFY2(lines.size() >= minimumLines, qPrintable(lines.join(u'|')));
    for (const QString &line : lines) {
        // A line of one character may be wider than an impossible column; any other must fit.
        if (line.size() > 1)
            QVERIFY2(metrics.horizontalAdvance(line) <= width + 0.5, qPrintable(line));
    }
}

void TestTextMeasurer::keepsEveryCharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << QStringLiteral("Office of the Inspector General, Field Operations");
    QTest::newRow("one long token") << QString(300, u'x');
    QTest::newRow("mixed") << QStringLiteral(
        "C:\\Program Files (x86)\\Kaspersky Lab\\NetworkAgent\\klnagent.exe x");
    QTest::newRow("emoji pairs are not split")
        << QString::fromUtf8("\xF0\x9F\x94\x92\xF0\x9F\x94\x92\xF0\x9F\x94\x92");
}

void TestTextMeasurer::keepsEveryCharacter()
{
    QFETCH(QString, text);
    TextMeasurer measurer(m_style, &m_device);
    const QFontMetricsF metrics(m_style.font(FontRole::TableCell), &m_device);
    const QStringList lines = measurer.wrap(FontRole::TableCell, text, 5 * metrics.horizontalAdvance(u'M'));
    QString rejoined = lines.join(QString());
    QString expected = text;
    expected.remove(u' ');
    rejoined.remove(u' ');
    QCOMPARE(rejoined, expected);
    for (const QString &line : lines) {
        QVERIFY(!line.isEmpty());
        QVERIFY2(!line.back().isHighSurrogate(), "a surrogate pair was split across lines");
    }
}

void TestTextMeasurer::longNamesBreakAfterTheirMarks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("widthInX");
    QTest::addColumn<bool>("onlyAtMarks");
    QTest::newRow("host name breaks at its dots")
        << QStringLiteral("kasp-agent-0042.field-operations.region-east.example.gov") << 20 << true;
    QTest::newRow("narrow column: at dots and hyphens")
        << QStringLiteral("kasp-agent-0042.field-operations.region-east.example.gov") << 12 << true;
    QTest::newRow("path breaks at its slashes")
        << QStringLiteral("/opt/kaspersky/kesl/bin/kesl-control") << 12 << true;
    QTest::newRow("a label wider than the column is cut as a last resort")
        << QStringLiteral("srv.abcdefghijklmnopqrstuvwxyz.gov") << 8 << false;
}

// Every character kept, every line within the column, and a line ends inside a label only when that label
// alone is wider than the column.
void TestTextMeasurer::longNamesBreakAfterTheirMarks()
{
    QFETCH(QString, text);
    QFETCH(int, widthInX);
    QFETCH(bool, onlyAtMarks);
    TextMeasurer measurer(m_style, &m_device);
    const QFontMetricsF metrics(m_style.font(FontRole::TableCell), &m_device);
    const qreal width = metrics.horizontalAdvance(QString(widthInX, u'x'));
    const QStringList lines = measurer.wrap(FontRole::TableCell, text, width);
    const QString shown = lines.join(u'|');
    QVERIFY2(lines.size() > 1, qPrintable(shown));
    QCOMPARE(lines.join(QString()), text);
    bool cutInside = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(metrics.horizontalAdvance(lines.at(i)) <= width + 0.5, qPrintable(shown));
        if (i + 1 < lines.size() && !QStringLiteral(".-/").contains(lines.at(i).back()))
            cutInside = true;
    }
    QVERIFY2(cutInside != onlyAtMarks, qPrintable(shown));
    if (onlyAtMarks)
        return;
    // The cut label fills its lines; the labels around it stay whole.
    QCOMPARE(lines.first(), QStringLiteral("srv."));
    QVERIFY2(lines.last().endsWith(QStringLiteral(".gov")), qPrintable(shown));
}

void TestTextMeasurer::cachedWidthMatchesFontMetrics()
{
    TextMeasurer measurer(m_style, &m_device);
    const QFontMetricsF metrics(m_style.font(FontRole::Strong), &m_device);
    const QString text = QStringLiteral("Office of the Inspector General");
    const qreal first = measurer.width(FontRole::Strong, text);
    QCOMPARE(first, metrics.horizontalAdvance(text));
    QCOMPARE(measurer.width(FontRole::Strong, text), first);
}

void TestTextMeasurer::printableText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("lineBreaks");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    const int keep = int(LineBreaks::Keep);
    const int flatten = int(LineBreaks::Flatten);
    QTest::newRow("markup stays as characters") << QStringLiteral("<b>bold</b> & =SUM(A1)") << flatten << 100
                                                << QStringLiteral("<b>bold</b> & =SUM(A1)");
    QTest::newRow("tabs and control characters become spaces")
        << QStringLiteral("a\tb") + QChar(0x07) + QStringLiteral("c") << flatten << 100
        << QStringLiteral("a b c");
    QTest::newRow("a Windows line end is one break")
        << QStringLiteral("one\r\ntwo\rthree") << keep << 100 << QStringLiteral("one\ntwo\nthree");
    QTest::newRow("line breaks flatten in a cell")
        << QStringLiteral("one\ntwo") << flatten << 100 << QStringLiteral("one two");
    QTest::newRow("a right-to-left override cannot reverse a name")
        << QStringLiteral("host") + QChar(0x202E) + QStringLiteral("exe.txt") << flatten << 100
        << QStringLiteral("host exe.txt");
    QTest::newRow("long text is cut with an ellipsis")
        << QString(50, u'a') << flatten << 10 << QString(10, u'a') + QChar(0x2026);
    QTest::newRow("a cut never halves a surrogate pair")
        << QStringLiteral("abc") + QString::fromUtf8("\xF0\x9F\x94\x92") << flatten << 4
        << QStringLiteral("abc") + QChar(0x2026);
}

void TestTextMeasurer::printableText()
{
    QFETCH(QString, input);
    QFETCH(int, lineBreaks);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    QCOMPARE(uproot::printableText(input, LineBreaks(lineBreaks), maxChars), expected);
}

void TestTextMeasurer::cleanTextIsNotCopied()
{
    // Built at run time: a literal is static data that no string reports as shared.
    const QString clean = QString::fromUtf8("WS-ALPHA-0001 in Field Operations");
    const QString result = uproot::printableText(clean, LineBreaks::Flatten, 1000);
    QCOMPARE(result, clean);
    QVERIFY(result.isSharedWith(clean));
}

QTEST_MAIN(TestTextMeasurer)
#include "tst_textmeasurer.moc"
