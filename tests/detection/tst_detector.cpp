#include "model/detection/detector.h"
#include "model/detection/directivecatalog.h"

#include <QTest>

using namespace uproot;

Q_DECLARE_METATYPE(uproot::TitleEvidence)

namespace {

// One inventory title for a table row: name and publisher, plus one optional identifier "field=value".
TitleEvidence title(const QString &name, const QString &publisher, const QString &extra = QString())
{
    TitleEvidence evidence;
    evidence.name = name;
    evidence.publisher = publisher;
    const QString field = extra.section(u'=', 0, 0);
    const QString value = extra.section(u'=', 1);
    if (field == QLatin1String("cpe"))
        evidence.cpe = value;
    else if (field == QLatin1String("purl"))
        evidence.purl = value;
    else if (field == QLatin1String("package"))
        evidence.packageName = value;
    else if (field == QLatin1String("bundle"))
        evidence.bundleId = value;
    else if (field == QLatin1String("vendor"))
        evidence.hardwareVendor = value;
    else if (field == QLatin1String("model"))
        evidence.hardwareModel = value;
    else if (field == QLatin1String("vendor+model")) {
        evidence.hardwareVendor = value.section(u'|', 0, 0);
        evidence.hardwareModel = value.section(u'|', 1);
    }
    if (!evidence.hardwareVendor.isEmpty() || !evidence.hardwareModel.isEmpty())
        evidence.kind = TitleKind::Hardware;
    return evidence;
}

QString outcomeOf(const DetectionResult &result)
{
    if (!result.matched)
        return result.falsePositive ? QStringLiteral("false-positive") : QStringLiteral("excluded");
    return result.confidence == MatchConfidence::Confirmed ? QStringLiteral("confirmed")
                                                           : QStringLiteral("needs-review");
}

} // namespace

class TestDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void nearMisses_data();
    void nearMisses();
    void identifiersWhereverWritten_data();
    void identifiersWhereverWritten();
    void lookAlikesAreNotConfirmed_data();
    void lookAlikesAreNotConfirmed();
    void directMatchExplainsFirst();
    void explanations_data();
    void explanations();
    void severalDirectivesAtOnce();
    void onlyFollowedDirectives();
    void supportingMatchesAreListed();
    void shortAliases();
    void hostileInput();

private:
    DirectiveCatalog m_catalog;
    std::optional<Detector> m_detector;
};

