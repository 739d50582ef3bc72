#pragma once

#include "model/project/projectbackup.h"
#include "model/store/storetypes.h"

#include <QCoreApplication>
#include <QList>

namespace uproot {

class ProjectStore;

// The rolling backups of one project, taken before the changes that rewrite much of it at once (an import, a
// re-schedule, a directive's change) and listed by File > Restore and `uproot backups`.
//
// They live next to the project, in `<name>.uproot-backups/`, rather than in the user's application data:
// a person finds them beside the file they know, they go along when the project is copied or moved to a
// share, a project on a shared drive keeps its backups on that drive for whoever opens it next, and nothing
// is left behind in a profile when the project is deleted. Each is an ordinary project file, named by its
// time (UTC, so that names sort in the order they were taken) and its reason, and opens in Uproot as it is.
//
// At most kKept are kept and, beyond the newest, only as many as fit in kSizeFactor times the project's size:
// a million-installation project keeps fewer copies than a small one instead of filling the disk.
class ProjectBackups final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectBackups)
public:
    static constexpr int kKept = 5;
    static constexpr int kSizeFactor = 3;

    explicit ProjectBackups(const QString &projectPath);

    QString projectPath() const { return m_projectPath; }
    QString folder() const;
    // Newest first. Only files this class names are listed (and ever removed).
    QList<ProjectBackup> list() const;

    // Takes a backup of the project open on `store` (as committed) and prunes the old ones. On failure
    // nothing is left in the folder and error says why; the project is untouched either way.
    bool take(ProjectStore &store, const QString &reason, QString *error, ProjectBackup *taken = nullptr);
    // The same for the project file when no store of this process has it open (before a restore); a file that
    // SQLite cannot read at all is copied as bytes, with its write-ahead log.
    bool takeOfFile(const QString &reason, QString *error, ProjectBackup *taken = nullptr);
    // Removes the oldest backups beyond the bounds.
    void prune();

    // Replaces the project with `backupPath`: the backup is checked first, then the current file is backed up
    // ("before restore"), then its content replaced in one commit. The caller holds the project's lock and
    // has no store of this process open on it. keptAs receives the backup of the replaced file.
    bool restore(const QString &backupPath, QString *error, ProjectBackup *keptAs = nullptr);

private:
    // After a restore: the audit pins start again from the restored trail, which gets a line saying so.
    void recordRestore(const QString &backup, const AuditHead &before, const ProjectBackup &kept) const;
    QString newName(const QString &reason, QDateTime *when) const;
    bool prepareFolder(QString *error) const;
    static ProjectBackup describe(const QString &path);
    qint64 projectSize() const;

    QString m_projectPath;
};

} // namespace uproot
