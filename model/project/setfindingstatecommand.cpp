#include "model/project/setfindingstatecommand.h"

#include "model/project/project.h"

namespace uproot {

SetFindingStateCommand::SetFindingStateCommand(Project *project, const FindingRow &before, FindingState to,
                                               const QString &reason, const QString &label)
    : QUndoCommand(label)
    , m_project(project)
    , m_installationId(before.installationId)
    , m_directiveId(before.directiveId)
    , m_fromState(before.state)
    , m_fromReason(before.reason)
    , m_toState(to)
    , m_toReason(reason)
{
}

void SetFindingStateCommand::redo()
{
    m_project->applyFindingState(m_installationId, m_directiveId, m_toState, m_toReason);
}

void SetFindingStateCommand::undo()
{
    m_project->applyFindingState(m_installationId, m_directiveId, m_fromState, m_fromReason);
}

} // namespace uproot
