#include "model/project/planofactionfield.h"

#include "model/documents/planofactiondocument.h"
#include "model/project/project.h"
#include "model/translation.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace uproot {

namespace {

UPROOT_DECLARE_TR_FUNCTION(PlanOfActionField)

QString settingKey(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString PlanOfActionField::key() const
{
    switch (element) {
    case Agency:
        return settingKey(settingkeys::agency);
    case ContactName:
        return settingKey(settingkeys::contactName);
    case ContactPhone:
        return settingKey(settingkeys::contactPhone);
    case ContactEmail:
        return settingKey(settingkeys::contactEmail);
    case MissionFunction:
        return settingkeys::componentMission(component);
    case Contracts:
        return settingKey(settingkeys::planContracts);
    case SecurityControls:
        return settingKey(settingkeys::planSecurityControls);
    case ReplacementProducts:
        return settingKey(settingkeys::planReplacementProducts);
    case ReplacementTimeline:
        return settingKey(settingkeys::planReplacementTimeline);
    case Challenges:
        return settingKey(settingkeys::planChallenges);
    case Costs:
        return settingKey(settingkeys::planCosts);
    }
    return QString();
}

QString PlanOfActionField::elementLabel(Element element)
{
    switch (element) {
    case Agency:
        return PlanOfActionDocument::elementLabel('a');
    case ContactName:
    case ContactPhone:
    case ContactEmail:
        return PlanOfActionDocument::elementLabel('b');
    case MissionFunction:
        return PlanOfActionDocument::elementLabel('g');
    case Contracts:
        return PlanOfActionDocument::elementLabel('h');
    case SecurityControls:
        return PlanOfActionDocument::elementLabel('j');
    case ReplacementProducts:
        return PlanOfActionDocument::elementLabel('k');
    case ReplacementTimeline:
        return PlanOfActionDocument::elementLabel('l');
    case Challenges:
        return PlanOfActionDocument::elementLabel('m');
    case Costs:
        return PlanOfActionDocument::elementLabel('n');
    }
    return QString();
}

QString PlanOfActionField::label() const
{
    const QString heading = elementLabel(element);
    switch (element) {
    case ContactName:
        return tr("%1: name").arg(heading);
    case ContactPhone:
        return tr("%1: phone").arg(heading);
    case ContactEmail:
        return tr("%1: email").arg(heading);
    case MissionFunction:
        return tr("%1: %2").arg(heading, planComponentName(component));
    default:
        return heading;
    }
}

QString planComponentName(const QString &component)
{
    return component.isEmpty() ? tr("(no component)") : component;
}

QStringList planOfActionComponents(Project &project)
{
    QStringList components;
    for (const AffectedSystemRow &row : project.findings().affectedSystems(project.primaryDirective().id))
        components.append(row.component);
    std::sort(components.begin(), components.end());
    components.erase(std::unique(components.begin(), components.end()), components.end());
    return components;
}

QList<PlanOfActionField> planOfActionFields(const QStringList &components)
{
    using F = PlanOfActionField;
    QList<F> fields = {{F::Agency, {}}, {F::ContactName, {}}, {F::ContactPhone, {}}, {F::ContactEmail, {}}};
    for (const QString &component : components)
        fields.append(F{F::MissionFunction, component});
    for (F::Element e : {F::Contracts, F::SecurityControls, F::ReplacementProducts, F::ReplacementTimeline,
                         F::Challenges, F::Costs})
        fields.append(F{e, {}});
    return fields;
}

QList<PlanOfActionField> emptyPlanOfActionFields(Project &project)
{
    // A component without a statement of its own still has (g) filled when its systems record a mission function:
    // the plan then lists those.
    QSet<QString> missionOnSystems;
    for (const AffectedSystemRow &row : project.findings().affectedSystems(project.primaryDirective().id)) {
        if (!row.missionFunction.trimmed().isEmpty())
            missionOnSystems.insert(row.component);
    }
    QList<PlanOfActionField> empty;
    for (const PlanOfActionField &field : planOfActionFields(planOfActionComponents(project))) {
        if (field.element == PlanOfActionField::MissionFunction && missionOnSystems.contains(field.component))
            continue;
        if (project.settings().value(field.key()).trimmed().isEmpty())
            empty.append(field);
    }
    return empty;
}

} // namespace uproot
