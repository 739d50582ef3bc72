#pragma once

#include "model/store/storetypes.h"

#include <QUndoCommand>

namespace uproot {

class Project;

// Replaces the project's copy of a directive (its rules, exclusions, milestones) and re-evaluates every
// finding; undo puts the old definition back and re-evaluates again.
class ChangeDirectiveCommand final : public QUndoCommand
{
public:
    ChangeDirectiveCommand(Project *project, Id directiveId, QString before, QString after, const QString &label);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_directiveId;
    QString m_before;
    QString m_after;
};

} // namespace uproot
