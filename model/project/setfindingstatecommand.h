#pragma once

#include "model/store/storetypes.h"

#include <QUndoCommand>

namespace uproot {

class Project;

// Dismisses a finding as a false positive, records an approved exception, or reopens it; with its reason. It names
// the finding by installation and directive, not by row id, since a rule change and its undo may replace the row.
class SetFindingStateCommand final : public QUndoCommand
{
public:
    SetFindingStateCommand(Project *project, const FindingRow &before, FindingState to, const QString &reason,
                           const QString &label);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_installationId;
    Id m_directiveId;
    FindingState m_fromState;
    QString m_fromReason;
    FindingState m_toState;
    QString m_toReason;
};

} // namespace uproot
