#pragma once

#include "model/project/projectcommand.h"

#include <optional>

namespace uproot {

// Adds, changes or removes one team (its capacity and days off).
class SetTeamCommand final : public ProjectCommand
{
public:
    // before: the team as it is (none when new); after: as it will be (none to remove it).
    SetTeamCommand(Project *project, std::optional<TeamRecord> before, std::optional<TeamRecord> after,
                   const QString &label);

protected:
    bool write(bool forward) override;

private:
    std::optional<TeamRecord> m_before;
    std::optional<TeamRecord> m_after;
};

} // namespace uproot
