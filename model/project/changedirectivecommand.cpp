#include "model/project/changedirectivecommand.h"

#include "model/project/directivebinding.h"
#include "model/project/project.h"
#include "model/project/reevaluation.h"

#include <QCoreApplication>

namespace uproot {

ChangeDirectiveCommand::ChangeDirectiveCommand(Project *project, DirectiveRecord directive, QString before,
                                               QString after, const QString &label)
    : ProjectCommand(project, label)
    , m_directive(std::move(directive))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool ChangeDirectiveCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not apply the directive's rules");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    QString error;
    ReevaluationResult result;
    if (!storeDirectiveDefinition(*work, m_directive, forward ? m_after : m_before,
                                  keptPlanFinish(project().settings()), &error)
        || !reevaluateFindings(store(), *work, matcherFor(store().directives()), &result, &error))
        return fail(what, error);
    const QString detail = QStringLiteral("rules of directive %1 changed: %2 new findings, %3 gone")
                               .arg(m_directive.code)
                               .arg(result.added)
                               .arg(result.removed);
    if (!commit(*work, what, QStringLiteral("directive-rules"), detail))
        return false;
    announce(ProjectChange::rowsOf(ProjectChange::Findings | ProjectChange::Directives));
    announceReevaluation(result);
    return true;
}

} // namespace uproot
