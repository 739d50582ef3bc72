#include "model/project/followdirectivecommand.h"

#include "model/project/directivebinding.h"
#include "model/project/project.h"
#include "model/project/projectsettings.h"
#include "model/project/projecttemplates.h"

#include <QCoreApplication>

namespace uproot {

FollowDirectiveCommand::FollowDirectiveCommand(Project *project, const DirectiveCatalog &catalog,
                                               QString directiveId, QDate issued, std::optional<ProjectInfo> info)
    : ProjectCommand(project, QCoreApplication::translate("Project", "Follow %1").arg(directiveId))
    , m_catalog(catalog)
    , m_directiveId(std::move(directiveId))
    , m_issued(issued)
    , m_info(std::move(info))
{
}

bool FollowDirectiveCommand::write(bool forward)
{
    Q_UNUSED(forward);
    const QString what = QCoreApplication::translate("Project", "could not follow the directive");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    QString error;
    if (!followDirective(*work, m_catalog, m_directiveId, m_issued, keptPlanFinish(project().settings()), &error))
        return fail(what, error);
    if (m_info && !writeProjectInfo(*work, *m_info))
        return fail(what, work->error());
    // A new project keeps its own copy of the shipped task templates, so a later version of the program with
    // other shipped templates does not change the plan it makes (docs/user-guide.md, "Task templates").
    if (m_info && !work->replaceTaskTemplates(storedTemplates(TaskTemplates::builtin())))
        return fail(what, work->error());
    if (!m_info && !reevaluateFindings(store(), *work, matcherFor(store().directives()), &m_result, &error))
        return fail(what, error);
    // A new project has no findings, and following another directive re-evaluates them all: either way they
    // are this program's detector's.
    if (!recordDetectorVersion(*work))
        return fail(what, work->error());
    const QString detail = m_info ? QStringLiteral("project created following %1").arg(m_directiveId)
                                  : QStringLiteral("now following %1: %2 new findings")
                                        .arg(m_directiveId)
                                        .arg(m_result.added);
    if (!commit(*work, what, m_info ? QStringLiteral("create") : QStringLiteral("follow"), detail))
        return false;
    ProjectChange::Areas touched = ProjectChange::Findings | ProjectChange::Directives | ProjectChange::Settings;
    if (m_info)
        touched |= ProjectChange::Templates;
    announce(ProjectChange::rowsOf(touched));
    if (!m_info)
        announceReevaluation(m_result);
    return true;
}

} // namespace uproot
