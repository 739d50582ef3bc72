#pragma once

#include <QtGlobal>

namespace uproot {

// The figures the status bar shows, kept by the project and refreshed once per change, only for the areas the
// change touched, however many views show them.
struct ProjectCounts
{
    qint64 systems = 0;
    qint64 installations = 0;
    qint64 findings = 0;
    qint64 affectedSystems = 0;
    // Findings the scans dated up to the status date show removed, and seen again after a verified removal.
    qint64 removed = 0;
    qint64 reappeared = 0;
    qint64 tasks = 0;
    qint64 tasksDone = 0;
};

} // namespace uproot
