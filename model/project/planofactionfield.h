#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace uproot {

class Project;

// One field of the plan of action that only the planner can fill, as the form shows it and the project keeps
// it (a project setting): the elements of BOD 17-01 required action 2 that no inventory or schedule gives,
// which are the agency (a), its point of contact (b), contracts (h), security controls (j), replacement
// products (k) and their timeline (l), challenges (m) and costs (n); and the mission function (g), once per
// component.
struct PlanOfActionField
{
    enum Element {
        Agency,
        ContactName,
        ContactPhone,
        ContactEmail,
        MissionFunction,
        Contracts,
        SecurityControls,
        ReplacementProducts,
        ReplacementTimeline,
        Challenges,
        Costs,
    };

    Element element = Agency;
    QString component; // MissionFunction only: the component it describes ("" for the systems with none)

    // The settings key it is kept under.
    QString key() const;
    // "(h) Contracts, service-level agreements and other agreements", "(b) Point of contact: phone",
    // "(g) Mission function of the affected endpoints: Bureau of Statistics".
    QString label() const;
    bool operator==(const PlanOfActionField &) const = default;

    static bool isPerComponent(Element element) { return element == MissionFunction; }
    // The element's heading in the plan, without the part a field adds ("(b) Point of contact").
    static QString elementLabel(Element element);
};

// A value for a field; an empty one clears it.
struct PlanOfActionValue
{
    PlanOfActionField field;
    QString value;
};

// How the plan names a component: its name, or "(no component)" for the systems with none recorded.
QString planComponentName(const QString &component);
// The components the plan of action lists: those of the affected systems of the project's primary directive,
// sorted, with "" for the systems that have no component.
QStringList planOfActionComponents(Project &project);
// Every field the plan needs, in the plan's order: the mission function once per component, the others once.
QList<PlanOfActionField> planOfActionFields(const QStringList &components);
// The fields with nothing recorded yet (blank counts as nothing), in the plan's order: what the planner is
// told before the plan goes out. A component's mission function counts as recorded when any of its affected
// systems records one (the plan lists those).
QList<PlanOfActionField> emptyPlanOfActionFields(Project &project);

} // namespace uproot
