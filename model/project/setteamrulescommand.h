#pragma once

#include "model/project/projectcommand.h"

#include <QList>

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
// areas are announced so that whatever shows an effective team reads it again.
class SetTeamRulesCommand final : public ProjectCommand
{
public:
    SetTeamRulesCommand(Project *project, QList<TeamRuleChange> changes, const QString &label);

protected:
    bool write(bool forward) override;

private:
    QList<TeamRuleChange> m_changes;
};

} // namespace uproot
