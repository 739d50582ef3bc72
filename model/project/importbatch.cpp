#include "model/project/importbatch.h"

#include "model/documents/writefailure.h"
#include "model/import/importer.h"
#include "model/project/project.h"
#include "model/readers/progresssink.h"
#include "model/readers/readerfactory.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>

namespace uproot {

ImportBatch::ImportBatch(Project *project, QObject *parent) : QObject(parent), m_project(project) {}

ImportBatch::~ImportBatch() = default;

Project *ImportBatch::project() const
{
    return m_project;
}

QStringList ImportBatch::files() const
{
    QStringList paths;
    for (const Entry &e : m_entries)
        paths.append(e.settings.path);
    return paths;
}

int ImportBatch::addFiles(const QStringList &files)
{
    int added = 0;
    for (const QString &file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (file.isEmpty() || this->files().contains(path))
            continue;
        Entry entry;
        entry.settings.path = path;
        m_entries.append(entry);
        ++added;
    }
    if (added) {
        if (m_current < 0)
            m_current = 0;
        emit filesChanged();
    }
    return added;
}

void ImportBatch::removeFile(int file)
{
    if (file < 0 || file >= m_entries.size())
        return;
    m_entries.removeAt(file);
    if (m_current >= m_entries.size())
        m_current = int(m_entries.size()) - 1;
    emit filesChanged();
}

void ImportBatch::setCurrentFile(int file)
{
    if (file < 0 || file >= m_entries.size() || file == m_current)
        return;
    m_current = file;
    emit currentFileChanged(file);
}

const ImportFileSettings &ImportBatch::settings(int file) const
{
    return m_entries.at(file).settings;
}

void ImportBatch::setSettings(int file, const ImportFileSettings &settings)
{
    Entry &entry = m_entries[file];
    if (settings.preset != entry.settings.preset && !entry.preview.header.isEmpty())
        m_edited.remove(ColumnMapping::headerSignature(entry.preview.header));
    entry.settings = settings;
    entry.preview = ImportPreview::read(settings);
    entry.proposal.reset();
    emit previewChanged(file);
    emit mappingChanged(file);
}

void ImportBatch::setScanDate(int file, const QDate &date)
{
    m_entries[file].settings.scanDate = date;
}

const ImportPreview &ImportBatch::preview(int file)
{
    Entry &entry = m_entries[file];
    if (!entry.preview.loaded)
        entry.preview = ImportPreview::read(entry.settings);
    return entry.preview;
}

ColumnMapping ImportBatch::mapping(int file)
{
    const ImportPreview &p = preview(file);
    if (p.header.isEmpty() || !m_project)
        return {};
    const auto edited = m_edited.constFind(ColumnMapping::headerSignature(p.header));
    if (edited != m_edited.cend())
        return *edited;
    Entry &entry = m_entries[file];
    if (!entry.proposal) {
        entry.proposal = m_project->mappingFor(p.header, entry.settings.preset);
        const bool automatic = entry.settings.preset == QLatin1String("auto");
        const ColumnMapping preset = ColumnMapping::fromHeader(p.header, entry.settings.preset);
        entry.remembered = automatic && (entry.proposal->toKeys() != preset.toKeys() ||
                                         entry.proposal->preset() != preset.preset());
    }
    return *entry.proposal;
}

bool ImportBatch::isMappingRemembered(int file)
{
    mapping(file);
    return m_entries.at(file).remembered && !m_edited.contains(signatureOf(file));
}

QString ImportBatch::signatureOf(int file)
{
    const ImportPreview &p = preview(file);
    return p.header.isEmpty() ? QString() : ColumnMapping::headerSignature(p.header);
}

void ImportBatch::setRole(int file, int column, ColumnRole role)
{
    ColumnMapping m = mapping(file);
    if (column < 0 || column >= m.columnCount() || m.role(column) == role)
        return;
    // A role given to a second column is not taken from the first: a keyboard user moving through the list
    // passes every role on the way, and must not strip other columns of theirs. firstUnusableFile() asks for
    // the conflict to be resolved instead.
    m.setRole(column, role);
    const QString signature = signatureOf(file);
    m_edited.insert(signature, m);
    emitMappingChangedForHeader(signature);
}

void ImportBatch::resetMapping(int file)
{
    const QString signature = signatureOf(file);
    if (m_edited.remove(signature))
        emitMappingChangedForHeader(signature);
}

void ImportBatch::emitMappingChangedForHeader(const QString &signature)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const ImportPreview &p = m_entries.at(i).preview;
        if (p.loaded && !p.header.isEmpty() && ColumnMapping::headerSignature(p.header) == signature)
            emit mappingChanged(i);
    }
}

