#include "model/store/storetypes.h"

namespace uproot {

QString toString(FindingState state)
{
    switch (state) {
    case FindingState::Open:
        return QStringLiteral("open");
    case FindingState::FalsePositive:
        return QStringLiteral("false positive");
    case FindingState::Exception:
        return QStringLiteral("exception");
    case FindingState::Excluded:
        return QStringLiteral("excluded");
    }
    return {};
}

FindingState findingStateFromString(const QString &text)
{
    if (text == QLatin1String("false positive"))
        return FindingState::FalsePositive;
    if (text == QLatin1String("exception"))
        return FindingState::Exception;
    if (text == QLatin1String("excluded"))
        return FindingState::Excluded;
    return FindingState::Open;
}

QString stateText(const FindingRow &finding)
{
    if (finding.state != FindingState::Open)
        return toString(finding.state);
    switch (finding.scan) {
    case ScanState::Removed:
        return QStringLiteral("removed");
    case ScanState::Reappeared:
        return QStringLiteral("reappeared");
    case ScanState::AsFound:
        break;
    }
    return QStringLiteral("open");
}

QString toString(Confidence confidence)
{
    return confidence == Confidence::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("needs review");
}

Confidence confidenceFromString(const QString &text)
{
    return text == QLatin1String("needs review") ? Confidence::NeedsReview : Confidence::Confirmed;
}

QString toString(TaskStatus status)
{
    switch (status) {
    case TaskStatus::ToDo:
        return QStringLiteral("to do");
    case TaskStatus::InProgress:
        return QStringLiteral("in progress");
    case TaskStatus::Blocked:
        return QStringLiteral("blocked");
    case TaskStatus::Done:
        return QStringLiteral("done");
    case TaskStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

TaskStatus taskStatusFromString(const QString &text, bool *ok)
{
    static const TaskStatus all[] = {TaskStatus::ToDo, TaskStatus::InProgress, TaskStatus::Blocked,
                                     TaskStatus::Done, TaskStatus::Skipped};
    for (TaskStatus s : all) {
        if (toString(s) == text) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return TaskStatus::ToDo;
}

bool taskStatusNeedsReason(TaskStatus status)
{
    return status == TaskStatus::Blocked || status == TaskStatus::Skipped;
}

QString taskStatusText(TaskStatus status, const QString &reason)
{
    return reason.isEmpty() ? toString(status) : toString(status) + QStringLiteral(": ") + reason;
}

QString planFieldValue(const SystemRecord &s, PlanField field)
{
    switch (field) {
    case PlanField::Component:
        return s.component;
    case PlanField::Site:
        return s.site;
    case PlanField::Owner:
        return s.owner;
    case PlanField::Team:
        return s.team;
    case PlanField::MissionFunction:
        return s.missionFunction;
    case PlanField::Criticality:
        return s.criticality;
    case PlanField::Kind:
        return s.kind;
    case PlanField::Replacement:
        return s.replacement;
    case PlanField::Contract:
        return s.contract;
    case PlanField::Notes:
        return s.notes;
    }
    return {};
}

void setPlanFieldValue(SystemRecord *s, PlanField field, const QString &value)
{
    QString *target = nullptr;
    switch (field) {
    case PlanField::Component:
        target = &s->component;
        break;
    case PlanField::Site:
        target = &s->site;
        break;
    case PlanField::Owner:
        target = &s->owner;
        break;
    case PlanField::Team:
        target = &s->team;
        break;
    case PlanField::MissionFunction:
        target = &s->missionFunction;
        break;
    case PlanField::Criticality:
        target = &s->criticality;
        break;
    case PlanField::Kind:
        target = &s->kind;
        break;
    case PlanField::Replacement:
        target = &s->replacement;
        break;
    case PlanField::Contract:
        target = &s->contract;
        break;
    case PlanField::Notes:
        target = &s->notes;
        break;
    }
    *target = value;
}

QString toString(PlanField field)
{
    switch (field) {
    case PlanField::Component:
        return QStringLiteral("component");
    case PlanField::Site:
        return QStringLiteral("site");
    case PlanField::Owner:
        return QStringLiteral("owner");
    case PlanField::Team:
        return QStringLiteral("team");
    case PlanField::MissionFunction:
        return QStringLiteral("mission function");
    case PlanField::Criticality:
        return QStringLiteral("criticality");
    case PlanField::Kind:
        return QStringLiteral("kind");
    case PlanField::Replacement:
        return QStringLiteral("replacement");
    case PlanField::Contract:
        return QStringLiteral("contract");
    case PlanField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

QList<PlanField> allPlanFields()
{
    return {PlanField::Component,   PlanField::Site,     PlanField::Owner,     PlanField::Team,
            PlanField::MissionFunction, PlanField::Criticality, PlanField::Kind, PlanField::Replacement,
            PlanField::Contract,    PlanField::Notes};
}

QString teamRuleFieldName(TeamRuleField field)
{
    return field == TeamRuleField::Site ? QStringLiteral("site") : QStringLiteral("component");
}

} // namespace uproot
