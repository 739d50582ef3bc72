#pragma once

#include <QString>

#include <optional>

namespace uproot {

// What an inventory says a title is. Detection runs once per distinct title, not per installation.
enum class TitleKind {
    Unknown,
    Software,  // an installed program (Add/Remove Programs, Intune, Lansweeper, KSC)
    Package,   // an operating-system package (deb, rpm)
    App,       // an application bundle (macOS, iOS, Android)
    Component, // a library or dependency (CycloneDX SBOM)
    Hardware,  // a device (camera, router, phone)
};

QString toString(TitleKind kind); // "unknown", "software", "package", "app", "component", "hardware"
std::optional<TitleKind> titleKindFromString(const QString &text);

// Plain inventory values, as imported; empty when the source did not have them. Detection folds and
// normalises them itself.
struct TitleEvidence
{
    QString name;
    QString publisher;
    QString version;
    QString cpe;         // CPE 2.2 URI or 2.3 formatted string
    QString purl;        // package URL
    QString packageName; // deb/rpm name, Android package, Maven "group:artifact"
    QString bundleId;    // macOS/iOS bundle identifier
    QString hardwareVendor;
    QString hardwareModel;
    TitleKind kind = TitleKind::Unknown;
};

} // namespace uproot
