#pragma once

#include "model/project/lockholder.h"
#include "model/project/projectlock.h"
#include "model/store/projectstore.h"

#include <QString>
#include <memory>

namespace uproot {

class Project;

// Opening a project to change it: its lock record first (model/project/projectlock.h), then the file. The
// lock lives as long as the project (a child of it) and goes with it.
struct WriterAccess
{
    int waitMs = 0;               // how long to wait for another writer to finish
    ProjectLock::Waiting waiting; // called while waiting (the command line's progress)
    LockHolder heldBy;            // out: who holds it, when that is why nothing was opened
    LockHolder clearedStale;      // out: the holder of a stale record that was cleared
};

// The project opened for writing with its lock held; null with error set when another writer holds it (heldBy
// says who) or it cannot be opened.
// failure (optional) says whether the file itself was refused (model/store/projectstore.h).
std::unique_ptr<Project> openForWriting(const QString &path, WriterAccess *access, QString *error,
                                        ProjectStore::OpenFailure *failure = nullptr);
// The lock alone (a restore, which replaces the file while no store has it open); null as above.
std::unique_ptr<ProjectLock> lockForWriting(const QString &path, WriterAccess *access, QString *error);
// "agency.uproot is held by alice on host ws12, process 4242 (uproot), since 19:02"
QString heldMessage(const QString &path, const LockHolder &holder);

} // namespace uproot
