#include "model/project/setteamrulescommand.h"

#include "model/project/planbuilder.h"
#include "model/project/project.h"

#include <QCoreApplication>

namespace uproot {

SetTeamRulesCommand::SetTeamRulesCommand(Project *project, QList<TeamRuleChange> changes,
                                         const QString &label)
    : ProjectCommand(project, label), m_changes(std::move(changes))
{
}

bool SetTeamRulesCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the team rules");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    if (!forward && m_reschedule && !m_reschedule->revert(*work))
        return fail(what, work->error());
    for (const TeamRuleChange &c : std::as_const(m_changes)) {
        const QString &from = forward ? c.before : c.after;
        const QString &to = forward ? c.after : c.before;
        const QString detail = QStringLiteral("%1 \"%2\": team \"%3\" -> \"%4\"")
                                   .arg(teamRuleFieldName(c.field), c.value, from, to);
        if (!work->setTeamRule(c.field, c.value, to) ||
            !work->appendAudit(actor(), QStringLiteral("team-rule"), detail))
            return fail(what, work->error());
    }
    if (forward) {
        if (!m_ranOnce && project().hasPlan()) {
            // Reads during the unit see the rules just written: the plan moves to the teams they give.
            PlanEdit edit;
            QString error;
            if (!buildReschedule(project(), &edit, &error))
                return fail(what, error);
            m_reschedule = std::move(edit);
        }
        if (m_reschedule && !m_reschedule->apply(*work))
            return fail(what, work->error());
    }
    if (m_reschedule) {
        const QString finish = forward ? m_reschedule->finishAfter : m_reschedule->finishBefore;
        const QString detail = QStringLiteral("plan re-scheduled, %1 tasks moved, projected finish %2")
                                   .arg(QString::number(m_reschedule->rows()),
                                        finish.isEmpty() ? QStringLiteral("none") : finish);
        if (!work->appendAudit(actor(), QStringLiteral("team-rule"), detail))
            return fail(what, work->error());
    }
    if (!work->commit())
        return fail(what, work->error());
    m_ranOnce = true;
    ProjectChange::Areas areas = ProjectChange::Systems | ProjectChange::Teams;
    if (m_reschedule)
        areas |= m_reschedule->areas();
    announce(ProjectChange::rowsOf(areas));
    return true;
}

} // namespace uproot
