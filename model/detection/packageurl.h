#pragma once

#include <QString>

#include <optional>

namespace uproot {

// The identity of a package URL ("pkg:maven/com.kaspersky.android-components/kaspresso@1.5.3?type=aar"):
// type, namespace and name, percent-decoded, with version, qualifiers and subpath left out. Type is
// lower-cased, as the purl specification makes it case-insensitive.
struct PackageUrl
{
    QString type;
    QString nameSpace; // "namespace" is a keyword
    QString name;

    // "pkg:type/namespace/name" (or "pkg:type/name"): what purl rules match against.
    QString identity() const;

    // std::nullopt when the text does not start with "pkg:" or has no type or name.
    static std::optional<PackageUrl> parse(const QString &text);
};

} // namespace uproot
