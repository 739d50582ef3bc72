#include "model/detection/regexinspector.h"
#include "model/detection/textnormalizer.h"
#include "model/detection/textpattern.h"

#include <QTest>

using namespace uproot;

Q_DECLARE_METATYPE(uproot::PatternSyntax)

class TestTextPattern : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
    void rejected_data();
    void rejected();
    void requiredLiterals_data();
    void requiredLiterals();
    void hostileSubjectIsBounded_data();
    void hostileSubjectIsBounded();
};

void TestTextPattern::matching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<PatternSyntax>("syntax");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    const PatternSyntax wildcard = PatternSyntax::Wildcard;
    const PatternSyntax regex = PatternSyntax::Regex;
    QTest::newRow("wildcard without stars must equal the whole name")
        << QStringLiteral("Kaspersky") << wildcard << QStringLiteral("Kaspersky") << true;
    QTest::newRow("wildcard without stars does not match a longer name")
        << QStringLiteral("Kaspersky") << wildcard << QStringLiteral("Kaspersky Free") << false;
    QTest::newRow("trailing star is a prefix, ignoring case")
        << QStringLiteral("Kaspersky Endpoint*") << wildcard
        << QStringLiteral("KASPERSKY ENDPOINT SECURITY 11") << true;
    QTest::newRow("prefix does not match inside the name")
        << QStringLiteral("Kaspersky Endpoint*") << wildcard
        << QStringLiteral("Remover for Kaspersky Endpoint") << false;
    QTest::newRow("leading star is a suffix")
        << QStringLiteral("*for Windows") << wildcard
        << QStringLiteral("Kaspersky Endpoint Security for Windows") << true;
    QTest::newRow("stars on both sides search anywhere")
        << QStringLiteral("*threat intelligence*") << wildcard
        << QStringLiteral("Kaspersky Threat Intelligence Portal") << true;
    QTest::newRow("white space in the name is collapsed")
        << QStringLiteral("Kaspersky Total Security*") << wildcard
        << QStringLiteral("Kaspersky   Total\tSecurity") << true;
    QTest::newRow("inner star") << QStringLiteral("Kaspersky*for Windows*") << wildcard
                                << QStringLiteral("Kaspersky Endpoint Security 10 for Windows (SP1)") << true;
    QTest::newRow("question mark is one character")
        << QStringLiteral("DS-2CD2?42*") << wildcard << QStringLiteral("DS-2CD2142FWD-I") << true;
    QTest::newRow("question mark is exactly one character")
        << QStringLiteral("DS-2CD2?42*") << wildcard << QStringLiteral("DS-2CD2-1-42") << false;
    QTest::newRow("regular-expression characters in a wildcard are literal")
        << QStringLiteral("kics4net-(beta)*") << wildcard << QStringLiteral("kics4net-(beta)-2") << true;
    QTest::newRow("Cyrillic wildcard ignores case")
        << QStringLiteral("*касперск*") << wildcard << QStringLiteral("Антивирус Касперского") << true;
    QTest::newRow("regex searches anywhere") << QStringLiteral("\\bfor kaspersky\\b") << regex
                                             << QStringLiteral("Uninstaller for Kaspersky") << true;
    QTest::newRow("regex word boundary rejects a longer word")
        << QStringLiteral("\\bzte\\b") << regex << QStringLiteral("Aztech Systems") << false;
    QTest::newRow("regex word boundary finds the word")
        << QStringLiteral("\\bzte\\b") << regex << QStringLiteral("ZTE USA, Inc.") << true;
    QTest::newRow("regex with Cyrillic word boundary")
        << QStringLiteral("\\bкасперск") << regex << QStringLiteral("Лаборатория Касперского") << true;
    QTest::newRow("regex with an optional group")
        << QStringLiteral("^kaspersky (anti-virus|antivirus)( \\d+)?$") << regex
        << QStringLiteral("Kaspersky Anti-Virus 2017") << true;
}

void TestTextPattern::matching()
{
    QFETCH(QString, pattern);
    QFETCH(PatternSyntax, syntax);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QString error;
    const std::optional<TextPattern> compiled = TextPattern::compile(pattern, syntax, &error);
    QVERIFY2(compiled.has_value(), qPrintable(error));
    QCOMPARE(compiled->matches(foldText(text)), expected);
}

