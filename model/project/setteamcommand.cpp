#include "model/project/setteamcommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace uproot {

namespace {
QString describe(const std::optional<TeamRecord> &team)
{
    if (!team)
        return QStringLiteral("none");
    QStringList days;
    for (const QDate &d : team->daysOff)
        days.append(d.toString(Qt::ISODate));
    return QStringLiteral("%1 a day, days off [%2]").arg(team->capacity).arg(days.join(u','));
}
} // namespace

SetTeamCommand::SetTeamCommand(Project *project, std::optional<TeamRecord> before, std::optional<TeamRecord> after,
                               const QString &label, QList<TeamRule> rulesRemoved)
    : ProjectCommand(project, label)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_rules(std::move(rulesRemoved))
{
}

bool SetTeamCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the team");
    const std::optional<TeamRecord> &from = forward ? m_before : m_after;
    const std::optional<TeamRecord> &to = forward ? m_after : m_before;
    const QString name = to ? to->name : from->name;
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    if (to ? !work->saveTeam(*to) : !work->removeTeam(name))
        return fail(what, work->error());
    // The rules exist exactly while the team does: gone with it, back when it comes back.
    QStringList rules;
    for (const TeamRule &r : std::as_const(m_rules)) {
        if (!work->setTeamRule(r.field, r.value, to ? r.team : QString()))
            return fail(what, work->error());
        rules.append(QStringLiteral("%1 \"%2\"").arg(teamRuleFieldName(r.field), r.value));
    }
    QString detail = QStringLiteral("team %1: %2 -> %3").arg(name, describe(from), describe(to));
    if (!rules.isEmpty())
        detail += (to ? QStringLiteral("; rules back: ") : QStringLiteral("; rules removed: ")) + rules.join(u',');
    if (!commit(*work, what, QStringLiteral("team"), detail))
        return false;
    announce(ProjectChange::rowsOf(m_rules.isEmpty() ? ProjectChange::Areas(ProjectChange::Teams)
                                                     : ProjectChange::Teams | ProjectChange::Systems));
    return true;
}

} // namespace uproot
