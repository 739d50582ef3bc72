// End to end through Project::importFile: a Linux server inventory as each package manager writes it, in the
// software-name column, yields the same confirmed findings with the publisher column left empty as with it
// filled in (issue 11), and the identification report says which rules found them and where they look.
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/project/documentexport.h"
#include "model/project/project.h"
#include "model/store/findingsreader.h"
#include "tests/documents/pdftools.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

// One package as an inventory row holds it: the package manager's text for the software-name column, and the
// publisher a tool that knows it would write.
struct Package
{
    const char *host;
    const char *text;
    const char *publisher;
};

using Inventory = QList<Package>;

// The same estate each time: LNX-1 runs the Network Agent and Endpoint Security, LNX-2 Endpoint Security with
// its GUI, LNX-3 nothing of the vendor's, LNX-4 only another vendor's package that begins with the same
// letters.
Inventory rpmQa()
{
    return {
        {"LNX-1", "klnagent64-14.0.0-4490.x86_64", "AO Kaspersky Lab"},
        {"LNX-1", "kesl-12.0.0-6672.x86_64", "AO Kaspersky Lab"},
        {"LNX-1", "bash-5.1.8-6.el9.x86_64", "Red Hat, Inc."},
        {"LNX-2", "kesl-1:12.0.0-6672.x86_64", "AO Kaspersky Lab"},
        {"LNX-2", "kesl-gui-12.0.0-6672.x86_64", "AO Kaspersky Lab"},
        {"LNX-3", "openssl-libs-1:3.0.7-27.el9.x86_64", "Red Hat, Inc."},
        {"LNX-4", "keslxyz-1.0-1.noarch", "Contoso Ltd."},
    };
}

Inventory dnfList()
{
    return {
        {"LNX-1", "klnagent64.x86_64 14.0.0-4490 @System", "AO Kaspersky Lab"},
        {"LNX-1", "kesl.x86_64 12.0.0-6672 @System", "AO Kaspersky Lab"},
        {"LNX-2", "kesl.x86_64 12.0.0-6672 @System", "AO Kaspersky Lab"},
        {"LNX-2", "kesl-gui.x86_64 12.0.0-6672 @System", "AO Kaspersky Lab"},
        {"LNX-3", "bash.x86_64 5.1.8-6.el9 @anaconda", "Red Hat, Inc."},
        {"LNX-4", "keslxyz.noarch 1.0-1 @contoso", "Contoso Ltd."},
    };
}

Inventory dpkgL()
{
    return {
        {"LNX-1", "ii  klnagent64:amd64  14.0.0-4490  amd64  Network Agent", "Kaspersky Lab"},
        {"LNX-1", "ii  kesl  12.0.0-6672  amd64  Endpoint Security for Linux", "Kaspersky Lab"},
        {"LNX-2", "ii  kesl  1:12.0.0-6672  amd64  Endpoint Security for Linux", "Kaspersky Lab"},
        {"LNX-2", "ii  kesl-gui  12.0.0-6672  amd64  Endpoint Security for Linux GUI", "Kaspersky Lab"},
        {"LNX-3", "ii  bash  5.2.15-2+b2  amd64  GNU Bourne Again SHell", "Debian"},
        {"LNX-4", "ii  kesl-foo  1.0-1  all  Someone else's tool", "Contoso Ltd."},
    };
}

Inventory dpkgQuery()
{
    return {
        {"LNX-1", "klnagent64:amd64", "Kaspersky Lab"},
        {"LNX-1", "kesl:amd64", "Kaspersky Lab"},
        {"LNX-2", "kesl:amd64", "Kaspersky Lab"},
        {"LNX-2", "kesl-gui:amd64", "Kaspersky Lab"},
        {"LNX-3", "libc6:amd64", "Debian"},
        {"LNX-4", "mykesl:amd64", "Contoso Ltd."},
    };
}

Inventory aptList()
{
    return {
        {"LNX-1", "klnagent64/now 14.0.0-4490 amd64 [installed,local]", "Kaspersky Lab"},
        {"LNX-1", "kesl/now 12.0.0-6672 amd64 [installed,local]", "Kaspersky Lab"},
        {"LNX-2", "kesl/now 1:12.0.0-6672 amd64 [installed,local]", "Kaspersky Lab"},
        {"LNX-2", "kesl-gui/now 12.0.0-6672 amd64 [installed,local]", "Kaspersky Lab"},
        {"LNX-3", "bash/stable,now 5.2.15-2+b2 amd64 [installed]", "Debian"},
        {"LNX-4", "kesl-foo/stable,now 1.0-1 all [installed]", "Contoso Ltd."},
    };
}

