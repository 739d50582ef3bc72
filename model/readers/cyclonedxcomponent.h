#pragma once

#include <QJsonObject>
#include <QString>

namespace uproot {

class StructuredRecord;

// How one CycloneDX component (schemas 1.2 to 1.6) becomes a row of the structured header.
class CycloneDxComponent
{
public:
    // Fills software, version, publisher, cpe, purl, package and kind. Returns false when the component has no
    // name (the schema requires one); it must then be reported, not delivered.
    static bool fill(const QJsonObject &component, StructuredRecord *record);

    // Who makes it: publisher (a string), else manufacturer.name (1.6: the maker), else supplier.name (may be a
    // distributor or repackager), else the deprecated author string, else the first of authors[] (1.6).
    static QString publisher(const QJsonObject &component);

    // "namespace/name" of a package URL (pkg:type/namespace/name@version?qualifiers#subpath), percent-decoded;
    // empty when `purl` is not one.
    static QString packageFromPurl(const QString &purl);
};

} // namespace uproot
