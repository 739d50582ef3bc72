#include "model/project/plancommand.h"

#include <QCoreApplication>

namespace uproot {

namespace {
constexpr qint64 kBulkRows = 20000;

PlanEdit editOf(QList<PlanChanges> changes)
{
    PlanEdit edit;
    for (const PlanChanges &c : changes) {
        PlanResult &all = edit.result;
        all.systems += c.result.systems;
        all.tasksAdded += c.result.tasksAdded;
        all.tasksRemoved += c.result.tasksRemoved;
        all.projectedFinish = qMax(all.projectedFinish, c.result.projectedFinish);
        if (c.result.target.isValid() && (!all.target.isValid() || c.result.workingDaysLate > all.workingDaysLate)) {
            all.target = c.result.target;
            all.workingDaysLate = c.result.workingDaysLate;
        }
        if (all.teams.isEmpty())
            all.teams = c.result.teams;
        if (all.components.isEmpty())
            all.components = c.result.components;
    }
    edit.changes = std::move(changes);
    return edit;
}
} // namespace

PlanCommand::PlanCommand(Project *project, PlanEdit edit, QList<SettingChange> settings)
    : ProjectCommand(project, QCoreApplication::translate("Project", "Generate the plan"))
    , m_edit(std::move(edit))
    , m_settings(std::move(settings))
{
}

PlanCommand::PlanCommand(Project *project, QList<PlanChanges> changes, QList<SettingChange> settings)
    : PlanCommand(project, editOf(std::move(changes)), std::move(settings))
{
}

bool PlanCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not write the plan");
    // A plan of many thousands of tasks is written like an import: it refers only to systems and directives
    // it has just read, so the store may skip checking each reference.
    const std::unique_ptr<UnitOfWork> work =
        begin(what, m_edit.rows() > kBulkRows ? ProjectStore::WorkKind::Bulk : ProjectStore::WorkKind::Edit);
    if (!work)
        return false;
    for (const SettingChange &c : std::as_const(m_settings)) {
        if (!work->setSetting(c.key, forward ? c.to : c.from))
            return fail(what, work->error());
    }
    if (!(forward ? m_edit.apply(*work) : m_edit.revert(*work)))
        return fail(what, work->error().isEmpty() ? QCoreApplication::translate("Project", "a task is not as planned")
                                                  : work->error());
    const PlanResult &r = m_edit.result;
    const QString finish = r.projectedFinish.isValid() ? r.projectedFinish.toString(Qt::ISODate)
                                                        : QStringLiteral("none");
    const QString detail = forward ? QStringLiteral("%1 systems planned, %2 tasks added, %3 removed, %4 moved; "
                                                    "projected finish %5")
                                         .arg(r.systems)
                                         .arg(r.tasksAdded)
                                         .arg(r.tasksRemoved)
                                         .arg(m_edit.rows() - r.tasksAdded - r.tasksRemoved)
                                         .arg(finish)
                                   : QStringLiteral("plan undone: %1 tasks removed, %2 put back")
                                         .arg(r.tasksAdded)
                                         .arg(r.tasksRemoved);
    // The dates the plan keeps (removal start, target) with their old and new values.
    QString settings;
    for (const SettingChange &c : std::as_const(m_settings))
        settings += QStringLiteral("; %1: \"%2\" -> \"%3\"")
                        .arg(c.key, forward ? c.from : c.to, forward ? c.to : c.from);
    if (!commit(*work, what, forward ? QStringLiteral("plan") : QStringLiteral("plan-undo"), detail + settings))
        return false;
    ProjectChange::Areas areas = m_edit.areas();
    if (!m_settings.isEmpty())
        areas |= ProjectChange::Settings;
    announce(ProjectChange::rowsOf(areas));
    return true;
}

} // namespace uproot
