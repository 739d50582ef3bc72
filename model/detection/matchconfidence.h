#pragma once

#include <QString>

namespace uproot {

// How sure a rule is that a title is covered: the rules say so (Confirmed), or the vendor's name appears but the
// evidence is not conclusive (NeedsReview).
enum class MatchConfidence { Confirmed, NeedsReview };

QString toString(MatchConfidence confidence);

} // namespace uproot
