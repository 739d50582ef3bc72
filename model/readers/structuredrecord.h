#pragma once

#include "model/readers/sourcerecord.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace uproot {

// The one tabular shape every structured format (osquery, CycloneDX, GLPI) reaches the importer in, so the
// importer recognises a single header and maps its columns to roles whatever the source was. A field the source
// has nothing for stays empty.
//
// What the columns hold, whatever the format:
//   system       the host (or, for an SBOM, the system the BOM describes)
//   software     the product's display name
//   version      as the source writes it (rpm: [epoch:]version-release, like a dpkg version)
//   publisher    who makes or ships it (CycloneDX: publisher, else manufacturer, supplier, author)
//   install_date ISO yyyy-MM-dd when the source's date could be understood, else the source's text
//   cpe, purl    as written
//   package      the installer's identity: dpkg/rpm package name, MSI product code, GLPI GUID, purl namespace/name
//   bundle_id    macOS bundle identifier
//   os, ip, serial   of the system, when the source says
//   kind         application, package, update, antivirus, or the CycloneDX component type (library, device, ...)
//   source_table where in the source the row came from: programs, deb_packages, rpm_packages, apps, SOFTWARES,
//                ANTIVIRUS, softwares, antivirus, components
class StructuredRecord
{
public:
    enum Column {
        System,
        Software,
        Version,
        Publisher,
        InstallDate,
        Cpe,
        Purl,
        Package,
        BundleId,
        Os,
        Ip,
        Serial,
        Kind,
        SourceTable,
        ColumnCount
    };

    StructuredRecord();

    // The fixed header, in Column order: "system", "software", ..., "source_table".
    static QStringList header();
    static bool isStructuredHeader(const QStringList &header);

    // Stores the value with surrounding white space removed (agents pad names with trailing spaces).
    void set(Column column, const QString &value);
    QString value(Column column) const;
    SourceRecord toSourceRecord(qint64 line) const;

    // A JSON scalar as text: strings as they are, numbers without a trailing ".0", booleans as true/false;
    // null, arrays and objects give an empty string.
    static QString text(const QJsonValue &value);

private:
    QStringList m_fields;
};

} // namespace uproot
