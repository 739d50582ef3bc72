#include "model/import/columnmapping.h"

#include "model/readers/importpreset.h"
#include "model/translation.h"

#include <QCryptographicHash>
#include <initializer_list>

namespace uproot {

namespace {

// Header names compare without case, spaces, underscores, hyphens or dots: "Device name", "DeviceName" and
// "device_name" are one name.
QString normalise(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

struct Synonym
{
    const char *name; // already normalised
    ColumnRole role;
};

struct Preset
{
    ImportPreset preset;
    // The preset applies when one name of each group is in the header.
    std::initializer_list<std::initializer_list<const char *>> signature;
    std::initializer_list<Synonym> columns;
};

// Column names as the tools write them (../shared/domain/inventory-formats.md): Configuration Manager views carry
// a trailing 0, Intune's Graph exports and its portal's display names differ, Lansweeper's report aliases,
// Kaspersky Security Center's KLHST_WKS_ host attributes and InventoryApi application attributes.
const Preset kPresets[] = {
    {ImportPreset::Sccm,
     {{"netbiosname0", "name0"}, {"displayname0", "productname0", "arpdisplayname0"}},
     {{"netbiosname0", ColumnRole::SystemName},     {"name0", ColumnRole::SystemName},
      {"arpdisplayname0", ColumnRole::SoftwareName}, {"displayname0", ColumnRole::SoftwareName},
      {"productname0", ColumnRole::SoftwareName},   {"publisher0", ColumnRole::Publisher},
      {"version0", ColumnRole::Version},            {"productversion0", ColumnRole::Version},
      {"displayversion0", ColumnRole::Version},     {"installdate0", ColumnRole::InstallDate},
      {"operatingsystemnameand0", ColumnRole::OperatingSystem},
      {"adsitename0", ColumnRole::Site},            {"username0", ColumnRole::Owner},
      {"ipaddresses0", ColumnRole::IpAddress},      {"serialnumber0", ColumnRole::SerialNumber}}},
    {ImportPreset::Intune,
     {{"devicename"}, {"applicationname"}},
     {{"devicename", ColumnRole::SystemName},       {"applicationname", ColumnRole::SoftwareName},
      {"applicationpublisher", ColumnRole::Publisher}, {"applicationversion", ColumnRole::Version},
      {"osdescription", ColumnRole::OperatingSystem}, {"username", ColumnRole::Owner},
      {"emailaddress", ColumnRole::Owner},          {"serialnumber", ColumnRole::SerialNumber}}},
    {ImportPreset::Lansweeper,
     {{"assetname"}, {"software", "softwarename"}},
     {{"assetname", ColumnRole::SystemName},        {"software", ColumnRole::SoftwareName},
      {"softwarename", ColumnRole::SoftwareName},   {"publisher", ColumnRole::Publisher},
      {"softwarepublisher", ColumnRole::Publisher}, {"version", ColumnRole::Version},
      {"softwareversion", ColumnRole::Version},     {"installdate", ColumnRole::InstallDate},
      {"os", ColumnRole::OperatingSystem},          {"ipaddress", ColumnRole::IpAddress},
      {"iplocation", ColumnRole::Site},             {"location", ColumnRole::Site},
      {"username", ColumnRole::Owner},              {"serialnumber", ColumnRole::SerialNumber}}},
    {ImportPreset::Ksc,
     {{"klhstwkshostname", "klhstwksdn", "klhstwkswinhostname", "klhstwksfqdn"}, {"displayname", "wstrdisplayname"}},
     {{"klhstwksdn", ColumnRole::SystemName},       {"klhstwkswinhostname", ColumnRole::SystemName},
      {"klhstwkshostname", ColumnRole::SystemName}, {"klhstwksfqdn", ColumnRole::SystemName},
      {"displayname", ColumnRole::SoftwareName},    {"wstrdisplayname", ColumnRole::SoftwareName},
      {"publisher", ColumnRole::Publisher},         {"wstrpublisher", ColumnRole::Publisher},
      {"displayversion", ColumnRole::Version},      {"wstrdisplayversion", ColumnRole::Version},
      {"installdate", ColumnRole::InstallDate},     {"klhstwksosname", ColumnRole::OperatingSystem}}},
};

// Anything else: the names people give these columns in hand-made spreadsheets and other tools.
const Synonym kGeneric[] = {
    {"system", ColumnRole::SystemName},        {"systemname", ColumnRole::SystemName},
    {"host", ColumnRole::SystemName},          {"hostname", ColumnRole::SystemName},
    {"computer", ColumnRole::SystemName},      {"computername", ColumnRole::SystemName},
    {"device", ColumnRole::SystemName},        {"devicename", ColumnRole::SystemName},
    {"machine", ColumnRole::SystemName},       {"machinename", ColumnRole::SystemName},
    {"asset", ColumnRole::SystemName},         {"assetname", ColumnRole::SystemName},
    {"endpoint", ColumnRole::SystemName},      {"server", ColumnRole::SystemName},
    {"software", ColumnRole::SoftwareName},    {"softwarename", ColumnRole::SoftwareName},
    {"product", ColumnRole::SoftwareName},     {"productname", ColumnRole::SoftwareName},
    {"application", ColumnRole::SoftwareName}, {"applicationname", ColumnRole::SoftwareName},
    {"program", ColumnRole::SoftwareName},     {"programname", ColumnRole::SoftwareName},
    {"displayname", ColumnRole::SoftwareName}, {"title", ColumnRole::SoftwareName},
    {"publisher", ColumnRole::Publisher},      {"vendor", ColumnRole::Publisher},
    {"hardwarevendor", ColumnRole::HardwareVendor}, {"hardwaremanufacturer", ColumnRole::HardwareVendor},
    {"devicemanufacturer", ColumnRole::HardwareVendor}, {"devicevendor", ColumnRole::HardwareVendor},
    {"model", ColumnRole::HardwareModel},      {"modelname", ColumnRole::HardwareModel},
    {"devicemodel", ColumnRole::HardwareModel}, {"hardwaremodel", ColumnRole::HardwareModel},
    {"manufacturer", ColumnRole::Publisher},   {"company", ColumnRole::Publisher},
    // Beside a Publisher column, Manufacturer is the computer's or the device's maker (Lansweeper assets).
    {"manufacturer", ColumnRole::HardwareVendor},
    {"version", ColumnRole::Version},          {"productversion", ColumnRole::Version},
    {"displayversion", ColumnRole::Version},   {"softwareversion", ColumnRole::Version},
    {"installdate", ColumnRole::InstallDate},  {"installedon", ColumnRole::InstallDate},
    {"os", ColumnRole::OperatingSystem},       {"operatingsystem", ColumnRole::OperatingSystem},
    {"osname", ColumnRole::OperatingSystem},   {"platform", ColumnRole::OperatingSystem},
    {"site", ColumnRole::Site},                {"location", ColumnRole::Site},
    {"office", ColumnRole::Site},              {"component", ColumnRole::Component},
    {"bureau", ColumnRole::Component},         {"subagency", ColumnRole::Component},
    {"department", ColumnRole::Component},     {"division", ColumnRole::Component},
    {"organization", ColumnRole::Component},   {"owner", ColumnRole::Owner},
    {"user", ColumnRole::Owner},               {"username", ColumnRole::Owner},
    {"primaryuser", ColumnRole::Owner},        {"ip", ColumnRole::IpAddress},
    {"ipaddress", ColumnRole::IpAddress},      {"serial", ColumnRole::SerialNumber},
    {"serialnumber", ColumnRole::SerialNumber}, {"cpe", ColumnRole::Cpe},
    {"purl", ColumnRole::Purl},                {"package", ColumnRole::PackageName},
    {"packagename", ColumnRole::PackageName},  {"bundleid", ColumnRole::BundleId},
    {"bundleidentifier", ColumnRole::BundleId}, {"name", ColumnRole::SoftwareName},
    {"installdate", ColumnRole::InstallDate},
};

template<typename Range>
void assign(QList<ColumnRole> &roles, const QStringList &names, const Range &synonyms)
{
    // Synonyms are tried in their listed order, so the better column wins when a header has two candidates
    // for one role (Netbios_Name0 before Name0); each role goes to one column only.
    for (const Synonym &s : synonyms) {
        if (roles.contains(s.role))
            continue;
        const int at = int(names.indexOf(QString::fromLatin1(s.name)));
        if (at >= 0 && roles[at] == ColumnRole::Ignore)
            roles[at] = s.role;
    }
}

UPROOT_DECLARE_TR_FUNCTION(ColumnMapping)

} // namespace

ColumnMapping ColumnMapping::fromHeader(const QStringList &header, const QString &preset)
{
    QStringList names;
    for (const QString &h : header)
        names.append(normalise(h));
    ColumnMapping mapping;
    mapping.m_roles = QList<ColumnRole>(header.size(), ColumnRole::Ignore);
    const bool automatic = preset.isEmpty() || preset == importPresetName(ImportPreset::Auto);
    for (const Preset &p : kPresets) {
        bool matches = automatic;
        if (automatic) {
            for (const auto &group : p.signature) {
                bool any = false;
                for (const char *n : group)
                    any = any || names.contains(QString::fromLatin1(n));
                matches = matches && any;
            }
        } else {
            matches = preset == importPresetName(p.preset);
        }
        if (matches) {
            mapping.m_preset = importPresetName(p.preset);
            assign(mapping.m_roles, names, p.columns);
            // Columns the preset does not know may still be recognisable (a Site column added to a report).
            assign(mapping.m_roles, names, kGeneric);
            return mapping;
        }
    }
    mapping.m_preset = importPresetName(ImportPreset::Generic);
    assign(mapping.m_roles, names, kGeneric);
    return mapping;
}

ColumnRole ColumnMapping::role(int column) const
{
    return column >= 0 && column < m_roles.size() ? m_roles[column] : ColumnRole::Ignore;
}

void ColumnMapping::setRole(int column, ColumnRole role)
{
    if (column < 0)
        return;
    if (column >= m_roles.size())
        m_roles.resize(column + 1, ColumnRole::Ignore);
    m_roles[column] = role;
}

int ColumnMapping::column(ColumnRole role) const
{
    return int(m_roles.indexOf(role));
}

bool ColumnMapping::isUsable(QString *why) const
{
    QStringList missing;
    if (column(ColumnRole::SystemName) < 0)
        missing.append(roleName(ColumnRole::SystemName));
    // A hardware list (cameras, routers) names a device's maker or model instead of software.
    if (column(ColumnRole::SoftwareName) < 0 && column(ColumnRole::HardwareModel) < 0 &&
        column(ColumnRole::HardwareVendor) < 0)
        missing.append(roleName(ColumnRole::SoftwareName));
    if (missing.isEmpty())
        return true;
    if (why)
        *why = tr("no column is mapped to %1; map one in the import wizard or name it in the file's header "
                  "(for example \"Hostname\" and \"Software\")")
                   .arg(missing.join(tr(" or ")));
    return false;
}

QString ColumnMapping::toKeys() const
{
    QStringList keys;
    for (ColumnRole r : m_roles)
        keys.append(roleKey(r));
    return keys.join(QLatin1Char(','));
}

ColumnMapping ColumnMapping::fromKeys(const QString &keys, const QString &preset)
{
    ColumnMapping mapping;
    mapping.m_preset = preset;
    for (const QString &k : keys.split(QLatin1Char(',')))
        mapping.m_roles.append(roleFromKey(k));
    return mapping;
}

QString ColumnMapping::headerSignature(const QStringList &header)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString &name : header) {
        h.addData(normalise(name).toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace uproot
