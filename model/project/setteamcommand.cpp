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
                               const QString &label)
    : ProjectCommand(project, label)
    , m_before(std::move(before))
    , m_after(std::move(after))
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
    const QString detail = QStringLiteral("team %1: %2 -> %3").arg(name, describe(from), describe(to));
    if (!commit(*work, what, QStringLiteral("team"), detail))
        return false;
    announce(ProjectChange::rowsOf(ProjectChange::Teams));
    return true;
}

} // namespace uproot
