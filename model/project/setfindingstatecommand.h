#pragma once

#include "model/store/storetypes.h"

#include <QUndoCommand>

namespace uproot {

class Project;

// Dismisses a finding as a false positive, records an approved exception, or reopens it; with its reason.
class SetFindingStateCommand final : public QUndoCommand
{
public:
    SetFindingStateCommand(Project *project, const FindingRow &before, FindingState to, const QString &reason,
                           const QString &label);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_findingId;
    FindingState m_fromState;
    QString m_fromReason;
    FindingState m_toState;
    QString m_toReason;
};

} // namespace uproot
