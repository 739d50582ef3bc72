#include "model/import/importrun.h"

#include "model/readers/controlcharacters.h"
#include "model/store/inventoryload.h"
#include "model/store/projectstore.h"

#include "model/translation.h"

#include <QCoreApplication>
#include <algorithm>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Importer)

namespace {

QString field(const SourceRecord &r, int column)
{
    if (column < 0 || column >= r.fields.size())
        return {};
    const QString &f = r.fields[column];
    // Most fields have nothing to trim; say so without a call.
    if (f.isEmpty() || (!f.front().isSpace() && !f.back().isSpace()))
        return f;
    return f.trimmed();
}

bool flagged(const QString &value)
{
    return value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

// The column index of each role, looked up once per import rather than per row.
struct ImportRun::Columns
{
    int system, software, publisher, version, installDate, os, site, component, owner, ip, serial, cpe, purl,
        package, bundle, hardwareVendor, hardwareModel;
    explicit Columns(const ColumnMapping &m)
        : system(m.column(ColumnRole::SystemName))
        , software(m.column(ColumnRole::SoftwareName))
        , publisher(m.column(ColumnRole::Publisher))
        , version(m.column(ColumnRole::Version))
        , installDate(m.column(ColumnRole::InstallDate))
        , os(m.column(ColumnRole::OperatingSystem))
        , site(m.column(ColumnRole::Site))
        , component(m.column(ColumnRole::Component))
        , owner(m.column(ColumnRole::Owner))
        , ip(m.column(ColumnRole::IpAddress))
        , serial(m.column(ColumnRole::SerialNumber))
        , cpe(m.column(ColumnRole::Cpe))
        , purl(m.column(ColumnRole::Purl))
        , package(m.column(ColumnRole::PackageName))
        , bundle(m.column(ColumnRole::BundleId))
        , hardwareVendor(m.column(ColumnRole::HardwareVendor))
        , hardwareModel(m.column(ColumnRole::HardwareModel))
    {
    }
};

ImportRun::ImportRun(ProjectStore &store, const TitleMatcher &matcher, const ColumnMapping &mapping,
                     const QStringList &header, InventoryLoad &load, ImportReport &report)
    : m_matcher(matcher)
    , m_load(load)
    , m_report(report)
    , m_col(std::make_unique<Columns>(mapping))
{
    for (int role = int(ColumnRole::Ignore) + 1; role < int(ColumnRole::RoleCount); ++role) {
        const int column = mapping.column(ColumnRole(role));
        if (column >= 0 && std::none_of(m_storedColumns.cbegin(), m_storedColumns.cend(),
                                        [column](const auto &c) { return c.first == column; }))
            m_storedColumns.append({column, header.value(column, QString::number(column + 1))});
    }
    const QHash<QString, Id> stored = store.inventory().systemIdsByNormalizedName();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        m_systems.insert(it.key(), it.value());
    for (const TitleRecord &t : store.inventory().titles()) {
        m_titles.insert(TitleKey::of(t), t.id);
        if (t.isHardware())
            m_hardwareTitles.insert(t.id);
    }
    for (const DirectiveRecord &d : store.directives().all())
        m_directiveIds.insert(d.code, d.id);
    if (mapping.preset() == QLatin1String("sccm")) {
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header.at(i).trimmed().toLower();
            if (name == QLatin1String("obsolete0"))
                m_obsoleteColumn = i;
            else if (name == QLatin1String("decommissioned0"))
                m_decommissionedColumn = i;
        }
    }
}

ImportRun::~ImportRun() = default;

void ImportRun::skip(const SourceRecord &r, const QString &reason)
{
    ++m_report.rowsSkipped;
    m_report.addIssue(ReadIssue{r.line, 0, reason, true});
}

void ImportRun::addIssue(const ReadIssue &issue)
{
    if (issue.skipped) {
        m_report.rowsRead += issue.rows;
        m_report.rowsSkipped += issue.rows;
    }
    m_report.addIssue(issue);
}

bool ImportRun::retiredRecord(const SourceRecord &r) const
{
    // Configuration Manager keeps the records of machines it has replaced or retired; their software lists are
    // stale, and the live record of the same machine is there too.
    return (m_obsoleteColumn >= 0 && flagged(field(r, m_obsoleteColumn)))
           || (m_decommissionedColumn >= 0 && flagged(field(r, m_decommissionedColumn)));
}

const SourceRecord &ImportRun::withoutControlCharacters(const SourceRecord &record, SourceRecord *cleaned)
{
    const auto dirty = [&record](const QPair<int, QString> &c) {
        return c.first < record.fields.size() && hasControlCharacters(record.fields.at(c.first));
    };
    if (std::none_of(m_storedColumns.cbegin(), m_storedColumns.cend(), dirty))
        return record;
    *cleaned = record;
    for (const auto &[column, name] : std::as_const(m_storedColumns)) {
        if (column >= cleaned->fields.size())
            continue;
        const int removed = removeControlCharacters(&cleaned->fields[column]);
        if (!removed)
            continue;
        m_report.controlCharactersRemoved += removed;
        ++m_report.cellsWithControlCharacters;
        m_report.addIssue(
            ReadIssue{record.line, 0,
                      removed == 1 ? tr("column %1: 1 control character removed").arg(name)
                                   : tr("column %1: %2 control characters removed").arg(name).arg(removed)});
    }
    return *cleaned;
}

bool ImportRun::add(const SourceRecord &record)
{
    ++m_report.rowsRead;
    // Done here, once, for every reader: the cells below are what the store keeps.
    SourceRecord cleaned;
    const SourceRecord &r = withoutControlCharacters(record, &cleaned);
    if (retiredRecord(r)) {
        skip(r, tr("Configuration Manager marks this system record obsolete or decommissioned"));
        return true;
    }
    const Columns &col = *m_col;
    const QString systemName = field(r, col.system);
    const QString software = field(r, col.software);
    if (systemName.isEmpty()) {
        skip(r, tr("no system name"));
        return true;
    }
    // A row may name a device (a camera, a router) by its maker and model, instead of or beside software.
    const QString model = field(r, col.hardwareModel);
    QString maker = field(r, col.hardwareVendor);
    if (maker.isEmpty() && software.isEmpty() && !model.isEmpty())
        maker = field(r, col.publisher); // a device list's "Manufacturer" column
    const bool hardware = !model.isEmpty() || !maker.isEmpty();
    // Configuration Manager keeps Add/Remove Programs rows with an empty DisplayName0; they name nothing.
    if (software.isEmpty() && !hardware) {
        skip(r, tr("no software name"));
        return true;
    }
    if (!systemFor(r, systemName))
        return true;
    if (!software.isEmpty()) {
        const Id titleId = titleFor({software, field(r, col.publisher), field(r, col.cpe), field(r, col.purl),
                                     field(r, col.package), field(r, col.bundle)},
                                    false);
        // An installation already stored for this system, title and version is seen again rather than
        // doubled; the store decides that, so rows of one system need not come together.
        m_load.addInstallation(m_currentSystem, titleId, field(r, col.version), field(r, col.installDate), r.line);
        ++m_installationRows;
    }
    if (hardware) {
        // The device is one "title" per maker and model; a software list that also names each computer's
        // hardware records it once per system, from the first row that names it.
        const Id titleId = titleFor({model.isEmpty() ? maker : model, maker, {}, {}, {}, {}}, true);
        if (!m_devicesSeen.contains({m_currentSystem, titleId})) {
            m_devicesSeen.insert({m_currentSystem, titleId});
            m_load.addInstallation(m_currentSystem, titleId, software.isEmpty() ? field(r, col.version) : QString(),
                                   QString(), r.line);
            ++m_installationRows;
        }
    }
    ++m_report.rowsImported;
    return !m_load.failed();
}

Id ImportRun::systemFor(const SourceRecord &r, const QString &systemName)
{
    // Rows of one system usually follow each other: the previous row's system is reused without normalising
    // its name or looking it up again.
    if (m_currentSystem && systemName == m_lastSystemName)
        return m_currentSystem;
    const QString key = normalizedHostName(systemName);
    if (key.isEmpty()) {
        skip(r, tr("the system name \"%1\" is not a host name").arg(systemName));
        return 0;
    }
    const Columns &col = *m_col;
    SystemRecord sys;
    sys.os = field(r, col.os);
    sys.site = field(r, col.site);
    sys.component = field(r, col.component);
    sys.owner = field(r, col.owner);
    sys.ip = field(r, col.ip);
    sys.serial = field(r, col.serial);
    bool byNetBios = false;
    Id systemId = m_systems.find(key, &byNetBios);
    // One file never names one machine twice, so the NetBIOS form only joins systems across imports.
    if (byNetBios && m_createdSystems.contains(systemId))
        systemId = 0;
    if (!systemId) {
        sys.name = systemName;
        sys.normalizedName = key;
        systemId = m_load.addSystem(sys);
        m_systems.insert(key, systemId);
        m_seenSystems.insert(systemId);
        m_createdSystems.insert(systemId);
        ++m_report.systemsNew;
    } else if (!m_seenSystems.contains(systemId) || byNetBios) {
        if (byNetBios) {
            m_systems.insert(key, systemId); // known by this name too from now on
            // The stored key becomes the full name, so the next import knows the 15 characters are taken and a
            // second long name sharing them stays a system of its own.
            if (key.size() > SystemNameIndex::NetBiosLength)
                sys.normalizedName = key;
        }
        m_load.touchSystem(systemId, sys);
        if (!m_seenSystems.contains(systemId)) {
            m_seenSystems.insert(systemId);
            ++m_report.systemsSeenAgain;
        }
    }
    m_currentSystem = systemId;
    m_lastSystemName = systemName;
    return systemId;
}

Id ImportRun::titleFor(const TitleKey &key, bool hardware)
{
    Id titleId = m_titles.value(key);
    const bool newTitle = !titleId;
    if (newTitle) {
        titleId = m_load.addTitle({0, key.name, key.publisher, key.cpe, key.purl, key.package, key.bundleId,
                                   hardware ? QString::fromLatin1(TitleRecord::HardwareKind) : QString()});
        m_titles.insert(key, titleId);
        if (hardware)
            m_hardwareTitles.insert(titleId);
        ++m_report.titlesNew;
    }
    // Detection runs once per distinct title this import touches, when it first touches it, not once per
    // installation; the store gives the title's installations their findings as it writes them.
    if (newTitle || !m_touchedTitles.contains(titleId)) {
        m_touchedTitles.insert(titleId);
        detect(titleId, key);
    }
    return titleId;
}

void ImportRun::detect(Id titleId, const TitleKey &key)
{
    if (!m_matcher || m_directiveIds.isEmpty())
        return;
    // A key that an existing software title already holds stays that title (the store keeps titles unique by
    // their key), so the kind is the stored one.
    const TitleRecord title{titleId,     key.name,    key.publisher, key.cpe,
                            key.purl,    key.package, key.bundleId,
                            m_hardwareTitles.contains(titleId) ? QString::fromLatin1(TitleRecord::HardwareKind)
                                                               : QString()};
    QList<TitleDirectiveMatch> matches;
    for (const TitleMatch &m : m_matcher(title)) {
        if (const Id directiveId = m_directiveIds.value(m.directive))
            matches.append({titleId, directiveId, m.confidence, m.rule, m.matched, m.excluded});
    }
    if (matches.isEmpty())
        return;
    if (std::any_of(matches.cbegin(), matches.cend(), [](const TitleDirectiveMatch &m) { return !m.excluded; }))
        ++m_report.titlesDetected;
    m_load.setTitleMatches(titleId, matches);
}

void ImportRun::countInstallations()
{
    m_report.installationsNew = m_load.installationsCreated();
    m_report.installationsSeenAgain = m_load.installationsSeenAgain();
    // A row may give two installations (software and the device it ran on); what is left named an installation
    // a row above it in the file had named already.
    m_report.rowsRepeated = m_installationRows - m_report.installationsNew - m_report.installationsSeenAgain;
    m_report.findingsNew = m_load.findingsCreated();
    m_report.removalsVerified = m_load.removalsVerified();
    m_report.reappearances = m_load.reappearances();
}

} // namespace uproot
