#include "model/import/importer.h"

#include "model/import/hostname.h"
#include "model/import/titlekey.h"
#include "model/readers/readerfactory.h"
#include "model/readers/recordreader.h"
#include "model/store/findingstore.h"
#include "model/store/inventorybulkload.h"
#include "model/store/inventorystore.h"
#include "model/store/projectstore.h"
#include "model/store/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QPair>
#include <QSet>

#include <algorithm>

namespace uproot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

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

// The column index of each role, looked up once per import rather than per row.
struct RoleColumns
{
    int system, software, publisher, version, installDate, os, site, component, owner, ip, serial, cpe, purl,
        package, bundle, hardwareVendor, hardwareModel;
    explicit RoleColumns(const ColumnMapping &m)
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

QString mappingSettingKey(const QStringList &header)
{
    return QStringLiteral("mapping/") + ColumnMapping::headerSignature(header);
}

} // namespace

Importer::Importer(ProjectStore &store, TitleMatcher matcher)
    : m_store(store)
    , m_matcher(std::move(matcher))
{
}

ColumnMapping Importer::mappingFor(const QStringList &header, const QString &preset)
{
    if (preset.isEmpty() || preset == QLatin1String("auto")) {
        const QString saved = m_store.setting(mappingSettingKey(header));
        const qsizetype bar = saved.indexOf(u'|');
        if (bar > 0) {
            ColumnMapping m = ColumnMapping::fromKeys(saved.mid(bar + 1), saved.left(bar));
            if (m.columnCount() == header.size())
                return m;
        }
    }
    return ColumnMapping::fromHeader(header, preset);
}

bool Importer::importFile(const QString &path, const ImportOptions &options, ProgressSink *sink,
                          ImportReport *report, ReadError *error)
{
    std::unique_ptr<RecordReader> reader = openReader(path, options.format, error, options.reader);
    if (!reader)
        return false;
    return importFrom(*reader, path, options, sink, report, error);
}

