#include "model/detection/textnormalizer.h"

#include <QTest>

using namespace uproot;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void organizationNames_data();
    void organizationNames();
    void foldedText_data();
    void foldedText();
};

void TestTextNormalizer::organizationNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain company name") << QStringLiteral("Kaspersky Lab") << QStringLiteral("kaspersky lab");
    QTest::newRow("Russian joint-stock prefix AO")
        << QStringLiteral("AO Kaspersky Lab") << QStringLiteral("kaspersky lab");
    QTest::newRow("old closed joint-stock suffix ZAO")
        << QStringLiteral("Kaspersky Lab ZAO") << QStringLiteral("kaspersky lab");
    QTest::newRow("ZAO written before the name")
        << QStringLiteral("ZAO Kaspersky Lab") << QStringLiteral("kaspersky lab");
    QTest::newRow("JSC suffix") << QStringLiteral("Kaspersky Lab JSC") << QStringLiteral("kaspersky lab");
    QTest::newRow("comma and Inc. with a dot")
        << QStringLiteral("Kaspersky Lab, Inc.") << QStringLiteral("kaspersky lab");
    QTest::newRow("Ltd. and Limited")
        << QStringLiteral("Kaspersky Labs Limited") << QStringLiteral("kaspersky labs");
    QTest::newRow("LLC with dots") << QStringLiteral("Kaspersky Lab L.L.C.")
                                   << QStringLiteral("kaspersky lab");
    QTest::newRow("GmbH") << QStringLiteral("Kasper GmbH") << QStringLiteral("kasper");
    QTest::newRow("Co., Ltd. pair") << QStringLiteral("Huawei Technologies Co., Ltd.")
                                    << QStringLiteral("huawei technologies");
    QTest::newRow("Co.,Ltd. without a space, upper case")
        << QStringLiteral("HUAWEI TECHNOLOGIES CO.,LTD") << QStringLiteral("huawei technologies");
    QTest::newRow("Corp.") << QStringLiteral("ZTE Corp.") << QStringLiteral("zte");
    QTest::newRow("Corporation") << QStringLiteral("ZTE Corporation") << QStringLiteral("zte");
    QTest::newRow("Pte. Ltd.") << QStringLiteral("TikTok Pte. Ltd.") << QStringLiteral("tiktok");
    QTest::newRow("OOO prefix") << QStringLiteral("OOO Kaspersky Group") << QStringLiteral("kaspersky group");
    QTest::newRow("Cyrillic name") << QStringLiteral("Лаборатория Касперского")
                                   << QStringLiteral("лаборатория касперского");
    QTest::newRow("Cyrillic AO prefix with guillemets")
        << QStringLiteral("АО «Лаборатория Касперского»") << QStringLiteral("лаборатория касперского");
    QTest::newRow("Cyrillic AO prefix with straight quotes")
        << QStringLiteral("АО \"Лаборатория Касперского\"") << QStringLiteral("лаборатория касперского");
    QTest::newRow("extra white space and tabs")
        << QStringLiteral("  AO\tKaspersky   Lab ") << QStringLiteral("kaspersky lab");
    QTest::newRow("full-width letters")
        << QString::fromUtf8("\xef\xbc\xab\xef\xbd\x81\xef\xbd\x93\xef\xbd\x90"
                             "\xef\xbd\x85\xef\xbd\x92\xef\xbd\x93\xef\xbd\x8b\xef"
                             "\xbd\x99")
        << QStringLiteral("kaspersky");
    QTest::newRow("a legal form alone is kept") << QStringLiteral("Co.") << QStringLiteral("co");
    QTest::newRow("only punctuation becomes empty") << QStringLiteral("--- ,,, ---") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTextNormalizer::organizationNames()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeOrganizationName(input), expected);
}

void TestTextNormalizer::foldedText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case and spacing")
        << QStringLiteral("  Kaspersky   Anti-Virus\t2017 ") << QStringLiteral("kaspersky anti-virus 2017");
    QTest::newRow("Cyrillic case folding") << QStringLiteral("КАСПЕРСКИЙ") << QStringLiteral("касперский");
    QTest::newRow("en dash becomes a hyphen")
        << QString::fromUtf8("Anti\xe2\x80\x93Virus") << QStringLiteral("anti-virus");
    QTest::newRow("non-breaking space") << QString::fromUtf8("Kaspersky\xc2\xa0"
                                                             "Endpoint")
                                        << QStringLiteral("kaspersky endpoint");
    QTest::newRow("punctuation is kept")
        << QStringLiteral("Kaspersky Lab, Inc.") << QStringLiteral("kaspersky lab, inc.");
}

void TestTextNormalizer::foldedText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(foldText(input), expected);
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
