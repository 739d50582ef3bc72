#pragma once

#include "model/store/storetypes.h"

#include <QUndoCommand>

namespace uproot {

class Project;

class SetTaskStatusCommand final : public QUndoCommand
{
public:
    SetTaskStatusCommand(Project *project, Id taskId, TaskStatus from, TaskStatus to, const QString &label);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_taskId;
    TaskStatus m_from;
    TaskStatus m_to;
};

} // namespace uproot
