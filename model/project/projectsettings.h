#pragma once

#include <QString>

namespace uproot {

class SettingsReader;
class UnitOfWork;

// Project settings that documents and the GUI read.
struct ProjectInfo
{
    QString agency;
    QString contactName;
    QString contactPhone;
    QString contactEmail;

    bool operator==(const ProjectInfo &) const = default;
};

// The settings keys of the project's own values, in one place.
namespace settingkeys {
inline constexpr char agency[] = "agency";
inline constexpr char contactName[] = "contact/name";
inline constexpr char contactPhone[] = "contact/phone";
inline constexpr char contactEmail[] = "contact/email";
inline constexpr char systemsPerDay[] = "plan/systemsPerDay";
// Dates the planner set (YYYY-MM-DD): removal start instead of the directive's, and the target for completion.
inline constexpr char planStart[] = "plan/start";
inline constexpr char planTarget[] = "plan/target";
// The plan's finish (YYYY-MM-DD), written with every plan and re-schedule: projected, or when every task is done
// the date of the last. Recurring milestones that run "until removal is complete" run to it; empty: no plan yet.
inline constexpr char planFinish[] = "plan/finish";
// The status date ("as of", YYYY-MM-DD) overdue and remaining work count from; empty: today.
inline constexpr char asOf[] = "status/asOf";
// Set by a schema upgrade: detection runs again over the file once, on the next open that can write.
inline constexpr char reevaluateOnOpen[] = "reevaluate-on-open";
// The Detector::Version that computed the findings; missing in files from before it was kept (version 1).
inline constexpr char detectorVersion[] = "detector-version";
// The plan of action's own elements (BOD 17-01 required action 2) that only the planner can write; the mission
// function (g) is kept per component (componentMission).
inline constexpr char planContracts[] = "plan/contracts";                     // (h)
inline constexpr char planSecurityControls[] = "plan/securityControls";       // (j)
inline constexpr char planReplacementProducts[] = "plan/replacementProducts"; // (k)
inline constexpr char planReplacementTimeline[] = "plan/replacementTimeline"; // (l)
inline constexpr char planChallenges[] = "plan/challenges";                   // (m)
inline constexpr char planCosts[] = "plan/costs";                             // (n)
// "component/NAME/mission": the mission function of a component's affected systems (g); the systems with no
// component recorded have theirs under the empty name.
QString componentMission(const QString &component);
} // namespace settingkeys

ProjectInfo readProjectInfo(SettingsReader &settings);
bool writeProjectInfo(UnitOfWork &work, const ProjectInfo &info);

} // namespace uproot
