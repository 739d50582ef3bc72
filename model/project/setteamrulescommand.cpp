#include "model/project/setteamrulescommand.h"

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
    for (const TeamRuleChange &c : std::as_const(m_changes)) {
        const QString &from = forward ? c.before : c.after;
        const QString &to = forward ? c.after : c.before;
        const QString detail = QStringLiteral("%1 \"%2\": team \"%3\" -> \"%4\"")
                                   .arg(teamRuleFieldName(c.field), c.value, from, to);
        if (!work->setTeamRule(c.field, c.value, to) ||
            !work->appendAudit(actor(), QStringLiteral("team-rule"), detail))
            return fail(what, work->error());
    }
    if (!work->commit())
        return fail(what, work->error());
    announce(ProjectChange::rowsOf(ProjectChange::Systems | ProjectChange::Teams));
    return true;
}

} // namespace uproot
