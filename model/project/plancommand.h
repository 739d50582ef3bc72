#pragma once

#include "model/planning/planner.h"
#include "model/project/projectcommand.h"

namespace uproot {

// Writes what the planner computed for each directive (tasks added, never-started tasks of cleared systems
// removed, due dates moved) in one unit of work with its audit line. Undo takes it all back: added tasks go,
// removed ones return with their ids, due dates return; redo puts the same tasks back under the same ids, so
// later commands that name them stay valid.
class PlanCommand final : public ProjectCommand
{
public:
    // A setting the plan keeps with it (its start or target), written and undone with it.
    struct SettingChange
    {
        QString key;
        QString from;
        QString to;
    };
    PlanCommand(Project *project, QList<PlanChanges> changes, QList<SettingChange> settings = {});

    PlanResult result() const { return combine(m_changes); }
    // The result of planning every directive: the directive whose target is missed by most speaks for the plan.
    static PlanResult combine(const QList<PlanChanges> &changes);

protected:
    bool write(bool forward) override;

private:
    bool apply(UnitOfWork &work);
    bool revert(UnitOfWork &work);

    QList<PlanChanges> m_changes;
    QList<SettingChange> m_settings;
};

} // namespace uproot
