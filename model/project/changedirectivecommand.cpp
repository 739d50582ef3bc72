#include "model/project/changedirectivecommand.h"

#include "model/project/project.h"

namespace uproot {

ChangeDirectiveCommand::ChangeDirectiveCommand(Project *project, Id directiveId, QString before, QString after,
                                               const QString &label)
    : QUndoCommand(label)
    , m_project(project)
    , m_directiveId(directiveId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ChangeDirectiveCommand::redo()
{
    m_project->applyDirectiveDefinition(m_directiveId, m_after);
}

void ChangeDirectiveCommand::undo()
{
    m_project->applyDirectiveDefinition(m_directiveId, m_before);
}

} // namespace uproot
