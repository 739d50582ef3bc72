#pragma once

#include <QDate>
#include <QString>

namespace uproot {

// One affected system as the appendix of a plan or status report lists it.
struct AffectedSystem
{
    QString system; // host name as recorded
    QString component;
    QString site;
    QString owner;
    QString products; // the covered products on it, e.g. "Kaspersky Endpoint Security 10; Network Agent"
    int tasksDone = 0;
    int tasksTotal = 0;
    QDate due; // invalid: not scheduled
    // Every task done or skipped and no later scan shows the product again (see documentexport's systemsOf).
    bool cleared = false;
};

} // namespace uproot
