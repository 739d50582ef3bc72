#pragma once

#include "model/import/columnmapping.h"
#include "model/import/importfilesettings.h"
#include "model/import/importoutcome.h"
#include "model/import/importpreview.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace uproot {

class Project;
class ProgressSink;

// The files a person imports together, as the import wizard's pages share them: the files, the choices for
// each, their previews and column mappings, and what the import made of them. The pages are views of this;
// none of them reads a file or talks to the importer itself.
//
// A mapping the user edits belongs to the header it was made for, so every file in the batch with the same
// header follows it, as the importer remembers it for the next file with that header.
class ImportBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBatch)
public:
    // The progress sink for one file of the batch (its index), or null for none: the wizard shows a progress
    // dialog with Cancel, a test passes a sink that cancels.
    using SinkFactory = std::function<std::unique_ptr<ProgressSink>(int file)>;

    explicit ImportBatch(Project *project, QObject *parent = nullptr);
    ~ImportBatch() override;

    Project *project() const;

    QStringList files() const;
    int fileCount() const { return int(m_entries.size()); }
    // Adds files not in the list yet; returns how many were added.
    int addFiles(const QStringList &files);
    void removeFile(int file);

    // The file the preview and mapping pages show.
    int currentFile() const { return m_current; }
    void setCurrentFile(int file);

    const ImportFileSettings &settings(int file) const;
    // Re-reads the preview; a changed preset drops the mapping edited for the file's header.
    void setSettings(int file, const ImportFileSettings &settings);

    // The date of the scan the file holds; unlike the other settings it does not change what is read.
    void setScanDate(int file, const QDate &date);

    // Read on first use and kept until the file's settings change.
    const ImportPreview &preview(int file);

    // The user's mapping for the file's header, or the one the importer proposes (remembered or the
    // preset's).
    ColumnMapping mapping(int file);
    // True when the proposal comes from an earlier import of a file with the same header.
    bool isMappingRemembered(int file);
    // Gives the role to the column. Every file with the same header follows.
    void setRole(int file, int column, ColumnRole role);
    void resetMapping(int file);
    // The first file that cannot be imported as mapped (unreadable, no system or software column, a role on
    // two columns), with why, naming the file; -1 when every file can.
    int firstUnusableFile(QString *why);

    // Imports file by file through the project, each file whole or not at all. A sink that reports Cancel
    // stops the file being read and those after it.
    void runImport(const SinkFactory &sinkFor = {});
    QList<ImportOutcome> outcomes() const { return m_outcomes; }
    int importedCount() const;

    // The summary of every file, as "Save report..." writes it.
    QString reportText() const;
    bool saveReport(const QString &path, QString *error) const;

    static QString outcomeText(const ImportOutcome &outcome);

signals:
    void filesChanged();
    void currentFileChanged(int file);
    void previewChanged(int file);
    void mappingChanged(int file);

private:
    struct Entry
    {
        ImportFileSettings settings;
        ImportPreview preview;
        std::optional<ColumnMapping> proposal; // the importer's, cached: building it compiles the rules
        bool remembered = false;
    };

    QString signatureOf(int file);
    void emitMappingChangedForHeader(const QString &signature);

    QPointer<Project> m_project;
    QList<Entry> m_entries;
    QHash<QString, ColumnMapping> m_edited; // by header signature
    int m_current = -1;
    QList<ImportOutcome> m_outcomes;
};

} // namespace uproot
