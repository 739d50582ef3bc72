#pragma once

#include "model/project/lockholder.h"

#include <QString>

namespace uproot {

// While a command waits for another writer to let go of a project: who holds it, said once on stderr, then
// the seconds left, rewritten in place on a terminal.
class LockWaitProgress final
{
public:
    explicit LockWaitProgress(QString path);
    ~LockWaitProgress();
    LockWaitProgress(const LockWaitProgress &) = delete;
    LockWaitProgress &operator=(const LockWaitProgress &) = delete;

    void waiting(int remainingMs, const LockHolder &holder);

private:
    QString m_path;
    bool m_tty;
    bool m_told = false;
    int m_lastSeconds = -1;
};

} // namespace uproot
