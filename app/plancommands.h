#pragma once

#include <QStringList>

namespace uproot {
struct PlanResult;
}

namespace uproot::cli {

// uproot plan PROJECT [--start DATE] [--target DATE] [--as-of DATE] [--format text|json]
int cmdPlan(const QStringList &args);
// uproot assign PROJECT FILE: plan data per system from a CSV or XLSX file.
int cmdAssign(const QStringList &args);

// Prints the projected finish against the target, and each team's and component's part.
void printSchedule(const PlanResult &r);

} // namespace uproot::cli