bool Importer::importFrom(RecordReader &reader, const QString &path, const ImportOptions &options,
                          ProgressSink *sink, ImportReport *report, ReadError *error)
{
    if (m_store.isReadOnly()) {
        *error = ReadError{path, 0, 0, tr("the project is open read-only"), true};
        return false;
    }
    if (!reader.open()) {
        *error = reader.error();
        return false;
    }
    const QStringList header = reader.header();
    const ColumnMapping mapping = options.mapping ? *options.mapping : mappingFor(header, options.preset);
    QString why;
    if (!mapping.isUsable(&why)) {
        *error = ReadError{path, 1, 0, why};
        return false;
    }
    const RoleColumns col(mapping);
    const ReaderInfo info = reader.info();
    *report = ImportReport{};
    report->path = path;
    report->format = info.format;
    report->preset = mapping.preset();
    report->encoding = info.encoding;
    report->separator = info.separator;
    report->notes = info.notes;
    report->readerFormat = options.format;
    report->reader = options.reader;

    const BulkWriteMode bulk(m_store.database());
    Transaction tx(m_store.database());
    if (!tx.isActive()) {
        *error = ReadError{path, 0, 0, tr("cannot write to the project: %1").arg(tx.error()), true};
        return false;
    }
    InventoryStore &inv = m_store.inventory();
    ImportSourceRecord source;
    source.path = QFileInfo(path).absoluteFilePath();
    source.format = info.format + QLatin1Char('/') + mapping.preset();
    source.encoding = info.encoding;
    const Id sourceId = inv.addImportSource(source);
    if (!sourceId) {
        *error = ReadError{path, 0, 0, tr("cannot write to the project: %1").arg(m_store.lastError()), true};
        return false;
    }
    SystemNameIndex systems;
    {
        const QHash<QString, Id> stored = inv.systemIdsByNormalizedName();
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            systems.insert(it.key(), it.value());
    }
    QHash<TitleKey, Id> titles;
    QSet<Id> hardwareTitles;
    for (const TitleRecord &t : inv.titles()) {
        titles.insert(TitleKey::of(t), t.id);
        if (t.isHardware())
            hardwareTitles.insert(t.id);
    }
    // Detection runs once per distinct title this import touches, when it first touches it, not once per
    // installation; the store gives the title's installations their findings as it writes them.
    QHash<QString, Id> directiveIds;
    for (const DirectiveRecord &d : m_store.directives())
        directiveIds.insert(d.code, d.id);
    QSet<Id> touchedTitles;
    QSet<Id> seenSystems;
    QSet<Id> createdSystems;
    qint64 installationRows = 0; // installations written, new or seen again
    QSet<QPair<Id, Id>> devicesSeen; // (system, device title) already written by this import
    Id currentSystem = 0;
    QString lastSystemName;

    // From here until finish() the database belongs to the writer thread.
    InventoryBulkLoad load(m_store.database(), sourceId);

    auto skip = [&](const SourceRecord &r, const QString &reason) {
        ++report->rowsSkipped;
        report->addIssue(ReadIssue{r.line, 0, reason, true});
    };

    // The title's id for its key, added and run through detection the first time this import meets it.
    const auto titleFor = [&](const TitleKey &key, bool hardware) -> Id {
        Id titleId = titles.value(key);
        const bool newTitle = !titleId;
        if (newTitle) {
            titleId = load.addTitle({0, key.name, key.publisher, key.cpe, key.purl, key.package, key.bundleId,
                                     hardware ? QString::fromLatin1(TitleRecord::HardwareKind) : QString()});
            titles.insert(key, titleId);
            if (hardware)
                hardwareTitles.insert(titleId);
            ++report->titlesNew;
        }
        if (!newTitle && touchedTitles.contains(titleId))
            return titleId;
        touchedTitles.insert(titleId);
        if (!m_matcher || directiveIds.isEmpty())
            return titleId;
        // A key that an existing software title already holds stays that title (the store keeps titles unique
        // by their key), so the kind is the stored one.
        const TitleRecord title{titleId,     key.name,    key.publisher, key.cpe,
                                key.purl,    key.package, key.bundleId,
                                hardwareTitles.contains(titleId) ? QString::fromLatin1(TitleRecord::HardwareKind) : QString()};
        QList<TitleDirectiveMatch> matches;
        for (const TitleMatch &m : m_matcher(title)) {
            if (const Id directiveId = directiveIds.value(m.directive))
                matches.append({titleId, directiveId, m.confidence, m.rule, m.matched, m.excluded});
        }
        if (!matches.isEmpty()) {
            if (std::any_of(matches.cbegin(), matches.cend(),
                            [](const TitleDirectiveMatch &m) { return !m.excluded; }))
                ++report->titlesDetected;
            load.setTitleMatches(titleId, matches);
        }
        return titleId;
    };

    // Configuration Manager keeps the records of machines it has replaced or retired (v_R_System's Obsolete0
    // and Decommissioned0); their software lists are stale, and the live record of the same machine is there too.
    int obsoleteColumn = -1;
    int decommissionedColumn = -1;
    if (mapping.preset() == QLatin1String("sccm")) {
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header.at(i).trimmed().toLower();
            if (name == QLatin1String("obsolete0"))
                obsoleteColumn = i;
            else if (name == QLatin1String("decommissioned0"))
                decommissionedColumn = i;
        }
    }
    const auto flagged = [](const QString &value) {
        return value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    };

    const auto onRecord = [&](const SourceRecord &r) -> bool {
        ++report->rowsRead;
        if ((obsoleteColumn >= 0 && flagged(field(r, obsoleteColumn))) ||
            (decommissionedColumn >= 0 && flagged(field(r, decommissionedColumn)))) {
            skip(r, tr("Configuration Manager marks this system record obsolete or decommissioned"));
            return true;
        }
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
        // Rows of one system usually follow each other: the previous row's system is reused without normalising
        // its name or looking it up again.
        if (!currentSystem || systemName != lastSystemName) {
            const QString key = normalizedHostName(systemName);
            if (key.isEmpty()) {
                skip(r, tr("the system name \"%1\" is not a host name").arg(systemName));
                return true;
            }
            SystemRecord sys;
            sys.os = field(r, col.os);
            sys.site = field(r, col.site);
            sys.component = field(r, col.component);
            sys.owner = field(r, col.owner);
            sys.ip = field(r, col.ip);
            sys.serial = field(r, col.serial);
            bool byNetBios = false;
            Id systemId = systems.find(key, &byNetBios);
            // One file never names one machine twice, so the NetBIOS form only joins systems across imports.
            if (byNetBios && createdSystems.contains(systemId))
                systemId = 0;
            if (!systemId) {
                sys.name = systemName;
                sys.normalizedName = key;
                systemId = load.addSystem(sys);
                systems.insert(key, systemId);
                seenSystems.insert(systemId);
                createdSystems.insert(systemId);
                ++report->systemsNew;
            } else if (!seenSystems.contains(systemId) || byNetBios) {
                if (byNetBios) {
                    systems.insert(key, systemId); // known by this name too from now on
                    // The stored key becomes the full name, so the next import knows the 15 characters are
                    // taken and a second long name sharing them stays a system of its own.
                    if (key.size() > SystemNameIndex::NetBiosLength)
                        sys.normalizedName = key;
                }
                load.touchSystem(systemId, sys);
                if (!seenSystems.contains(systemId)) {
                    seenSystems.insert(systemId);
                    ++report->systemsSeenAgain;
                }
            }
            currentSystem = systemId;
            lastSystemName = systemName;
        }
        if (!software.isEmpty()) {
            const Id titleId = titleFor({software, field(r, col.publisher), field(r, col.cpe), field(r, col.purl),
                                         field(r, col.package), field(r, col.bundle)},
                                        false);
            // An installation already stored for this system, title and version is seen again rather than
            // doubled; the store decides that, so rows of one system need not come together.
            load.addInstallation(currentSystem, titleId, field(r, col.version), field(r, col.installDate), r.line);
            ++installationRows;
        }
        if (hardware) {
            // The device is one "title" per maker and model; a software list that also names each computer's
            // hardware records it once per system, from the first row that names it.
            const Id titleId = titleFor({model.isEmpty() ? maker : model, maker, {}, {}, {}, {}}, true);
            if (!devicesSeen.contains({currentSystem, titleId})) {
                devicesSeen.insert({currentSystem, titleId});
                load.addInstallation(currentSystem, titleId, software.isEmpty() ? field(r, col.version) : QString(),
                                     QString(), r.line);
                ++installationRows;
            }
        }
        ++report->rowsImported;
        return !load.failed();
    };
    const auto onIssue = [&](const ReadIssue &issue) {
        // A row the reader could not make a record of was still read from the file.
        if (issue.skipped) {
            report->rowsRead += issue.rows;
            report->rowsSkipped += issue.rows;
        }
        report->addIssue(issue);
    };

    const bool read = reader.read(onRecord, onIssue, sink);
    if (!read && !load.failed()) {
        load.abort();
        *error = reader.error();
        return false;
    }
    if (!load.finish(&why)) {
        *error = ReadError{path, report->rowsRead, 0, tr("cannot write to the project: %1").arg(why), true};
        return false;
    }
    report->installationsNew = load.installationsCreated();
    report->installationsSeenAgain = load.installationsSeenAgain();
    // A row may give two installations (software and the device it ran on); what is left named an
    // installation a row above it in the file had named already.
    report->rowsRepeated = installationRows - report->installationsNew - report->installationsSeenAgain;

    report->findingsNew = load.findingsCreated();
    if (!inv.finishImportSource(sourceId, report->rowsRead, report->rowsImported, report->rowsSkipped,
                                report->toJson())
        || !m_store.appendAudit(options.actor.isEmpty() ? QStringLiteral("unknown") : options.actor,
                                QStringLiteral("import"),
                                tr("%1: %2 rows imported, %3 skipped")
                                    .arg(source.path)
                                    .arg(report->rowsImported)
                                    .arg(report->rowsSkipped))) {
        *error = ReadError{path, 0, 0, tr("cannot write to the project: %1").arg(m_store.lastError()), true};
        return false;
    }
    if (mapping.columnCount() == header.size())
        m_store.setSetting(mappingSettingKey(header), mapping.preset() + u'|' + mapping.toKeys());
    if (!tx.commit()) {
        *error = ReadError{path, 0, 0, tr("cannot write to the project: %1").arg(tx.error()), true};
        return false;
    }
    return true;
}

} // namespace uproot
