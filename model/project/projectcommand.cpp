#include "model/project/projectcommand.h"

#include "model/project/project.h"
#include "model/translation.h"

#include <QCoreApplication>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Project)

ProjectCommand::ProjectCommand(Project *project, const QString &label)
    : QUndoCommand(label)
    , m_project(project)
{
}

void ProjectCommand::redo()
{
    m_ok = true;
    m_ok = write(true);
    if (m_ok)
        m_project->pinAuditHead();
    // A change that did not happen on its first run has nothing to undo: the undo stack drops it.
    if (!m_ok && m_firstRun)
        setObsolete(true);
    m_firstRun = false;
}

void ProjectCommand::undo()
{
    m_ok = true;
    m_ok = write(false);
    if (m_ok)
        m_project->pinAuditHead();
}

ProjectStore &ProjectCommand::store()
{
    return m_project->store();
}

QString ProjectCommand::actor() const
{
    return m_project->actor();
}

std::unique_ptr<UnitOfWork> ProjectCommand::begin(const QString &what, ProjectStore::WorkKind kind)
{
    std::unique_ptr<UnitOfWork> work = store().beginWork(kind);
    if (!work->isActive()) {
        fail(what, work->error());
        return nullptr;
    }
    return work;
}

bool ProjectCommand::commit(UnitOfWork &work, const QString &what, const QString &action, const QString &detail)
{
    if (!work.appendAudit(actor(), action, detail) || !work.commit())
        return fail(what, work.error());
    return true;
}

bool ProjectCommand::fail(const QString &what, const QString &why)
{
    m_ok = false;
    m_failure = tr("%1: %2: %3").arg(m_project->path(), what, why);
    if (m_firstRun)
        m_project->reportFailure(m_failure, false);
    else
        m_project->reportUndoFailure(m_failure);
    return false;
}

void ProjectCommand::announce(const ProjectChange &change)
{
    m_project->announce(change);
}

} // namespace uproot

namespace uproot {

void ProjectCommand::announceReevaluation(const ReevaluationResult &result)
{
    m_project->announceReevaluation(result);
}

} // namespace uproot
