#pragma once

#include <QStringList>

namespace uproot::cli {

// uproot check PROJECT [--full]: the project's schema against this version's and SQLite's quick (or full)
// integrity check; "sound" and 0, or each problem and 1.
int cmdCheck(const QStringList &args);

} // namespace uproot::cli
