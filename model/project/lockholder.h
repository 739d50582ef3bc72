#pragma once

#include <QDateTime>
#include <QString>

namespace uproot {

// Who keeps a project's lock record: the person, the machine, the process and since when.
struct LockHolder
{
    QString user;
    QString host;
    qint64 pid = 0;
    QString program;
    QDateTime since; // UTC

    bool isNull() const { return pid == 0 && host.isEmpty(); }
    // "alice on host ws12, process 4242 (uproot), since 19:02"
    QString describe() const;
};

} // namespace uproot
