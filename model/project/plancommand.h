#pragma once

#include "model/project/planedit.h"
#include "model/project/projectcommand.h"

namespace uproot {

// Writes what the planner computed for every directive (tasks added, never-started tasks of cleared systems
// removed, start and due dates moved), the milestones that run to the plan's finish and that finish, in one unit
// of work with its audit line. Undo takes it all back: added tasks go, removed ones return with their ids, dates
// and milestones return; redo puts the same tasks back under the same ids, so later commands that name them stay
// valid.
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
    PlanCommand(Project *project, PlanEdit edit, QList<SettingChange> settings = {});
    // One directive's changes alone (tests, and a plan of one directive): no milestones or finish change.
    PlanCommand(Project *project, QList<PlanChanges> changes, QList<SettingChange> settings = {});

    PlanResult result() const { return m_edit.result; }

protected:
    bool write(bool forward) override;

private:
    PlanEdit m_edit;
    QList<SettingChange> m_settings;
};

} // namespace uproot
