#include "model/detection/cpename.h"
#include "model/detection/packageurl.h"

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

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