int ImportBatch::firstUnusableFile(QString *why)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString name = QFileInfo(m_entries.at(i).settings.path).fileName();
        const ImportPreview &p = preview(i);
        if (!p.error.isEmpty() && p.header.isEmpty()) {
            if (why)
                *why = tr("%1 cannot be read: %2\nChange its format or encoding on the previous page, or "
                          "remove it "
                          "from the list.")
                           .arg(name, p.error);
            return i;
        }
        const ColumnMapping m = mapping(i);
        const ImportPreview &read = preview(i);
        for (ColumnRole role : allRoles()) {
            if (role == ColumnRole::Ignore)
                continue;
            QStringList columns;
            for (int c = 0; c < m.columnCount(); ++c) {
                if (m.role(c) == role)
                    columns.append(QStringLiteral("\u201c%1\u201d").arg(read.header.value(c)));
            }
            // The importer reads a role from its first column only; the others would be dropped unseen.
            if (columns.size() > 1) {
                if (why)
                    *why = tr("%1: %2 is chosen for %3 columns (%4); choose it for one only.")
                               .arg(name, roleName(role))
                               .arg(columns.size())
                               .arg(columns.join(QStringLiteral(", ")));
                return i;
            }
        }
        if (m.isUsable())
            continue;
        QStringList missing;
        for (ColumnRole role : {ColumnRole::SystemName, ColumnRole::SoftwareName}) {
            if (m.column(role) < 0)
                missing.append(roleName(role));
        }
        if (why)
            *why = (missing.size() == 1
                        ? tr("%1: no column is mapped to %2. Choose its column in the Role lists.")
                        : tr("%1: no column is mapped to %2. Choose their columns in the Role lists."))
                       .arg(name, missing.join(tr(" and ")));
        return i;
    }
    return -1;
}

void ImportBatch::runImport(const SinkFactory &sinkFor)
{
    m_outcomes.clear();
    bool cancelled = false;
    const int total = int(m_entries.size());
    for (int i = 0; i < total; ++i) {
        const ImportFileSettings s = m_entries.at(i).settings;
        ImportOutcome outcome;
        outcome.path = s.path;
        if (cancelled) {
            outcome.status = ImportOutcome::Status::NotStarted;
            outcome.error = tr("the import was cancelled before this file was read");
        } else if (!m_project) {
            outcome.status = ImportOutcome::Status::Failed;
            outcome.error = tr("the project was closed");
        } else {
            ImportOptions options;
            options.format = s.format;
            options.preset = s.preset;
            options.mapping = mapping(i);
            options.reader = s.reader; // kept in the report, to read a source row again the same way
            options.scanDate = s.scanDate;
            QString why;
            // A fresh reader: the preview's has been read, and a reader streams its file once.
            std::unique_ptr<RecordReader> reader = openReader(s.path, s.format, &why, s.reader);
            if (!reader) {
                outcome.status = ImportOutcome::Status::Failed;
                outcome.error = why;
            } else {
                const std::unique_ptr<ProgressSink> sink = sinkFor ? sinkFor(i) : nullptr;
                ReadError error;
                if (m_project->importFrom(*reader, s.path, options, sink.get(), &outcome.report, &error)) {
                    outcome.status = ImportOutcome::Status::Imported;
                } else if (sink && sink->isCancelled()) {
                    outcome.status = ImportOutcome::Status::Cancelled;
                    outcome.error = tr("cancelled");
                    cancelled = true;
                } else {
                    outcome.status = ImportOutcome::Status::Failed;
                    outcome.error = error.message();
                }
            }
        }
        m_outcomes.append(outcome);
    }
}

int ImportBatch::importedCount() const
{
    int n = 0;
    for (const ImportOutcome &o : m_outcomes)
        n += o.status == ImportOutcome::Status::Imported ? 1 : 0;
    return n;
}

QString ImportBatch::outcomeText(const ImportOutcome &outcome)
{
    switch (outcome.status) {
    case ImportOutcome::Status::Imported:
        return tr("Imported.");
    case ImportOutcome::Status::Failed:
        return tr("Not imported: %1\nNothing from this file was imported; the project is as it was.")
            .arg(outcome.error);
    case ImportOutcome::Status::Cancelled:
        return tr("Cancelled. Nothing from this file was imported; the project is as it was.");
    case ImportOutcome::Status::NotStarted:
        return tr(
            "Not imported: the import was cancelled before this file was read. Nothing from it is in the "
            "project.");
    }
    return QString();
}

QString ImportBatch::reportText() const
{
    QStringList parts;
    parts << tr("Uproot import report, %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    if (m_project)
        parts << tr("Project: %1").arg(m_project->path());
    parts << tr("%1 of %n file(s) imported.", nullptr, int(m_outcomes.size())).arg(importedCount());
    for (const ImportOutcome &o : m_outcomes) {
        parts << QString();
        if (o.status == ImportOutcome::Status::Imported)
            parts << o.report.summary();
        else
            parts << o.path + u'\n' + outcomeText(o);
    }
    return parts.join(u'\n') + u'\n';
}

bool ImportBatch::saveReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("%1: cannot write the report: %2").arg(path, file.errorString());
        return false;
    }
    errno = 0;
    file.write(reportText().toUtf8());
    if (!file.commit()) {
        const int systemError = errno;
        *error = tr("%1: cannot write the report: %2").arg(path, writeFailureReason(file, systemError));
        return false;
    }
    return true;
}

} // namespace uproot
