#include "model/import/importer.h"

#include "model/import/hostname.h"
#include "model/readers/readerfactory.h"
#include "model/readers/recordreader.h"
#include "model/store/findingstore.h"
#include "model/store/inventorystore.h"
#include "model/store/projectstore.h"
#include "model/store/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace uproot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

QString field(const SourceRecord &r, int column)
{
    return column >= 0 && column < r.fields.size() ? r.fields[column].trimmed() : QString();
}

// The column index of each role, looked up once per import rather than per row.
struct RoleColumns
{
    int system, software, publisher, version, installDate, os, site, component, owner, ip, serial, cpe, purl,
        package, bundle;
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
    QString why;
    std::unique_ptr<RecordReader> reader = openReader(path, options.format, &why);
    if (!reader) {
        *error = ReadError{path, 0, 0, why};
        return false;
    }
    return importFrom(*reader, path, options, sink, report, error);
}

bool Importer::importFrom(RecordReader &reader, const QString &path, const ImportOptions &options,
                          ProgressSink *sink, ImportReport *report, ReadError *error)
{
    if (m_store.isReadOnly()) {
        *error = ReadError{path, 0, 0, tr("the project is open read-only")};
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

    Transaction tx(m_store.database());
    if (!tx.isActive()) {
        *error = ReadError{path, 0, 0, tr("cannot write to the project: %1").arg(tx.error())};
        return false;
    }
    InventoryStore &inv = m_store.inventory();
    ImportSourceRecord source;
    source.path = QFileInfo(path).absoluteFilePath();
    source.format = info.format + QLatin1Char('/') + mapping.preset();
    source.encoding = info.encoding;
    const Id sourceId = inv.addImportSource(source);
    QHash<QString, Id> systems = inv.systemIdsByNormalizedName();
    QSet<Id> preexisting;
    for (auto it = systems.cbegin(); it != systems.cend(); ++it)
        preexisting.insert(it.value());
    QHash<QString, Id> titles = inv.titleIdsByKey();
    QHash<Id, TitleRecord> touchedTitles; // the titles this import saw, for detection afterwards
    QSet<Id> seenSystems;
    QSet<Id> visited;
    Id currentSystem = 0;
    QString lastSystemName;
    QHash<QString, Id> currentInstallations; // of currentSystem, keyed "titleId:version"
    bool storeFailed = false;

    auto skip = [&](const SourceRecord &r, const QString &reason) {
        ++report->rowsSkipped;
        report->addIssue(ReadIssue{r.line, 0, reason, true});
    };

    const auto onRecord = [&](const SourceRecord &r) -> bool {
        ++report->rowsRead;
        const QString systemName = field(r, col.system);
        const QString software = field(r, col.software);
        if (systemName.isEmpty()) {
            skip(r, tr("no system name"));
            return true;
        }
        // Configuration Manager keeps Add/Remove Programs rows with an empty DisplayName0; they name nothing.
        if (software.isEmpty()) {
            skip(r, tr("no software name"));
            return true;
        }
        // Rows of one system usually follow each other: the previous row's system is reused without normalising
        // its name or looking it up again.
        Id systemId = 0;
        if (currentSystem && systemName == lastSystemName) {
            systemId = currentSystem;
        } else {
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
            systemId = systems.value(key);
            if (!systemId) {
                sys.name = systemName;
                sys.normalizedName = key;
                systemId = inv.insertSystem(sys, sourceId);
                if (!systemId) {
                    storeFailed = true;
                    return false;
                }
                systems.insert(key, systemId);
                seenSystems.insert(systemId);
                ++report->systemsNew;
            } else if (!seenSystems.contains(systemId)) {
                if (!inv.touchSystem(systemId, sys, sourceId)) {
                    storeFailed = true;
                    return false;
                }
                seenSystems.insert(systemId);
                ++report->systemsSeenAgain;
            }
            lastSystemName = systemName;
        }
        if (systemId != currentSystem) {
            // Rows usually come grouped by system; when they do not, the system's installations are read back
            // (inside this transaction, so rows this import wrote are seen too). Memory stays bounded by one
            // system's titles whatever the file's size.
            currentSystem = systemId;
            const bool revisit = visited.contains(systemId);
            visited.insert(systemId);
            currentInstallations = preexisting.contains(systemId) || revisit ? inv.installationsOfSystem(systemId)
                                                                             : QHash<QString, Id>();
        }
        TitleRecord title;
        title.name = software;
        title.publisher = field(r, col.publisher);
        title.cpe = field(r, col.cpe);
        title.purl = field(r, col.purl);
        title.package = field(r, col.package);
        title.bundleId = field(r, col.bundle);
        const QString titleKey = InventoryStore::titleKey(title);
        Id titleId = titles.value(titleKey);
        if (!titleId) {
            titleId = inv.insertTitle(title);
            if (!titleId) {
                storeFailed = true;
                return false;
            }
            titles.insert(titleKey, titleId);
            ++report->titlesNew;
        }
        if (!touchedTitles.contains(titleId)) {
            title.id = titleId;
            touchedTitles.insert(titleId, title);
        }
        const QString version = field(r, col.version);
        const QString installKey = QString::number(titleId) + u':' + version;
        if (const Id existing = currentInstallations.value(installKey)) {
            if (!inv.touchInstallation(existing, sourceId, r.line)) {
                storeFailed = true;
                return false;
            }
            ++report->installationsSeenAgain;
        } else {
            InstallationRecord inst;
            inst.systemId = systemId;
            inst.titleId = titleId;
            inst.version = version;
            inst.installDate = field(r, col.installDate);
            inst.sourceLine = r.line;
            const Id id = inv.insertInstallation(inst, sourceId);
            if (!id) {
                storeFailed = true;
                return false;
            }
            currentInstallations.insert(installKey, id);
            ++report->installationsNew;
        }
        ++report->rowsImported;
        return true;
    };
    const auto onIssue = [&](const ReadIssue &issue) {
        if (issue.skipped)
            ++report->rowsSkipped;
        report->addIssue(issue);
    };

    if (!reader.read(onRecord, onIssue, sink)) {
        *error = reader.error();
        return false;
    }
    if (storeFailed) {
        *error = ReadError{path, report->rowsRead, 0, tr("cannot write to the project: %1").arg(m_store.lastError())};
        return false;
    }

    // Detection runs once per distinct title this import touched, not once per installation.
    QHash<QString, Id> directiveIds;
    for (const DirectiveRecord &d : m_store.directives())
        directiveIds.insert(d.code, d.id);
    if (m_matcher && !directiveIds.isEmpty()) {
        FindingStore &findings = m_store.findings();
        for (const TitleRecord &t : std::as_const(touchedTitles)) {
            const QList<TitleMatch> matches = m_matcher(t);
            bool detected = false;
            for (const TitleMatch &m : matches) {
                const Id directiveId = directiveIds.value(m.directive);
                if (!directiveId)
                    continue;
                const qint64 added = findings.addFindingsForTitle(directiveId, t.id, m.confidence, m.rule, m.matched);
                if (added < 0) {
                    *error = ReadError{path, 0, 0, tr("cannot write to the project: %1").arg(m_store.lastError())};
                    return false;
                }
                report->findingsNew += added;
                detected = true;
            }
            if (detected)
                ++report->titlesDetected;
        }
    }
    if (!inv.finishImportSource(sourceId, report->rowsRead, report->rowsImported, report->rowsSkipped,
                                report->toJson())
        || !m_store.appendAudit(options.actor.isEmpty() ? QStringLiteral("unknown") : options.actor,
                                QStringLiteral("import"),
                                tr("%1: %2 rows imported, %3 skipped")
                                    .arg(source.path)
                                    .arg(report->rowsImported)
                                    .arg(report->rowsSkipped))) {
        *error = ReadError{path, 0, 0, tr("cannot write to the project: %1").arg(m_store.lastError())};
        return false;
    }
    if (mapping.columnCount() == header.size())
        m_store.setSetting(mappingSettingKey(header), mapping.preset() + u'|' + mapping.toKeys());
    if (!tx.commit()) {
        *error = ReadError{path, 0, 0, tr("cannot write to the project: %1").arg(tx.error())};
        return false;
    }
    return true;
}

} // namespace uproot
