#pragma once

#include "model/project/planedit.h"
#include "model/project/projectcommand.h"

#include <QList>
#include <optional>

namespace uproot {

// The team that takes one component's or site's systems, as it was and as it becomes ("" for no rule).
struct TeamRuleChange
{
    TeamRuleField field = TeamRuleField::Component;
    QString value;
    QString before;
    QString after;
};

// Any number of team rules in one undoable step, with an audit line for each. A rule only moves systems that
// have no team of their own (a system's team by hand wins), so it changes no system row: the Systems and Teams
// areas are announced so that whatever shows an effective team reads it again. When the project has a plan, the
// systems that change team are re-scheduled on their new team's lane in the same unit of work (computed on the
// first run, after the rules are written, and kept so that undo and redo restore every date exactly).
class SetTeamRulesCommand final : public ProjectCommand
{
public:
    SetTeamRulesCommand(Project *project, QList<TeamRuleChange> changes, const QString &label);

protected:
    bool write(bool forward) override;

private:
    QList<TeamRuleChange> m_changes;
    bool m_ranOnce = false;
    std::optional<PlanEdit> m_reschedule;
};

} // namespace uproot
