#include "model/project/settaskstatuscommand.h"

#include "model/project/project.h"

namespace uproot {

SetTaskStatusCommand::SetTaskStatusCommand(Project *project, Id taskId, TaskStatus from, TaskStatus to,
                                           const QString &label)
    : QUndoCommand(label)
    , m_project(project)
    , m_taskId(taskId)
    , m_from(from)
    , m_to(to)
{
}

void SetTaskStatusCommand::redo()
{
    m_project->applyTaskStatus(m_taskId, m_to);
}

void SetTaskStatusCommand::undo()
{
    m_project->applyTaskStatus(m_taskId, m_from);
}

} // namespace uproot