Inventory pacmanQ()
{
    return {
        {"LNX-1", "klnagent64 14.0.0.4490-1", "Kaspersky"}, {"LNX-1", "kesl 12.0.0.6672-1", "Kaspersky"},
        {"LNX-2", "kesl 1:12.0.0.6672-1", "Kaspersky"},     {"LNX-2", "kesl-gui 12.0.0.6672-1", "Kaspersky"},
        {"LNX-3", "bash 5.2.026-2", "Arch Linux"},          {"LNX-4", "keslxyz 1.0-1", "Contoso Ltd."},
    };
}

Inventory brewList()
{
    return {
        {"LNX-1", "klnagent64 14.0.0", "Kaspersky"},  {"LNX-1", "kesl@12", "Kaspersky"},
        {"LNX-2", "kesl 12.0.0 12.1.0", "Kaspersky"}, {"LNX-2", "kesl-gui", "Kaspersky"},
        {"LNX-3", "wget 1.24.5", "Homebrew"},         {"LNX-4", "keslxyz@2", "Contoso Ltd."},
    };
}

// pkgutil is macOS's: the same estate as Macs, by their package receipts.
Inventory pkgutilPkgs()
{
    return {
        {"MAC-1", "com.kaspersky.kav", "Kaspersky Lab"},
        {"MAC-1", "package-id: com.kaspersky.klnagent", "Kaspersky Lab"},
        {"MAC-2", "com.kaspersky.kav.pkg", "Kaspersky Lab"},
        {"MAC-3", "com.apple.pkg.Core", "Apple Inc."},
        {"MAC-4", "com.kasperskyfan.helper", "Contoso Ltd."},
    };
}

QByteArray csvField(const QByteArray &text)
{
    return '"' + QByteArray(text).replace('"', "\"\"") + '"';
}

} // namespace

Q_DECLARE_METATYPE(Inventory)

class TestLinuxInventories : public QObject
{
    Q_OBJECT
private slots:
    void sameFindingsWithoutPublishers_data();
    void sameFindingsWithoutPublishers();

private:
    std::unique_ptr<Project> importInto(const QString &tag, const Inventory &inventory, bool withPublishers);
    static QSet<QString> confirmedFindings(Project &project);

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
};

std::unique_ptr<Project> TestLinuxInventories::importInto(const QString &tag, const Inventory &inventory,
                                                          bool withPublishers)
{
    const QString name = tag + (withPublishers ? QStringLiteral("-publishers") : QStringLiteral("-bare"));
    QString error;
    auto project = Project::create(m_dir.filePath(name + QStringLiteral(".uproot")),
                                   QStringLiteral("bod-17-01"), QDate(), {}, m_catalog, &error);
    if (!project) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    QFile file(m_dir.filePath(name + QStringLiteral(".csv")));
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write("Hostname,Software,Publisher\n");
    for (const Package &p : inventory) {
        file.write(QByteArray(p.host) + ',' + csvField(p.text) + ',' +
                   (withPublishers ? csvField(p.publisher) : QByteArray()) + '\n');
    }
    file.close();
    ImportReport report;
    ReadError readError;
    if (!project->importFile(file.fileName(), {}, nullptr, &report, &readError)) {
        qWarning("%s", qPrintable(readError.message()));
        return nullptr;
    }
    return project;
}

// "system: product" of every finding on the report (open, confirmed).
QSet<QString> TestLinuxInventories::confirmedFindings(Project &project)
{
    QSet<QString> found;
    PageQuery open;
    open.stateFilter = QStringLiteral("open");
    project.findings().forEach(open, [&](const FindingRow &r) {
        if (r.confidence == Confidence::Confirmed)
            found.insert(r.system + QStringLiteral(": ") + r.product);
        return true;
    });
    return found;
}

