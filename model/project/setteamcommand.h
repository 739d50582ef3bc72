#pragma once

#include "model/project/projectcommand.h"

#include <optional>

namespace uproot {

// Adds, changes or removes one team (its capacity and days off). A team removed takes its rules (by component
// or site) with it in the same step; undo puts them back.
class SetTeamCommand final : public ProjectCommand
{
public:
    // before: the team as it is (none when new); after: as it will be (none to remove it).
    // rulesRemoved: when removing, the team's rules as they are.
    SetTeamCommand(Project *project, std::optional<TeamRecord> before, std::optional<TeamRecord> after,
                   const QString &label, QList<TeamRule> rulesRemoved = {});

protected:
    bool write(bool forward) override;

private:
    std::optional<TeamRecord> m_before;
    std::optional<TeamRecord> m_after;
    QList<TeamRule> m_rules;
};

} // namespace uproot
