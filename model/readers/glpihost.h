#pragma once

#include <QString>
#include <QStringList>

namespace uproot {

class StructuredRecord;

// What a GLPI or FusionInventory inventory says about its computer, and the conventions both of its forms
// (agent XML and GLPI's native JSON) share, so the two readers decide them alike.
struct GlpiHost
{
    QString name;
    QString nameSource; // "HARDWARE/NAME", "DEVICEID", ... ; empty when the given system name was used
    QString os;
    QString serial;
    QStringList ipv4;
    QStringList ipv6;

    // Puts system, os, ip and serial into a record.
    void fill(StructuredRecord *record) const;
    // The address to show for the computer: the first IPv4 that is not loopback, unspecified or link-local,
    // else the first such IPv6, else nothing.
    QString address() const;

    // Names the computer from its hardware name, else from its device id, else the given fallback (then
    // nameSource stays empty). Both forms decide it alike; the sources name the fields as the form spells them.
    void chooseName(const QString &hardwareName, const QString &hardwareSource, const QString &deviceId,
                    const QString &deviceIdSource, const QString &fallback);

    // FusionInventory's DEVICEID is the host name followed by the time of the first inventory
    // ("pc01-2015-09-11-10-29-47"); the name is what is left without that suffix.
    static QString nameFromDeviceId(const QString &deviceId);
    // The agent writes INSTALLDATE as dd/mm/yyyy; GLPI's JSON as yyyy-mm-dd. Either becomes ISO yyyy-MM-dd;
    // anything else is returned as written with *understood false.
    static QString isoDate(const QString &raw, bool *understood);
    // "update" for Windows updates and hotfixes (RELEASE_TYPE), "package" for rows from a package manager
    // (FROM deb, rpm, ...), else "application".
    static QString softwareKind(const QString &from, const QString &releaseType);
};

} // namespace uproot
