#pragma once

#include <QDateTime>
#include <QString>

namespace uproot {

// One backup of a project: its file, when it was taken (UTC), why ("before import of scan.csv") and its size.
struct ProjectBackup
{
    QString path;
    QDateTime when;
    QString reason;
    qint64 size = 0;
};

} // namespace uproot
