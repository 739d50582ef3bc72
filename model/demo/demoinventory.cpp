#include "model/demo/demoinventory.h"

#include "model/documents/spreadsheetcell.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

namespace uproot {

namespace {

struct Title
{
    const char *name;
    const char *publisher;
    const char *version;
};

// Everyday software on agency endpoints.
const Title kCommon[] = {
    {"Microsoft 365 Apps for enterprise - en-us", "Microsoft Corporation", "16.0.14332.20604"},
    {"Google Chrome", "Google LLC", "118.0.5993.118"},
    {"Mozilla Firefox ESR (x64 en-US)", "Mozilla", "115.4.0"},
    {"Adobe Acrobat Reader DC", "Adobe Inc.", "23.006.20360"},
    {"7-Zip 22.01 (x64)", "Igor Pavlov", "22.01"},
    {"Zoom", "Zoom Video Communications, Inc.", "5.16.2"},
    {"Microsoft Teams", "Microsoft Corporation", "1.6.00.27573"},
    {"Java 8 Update 381", "Oracle Corporation", "8.0.3810.9"},
    {"Notepad++ (64-bit x64)", "Notepad++ Team", "8.5.8"},
    {"VLC media player", "VideoLAN", "3.0.18"},
    {"Microsoft Visual C++ 2015-2022 Redistributable (x64)", "Microsoft Corporation", "14.36.32532.0"},
    {"Cisco AnyConnect Secure Mobility Client", "Cisco Systems, Inc.", "4.10.07061"},
    {"ActivClient x64", "HID Global", "7.4.0"},
    {"Tanium Client", "Tanium Inc.", "7.4.10.1075"},
    {"Configuration Manager Client", "Microsoft Corporation", "5.00.9106.1000"},
    {"Microsoft Edge", "Microsoft Corporation", "119.0.2151.44"},
    {"Python 3.11.6 (64-bit)", "Python Software Foundation", "3.11.6150.0"},
    {"Git", "The Git Development Community", "2.42.0.2"},
    {"Splunk Universal Forwarder", "Splunk, Inc.", "9.1.1.0"},
    {"Trellix Agent", "Musarubra US LLC", "5.8.0.161"},
};

// Covered products as inventories write them: Add/Remove Programs display names and publishers of several
// product generations, the Network Agent that must go too, a localised name from Security Center, and Linux
// packages.
const Title kCovered[] = {
    {"Kaspersky Endpoint Security 10 for Windows", "Kaspersky Lab", "10.3.0.6294"},
    {"Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab", "11.11.0.452"},
    {"Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab", "12.3.0.493"},
    {"Kaspersky Security Center 10 Network Agent", "Kaspersky Lab ZAO", "10.5.1781"},
    {"Kaspersky Security for Windows Server", "AO Kaspersky Lab", "11.0.1.897"},
    {"Kaspersky Small Office Security", "Kaspersky Lab", "20.0.14.1085"},
    {"Kaspersky Anti-Virus", "Kaspersky", "21.3.10.391"},
    {"Kaspersky Endpoint Security для Windows", "АО Лаборатория Касперского", "11.1.1.126"},
    {"Kaspersky Total Security", "Kaspersky", "21.3.10.391"},
};
const Title kCoveredLinux[] = {
    {"kesl", "Kaspersky Lab", "11.4.0-4905"},
    {"klnagent64", "Kaspersky Lab", "14.0.0-4490"},
};

// Near-misses: names that resemble the vendor's but are someone else's, the vendor's open-source test library
// (a known false positive), and a service BOD 17-01 excludes by name. None of these may be flagged; the last
// two are listed under "Excluded by a rule" with the rule that took them off.
const Title kNearMiss[] = {
    {"Casper Secure Erase", "Casper Tech", "2.1"},
    {"Kasper Tools", "Kasper GmbH", "4.2.1"},
    {"Kasperle Lernspiel", "Panda Kinderwelt", "1.0"},
    {"Microsoft Defender Antivirus", "Microsoft Corporation", "4.18.23090.2008"},
    {"Kaspresso", "Kaspersky", "1.5.3"},
    {"Kaspersky Threat Intelligence Portal", "AO Kaspersky Lab", "2.4"},
};

struct Place
{
    const char *component;
    const char *code;
};
const Place kComponents[] = {
    {"Office of the Chief Information Officer", "OCIO"},
    {"Bureau of Field Operations", "BFO"},
    {"Bureau of Statistics", "BST"},
    {"Office of Inspector General", "OIG"},
    {"Regional Services Administration", "RSA"},
};
struct Site
{
    const char *name;
    const char *code;
};
const Site kSites[] = {
    {"Washington, DC headquarters", "DC"}, {"Denver, CO", "DEN"},  {"Kansas City, MO", "KC"},
    {"Atlanta, GA", "ATL"},                 {"Seattle, WA", "SEA"}, {"Philadelphia, PA", "PHL"},
};
const char *const kGivenNames[] = {"Avery", "Jordan", "Morgan", "Riley", "Casey", "Taylor", "Quinn", "Reese"};
const char *const kFamilyNames[] = {"Nguyen", "Patel", "Garcia", "Okafor", "Kowalski", "Haddad", "Lindqvist",
                                    "Moreau"};

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

DemoInventory::DemoInventory(quint32 seed, int systems)
    : m_seed(seed)
    , m_systems(systems)
{
}

bool DemoInventory::write(const QString &csvPath, DemoInventoryStats *stats, QString *error) const
{
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("DemoInventory", "%1: cannot write: %2").arg(csvPath, file.errorString());
        return false;
    }
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    *stats = DemoInventoryStats{};
    QRandomGenerator rng(m_seed);
    out << "Hostname,Component,Site,Owner,Operating System,Software,Publisher,Version,Install Date\n";
    auto row = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted.append(csvField(c));
        out << quoted.join(QLatin1Char(',')) << '\n';
        ++stats->rows;
    };
    for (const Title &t : kNearMiss)
        stats->nearMissTitles.append(s(t.name));
    for (int i = 0; i < m_systems; ++i) {
        const Place &place = pick(rng, kComponents);
        const Site &site = pick(rng, kSites);
        const bool server = rng.bounded(100) < 12;
        const bool onLinux = server && rng.bounded(100) < 40;
        QString host = QStringLiteral("%1-%2-%3%4")
                           .arg(s(place.code), s(site.code), server ? QStringLiteral("SRV") : QStringLiteral("WS"))
                           .arg(i + 1, 4, 10, QLatin1Char('0'));
        // Some tools write fully qualified names, some NetBIOS names in lower case.
        if (rng.bounded(100) < 15)
            host = host.toLower() + QStringLiteral(".example.gov");
        const QString owner = s(pick(rng, kGivenNames)) + QLatin1Char(' ') + s(pick(rng, kFamilyNames));
        const QString os = onLinux    ? QStringLiteral("Red Hat Enterprise Linux 8.8")
                           : server ? QStringLiteral("Microsoft Windows Server 2019 Standard")
                                    : QStringLiteral("Microsoft Windows 10 Enterprise");
        const QString date = QDate(2016, 1, 1).addDays(rng.bounded(600)).toString(QStringLiteral("yyyyMMdd"));
        auto put = [&](const Title &t) {
            row({host, s(place.component), s(site.name), owner, os, s(t.name), s(t.publisher), s(t.version), date});
        };
        const int titles = onLinux ? 4 : 8 + int(rng.bounded(10));
        if (!onLinux) {
            QList<int> chosen;
            while (chosen.size() < titles) {
                const int at = int(rng.bounded(quint32(std::size(kCommon))));
                if (!chosen.contains(at))
                    chosen.append(at);
            }
            for (int at : chosen)
                put(kCommon[at]);
        } else {
            put({"openssh-server", "Red Hat, Inc.", "8.0p1-19.el8"});
            put({"bash", "Red Hat, Inc.", "4.4.20-4.el8"});
        }
        if (i < int(std::size(kNearMiss)))
            put(kNearMiss[i]);
        // About four in a hundred systems carry a covered product (with its Network Agent on most).
        if (rng.bounded(1000) < 42) {
            ++stats->systemsWithVendorProducts;
            stats->coveredSystemNames.append(host);
            if (onLinux) {
                put(kCoveredLinux[0]);
                put(kCoveredLinux[1]);
            } else {
                put(pick(rng, kCovered));
                if (rng.bounded(100) < 70)
                    put(kCovered[3]);
            }
        } else if (rng.bounded(1000) < 15) {
            put(pick(rng, kNearMiss));
        }
        ++stats->systems;
    }
    out.flush();
    if (file.error() != QFile::NoError) {
        *error = QCoreApplication::translate("DemoInventory", "%1: cannot write: %2").arg(csvPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace uproot
