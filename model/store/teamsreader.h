#pragma once

#include "model/store/storetypes.h"

#include <QList>

namespace uproot {

// The teams that carry out the plan, by name.
class TeamsReader
{
public:
    virtual ~TeamsReader() = default;

    virtual QList<TeamRecord> all() = 0;
    virtual TeamRecord find(const QString &name) = 0; // an empty record (id 0) when there is none
};

} // namespace uproot
