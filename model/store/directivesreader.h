#pragma once

#include "model/store/storetypes.h"

#include <QList>

namespace uproot {

// The directives a project follows, as it stored them (with the definition it follows), and their dated
// milestones.
class DirectivesReader
{
public:
    virtual ~DirectivesReader() = default;

    virtual QList<DirectiveRecord> all() = 0;
    virtual DirectiveRecord find(Id id) = 0; // an empty record (id 0) when there is none
    virtual QList<MilestoneRecord> milestones(Id directiveId = 0) = 0; // 0: all, ordered by date
};

} // namespace uproot
