#include "model/detection/cpename.h"
#include "model/detection/packageidentifier.h"
#include "model/detection/packageurl.h"
#include "model/detection/textnormalizer.h"

#include <QTest>

using namespace uproot;

class TestIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void cpe_data();
    void cpe();
    void purl_data();
    void purl();
    void packageIdentifier_data();
    void packageIdentifier();
    void reverseDns_data();
    void reverseDns();
};

void TestIdentifiers::cpe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");

    QTest::newRow("CPE 2.2 URI with version and edition")
        << QStringLiteral("cpe:/a:kaspersky_lab:kaspersky_anti-virus:6.0::workstations") << true
        << QStringLiteral("a") << QStringLiteral("kaspersky_lab") << QStringLiteral("kaspersky_anti-virus")
        << QStringLiteral("6.0");
    QTest::newRow("CPE 2.2 URI with vendor and product only")
        << QStringLiteral("cpe:/a:kaspersky:total_security_2015") << true << QStringLiteral("a")
        << QStringLiteral("kaspersky") << QStringLiteral("total_security_2015") << QString();
    QTest::newRow("CPE 2.2 percent-encoding is decoded")
        << QStringLiteral("cpe:/a:kaspersky:anti%2dvirus%21:2011") << true << QStringLiteral("a")
        << QStringLiteral("kaspersky") << QStringLiteral("anti-virus!") << QStringLiteral("2011");
    QTest::newRow("CPE 2.2 upper case is lowered")
        << QStringLiteral("CPE:/H:Hikvision:DS-7600") << true << QStringLiteral("h")
        << QStringLiteral("hikvision") << QStringLiteral("ds-7600") << QString();
    QTest::newRow("CPE 2.3 formatted string")
        << QStringLiteral("cpe:2.3:a:kaspersky:secure_mail_gateway:2.0:*:*:*:*:*:*:*") << true
        << QStringLiteral("a") << QStringLiteral("kaspersky") << QStringLiteral("secure_mail_gateway")
        << QStringLiteral("2.0");
    QTest::newRow("CPE 2.3 ANY and NA become empty")
        << QStringLiteral("cpe:2.3:a:kaspersky:total_security:*:-:*") << true << QStringLiteral("a")
        << QStringLiteral("kaspersky") << QStringLiteral("total_security") << QString();
    QTest::newRow("CPE 2.3 escaped colon stays in the value")
        << QStringLiteral("cpe:2.3:a:kaspersky_lab:anti\\:virus:6.0:*:*:*:*:*:*:*") << true
        << QStringLiteral("a") << QStringLiteral("kaspersky_lab") << QStringLiteral("anti:virus")
        << QStringLiteral("6.0");
    QTest::newRow("CPE 2.3 escaped punctuation")
        << QStringLiteral("cpe:2.3:h:zte:mf286r\\!:*") << true << QStringLiteral("h") << QStringLiteral("zte")
        << QStringLiteral("mf286r!") << QString();
    QTest::newRow("not a CPE") << QStringLiteral("kaspersky:total_security") << false << QString()
                               << QString() << QString() << QString();
    QTest::newRow("CPE without vendor")
        << QStringLiteral("cpe:/a") << false << QString() << QString() << QString() << QString();
    QTest::newRow("CPE 2.3 with ANY vendor")
        << QStringLiteral("cpe:2.3:a:*:*:*") << false << QString() << QString() << QString() << QString();
}

void TestIdentifiers::cpe()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<CpeName> name = CpeName::parse(text);
    QCOMPARE(name.has_value(), valid);
    if (!valid)
        return;
    QTEST(name->part, "part");
    QTEST(name->vendor, "vendor");
    QTEST(name->product, "product");
    QTEST(name->version, "version");
}

void TestIdentifiers::purl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("nameSpace");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("identity");

    QTest::newRow("Maven with version and qualifiers")
        << QStringLiteral("pkg:maven/com.kaspersky.android-components/kaspresso@1.5.3?type=aar") << true
        << QStringLiteral("maven") << QStringLiteral("com.kaspersky.android-components")
        << QStringLiteral("kaspresso")
        << QStringLiteral("pkg:maven/com.kaspersky.android-components/kaspresso");
    QTest::newRow("Debian package with a namespace and architecture")
        << QStringLiteral("pkg:deb/debian/kesl@12.0.0-6672?arch=amd64") << true << QStringLiteral("deb")
        << QStringLiteral("debian") << QStringLiteral("kesl") << QStringLiteral("pkg:deb/debian/kesl");
    QTest::newRow("type is lower-cased, name kept")
        << QStringLiteral("pkg:RPM/klnagent64@14.0") << true << QStringLiteral("rpm") << QString()
        << QStringLiteral("klnagent64") << QStringLiteral("pkg:rpm/klnagent64");
    QTest::newRow("percent-encoded namespace")
        << QStringLiteral("pkg:npm/%40scope/name@1.0#lib/x.js") << true << QStringLiteral("npm")
        << QStringLiteral("@scope") << QStringLiteral("name") << QStringLiteral("pkg:npm/@scope/name");
    QTest::newRow("tolerated double slash")
        << QStringLiteral("pkg://generic/kaspersky-tool") << true << QStringLiteral("generic") << QString()
        << QStringLiteral("kaspersky-tool") << QStringLiteral("pkg:generic/kaspersky-tool");
    QTest::newRow("not a package URL") << QStringLiteral("maven/com.kaspersky/x") << false << QString()
                                       << QString() << QString() << QString();
    QTest::newRow("type without a name")
        << QStringLiteral("pkg:deb") << false << QString() << QString() << QString() << QString();
}

