// A workbook's shared strings read back by index, whether they stayed in memory or moved to the temporary
// file.
#include "model/readers/xlsxsharedstrings.h"

#include <QTest>

using namespace uproot;

class TestXlsxSharedStrings : public QObject
{
    Q_OBJECT
private slots:
    void readsBackByIndex_data()
    {
        QTest::addColumn<qsizetype>("spillChars");
        QTest::addColumn<bool>("spills");
        QTest::newRow("kept in memory") << qsizetype(1024) << false;
        QTest::newRow("moved to a file at once") << qsizetype(0) << true;
        QTest::newRow("moved to a file part way") << qsizetype(12) << true;
    }

    void readsBackByIndex()
    {
        QFETCH(qsizetype, spillChars);
        QFETCH(bool, spills);
        const QStringList texts = {
            QStringLiteral("Kaspersky Endpoint Security"),
            QString(),
            QStringLiteral("\u0410\u041e \u041b\u0430\u0431\u043e\u0440\u0430\u0442\u043e\u0440\u0438\u044f"),
            QStringLiteral("WS-\U0001F600-01"),
            QStringLiteral("x"),
            QStringLiteral("line one\nline two")};
        XlsxSharedStrings strings(spillChars);
        for (const QString &text : texts)
            QVERIFY2(strings.append(text), qPrintable(strings.errorString()));
        QVERIFY2(strings.finish(), qPrintable(strings.errorString()));
        QCOMPARE(strings.spilled(), spills);
        QCOMPARE(strings.size(), texts.size());
        qsizetype chars = 0;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QCOMPARE(strings.at(i), texts.at(i));
            chars += texts.at(i).size();
        }
        QCOMPARE(strings.totalChars(), chars);
        // Out of range is empty, never a read past the end.
        QCOMPARE(strings.at(-1), QString());
        QCOMPARE(strings.at(texts.size()), QString());
    }

    // Many strings through a small memory budget: every one comes back, in any order.
    void readsManyStringsInAnyOrder()
    {
        XlsxSharedStrings strings(4096);
        const int n = 50000;
        for (int i = 0; i < n; ++i)
            QVERIFY(strings.append(QStringLiteral("HOST-%1").arg(i)));
        QVERIFY(strings.finish());
        QVERIFY(strings.spilled());
        for (int i = n - 1; i >= 0; i -= 997)
            QCOMPARE(strings.at(i), QStringLiteral("HOST-%1").arg(i));
        QCOMPARE(strings.at(0), QStringLiteral("HOST-0"));
    }

    void emptyTable()
    {
        XlsxSharedStrings strings;
        QVERIFY(strings.finish());
        QVERIFY(strings.isEmpty());
        QCOMPARE(strings.at(0), QString());
    }
};

QTEST_GUILESS_MAIN(TestXlsxSharedStrings)
#include "tst_xlsxsharedstrings.moc"
