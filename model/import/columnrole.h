#pragma once

#include <QString>
#include <QStringList>

namespace uproot {

// What a column of an inventory means to Uproot.
enum class ColumnRole {
    Ignore,
    SystemName,
    SoftwareName,
    Publisher,
    Version,
    InstallDate,
    OperatingSystem,
    Site,
    Component,
    Owner,
    IpAddress,
    SerialNumber,
    Cpe,
    Purl,
    PackageName,
    BundleId,
    HardwareVendor, // a device's maker: the row is (or also records) hardware, e.g. a camera or a router
    HardwareModel,
    RoleCount
};

QString roleName(ColumnRole role);        // for people: "System name"
QString roleKey(ColumnRole role);         // stable, for saved mappings: "system"
ColumnRole roleFromKey(const QString &key); // Ignore when unknown
QList<ColumnRole> allRoles();

} // namespace uproot
