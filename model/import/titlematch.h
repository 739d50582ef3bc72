#pragma once

#include "model/store/storetypes.h"

#include <QList>
#include <functional>

namespace uproot {

// What detection said about one software title for one directive. The importer does not know how detection
// decides; the project hands it a matcher built from the directives it follows.
struct TitleMatch
{
    QString directive; // the directive's identifier, e.g. "bod-17-01"
    Confidence confidence = Confidence::Confirmed;
    QString rule;      // the rule's identifier
    QString matched;   // what matched what, for people
    bool excluded = false; // an exclusion or known false positive (named by rule) took the title off the report
};

using TitleMatcher = std::function<QList<TitleMatch>(const TitleRecord &title)>;

} // namespace uproot
