#include "model/project/projectaccess.h"

#include "model/project/project.h"
#include "model/translation.h"

#include <QDir>
#include <QFileInfo>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(ProjectLock)

QString heldMessage(const QString &path, const LockHolder &holder)
{
    return tr("%1 is held by %2").arg(QDir::toNativeSeparators(path), holder.describe());
}

std::unique_ptr<ProjectLock> lockForWriting(const QString &path, WriterAccess *access, QString *error)
{
    auto lock = std::make_unique<ProjectLock>(path);
    QString why;
    switch (lock->acquire(access->waitMs, access->waiting, &access->heldBy, &why, &access->clearedStale)) {
    case ProjectLock::Outcome::Acquired:
        access->heldBy = {};
        return lock;
    case ProjectLock::Outcome::Held:
        *error = heldMessage(path, access->heldBy);
        return nullptr;
    case ProjectLock::Outcome::Failed:
        *error = why;
        return nullptr;
    }
    return nullptr;
}

std::unique_ptr<Project> openForWriting(const QString &path, WriterAccess *access, QString *error,
                                        ProjectStore::OpenFailure *failure)
{
    // No file, no lock: the store says what is wrong with the name.
    if (!QFileInfo::exists(path))
        return Project::open(path, false, error, failure);
    std::unique_ptr<ProjectLock> lock = lockForWriting(path, access, error);
    if (!lock)
        return nullptr;
    std::unique_ptr<Project> project = Project::open(path, false, error, failure);
    if (!project)
        return nullptr;
    lock.release()->setParent(project.get());
    return project;
}

} // namespace uproot
