#include "model/import/importer.h"

#include "model/import/importrun.h"
#include "model/readers/readerfactory.h"
#include "model/readers/recordreader.h"
#include "model/store/projectstore.h"

#include "model/translation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Importer)

namespace {

QString mappingSettingKey(const QStringList &header)
{
    return QStringLiteral("mapping/") + ColumnMapping::headerSignature(header);
}

ReadError writeError(const QString &path, qint64 line, const QString &why)
{
    return ReadError{path, line, 0, tr("cannot write to the project: %1").arg(why), true};
}

} // namespace

Importer::Importer(ProjectStore &store, TitleMatcher matcher)
    : m_store(store)
    , m_matcher(std::move(matcher))
{
}

QDate defaultScanDate(const QString &path)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    return modified.isValid() ? modified.date() : QDate::currentDate();
}

ColumnMapping Importer::mappingFor(const QStringList &header, const QString &preset)
{
    if (preset.isEmpty() || preset == QLatin1String("auto")) {
        const QString saved = m_store.settings().value(mappingSettingKey(header));
        const qsizetype bar = saved.indexOf(u'|');
        if (bar > 0) {
            ColumnMapping m = ColumnMapping::fromKeys(saved.mid(bar + 1), saved.left(bar));
            if (m.columnCount() == header.size())
                return m;
        }
    }
    return ColumnMapping::fromHeader(header, preset);
}

bool Importer::importFile(UnitOfWork &work, const QString &path, const ImportOptions &options, ProgressSink *sink,
                          ImportReport *report, ReadError *error)
{
    std::unique_ptr<RecordReader> reader = openReader(path, options.format, error, options.reader);
    if (!reader)
        return false;
    return importFrom(work, *reader, path, options, sink, report, error);
}

bool Importer::importFrom(UnitOfWork &work, RecordReader &reader, const QString &path, const ImportOptions &options,
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
    *report = startReport(reader, path, options, mapping);

    if (!work.isActive()) {
        *error = writeError(path, 0, work.error());
        return false;
    }
    ImportSourceRecord source;
    source.path = QFileInfo(path).absoluteFilePath();
    source.format = report->format + QLatin1Char('/') + mapping.preset();
    source.encoding = report->encoding;
    source.scannedAt = options.scanDate.isValid() ? options.scanDate : defaultScanDate(path);
    report->scannedAt = source.scannedAt;
    const Id sourceId = work.addImportSource(source);
    if (!sourceId) {
        *error = writeError(path, 0, work.error());
        return false;
    }
    {
        // From here until finish() the unit of work belongs to the load's writer.
        const std::unique_ptr<InventoryLoad> load = work.loadInventory(sourceId);
        ImportRun run(m_store, m_matcher, mapping, header, *load, *report);
        const bool read = reader.read([&](const SourceRecord &r) { return run.add(r); },
                                      [&](const ReadIssue &issue) { run.addIssue(issue); }, sink);
        if (!read && !load->failed()) {
            load->abort();
            *error = reader.error();
            return false;
        }
        if (!load->finish(&why)) {
            *error = writeError(path, report->rowsRead, why);
            return false;
        }
        run.countInstallations();
    }
    const bool written =
        work.finishImportSource(sourceId, report->rowsRead, report->rowsImported, report->rowsSkipped,
                                report->toJson())
        // The mapping is remembered for the next file with the same header.
        && (mapping.columnCount() != header.size()
            || work.setSetting(mappingSettingKey(header), mapping.preset() + u'|' + mapping.toKeys()));
    if (!written) {
        *error = writeError(path, 0, work.error());
        return false;
    }
    return true;
}

ImportReport Importer::startReport(RecordReader &reader, const QString &path, const ImportOptions &options,
                                   const ColumnMapping &mapping)
{
    const ReaderInfo info = reader.info();
    ImportReport report;
    report.path = path;
    report.format = info.format;
    report.preset = mapping.preset();
    report.encoding = info.encoding;
    report.separator = info.separator;
    report.notes = info.notes;
    report.readerFormat = options.format;
    report.reader = options.reader;
    return report;
}

} // namespace uproot
