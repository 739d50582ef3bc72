#include "model/import/columnrole.h"

#include <QCoreApplication>

namespace uproot {

namespace {
struct RoleInfo
{
    ColumnRole role;
    const char *key;
    const char *name;
};
const RoleInfo kRoles[] = {
    {ColumnRole::Ignore, "ignore", QT_TRANSLATE_NOOP("ColumnRole", "Ignore")},
    {ColumnRole::SystemName, "system", QT_TRANSLATE_NOOP("ColumnRole", "System name")},
    {ColumnRole::SoftwareName, "software", QT_TRANSLATE_NOOP("ColumnRole", "Software name")},
    {ColumnRole::Publisher, "publisher", QT_TRANSLATE_NOOP("ColumnRole", "Publisher")},
    {ColumnRole::Version, "version", QT_TRANSLATE_NOOP("ColumnRole", "Version")},
    {ColumnRole::InstallDate, "install_date", QT_TRANSLATE_NOOP("ColumnRole", "Install date")},
    {ColumnRole::OperatingSystem, "os", QT_TRANSLATE_NOOP("ColumnRole", "Operating system")},
    {ColumnRole::Site, "site", QT_TRANSLATE_NOOP("ColumnRole", "Site")},
    {ColumnRole::Component, "component", QT_TRANSLATE_NOOP("ColumnRole", "Component")},
    {ColumnRole::Owner, "owner", QT_TRANSLATE_NOOP("ColumnRole", "Owner")},
    {ColumnRole::IpAddress, "ip", QT_TRANSLATE_NOOP("ColumnRole", "IP address")},
    {ColumnRole::SerialNumber, "serial", QT_TRANSLATE_NOOP("ColumnRole", "Serial number")},
    {ColumnRole::Cpe, "cpe", QT_TRANSLATE_NOOP("ColumnRole", "CPE")},
    {ColumnRole::Purl, "purl", QT_TRANSLATE_NOOP("ColumnRole", "Package URL")},
    {ColumnRole::PackageName, "package", QT_TRANSLATE_NOOP("ColumnRole", "Package name")},
    {ColumnRole::BundleId, "bundle_id", QT_TRANSLATE_NOOP("ColumnRole", "Bundle identifier")},
    {ColumnRole::HardwareVendor, "hardware_vendor", QT_TRANSLATE_NOOP("ColumnRole", "Hardware vendor")},
    {ColumnRole::HardwareModel, "hardware_model", QT_TRANSLATE_NOOP("ColumnRole", "Hardware model")},
};
} // namespace

QString roleName(ColumnRole role)
{
    for (const RoleInfo &r : kRoles) {
        if (r.role == role)
            return QCoreApplication::translate("ColumnRole", r.name);
    }
    return {};
}

QString roleKey(ColumnRole role)
{
    for (const RoleInfo &r : kRoles) {
        if (r.role == role)
            return QString::fromLatin1(r.key);
    }
    return {};
}

ColumnRole roleFromKey(const QString &key)
{
    for (const RoleInfo &r : kRoles) {
        if (key == QLatin1String(r.key))
            return r.role;
    }
    return ColumnRole::Ignore;
}

QList<ColumnRole> allRoles()
{
    QList<ColumnRole> roles;
    for (const RoleInfo &r : kRoles)
        roles.append(r.role);
    return roles;
}

} // namespace uproot