void TestDetector::initTestCase()
{
    QString error;
    m_catalog = DirectiveCatalog::builtin(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_detector.emplace(m_catalog.directives(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDetector::rules_data()
{
    QTest::addColumn<TitleEvidence>("evidence");
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("outcome"); // confirmed, needs-review, excluded, false-positive, none
    QTest::addColumn<QString>("rule");    // the covering rule, or the exclusion / false positive that applied

    const QString bod = QStringLiteral("bod-17-01");
    const QString kes = QStringLiteral("Kaspersky Endpoint Security for Windows");
    const QString confirmed = QStringLiteral("confirmed");
    const QString review = QStringLiteral("needs-review");
    const QString publisherRule = QStringLiteral("publisher-kaspersky");

    // Publisher aliases, with every legal-form and script variant.
    for (const char *publisher :
         {"Kaspersky Lab", "AO Kaspersky Lab", "Kaspersky Lab ZAO", "ZAO Kaspersky Lab",
          "Kaspersky Lab, Inc.", "Kaspersky Labs Limited", "Kaspersky Labs Ltd.", "Kaspersky",
          "KASPERSKY LAB", "Kaspersky Lab North America", "Kaspersky Government Security Solutions, Inc.",
          "OOO Kaspersky Group", "Kaspersky Lab JSC"}) {
        QTest::newRow(qPrintable(QStringLiteral("publisher alias: %1").arg(QLatin1String(publisher))))
            << title(kes, QString::fromUtf8(publisher)) << bod << confirmed << publisherRule;
    }
    QTest::newRow("publisher alias in Russian")
        << title(kes, QStringLiteral("Лаборатория Касперского")) << bod << confirmed << publisherRule;
    QTest::newRow("publisher alias in Russian with AO")
        << title(kes, QStringLiteral("АО Лаборатория Касперского")) << bod << confirmed << publisherRule;
    QTest::newRow("publisher alias in Russian with AO and guillemets")
        << title(kes, QStringLiteral("АО «Лаборатория Касперского»")) << bod << confirmed << publisherRule;
    QTest::newRow("dots inside a word are dropped before comparing")
        << title(kes, QStringLiteral("Kasper.sky Lab")) << bod << confirmed << publisherRule;
    QTest::newRow("any product from a Kaspersky publisher is covered")
        << title(QStringLiteral("Network Diagnostics Utility"), QStringLiteral("AO Kaspersky Lab")) << bod
        << confirmed << publisherRule;
    QTest::newRow("publisher that only contains the name")
        << title(QStringLiteral("Diagnostics"), QStringLiteral("Kaspersky Lab Switzerland GmbH")) << bod
        << review << QStringLiteral("publisher-mentions-kaspersky");

    // Product names.
    const QString named = QStringLiteral("product-named");
    QTest::newRow("named product without a publisher (KSC export)")
        << title(QStringLiteral("Kaspersky Endpoint Security 11 for Windows"), QString()) << bod << confirmed
        << named;
    QTest::newRow("Network Agent without a publisher")
        << title(QStringLiteral("Kaspersky Security Center Network Agent"), QString()) << bod << confirmed
        << named;
    QTest::newRow("old workstation product without a publisher")
        << title(QStringLiteral("Kaspersky Anti-Virus 6.0 for Windows Workstations"), QString()) << bod
        << confirmed << named;
    QTest::newRow("2021 suite called just Kaspersky")
        << title(QStringLiteral("Kaspersky"), QString()) << bod << confirmed << named;
    QTest::newRow("named product from another publisher is only reviewed")
        << title(kes, QStringLiteral("Contoso Ltd.")) << bod << review
        << QStringLiteral("name-mentions-kaspersky");
    QTest::newRow("another publisher's product that mentions the vendor")
        << title(QStringLiteral("Kaspersky Removal Tool Helper"), QStringLiteral("Contoso Ltd.")) << bod
        << review << QStringLiteral("name-mentions-kaspersky");
    QTest::newRow("Russian product name without a publisher")
        << title(QStringLiteral("Антивирус Касперского"), QString()) << bod << review
        << QStringLiteral("name-mentions-kaspersky");
    QTest::newRow("uninstaller for Kaspersky by another publisher is a known false positive")
        << title(QStringLiteral("Uninstaller for Kaspersky"), QStringLiteral("Revo Software")) << bod
        << QStringLiteral("false-positive") << QStringLiteral("fp-tool-for-kaspersky");
    QTest::newRow("plug-in for Kaspersky Security Center by another publisher is a known false positive")
        << title(QStringLiteral("Plugin for Kaspersky Security Center"), QStringLiteral("ConnectWise, LLC"))
        << bod << QStringLiteral("false-positive") << QStringLiteral("fp-tool-for-kaspersky");
    QTest::newRow("uninstaller for Kaspersky with no publisher stays for review")
        << title(QStringLiteral("Uninstaller for Kaspersky"), QString()) << bod << review
        << QStringLiteral("name-mentions-kaspersky");

    // CPE names.
    QTest::newRow("CPE 2.2 with vendor kaspersky_lab")
        << title(QString(), QString(), QStringLiteral("cpe=cpe:/a:kaspersky_lab:kaspersky_anti-virus:6.0"))
        << bod << confirmed << QStringLiteral("cpe-kaspersky");
    QTest::newRow("CPE 2.3 with vendor kaspersky")
        << title(QString(), QString(),
                 QStringLiteral("cpe=cpe:2.3:a:kaspersky:total_security:*:*:*:*:*:*:*:*"))
        << bod << confirmed << QStringLiteral("cpe-kaspersky");
    QTest::newRow("CPE with another vendor")
        << title(QString(), QString(), QStringLiteral("cpe=cpe:/a:kasperskyfan:tool")) << bod
        << QStringLiteral("none") << QString();

    // Package names, directly or from a package URL.
    for (const char *package :
         {"kesl", "kesl-gui", "klnagent64", "kav4fs", "kics4net-sc-plugin", "kics4net-core"}) {
        QTest::newRow(qPrintable(QStringLiteral("package %1").arg(QLatin1String(package))))
            << title(QString(), QString(), QStringLiteral("package=") + QLatin1String(package)) << bod
            << confirmed << QStringLiteral("package-kaspersky");
    }
    QTest::newRow("32-bit Network Agent package")
        << title(QString(), QString(), QStringLiteral("package=klnagent")) << bod << confirmed
        << QStringLiteral("package-klnagent");
    QTest::newRow("package name from a package URL")
        << title(QString(), QString(), QStringLiteral("purl=pkg:rpm/klnagent64@14.0.0.4490?arch=x86_64"))
        << bod << confirmed << QStringLiteral("package-kaspersky");
    QTest::newRow("package with a longer name")
        << title(QString(), QString(), QStringLiteral("package=kesla")) << bod << QStringLiteral("none")
        << QString();

    // Bundle identifiers and package URLs.
    QTest::newRow("macOS bundle identifier")
        << title(QString(), QString(), QStringLiteral("bundle=com.kaspersky.kav")) << bod << confirmed
        << QStringLiteral("bundle-kaspersky");
    QTest::newRow("Kaspresso bundle is a known false positive")
        << title(QString(), QString(), QStringLiteral("bundle=com.kaspersky.kaspresso.sample")) << bod
        << QStringLiteral("false-positive") << QStringLiteral("fp-android-test-libraries-bundle");
    QTest::newRow("Kautomator package is a known false positive")
        << title(QString(), QString(), QStringLiteral("bundle=com.kaspersky.components.kautomator")) << bod
        << QStringLiteral("false-positive") << QStringLiteral("fp-android-test-libraries-bundle");
    QTest::newRow("Kaspresso in a bill of materials is a known false positive")
        << title(QStringLiteral("kaspresso"), QString(),
                 QStringLiteral("purl=pkg:maven/com.kaspersky.android-components/kaspresso@1.5.3"))
        << bod << QStringLiteral("false-positive") << QStringLiteral("fp-android-test-libraries-purl");
    QTest::newRow("Kaspresso supplied by Kaspersky is still a known false positive")
        << title(QStringLiteral("kaspresso"), QStringLiteral("Kaspersky")) << bod
        << QStringLiteral("false-positive") << QStringLiteral("fp-android-test-libraries-name");
    QTest::newRow("Kaspresso by Maven coordinates is a known false positive")
        << title(QString(), QStringLiteral("Kaspersky Lab"),
                 QStringLiteral("package=com.kaspersky.android-components:kaspresso"))
        << bod << QStringLiteral("false-positive") << QStringLiteral("fp-android-test-libraries-package");
    QTest::newRow("other Kaspersky library in a bill of materials is reviewed")
        << title(QStringLiteral("some-sdk"), QString(),
                 QStringLiteral("purl=pkg:maven/com.kaspersky/some-sdk@1.0"))
        << bod << review << QStringLiteral("purl-kaspersky");

    // Exclusions of the directive's text.
    QTest::newRow("BOD 17-01 excludes Threat Intelligence")
        << title(QStringLiteral("Kaspersky Threat Intelligence Portal"), QStringLiteral("AO Kaspersky Lab"))
        << bod << QStringLiteral("excluded") << QStringLiteral("exclude-threat-intelligence");
    QTest::newRow("BOD 17-01 excludes Security Training")
        << title(QStringLiteral("Kaspersky Security Training Platform"), QStringLiteral("Kaspersky")) << bod
        << QStringLiteral("excluded") << QStringLiteral("exclude-security-training");
    QTest::newRow("NDAA §1634 has no Threat Intelligence exclusion")
        << title(QStringLiteral("Kaspersky Threat Intelligence Portal"), QStringLiteral("AO Kaspersky Lab"))
        << QStringLiteral("ndaa-fy2018-1634") << confirmed << publisherRule;
    QTest::newRow("BIS 2024 exempts Threat Intelligence")
        << title(QStringLiteral("Kaspersky Threat Intelligence Portal"), QStringLiteral("AO Kaspersky Lab"))
        << QStringLiteral("bis-2024-kaspersky") << QStringLiteral("excluded")
        << QStringLiteral("exclude-threat-intelligence");
    QTest::newRow("BIS 2024 exempts Security Training")
        << title(QStringLiteral("Kaspersky Security Training"), QStringLiteral("AO Kaspersky Lab"))
        << QStringLiteral("bis-2024-kaspersky") << QStringLiteral("excluded")
        << QStringLiteral("exclude-security-training");

    // The other Kaspersky instruments.
    QTest::newRow("NDAA: another publisher's product naming Kaspersky is reviewed")
        << title(QStringLiteral("Kaspersky Removal Tool Helper"), QStringLiteral("Contoso Ltd."))
        << QStringLiteral("ndaa-fy2018-1634") << review << QStringLiteral("name-mentions-kaspersky");
    QTest::newRow("FCC Covered List: Kaspersky publisher")
        << title(kes, QStringLiteral("AO Kaspersky Lab")) << QStringLiteral("fcc-covered-list") << confirmed
        << publisherRule;
    QTest::newRow("BIS 2024: bundle identifier")
        << title(QString(), QString(), QStringLiteral("bundle=com.kaspersky.kav.sysext"))
        << QStringLiteral("bis-2024-kaspersky") << confirmed << QStringLiteral("bundle-kaspersky");

    // OMB M-23-13.
    const QString omb = QStringLiteral("omb-m-23-13");
    QTest::newRow("TikTok by TikTok Pte. Ltd.")
        << title(QStringLiteral("TikTok"), QStringLiteral("TikTok Pte. Ltd.")) << omb << confirmed
        << QStringLiteral("publisher-tiktok");
    QTest::newRow("TikTok without a publisher")
        << title(QStringLiteral("TikTok"), QString()) << omb << confirmed << QStringLiteral("product-tiktok");
    QTest::newRow("TikTok LIVE Studio by ByteDance")
        << title(QStringLiteral("TikTok LIVE Studio"), QStringLiteral("ByteDance Ltd.")) << omb << confirmed
        << QStringLiteral("product-tiktok");
    QTest::newRow("another ByteDance application is reviewed")
        << title(QStringLiteral("CapCut"), QStringLiteral("Bytedance Pte. Ltd.")) << omb << review
        << QStringLiteral("publisher-bytedance");
    QTest::newRow("third-party TikTok tool is reviewed")
        << title(QStringLiteral("TikTok Downloader"), QStringLiteral("Some Developer")) << omb << review
        << QStringLiteral("name-mentions-tiktok");
    QTest::newRow("TikTok bundle identifier")
        << title(QString(), QString(), QStringLiteral("bundle=com.zhiliaoapp.musically")) << omb << confirmed
        << QStringLiteral("bundle-tiktok");
    QTest::newRow("TikTok Android package name")
        << title(QString(), QString(), QStringLiteral("package=com.ss.android.ugc.trill")) << omb << confirmed
        << QStringLiteral("package-tiktok");

    // Section 889 and the FCC Covered List: hardware as well as software.
    const QString s889 = QStringLiteral("far-889");
    const QString videoRule = QStringLiteral("hardware-hytera-hikvision-dahua");
    QTest::newRow("Hikvision camera by its full company name")
        << title(
               QString(), QString(),
               QStringLiteral("vendor+model=Hangzhou Hikvision Digital Technology Co., Ltd.|DS-2CD2142FWD-I"))
        << s889 << confirmed << videoRule;
    QTest::newRow("Huawei router") << title(QString(), QString(),
                                            QStringLiteral("vendor+model=HUAWEI|HG8245H"))
                                   << s889 << confirmed << QStringLiteral("hardware-huawei-zte");
    QTest::newRow("ZTE Corporation") << title(QString(), QString(), QStringLiteral("vendor=ZTE Corporation"))
                                     << s889 << confirmed << QStringLiteral("hardware-huawei-zte");
    QTest::newRow("Huawei Device subsidiary")
        << title(QString(), QString(), QStringLiteral("vendor=Huawei Device Co., Ltd.")) << s889 << confirmed
        << QStringLiteral("hardware-huawei-zte");
    QTest::newRow("Dahua by its full company name")
        << title(QString(), QString(), QStringLiteral("vendor=Zhejiang Dahua Technology Co., Ltd.")) << s889
        << confirmed << videoRule;
    QTest::newRow("Hytera radio") << title(QString(), QString(),
                                           QStringLiteral("vendor=Hytera Communications Corporation Limited"))
                                  << s889 << confirmed << videoRule;
    QTest::newRow("a vendor name that contains Hikvision is reviewed")
        << title(QString(), QString(), QStringLiteral("vendor=Hikvision USA Inc.")) << s889 << review
        << QStringLiteral("hardware-vendor-mentions");
    QTest::newRow("Hikvision-style model from another vendor is reviewed")
        << title(QString(), QString(), QStringLiteral("vendor+model=Generic Cameras Ltd|DS-2CD2032-I"))
        << s889 << review << QStringLiteral("hardware-model-hikvision");
    QTest::newRow("device CPE") << title(QString(), QString(), QStringLiteral("cpe=cpe:/h:hikvision:ds-7600"))
                                << s889 << confirmed << QStringLiteral("cpe-hardware");
    QTest::newRow("application CPE of a covered vendor is reviewed")
        << title(QString(), QString(), QStringLiteral("cpe=cpe:2.3:a:huawei:hisuite:*:*:*:*:*:*:*:*")) << s889
        << review << QStringLiteral("cpe-software");
    QTest::newRow("software published by Huawei is reviewed")
        << title(QStringLiteral("HiSuite"), QStringLiteral("Huawei Technologies Co., Ltd.")) << s889 << review
        << QStringLiteral("publisher-covered-entity");
    QTest::newRow("FCC Covered List: Dahua recorder")
        << title(QString(), QString(), QStringLiteral("vendor+model=Dahua|NVR4104HS"))
        << QStringLiteral("fcc-covered-list") << confirmed << videoRule;
    QTest::newRow("Aztech is not ZTE") << title(QString(), QString(), QStringLiteral("vendor=Aztech Systems"))
                                       << s889 << QStringLiteral("none") << QString();
}

void TestDetector::rules()
{
    QFETCH(TitleEvidence, evidence);
    QFETCH(QString, directive);
    QFETCH(QString, outcome);
    QFETCH(QString, rule);
    const QList<DetectionResult> results = m_detector->evaluate(evidence);
    const DetectionResult *found = nullptr;
    for (const DetectionResult &result : results) {
        if (result.directiveId == directive)
            found = &result;
    }
    if (outcome == QLatin1String("none")) {
        QVERIFY2(!found, found ? qPrintable(found->explanation) : "");
        return;
    }
    QVERIFY2(found, "no result for the directive");
    QCOMPARE(outcomeOf(*found), outcome);
    const QString qualified = directive + u'/' + rule;
    if (found->matched) {
        QCOMPARE(found->ruleId, qualified);
        QVERIFY(found->excludedBy.isEmpty());
        QVERIFY(found->explanation.endsWith(QStringLiteral("(rule %1)").arg(qualified)));
    } else {
        QCOMPARE(found->excludedBy, qualified);
        QVERIFY(!found->ruleId.isEmpty());
        QVERIFY(found->exclusionExplanation.contains(qualified));
        QCOMPARE(found->matches.last().ruleId, qualified);
    }
}

void TestDetector::nearMisses_data()
{
    QTest::addColumn<TitleEvidence>("evidence");
    QTest::newRow("Kasper Tools by Kasper GmbH")
        << title(QStringLiteral("Kasper Tools"), QStringLiteral("Kasper GmbH"));
    QTest::newRow("Casper Secure Erase")
        << title(QStringLiteral("Casper Secure Erase"), QStringLiteral("Casper Tech"));
    QTest::newRow("Panda Kasperle") << title(QStringLiteral("Panda Kasperle"),
                                             QStringLiteral("Panda Security"));
    QTest::newRow("Microsoft Defender")
        << title(QStringLiteral("Microsoft Defender Antivirus"), QStringLiteral("Microsoft Corporation"));
    QTest::newRow("Windows Security by Microsoft")
        << title(QStringLiteral("Windows Security"), QStringLiteral("Microsoft Corporation"),
                 QStringLiteral("bundle=com.microsoft.windowsdefender"));
    QTest::newRow("Kaspar Hauser biography app")
        << title(QStringLiteral("Kaspar Hauser"), QStringLiteral("Kaspar Verlag"));
    QTest::newRow("Tik Tak timer") << title(QStringLiteral("Tik Tak Timer"),
                                            QStringLiteral("Clockworks Inc."));
    QTest::newRow("Axis camera") << title(QString(), QString(),
                                          QStringLiteral("vendor+model=Axis Communications|P3245-V"));
    QTest::newRow("Hue bridge is not Huawei") << title(QStringLiteral("Hue Sync"), QStringLiteral("Signify"));
    QTest::newRow("Debian package named like a prefix")
        << title(QString(), QString(), QStringLiteral("package=kes"));
    QTest::newRow("empty title") << TitleEvidence();
}

void TestDetector::nearMisses()
{
    QFETCH(TitleEvidence, evidence);
    const QList<DetectionResult> results = m_detector->evaluate(evidence);
    QVERIFY2(results.isEmpty(), results.isEmpty() ? "" : qPrintable(results.first().explanation));
}

namespace {

// How each package manager prints a package called name (version 12.0.0, release or build 6672), and the
// form's name in explanations.
QList<std::pair<QString, QString>> packageManagerForms(const QString &name)
{
    return {
        {name, QString()},
        {name + QStringLiteral("-12.0.0-6672.x86_64"), QStringLiteral("rpm")},
        {name + QStringLiteral("-1:12.0.0-6672.x86_64"), QStringLiteral("rpm")},
        {name + QStringLiteral("-12.0.0-6672.el8.aarch64"), QStringLiteral("rpm")},
        {name + QStringLiteral("-12.0.0-6672.x86_64.rpm"), QStringLiteral("rpm")},
        {name + QStringLiteral(".x86_64  12.0.0-6672  @System"), QStringLiteral("rpm")},
        {name + QStringLiteral(":amd64"), QStringLiteral("dpkg")},
        {QStringLiteral("ii  ") + name +
             QStringLiteral(":amd64  12.0.0-6672  amd64  Endpoint security agent"),
         QStringLiteral("dpkg")},
        {name + QStringLiteral("_12.0.0-6672_amd64.deb"), QStringLiteral("dpkg")},
        {name + QStringLiteral("/stable,now 12.0.0-6672 amd64 [installed]"), QStringLiteral("apt")},
        {name + QStringLiteral("/now 1:12.0.0-6672 amd64 [installed,local]"), QStringLiteral("apt")},
        {name + QStringLiteral(" 12.0.0.6672-1"), QStringLiteral("name and version")},
        {name + QStringLiteral(" 1:12.0.0-1"), QStringLiteral("name and version")},
        {name + QStringLiteral("@12"), QStringLiteral("Homebrew")},
        {QStringLiteral("homebrew/cask/") + name, QStringLiteral("Homebrew")},
        {name + QStringLiteral(" 12.0.0 12.1.0"), QStringLiteral("Homebrew")},
    };
}

} // namespace

void TestDetector::identifiersWhereverWritten_data()
{
    QTest::addColumn<TitleEvidence>("evidence");
    QTest::addColumn<QString>("rule");        // the rule that must be among the confirmed matches
    QTest::addColumn<QString>("explanation"); // what its explanation must contain

    const QString kaspersky = QStringLiteral("AO Kaspersky Lab");
    const QList<std::pair<QString, QString>> packages = {
        {QStringLiteral("kesl"), QStringLiteral("package-kaspersky")},
        {QStringLiteral("kesl-gui"), QStringLiteral("package-kaspersky")},
        {QStringLiteral("klnagent64"), QStringLiteral("package-kaspersky")},
        {QStringLiteral("kav4fs"), QStringLiteral("package-kaspersky")},
        {QStringLiteral("kics4net-sc-plugin"), QStringLiteral("package-kaspersky")},
        {QStringLiteral("klnagent"), QStringLiteral("package-klnagent")},
    };
    for (const auto &[package, rule] : packages) {
        for (const auto &[text, form] : packageManagerForms(package)) {
            const QString label = form.isEmpty() ? QStringLiteral("as it is") : form;
            const QString inName =
                form.isEmpty() ? QStringLiteral("package \"%1\", from the name,").arg(text)
                               : QStringLiteral("package \"%1\", from the %2 form \"%3\" in the name,")
                                     .arg(package, form, text);
            const QString inPackage =
                form.isEmpty()
                    ? QStringLiteral("package \"%1\" matched").arg(text)
                    : QStringLiteral("package \"%1\", from the %2 form \"%3\" in the package name,")
                          .arg(package, form, text);
            QTest::addRow("%s %s: name, no publisher", qPrintable(package), qPrintable(text))
                << title(text, QString()) << rule << inName;
            QTest::addRow("%s %s: name, Kaspersky publisher", qPrintable(package), qPrintable(text))
                << title(text, kaspersky) << rule << inName;
            QTest::addRow("%s %s: name, another publisher", qPrintable(package), qPrintable(text))
                << title(text, QStringLiteral("Linux Packagers Ltd.")) << rule << inName;
            QTest::addRow("%s %s: package column, no publisher", qPrintable(package), qPrintable(text))
                << title(QStringLiteral("Endpoint agent"), QString(), QStringLiteral("package=") + text)
                << rule << inPackage;
            QTest::addRow("%s %s: package column, Kaspersky publisher", qPrintable(package), qPrintable(text))
                << title(QStringLiteral("Endpoint agent"), kaspersky, QStringLiteral("package=") + text)
                << rule << inPackage;
            Q_UNUSED(label);
        }
    }

    // Bundle identifiers: in their own column, in the package column, in the name, as pkgutil prints them.
    const QString bundle = QStringLiteral("bundle-kaspersky");
    for (const QString &publisher : {QString(), kaspersky}) {
        const char *who = publisher.isEmpty() ? "no publisher" : "Kaspersky publisher";
        QTest::addRow("bundle in the bundle column, %s", who)
            << title(QStringLiteral("Kaspersky Anti-Virus"), publisher,
                     QStringLiteral("bundle=com.kaspersky.kav"))
            << bundle << QStringLiteral("bundle identifier \"com.kaspersky.kav\" matched");
        QTest::addRow("bundle in the name, %s", who)
            << title(QStringLiteral("com.kaspersky.kav"), publisher) << bundle
            << QStringLiteral("bundle identifier \"com.kaspersky.kav\", from the name,");
        QTest::addRow("pkgutil receipt in the name, %s", who)
            << title(QStringLiteral("com.kaspersky.kav.pkg"), publisher) << bundle
            << QStringLiteral("bundle identifier \"com.kaspersky.kav.pkg\", from the name,");
        QTest::addRow("pkgutil --pkg-info in the name, %s", who)
            << title(QStringLiteral("package-id: com.kaspersky.klnagent"), publisher) << bundle
            << QStringLiteral("bundle identifier \"com.kaspersky.klnagent\", from the pkgutil form "
                              "\"package-id: com.kaspersky.klnagent\" in the name,");
        QTest::addRow("bundle and version in the name, %s", who)
            << title(QStringLiteral("com.kaspersky.kav 21.0.22"), publisher) << bundle
            << QStringLiteral("from the name and version form \"com.kaspersky.kav 21.0.22\" in the name,");
        QTest::addRow("bundle in the package column, %s", who)
            << title(QStringLiteral("Kaspersky"), publisher, QStringLiteral("package=com.kaspersky.kav"))
            << bundle << QStringLiteral("bundle identifier \"com.kaspersky.kav\", from the package name,");
        QTest::addRow("pkgutil receipt in the package column, %s", who)
            << title(QString(), publisher, QStringLiteral("package=com.kaspersky.klnagent.pkg")) << bundle
            << QStringLiteral("bundle identifier \"com.kaspersky.klnagent.pkg\", from the package name,");

        // CPE names written in the name or the package column.
        QTest::addRow("CPE 2.2 in the name, %s", who)
            << title(QStringLiteral("cpe:/a:kaspersky_lab:kaspersky_anti-virus:6.0"), publisher)
            << QStringLiteral("cpe-kaspersky")
            << QStringLiteral(
                   "CPE \"cpe:/a:kaspersky_lab:kaspersky_anti-virus:6.0\", from the name, has vendor "
                   "\"kaspersky_lab\"");
        QTest::addRow("CPE 2.3 in the name, %s", who)
            << title(QStringLiteral("cpe:2.3:a:kaspersky:total_security:*:*:*:*:*:*:*:*"), publisher)
            << QStringLiteral("cpe-kaspersky") << QStringLiteral("from the name, has vendor \"kaspersky\"");
        QTest::addRow("CPE in the package column, %s", who)
            << title(QString(), publisher,
                     QStringLiteral("package=cpe:/a:kaspersky:kaspersky_anti-virus:2011"))
            << QStringLiteral("cpe-kaspersky")
            << QStringLiteral("from the package name, has vendor \"kaspersky\"");
    }
}

void TestDetector::identifiersWhereverWritten()
{
    QFETCH(TitleEvidence, evidence);
    QFETCH(QString, rule);
    QFETCH(QString, explanation);
    // Every Kaspersky instrument has the same identifier rules; BOD 17-01 stands for them all here.
    for (const QString &directive :
         {QStringLiteral("bod-17-01"), QStringLiteral("ndaa-fy2018-1634"),
          QStringLiteral("bis-2024-kaspersky"), QStringLiteral("fcc-covered-list")}) {
        const DetectionResult *found = nullptr;
        const QList<DetectionResult> results = m_detector->evaluate(evidence);
        for (const DetectionResult &result : results) {
            if (result.directiveId == directive)
                found = &result;
        }
        QVERIFY2(found, qPrintable(directive));
        QCOMPARE(outcomeOf(*found), QStringLiteral("confirmed"));
        if (directive != QLatin1String("bod-17-01"))
            continue;
        const QString qualified = directive + u'/' + rule;
        const auto match = std::find_if(found->matches.cbegin(), found->matches.cend(),
                                        [&](const RuleMatch &m) { return m.ruleId == qualified; });
        QVERIFY2(match != found->matches.cend(), qPrintable(found->explanation));
        QCOMPARE(toString(match->confidence), toString(MatchConfidence::Confirmed));
        QVERIFY2(match->explanation.contains(explanation), qPrintable(match->explanation));
        QVERIFY(match->explanation.endsWith(QStringLiteral("(rule %1)").arg(qualified)));
        // Without a publisher, the identifier is what confirms the finding and what the explanation gives.
        if (evidence.publisher.isEmpty() && rule.startsWith(QLatin1String("package")))
            QCOMPARE(found->ruleId, qualified);
    }
}

void TestDetector::lookAlikesAreNotConfirmed_data()
{
    QTest::addColumn<TitleEvidence>("evidence");
    QTest::addColumn<QString>("outcome"); // for bod-17-01: none, needs-review or false-positive

    const QString none = QStringLiteral("none");
    // Other packages that begin with, end with or contain a Kaspersky package's name, in every column and
    // form.
    for (const char *lookAlike : {"keslxyz", "kesl-foo", "mykesl", "python3-kesl", "klnagent64x",
                                  "klnagent64-helper", "kav4fs-tools", "kesla", "libkesl-dev"}) {
        const QString name = QString::fromLatin1(lookAlike);
        for (const auto &[text, form] : packageManagerForms(name)) {
            QTest::addRow("%s in the name", qPrintable(text)) << title(text, QString()) << none;
            QTest::addRow("%s in the name, another publisher", qPrintable(text))
                << title(text, QStringLiteral("Contoso Ltd.")) << none;
            QTest::addRow("%s in the package column", qPrintable(text))
                << title(QString(), QString(), QStringLiteral("package=") + text) << none;
        }
    }
    QTest::newRow("a sentence that contains a package name")
        << title(QStringLiteral("kesl helper"), QString()) << none;
    QTest::newRow("release that is not a number") << title(QStringLiteral("kesl-2-fa"), QString()) << none;
    QTest::newRow("e-mail address") << title(QStringLiteral("kesl@contoso.com"), QString()) << none;
    QTest::newRow("package with spaces in the name column")
        << title(QStringLiteral("kesl gui tools"), QString()) << none;
    // Names that only contain the vendor's name are left to review by the name rule, never confirmed.
    const QString review = QStringLiteral("needs-review");
    QTest::newRow("another vendor's reverse-DNS name")
        << title(QStringLiteral("com.kasperskyfan.app"), QString()) << review;
    QTest::newRow("a namespace alone") << title(QStringLiteral("com.kaspersky"), QString()) << review;
    QTest::newRow("CPE of another vendor in the name")
        << title(QStringLiteral("cpe:/a:kasperskyfan:tool"), QString()) << review;
    QTest::newRow("not a CPE name") << title(QStringLiteral("cpe kaspersky tool"), QString()) << review;

    // The near misses the catalog lists stay as they are.
    const QString falsePositive = QStringLiteral("false-positive");
    QTest::newRow("Kaspresso bundle in the name")
        << title(QStringLiteral("com.kaspersky.kaspresso"), QString()) << falsePositive;
    QTest::newRow("Kautomator in the package column")
        << title(QString(), QString(), QStringLiteral("package=com.kaspersky.components.kautomator"))
        << falsePositive;
    QTest::newRow("Kaspresso by Maven coordinates in the name")
        << title(QStringLiteral("com.kaspersky.android-components:kaspresso"), QString()) << falsePositive;
    QTest::newRow("Kaspresso with a version in the name")
        << title(QStringLiteral("kaspresso 1.5.3"), QString()) << none;
    QTest::newRow("Kaspersky library named by its namespace in a bill of materials")
        << title(QStringLiteral("com.kaspersky.sdk"), QString(),
                 QStringLiteral("purl=pkg:maven/com.kaspersky/com.kaspersky.sdk@1.0"))
        << QStringLiteral("needs-review");
    QTest::newRow("Kaspersky library in a bill of materials")
        << title(QStringLiteral("some-sdk"), QString(), QStringLiteral("package=com.kaspersky/some-sdk"))
        << none;
    QTest::newRow("another publisher's tool that names Kaspersky")
        << title(QStringLiteral("Kaspersky Removal Tool Helper"), QStringLiteral("Contoso Ltd."))
        << QStringLiteral("needs-review");
}

void TestDetector::lookAlikesAreNotConfirmed()
{
    QFETCH(TitleEvidence, evidence);
    QFETCH(QString, outcome);
    const DetectionResult *found = nullptr;
    const QList<DetectionResult> results = m_detector->evaluate(evidence);
    for (const DetectionResult &result : results) {
        if (result.directiveId == QLatin1String("bod-17-01"))
            found = &result;
    }
    QCOMPARE(found ? outcomeOf(*found) : QStringLiteral("none"), outcome);
    if (found) {
        for (const RuleMatch &match : found->matches)
            QVERIFY2(!match.ruleId.contains(QLatin1String("/package-")), qPrintable(match.explanation));
    }
}

void TestDetector::directMatchExplainsFirst()
{
    // A bundle identifier in the bundle column and a Homebrew-style package name in the name: both confirm,
    // and the explanation gives the bundle column, where the inventory itself says what the title is,
    // although the package rule comes first in the catalog.
    const QList<DetectionResult> results = Detector({*m_catalog.find(QStringLiteral("bod-17-01"))})
                                               .evaluate(title(QStringLiteral("kesl@12"), QString(),
                                                               QStringLiteral("bundle=com.kaspersky.kav")));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().ruleId, QStringLiteral("bod-17-01/bundle-kaspersky"));
    QCOMPARE(results.first().matches.value(1).ruleId, QStringLiteral("bod-17-01/package-kaspersky"));
    // An Android package name in the package column is matched by the package rule (its own field) before the
    // bundle rule that also reads reverse-DNS names there.
    const QList<DetectionResult> tiktok =
        Detector({*m_catalog.find(QStringLiteral("omb-m-23-13"))})
            .evaluate(title(QString(), QString(), QStringLiteral("package=com.zhiliaoapp.musically")));
    QCOMPARE(tiktok.size(), 1);
    QCOMPARE(tiktok.first().ruleId, QStringLiteral("omb-m-23-13/package-tiktok"));
    QCOMPARE(tiktok.first().matches.value(1).ruleId, QStringLiteral("omb-m-23-13/bundle-tiktok"));
}

void TestDetector::explanations_data()
{
    QTest::addColumn<TitleEvidence>("evidence");
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<QString>("exclusion");

    QTest::newRow("publisher alias")
        << title(QStringLiteral("Kaspersky Endpoint Security for Windows"),
                 QStringLiteral("AO Kaspersky Lab"))
        << QStringLiteral("bod-17-01")
        << QStringLiteral("publisher \"AO Kaspersky Lab\" matched alias \"Kaspersky Lab\" (rule "
                          "bod-17-01/publisher-kaspersky)")
        << QString();
    QTest::newRow("Russian publisher alias")
        << title(QStringLiteral("Kaspersky Endpoint Security"),
                 QStringLiteral("АО «Лаборатория Касперского»"))
        << QStringLiteral("bod-17-01")
        << QStringLiteral(
               "publisher \"АО «Лаборатория Касперского»\" matched alias \"Лаборатория Касперского\" "
               "(rule bod-17-01/publisher-kaspersky)")
        << QString();
    QTest::newRow("named product with no publisher")
        << title(QStringLiteral("Kaspersky Security Center Network Agent"), QString())
        << QStringLiteral("bod-17-01")
        << QStringLiteral(
               "name \"Kaspersky Security Center Network Agent\" matched pattern \"Kaspersky Security "
               "Center*\" and no publisher is recorded (rule bod-17-01/product-named)")
        << QString();
    QTest::newRow("name mention with another publisher")
        << title(QStringLiteral("Kaspersky Removal Tool Helper"), QStringLiteral("Contoso Ltd."))
        << QStringLiteral("bod-17-01")
        << QStringLiteral(
               "name \"Kaspersky Removal Tool Helper\" matched pattern \"*kaspersky*\" and publisher "
               "\"Contoso Ltd.\" is not a covered publisher (rule bod-17-01/name-mentions-kaspersky)")
        << QString();
    QTest::newRow("CPE vendor")
        << title(QString(), QString(), QStringLiteral("cpe=cpe:/a:kaspersky_lab:kaspersky_anti-virus:6.0"))
        << QStringLiteral("bod-17-01")
        << QStringLiteral(
               "CPE \"cpe:/a:kaspersky_lab:kaspersky_anti-virus:6.0\" has vendor \"kaspersky_lab\" (rule "
               "bod-17-01/cpe-kaspersky)")
        << QString();
    QTest::newRow("package from a package URL")
        << title(QString(), QString(), QStringLiteral("purl=pkg:deb/debian/kesl@12.0.0"))
        << QStringLiteral("bod-17-01")
        << QStringLiteral(
               "package \"kesl\" (from package URL \"pkg:deb/debian/kesl@12.0.0\") matched \"kesl\" (rule "
               "bod-17-01/package-kaspersky)")
        << QString();
    QTest::newRow("hardware vendor and nothing else")
        << title(QString(), QString(),
                 QStringLiteral("vendor=Hangzhou Hikvision Digital Technology Co., Ltd."))
        << QStringLiteral("far-889")
        << QStringLiteral(
               "hardware vendor \"Hangzhou Hikvision Digital Technology Co., Ltd.\" matched \"Hangzhou "
               "Hikvision Digital Technology\" (rule far-889/hardware-hytera-hikvision-dahua)")
        << QString();
    QTest::newRow("exclusion says why the title is not on the report")
        << title(QStringLiteral("Kaspersky Threat Intelligence Portal"), QStringLiteral("AO Kaspersky Lab"))
        << QStringLiteral("bod-17-01")
        << QStringLiteral("publisher \"AO Kaspersky Lab\" matched alias \"Kaspersky Lab\" (rule "
                          "bod-17-01/publisher-kaspersky)")
        << QStringLiteral(
               "name \"Kaspersky Threat Intelligence Portal\" matched pattern \"*threat intelligence*\" "
               "(exclusion bod-17-01/exclude-threat-intelligence: BOD 17-01 does not cover the Kaspersky "
               "Threat Intelligence service.)");
    QTest::newRow("false positive says why the title is not on the report")
        << title(QStringLiteral("Uninstaller for Kaspersky"), QStringLiteral("Revo Software"))
        << QStringLiteral("bod-17-01")
        << QStringLiteral(
               "name \"Uninstaller for Kaspersky\" matched pattern \"*kaspersky*\" and publisher \"Revo "
               "Software\" is not a covered publisher (rule bod-17-01/name-mentions-kaspersky)")
        << QStringLiteral(
               "name \"Uninstaller for Kaspersky\" matched pattern \"\\bfor kaspersky\\b\" and publisher "
               "\"Revo Software\" is not a covered publisher (known false positive "
               "bod-17-01/fp-tool-for-kaspersky: Another company's tool for Kaspersky products "
               "(\"Uninstaller for Kaspersky\", a plug-in for Kaspersky Security Center): it only names "
               "Kaspersky and is not a Kaspersky product.)");
}

void TestDetector::explanations()
{
    QFETCH(TitleEvidence, evidence);
    QFETCH(QString, directive);
    QFETCH(QString, explanation);
    QFETCH(QString, exclusion);
    const QList<DetectionResult> results = m_detector->evaluate(evidence);
    for (const DetectionResult &result : results) {
        if (result.directiveId != directive)
            continue;
        QCOMPARE(result.explanation, explanation);
        QCOMPARE(result.exclusionExplanation, exclusion);
        return;
    }
    QFAIL("no result for the directive");
}

void TestDetector::severalDirectivesAtOnce()
{
    const QList<DetectionResult> results = m_detector->evaluate(
        title(QStringLiteral("Kaspersky Total Security"), QStringLiteral("AO Kaspersky Lab")));
    QStringList directives;
    for (const DetectionResult &result : results) {
        directives.append(result.directiveId);
        QVERIFY(result.matched);
        QCOMPARE(toString(result.confidence), toString(MatchConfidence::Confirmed));
    }
    // In the order the detector was given the directives (the catalog's, by file name).
    QCOMPARE(directives,
             (QStringList{QStringLiteral("bis-2024-kaspersky"), QStringLiteral("bod-17-01"),
                          QStringLiteral("fcc-covered-list"), QStringLiteral("ndaa-fy2018-1634")}));
}

void TestDetector::onlyFollowedDirectives()
{
    const Detector detector({*m_catalog.find(QStringLiteral("omb-m-23-13"))});
    QCOMPARE(detector.directiveIds(), QStringList{QStringLiteral("omb-m-23-13")});
    QVERIFY(
        detector
            .evaluate(title(QStringLiteral("Kaspersky Total Security"), QStringLiteral("AO Kaspersky Lab")))
            .isEmpty());
    QCOMPARE(detector.evaluate(title(QStringLiteral("TikTok"), QString())).size(), 1);
}

void TestDetector::supportingMatchesAreListed()
{
    const QList<DetectionResult> results =
        Detector({*m_catalog.find(QStringLiteral("bod-17-01"))})
            .evaluate(title(QStringLiteral("Kaspersky Endpoint Security for Windows"),
                            QStringLiteral("Kaspersky Lab")));
    QCOMPARE(results.size(), 1);
    QStringList rules;
    for (const RuleMatch &match : results.first().matches)
        rules.append(match.ruleId);
    // Confirmed matches first, in catalog order, then the review-level ones.
    QCOMPARE(rules, (QStringList{QStringLiteral("bod-17-01/publisher-kaspersky"),
                                 QStringLiteral("bod-17-01/product-named"),
                                 QStringLiteral("bod-17-01/publisher-mentions-kaspersky"),
                                 QStringLiteral("bod-17-01/name-mentions-kaspersky")}));
    QCOMPARE(toString(results.first().matches.at(2).confidence), toString(MatchConfidence::NeedsReview));
}

void TestDetector::shortAliases()
{
    // An alias whose words are all shorter than three characters cannot be found by the literal prefilter;
    // the detector must still compare it.
    Directive custom;
    custom.id = QStringLiteral("short-alias");
    custom.title = QStringLiteral("Short alias");
    custom.issuer = QStringLiteral("Test");
    custom.instrument = QStringLiteral("Test");
    custom.issueDate = QDate(2024, 1, 1);
    DetectionRule publisher;
    publisher.id = QStringLiteral("publisher-hp");
    publisher.kind = RuleKind::Publisher;
    publisher.description = QStringLiteral("Published by HP");
    publisher.aliases = {QStringLiteral("HP")};
    custom.rules = {publisher};
    DirectiveCatalog catalog;
    QString error;
    QVERIFY2(catalog.add(custom, &error), qPrintable(error));
    const Detector detector(catalog.directives());
    const QList<DetectionResult> results =
        detector.evaluate(title(QStringLiteral("Smart Array"), QStringLiteral("HP Inc.")));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().ruleId, QStringLiteral("short-alias/publisher-hp"));
    QVERIFY(detector.evaluate(title(QStringLiteral("Smart Array"), QStringLiteral("HPE"))).isEmpty());
}

void TestDetector::hostileInput()
{
    // A huge name that does mention the vendor: the explanation quotes it shortened, and a user's regex with
    // polynomial backtracking still finishes.
    TitleEvidence evidence = title(QStringLiteral("Kaspersky ") + QString(1000000, u'a'), QString());
    const QList<DetectionResult> results = m_detector->evaluate(evidence);
    QVERIFY(!results.isEmpty());
    QVERIFY(results.first().explanation.size() < 600);

    Directive custom = *m_catalog.find(QStringLiteral("bod-17-01"));
    custom.id = QStringLiteral("custom");
    DetectionRule slow;
    slow.id = QStringLiteral("slow");
    slow.kind = RuleKind::ProductName;
    slow.syntax = PatternSyntax::Regex;
    slow.description = QStringLiteral("Backtracks a lot");
    // The literal "kaspersky" is in the name, so the prefilter lets the pattern run; the lookahead then
    // backtracks polynomially over the rest.
    slow.patterns = {QStringLiteral("kaspersky(?=\\w*\\w*\\w*\\w*\\w*!)")};
    custom.rules = {slow};
    custom.exclusions.clear();
    DirectiveCatalog catalog;
    QString error;
    QVERIFY2(catalog.add(custom, &error), qPrintable(error));
    const Detector detector(catalog.directives(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(detector.evaluate(title(QStringLiteral("kaspersky") + QString(5000, u'a'), QString())).isEmpty());
}

QTEST_GUILESS_MAIN(TestDetector)
#include "tst_detector.moc"
