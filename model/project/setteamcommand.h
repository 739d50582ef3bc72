#pragma once

#include "model/project/planedit.h"
#include "model/project/projectcommand.h"

#include <optional>

namespace uproot {

// Adds, changes or removes one team (its capacity and days off). When the project has a plan, the re-schedule
// the change makes is written in the same unit of work, so one undo restores the team and every date. A team
// removed takes its rules (by component or site) with it in the same step; undo puts them back.
class SetTeamCommand final : public ProjectCommand
{
public:
    // before: the team as it is (none when new); after: as it will be (none to remove it); reschedule: the plan
    // moved to the new capacity or calendar (none without a plan); rulesRemoved: when removing, the team's rules.
    SetTeamCommand(Project *project, std::optional<TeamRecord> before, std::optional<TeamRecord> after,
                   const QString &label, std::optional<PlanEdit> reschedule = std::nullopt,
                   QList<TeamRule> rulesRemoved = {}, bool replanInUnit = false);

    // What the re-scheduled plan comes to (none without a plan).
    std::optional<PlanResult> reschedule() const;

protected:
    bool write(bool forward) override;

private:
    std::optional<TeamRecord> m_before;
    std::optional<TeamRecord> m_after;
    std::optional<PlanEdit> m_reschedule;
    QList<TeamRule> m_rules;
    // A team removed with its rules on a planned project: its systems go to whichever team the remaining rules
    // give, which only the store can say once the rules are gone; the re-schedule is computed inside the unit on
    // the first run, then kept.
    bool m_replanInUnit = false;
    bool m_ranOnce = false;
};

} // namespace uproot
