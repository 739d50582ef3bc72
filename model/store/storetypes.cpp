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

} // namespace uproot
