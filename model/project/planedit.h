#pragma once

#include "model/planning/planner.h"
#include "model/project/projectchange.h"
#include "model/store/storetypes.h"

#include <QList>
#include <QString>

namespace uproot {

class UnitOfWork;

// What a plan or a re-schedule writes, in the unit of work of the command that makes it: the planner's task
// changes for each directive, the directives' milestones recomputed so that recurring ones ("a status report
// every 30 days until removal is complete") run to the new finish, and that finish kept as a setting. Apply
// and revert restore exactly: added tasks keep the ids the first run handed out.
struct PlanEdit
{
    struct Milestones
    {
        Id directiveId = 0;
        QList<MilestoneRecord> before;
        QList<MilestoneRecord> after;
    };

    QList<PlanChanges> changes;   // one per directive
    PlanResult result;            // the whole plan's
    QList<Milestones> milestones; // only the directives whose milestones change
    QString finishBefore;         // the kept finish (settingkeys::planFinish), as it was and as it will be
    QString finishAfter;

    bool apply(UnitOfWork &work);
    bool revert(UnitOfWork &work) const;
    // The task rows it writes (for choosing a bulk unit of work).
    qint64 rows() const;
    // The areas it changes: tasks, the kept finish (settings) when it moves, milestones (directives) when any do.
    ProjectChange::Areas areas() const;
};

} // namespace uproot