void TestTextPattern::rejected_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<PatternSyntax>("syntax");
    QTest::addColumn<QString>("reason");

    const PatternSyntax regex = PatternSyntax::Regex;
    const PatternSyntax wildcard = PatternSyntax::Wildcard;
    QTest::newRow("nested quantifier (a+)+")
        << QStringLiteral("(a+)+$") << regex << QStringLiteral("exponential");
    QTest::newRow("nested quantifier with a star inside a star")
        << QStringLiteral("^(\\w*\\s?)*kaspersky") << regex << QStringLiteral("exponential");
    QTest::newRow("repeated alternatives (a|aa)*")
        << QStringLiteral("(a|aa)*b") << regex << QStringLiteral("exponential");
    QTest::newRow("nested quantifier two levels down")
        << QStringLiteral("((ab+)c){2,}") << regex << QStringLiteral("exponential");
    QTest::newRow("nested quantifier in a non-capturing group")
        << QStringLiteral("(?:x+y)+") << regex << QStringLiteral("exponential");
    QTest::newRow("back-reference") << QStringLiteral("(kas)per\\1") << regex
                                    << QStringLiteral("back-references");
    QTest::newRow("named back-reference")
        << QStringLiteral("(?<v>kas)\\k<v>") << regex << QStringLiteral("back-references");
    QTest::newRow("recursion") << QStringLiteral("a(?R)?b") << regex << QStringLiteral("recursion");
    QTest::newRow("our match limit cannot be raised")
        << QStringLiteral("(*LIMIT_MATCH=100000000)kaspersky") << regex << QStringLiteral("pattern verbs");
    QTest::newRow("over the length cap")
        << QString(RegexInspector::MaxPatternLength + 1, u'k') << regex << QStringLiteral("limit is");
    QTest::newRow("wildcard over the length cap")
        << QString(RegexInspector::MaxPatternLength + 1, u'k') << wildcard << QStringLiteral("limit is");
    QTest::newRow("does not compile")
        << QStringLiteral("kaspersky (anti") << regex << QStringLiteral("does not compile at offset");
    QTest::newRow("matches every name") << QStringLiteral(".*") << regex << QStringLiteral("every title");
    QTest::newRow("empty alternative matches every name")
        << QStringLiteral("kaspersky|") << regex << QStringLiteral("every title");
    QTest::newRow("wildcard that is only stars")
        << QStringLiteral("**") << wildcard << QStringLiteral("every title");
    QTest::newRow("empty pattern") << QStringLiteral("   ") << wildcard << QStringLiteral("empty");
}

void TestTextPattern::rejected()
{
    QFETCH(QString, pattern);
    QFETCH(PatternSyntax, syntax);
    QFETCH(QString, reason);
    QString error;
    const std::optional<TextPattern> compiled = TextPattern::compile(pattern, syntax, &error);
    QVERIFY(!compiled.has_value());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestTextPattern::requiredLiterals_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<PatternSyntax>("syntax");
    QTest::addColumn<QStringList>("expected");

    const PatternSyntax regex = PatternSyntax::Regex;
    QTest::newRow("longest wildcard segment")
        << QStringLiteral("Kaspersky*Win?ows") << PatternSyntax::Wildcard
        << QStringList{QStringLiteral("kaspersky")};
    QTest::newRow("regex word") << QStringLiteral("\\bfor kaspersky\\b") << regex
                                << QStringList{QStringLiteral("for kaspersky")};
    QTest::newRow("one literal per alternative")
        << QStringLiteral("kaspersky|касперск") << regex
        << QStringList{QStringLiteral("kaspersky"), QStringLiteral("касперск")};
    QTest::newRow("optional character ends the literal")
        << QStringLiteral("kaspersky?lab") << regex << QStringList{QStringLiteral("kaspersk")};
    QTest::newRow("a group is not a literal") << QStringLiteral("^(anti-virus|antivirus) kaspersky") << regex
                                              << QStringList{QStringLiteral("kaspersky")};
    QTest::newRow("no literal when an alternative has none")
        << QStringLiteral("kaspersky|\\d+x") << regex << QStringList();
    QTest::newRow("escaped punctuation is literal") << QStringLiteral("com\\.kaspersky\\.kav") << regex
                                                    << QStringList{QStringLiteral("com.kaspersky.kav")};
}

void TestTextPattern::requiredLiterals()
{
    QFETCH(QString, pattern);
    QFETCH(PatternSyntax, syntax);
    QFETCH(QStringList, expected);
    QString error;
    const std::optional<TextPattern> compiled = TextPattern::compile(pattern, syntax, &error);
    QVERIFY2(compiled.has_value(), qPrintable(error));
    QCOMPARE(compiled->requiredLiterals(), expected);
}

void TestTextPattern::hostileSubjectIsBounded_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<PatternSyntax>("syntax");
    QTest::addColumn<QString>("hostile");
    // Polynomial backtracking passes the static check; the match limit and the subject cap must stop it. The
    // subjects hold every character the pattern requires, so the engine cannot rule them out before trying.
    QTest::newRow("five adjacent stars") << QStringLiteral("\\w*\\w*\\w*\\w*\\w*!x") << PatternSyntax::Regex
                                         << QStringLiteral("x") + QString(200000, u'a') + QStringLiteral("!");
    QTest::newRow("many wildcard stars") << QStringLiteral("*a*a*a*a*a*a*a*a*b") << PatternSyntax::Wildcard
                                         << QStringLiteral("b") + QString(200000, u'a');
}

void TestTextPattern::hostileSubjectIsBounded()
{
    QFETCH(QString, pattern);
    QFETCH(PatternSyntax, syntax);
    QFETCH(QString, hostile);
    QString error;
    const std::optional<TextPattern> compiled = TextPattern::compile(pattern, syntax, &error);
    QVERIFY2(compiled.has_value(), qPrintable(error));
    QVERIFY(!compiled->matches(hostile));
}

QTEST_GUILESS_MAIN(TestTextPattern)
#include "tst_textpattern.moc"