void TestLinuxInventories::sameFindingsWithoutPublishers_data()
{
    QTest::addColumn<Inventory>("inventory");
    QTest::addColumn<QString>("rule"); // the rule that confirms the findings when no publisher is given
    QTest::addColumn<int>("endpoints");
    const QString package = QStringLiteral("bod-17-01/package-kaspersky");
    QTest::newRow("rpm -qa") << rpmQa() << package << 2;
    QTest::newRow("dnf list installed") << dnfList() << package << 2;
    QTest::newRow("dpkg -l") << dpkgL() << package << 2;
    QTest::newRow("dpkg-query name:arch") << dpkgQuery() << package << 2;
    QTest::newRow("apt list --installed") << aptList() << package << 2;
    QTest::newRow("pacman -Q") << pacmanQ() << package << 2;
    QTest::newRow("brew list --versions") << brewList() << package << 2;
    QTest::newRow("pkgutil --pkgs") << pkgutilPkgs() << QStringLiteral("bod-17-01/bundle-kaspersky") << 2;
}

void TestLinuxInventories::sameFindingsWithoutPublishers()
{
    QFETCH(Inventory, inventory);
    QFETCH(QString, rule);
    QFETCH(int, endpoints);
    const QString tag = QString::fromLatin1(QTest::currentDataTag())
                            .replace(QRegularExpression(QStringLiteral("\\W")), QStringLiteral("_"));
    const std::unique_ptr<Project> filled = importInto(tag, inventory, true);
    const std::unique_ptr<Project> bare = importInto(tag, inventory, false);
    QVERIFY(filled && bare);

    // Exactly the vendor's packages, on the systems that have them, whether the publisher is there or not.
    QSet<QString> expected;
    for (const Package &p : inventory) {
        if (QByteArray(p.publisher).contains("Kaspersky"))
            expected.insert(QString::fromLatin1(p.host) + QStringLiteral(": ") + QString::fromLatin1(p.text));
    }
    QCOMPARE(confirmedFindings(*filled), expected);
    QCOMPARE(confirmedFindings(*bare), expected);

    // Without a publisher the identifier confirms them; a look-alike is never confirmed (a name that only
    // contains the vendor's name may still be left for review by the name rule).
    PageQuery all;
    QStringList problems;
    bare->findings().forEach(all, [&](const FindingRow &r) {
        const bool identifierRule =
            r.rule.contains(QLatin1String("/package-")) || r.rule.contains(QLatin1String("/bundle-"));
        if (r.confidence == Confidence::Confirmed ? r.rule != rule : identifierRule)
            problems << r.system + QStringLiteral(": ") + r.rule + QStringLiteral(": ") + r.matched;
        return true;
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The findings view explains each one by the form it was found in.
    FindingsModel model;
    model.setSource(&bare->findings(), bare->changes());
    int explained = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, FindingsModel::Confidence).data() != toString(Confidence::Confirmed))
            continue;
        ++explained;
        const QString why = model.index(row, 0).data(FindingsModel::ExplanationRole).toString();
        const QString product = model.index(row, FindingsModel::Product).data().toString();
        QVERIFY2(why.contains(QStringLiteral("(rule %1)").arg(rule)), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("\"%1\"").arg(product)), qPrintable(why));
    }
    QCOMPARE(explained, int(expected.size()));

    // The identification report names the rule that found them, where it looks, and on how many endpoints.
    if (!test::havePdfTools())
        QSKIP("poppler-utils (pdftotext) are not installed");
    const QString pdf = m_dir.filePath(tag + QStringLiteral("-identification.pdf"));
    QString error;
    QVERIFY2(exportDocument(*bare, QStringLiteral("identification"), pdf, &error), qPrintable(error));
    const QString text =
        test::pdfText(pdf).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    QVERIFY2(
        text.contains(QStringLiteral("Rule %1 found products on %2 endpoints by").arg(rule).arg(endpoints)),
        qPrintable(text));
    QVERIFY2(text.contains(rule.endsWith(QLatin1String("package-kaspersky"))
                               ? QStringLiteral("in the forms rpm, dpkg, apt, pacman and Homebrew print")
                               : QStringLiteral("in the form pkgutil prints")),
             qPrintable(text));
}

// A QGuiApplication: the report is painted with the application's fonts.
QTEST_MAIN(TestLinuxInventories)
#include "tst_linuxinventories.moc"
