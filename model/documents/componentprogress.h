#pragma once

#include <QString>

namespace uproot {

// One component's progress in a status report.
struct ComponentProgress
{
    QString component;
    qint64 affected = 0;
    qint64 cleared = 0;
    qint64 remaining = 0;
    qint64 overdue = 0;
};

} // namespace uproot
