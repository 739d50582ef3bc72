#pragma once

#include "model/store/storetypes.h"

#include <QList>
#include <QPair>

namespace uproot {

// The teams that carry out the plan, by name, and the rules by which they take systems by component or site.
class TeamsReader
{
public:
    virtual ~TeamsReader() = default;

    virtual QList<TeamRecord> all() = 0;
    virtual TeamRecord find(const QString &name) = 0; // an empty record (id 0) when there is none

    // Every rule, components first, each field by value.
    virtual QList<TeamRule> rules() = 0;
    // The distinct components or sites the systems have, each with how many systems have it, by value.
    virtual QList<QPair<QString, qint64>> systemCounts(TeamRuleField field) = 0;
};

} // namespace uproot
