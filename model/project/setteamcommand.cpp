#include "model/project/setteamcommand.h"

#include "model/project/planbuilder.h"
#include "model/project/project.h"

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

namespace {
constexpr qint64 kBulkRows = 20000;
} // namespace

SetTeamCommand::SetTeamCommand(Project *project, std::optional<TeamRecord> before,
                               std::optional<TeamRecord> after, const QString &label,
                               std::optional<PlanEdit> reschedule, QList<TeamRule> rulesRemoved,
                               bool replanInUnit)
    : ProjectCommand(project, label), m_before(std::move(before)), m_after(std::move(after)),
      m_reschedule(std::move(reschedule)), m_rules(std::move(rulesRemoved)), m_replanInUnit(replanInUnit)
{
}

std::optional<PlanResult> SetTeamCommand::reschedule() const
{
    return m_reschedule ? std::optional<PlanResult>(m_reschedule->result) : std::nullopt;
}

bool SetTeamCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the team");
    const std::optional<TeamRecord> &from = forward ? m_before : m_after;
    const std::optional<TeamRecord> &to = forward ? m_after : m_before;
    const QString name = to ? to->name : from->name;
    const bool bulk = m_reschedule && m_reschedule->rows() > kBulkRows;
    const std::unique_ptr<UnitOfWork> work =
        begin(what, bulk ? ProjectStore::WorkKind::Bulk : ProjectStore::WorkKind::Edit);
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
    if (forward && !m_ranOnce && m_replanInUnit) {
        // Reads during the unit see the team and its rules gone.
        PlanEdit edit;
        QString error;
        if (!buildReschedule(project(), &edit, &error))
            return fail(what, error);
        m_reschedule = std::move(edit);
    }
    if (m_reschedule && !(forward ? m_reschedule->apply(*work) : m_reschedule->revert(*work)))
        return fail(what, work->error().isEmpty()
                              ? QCoreApplication::translate("Project", "a task is not as planned")
                              : work->error());
    QString detail = QStringLiteral("team %1: %2 -> %3").arg(name, describe(from), describe(to));
    if (!rules.isEmpty())
        detail +=
            (to ? QStringLiteral("; rules back: ") : QStringLiteral("; rules removed: ")) + rules.join(u',');
    if (m_reschedule) {
        const QString finish = forward ? m_reschedule->finishAfter : m_reschedule->finishBefore;
        detail += QStringLiteral("; plan re-scheduled, %1 tasks moved, projected finish %2")
                      .arg(QString::number(m_reschedule->rows()),
                           finish.isEmpty() ? QStringLiteral("none") : finish);
    }
    if (!commit(*work, what, QStringLiteral("team"), detail))
        return false;
    m_ranOnce = true;
    ProjectChange::Areas areas = ProjectChange::Teams;
    if (!m_rules.isEmpty())
        areas |= ProjectChange::Systems;
    if (m_reschedule)
        areas |= m_reschedule->areas();
    announce(ProjectChange::rowsOf(areas));
    return true;
}

} // namespace uproot