void TestIdentifiers::purl()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<PackageUrl> url = PackageUrl::parse(text);
    QCOMPARE(url.has_value(), valid);
    if (!valid)
        return;
    QTEST(url->type, "type");
    QTEST(url->nameSpace, "nameSpace");
    QTEST(url->name, "name");
    QTEST(url->identity(), "identity");
}

void TestIdentifiers::packageIdentifier_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name"); // the name inside the form; empty: the value is in no form
    QTest::addColumn<QString>("form");

    // rpm
    QTest::newRow("rpm -qa") << QStringLiteral("klnagent64-14.0.0-4490.x86_64")
                             << QStringLiteral("klnagent64") << QStringLiteral("rpm");
    QTest::newRow("rpm name with dashes") << QStringLiteral("kics4net-sc-plugin-2.9.0-123.noarch")
                                          << QStringLiteral("kics4net-sc-plugin") << QStringLiteral("rpm");
    QTest::newRow("rpm with an epoch")
        << QStringLiteral("kesl-1:12.0.0-6672.x86_64") << QStringLiteral("kesl") << QStringLiteral("rpm");
    QTest::newRow("rpm with a distribution release") << QStringLiteral("kesl-gui-11.4.0-5096.el8.aarch64")
                                                     << QStringLiteral("kesl-gui") << QStringLiteral("rpm");
    QTest::newRow("rpm without an architecture")
        << QStringLiteral("klnagent64-14.0.0-4490") << QStringLiteral("klnagent64") << QStringLiteral("rpm");
    QTest::newRow("rpm file") << QStringLiteral("kesl-12.0.0-6672.x86_64.rpm") << QStringLiteral("kesl")
                              << QStringLiteral("rpm");
    QTest::newRow("Elbrus rpm") << QStringLiteral("klnagent64-14.0.0-4490.e2k")
                                << QStringLiteral("klnagent64") << QStringLiteral("rpm");
    QTest::newRow("dnf list") << QStringLiteral("klnagent64.x86_64 14.0.0-4490 @system")
                              << QStringLiteral("klnagent64") << QStringLiteral("rpm");
    QTest::newRow("yum name.arch") << QStringLiteral("kesl.x86_64") << QStringLiteral("kesl")
                                   << QStringLiteral("rpm");
    // dpkg and apt
    QTest::newRow("dpkg name:arch") << QStringLiteral("kesl:amd64") << QStringLiteral("kesl")
                                    << QStringLiteral("dpkg");
    QTest::newRow("dpkg -l line")
        << QStringLiteral("ii kesl:amd64 12.0.0-6672 amd64 kaspersky endpoint security for linux")
        << QStringLiteral("kesl") << QStringLiteral("dpkg");
    QTest::newRow("dpkg -l line, removed with config")
        << QStringLiteral("rc klnagent64 1:14.0.0-4490 amd64") << QStringLiteral("klnagent64")
        << QStringLiteral("dpkg");
    QTest::newRow("dpkg-query name:arch version")
        << QStringLiteral("kesl:arm64 12.0.0-6672") << QStringLiteral("kesl") << QStringLiteral("dpkg");
    QTest::newRow("deb file") << QStringLiteral("kesl_12.0.0-6672_amd64.deb") << QStringLiteral("kesl")
                              << QStringLiteral("dpkg");
    QTest::newRow("deb file name without suffix")
        << QStringLiteral("kesl-gui_12.0.0-6672_all") << QStringLiteral("kesl-gui") << QStringLiteral("dpkg");
    QTest::newRow("apt list") << QStringLiteral("kesl/stable,now 12.0.0-6672 amd64 [installed]")
                              << QStringLiteral("kesl") << QStringLiteral("apt");
    QTest::newRow("apt list with an epoch")
        << QStringLiteral("klnagent64/now 1:14.0.0-4490 amd64 [installed,local]")
        << QStringLiteral("klnagent64") << QStringLiteral("apt");
    QTest::newRow("apt-get name=version")
        << QStringLiteral("kesl=12.0.0-6672") << QStringLiteral("kesl") << QStringLiteral("apt");
    // pacman, Homebrew, pkgutil
    QTest::newRow("pacman -Q") << QStringLiteral("kesl 12.0.0.6672-1") << QStringLiteral("kesl")
                               << QStringLiteral("name and version");
    QTest::newRow("pacman -Q with an epoch")
        << QStringLiteral("kesl 1:12.0.0-1") << QStringLiteral("kesl") << QStringLiteral("name and version");
    QTest::newRow("Homebrew versioned formula")
        << QStringLiteral("kesl@12") << QStringLiteral("kesl") << QStringLiteral("Homebrew");
    QTest::newRow("Homebrew channel")
        << QStringLiteral("keepassxc@beta") << QStringLiteral("keepassxc") << QStringLiteral("Homebrew");
    QTest::newRow("Homebrew tap-qualified cask")
        << QStringLiteral("homebrew/cask/kesl") << QStringLiteral("kesl") << QStringLiteral("Homebrew");
    QTest::newRow("brew list --versions, two installed")
        << QStringLiteral("kesl 12.0.0 12.1.0") << QStringLiteral("kesl") << QStringLiteral("Homebrew");
    QTest::newRow("pkgutil --pkg-info") << QStringLiteral("package-id: com.kaspersky.kav")
                                        << QStringLiteral("com.kaspersky.kav") << QStringLiteral("pkgutil");
    // In no form: the value stays whole.
    QTest::newRow("plain name") << QStringLiteral("kesl") << QString() << QString();
    QTest::newRow("name with a dash is not a version")
        << QStringLiteral("kesl-gui") << QString() << QString();
    QTest::newRow("two words after a dash are not version and release")
        << QStringLiteral("kics4net-sc-plugin") << QString() << QString();
    QTest::newRow("release must begin with a digit") << QStringLiteral("kesl-2-fa") << QString() << QString();
    QTest::newRow("Maven coordinates are not name:arch")
        << QStringLiteral("com.kaspersky.android-components:kaspresso") << QString() << QString();
    QTest::newRow("a bundle identifier is not name.arch")
        << QStringLiteral("com.kaspersky.kav") << QString() << QString();
    QTest::newRow("an e-mail address is not a Homebrew formula")
        << QStringLiteral("kesl@contoso.com") << QString() << QString();
    QTest::newRow("a product name with a version")
        << QStringLiteral("kaspersky endpoint security 11.4") << QString() << QString();
    QTest::newRow("a product name") << QStringLiteral("kesl helper") << QString() << QString();
    QTest::newRow("apt list needs an architecture")
        << QStringLiteral("kesl/now 12.0 desktop") << QString() << QString();
}

