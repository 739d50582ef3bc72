#pragma once

#include "model/detection/directive.h"
#include "model/detection/matchconfidence.h"

#include <QList>
#include <QString>

namespace uproot {

// One rule that matched a title, and in words what it matched.
struct RuleMatch
{
    QString ruleId; // qualified: "bod-17-01/publisher-kaspersky"
    RuleEffect effect = RuleEffect::Cover;
    MatchConfidence confidence = MatchConfidence::Confirmed; // for covering rules
    QString explanation;
    bool operator==(const RuleMatch &) const = default;
};

// What one directive says about one title. There is a result only when a covering rule matched; it is a
// finding when matched is true, and otherwise says which exclusion or known false positive took the title
// off the report, so the user can see why a system is not on it.
struct DetectionResult
{
    QString directiveId;
    bool matched = false;
    MatchConfidence confidence = MatchConfidence::NeedsReview; // of the strongest covering rule
    QString ruleId;                                            // the strongest covering rule
    QString explanation; // e.g. publisher "AO Kaspersky Lab" matched alias "Kaspersky Lab" (rule bod-17-01/…)
    QString excludedBy;         // when !matched: the exclusion or false-positive rule
    bool falsePositive = false; // excludedBy is a known false positive rather than an exclusion in the text
    QString exclusionExplanation;
    QList<RuleMatch> matches; // every rule that matched: covering ones strongest first, then the exclusion
    bool operator==(const DetectionResult &) const = default;
};

} // namespace uproot
