#pragma once

#include <QStringList>

namespace uproot::cli {

// uproot plan PROJECT [--start DATE] [--target DATE] [--as-of DATE] [--format text|json]
int cmdPlan(const QStringList &args);
// uproot assign PROJECT FILE: plan data per system from a CSV or XLSX file.
int cmdAssign(const QStringList &args);

} // namespace uproot::cli
