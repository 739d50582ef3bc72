#include "model/detection/matchconfidence.h"

namespace uproot {

QString toString(MatchConfidence confidence)
{
    return confidence == MatchConfidence::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("needs review");
}

} // namespace uproot
