#pragma once

#include "model/project/lockholder.h"

#include <QObject>
#include <functional>

namespace uproot {

// The lock record a writer keeps beside a project (`<project>.lock`, JSON: user, host, process id, program,
// since when), so that a second writer can say who holds the project instead of failing on "database is
// locked" half-way through. SQLite's own locks still guard every write; this record only tells people apart
// and lets a second writer wait, or a second window open the project read-only.
//
// The record is written whole to a private file and then linked to its name, which fails when a record is
// already there: no reader ever sees half a record. A record left by a process that no longer runs on this
// machine is stale and is cleared; a record from another machine is never cleared (its process cannot be seen
// from here), and the message names the machine. A QObject so that it can live as long as the Project it
// guards (its child).
class ProjectLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectLock)
public:
    explicit ProjectLock(const QString &projectPath, QObject *parent = nullptr);
    ~ProjectLock() override;

    enum class Outcome { Acquired, Held, Failed };
    // Tries once. Held: holder says who. Failed: error says why (the folder cannot be written ...). A stale
    // record is cleared first; staleHolder, if given, receives whose it was.
    Outcome tryAcquire(LockHolder *holder, QString *error, LockHolder *staleHolder = nullptr);
    // Tries until timeoutMs has passed, calling waiting(remaining ms, holder) about every 250 ms while
    // another writer holds it.
    using Waiting = std::function<void(int remainingMs, const LockHolder &holder)>;
    Outcome acquire(int timeoutMs, const Waiting &waiting, LockHolder *holder, QString *error,
                    LockHolder *staleHolder = nullptr);
    // Removes the record, if it is still this lock's.
    void release();
    bool isHeld() const { return m_held; }

    static QString lockPath(const QString &projectPath);
    // The record as it stands, or a null holder when there is none (or it cannot be read).
    static LockHolder currentHolder(const QString &projectPath);
    // Whether a holder's process has ended: on this machine and no longer running (or running another
    // program under a reused process id). A holder on another machine is never stale.
    static bool isStale(const LockHolder &holder);
    // What this process writes as its record.
    static LockHolder self();
    // The operating-system user this process runs as.
    static QString userName();

private:
    QString m_projectPath;
    QString m_lockPath;
    LockHolder m_mine;
    bool m_held = false;
};

} // namespace uproot
