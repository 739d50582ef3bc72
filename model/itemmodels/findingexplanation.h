#pragma once

#include "model/store/storetypes.h"

#include <QString>

namespace uproot {

// Why a finding was flagged (or left off the report), where it was imported from, and the decision on it: the
// text the findings table's explanation and a system's page both show.
QString explainFinding(const FindingRow &finding);

} // namespace uproot