void TestIdentifiers::packageIdentifier()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, form);
    QCOMPARE(foldText(text), text); // the reader takes folded text
    const QList<PackageIdentifier> readings = PackageIdentifier::read(text, true);
    QVERIFY(!readings.isEmpty());
    // The value itself is always the last reading when it is asked for.
    QCOMPARE(readings.last().name, text);
    QCOMPARE(int(readings.last().form), int(PackageIdentifier::Form::Plain));
    if (name.isEmpty()) {
        QCOMPARE(readings.size(), 1);
        return;
    }
    QCOMPARE(readings.size(), 2);
    QCOMPARE(readings.first().name, name);
    QCOMPARE(toString(readings.first().form), form);
    // Without wholeValue a value of several words gives only the name inside its form.
    if (text.contains(u' '))
        QCOMPARE(PackageIdentifier::read(text, false).size(), 1);
}

void TestIdentifiers::reverseDns_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("reverseDns");
    QTest::newRow("macOS bundle") << QStringLiteral("com.kaspersky.kav") << true;
    QTest::newRow("Android package with underscore")
        << QStringLiteral("com.ss.android.ugc.trill_lite") << true;
    QTest::newRow("Linux package") << QStringLiteral("kesl") << false;
    QTest::newRow("Maven coordinates")
        << QStringLiteral("com.kaspersky.android-components:kaspresso") << false;
    QTest::newRow("bill of materials group/name") << QStringLiteral("com.kaspersky/some-sdk") << false;
    QTest::newRow("trailing dot") << QStringLiteral("com.kaspersky.") << false;
    QTest::newRow("leading digit") << QStringLiteral("7zip.app") << false;
}

void TestIdentifiers::reverseDns()
{
    QFETCH(QString, name);
    QTEST(PackageIdentifier::isReverseDns(name), "reverseDns");
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
