#pragma once

#include "model/detection/directive.h"

#include <QList>
#include <QString>

namespace uproot {

class JsonObjectReader;

// Reads and checks the "rules" list of a directive object: kinds, effects, confidences, the fields each kind
// takes, and every pattern (compiled with TextPattern, so unsafe or broken ones are refused here, with their
// field path, rather than at detection time).
class RuleReader
{
public:
    static QList<DetectionRule> readRules(JsonObjectReader &directive, QString *error);
};

} // namespace uproot
