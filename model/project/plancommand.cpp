#include "model/project/plancommand.h"

#include <QCoreApplication>

namespace uproot {

namespace {
constexpr qint64 kBulkRows = 20000;
} // namespace

PlanCommand::PlanCommand(Project *project, QList<PlanChanges> changes, QList<SettingChange> settings)
    : ProjectCommand(project, QCoreApplication::translate("Project", "Generate the plan"))
    , m_changes(std::move(changes))
    , m_settings(std::move(settings))
{
}

PlanResult PlanCommand::combine(const QList<PlanChanges> &changes)
{
    PlanResult all;
    for (const PlanChanges &c : changes) {
        all.systems += c.result.systems;
        all.tasksAdded += c.result.tasksAdded;
        all.tasksRemoved += c.result.tasksRemoved;
        if (c.result.projectedFinish > all.projectedFinish)
            all.projectedFinish = c.result.projectedFinish;
        // The directive whose target is missed by most (or met by least) speaks for the plan.
        if (c.result.target.isValid() && (!all.target.isValid() || c.result.workingDaysLate > all.workingDaysLate)) {
            all.target = c.result.target;
            all.workingDaysLate = c.result.workingDaysLate;
            all.teams = c.result.teams;
        }
        if (!all.target.isValid() && all.teams.isEmpty())
            all.teams = c.result.teams;
    }
    return all;
}

bool PlanCommand::apply(UnitOfWork &work)
{
    for (PlanChanges &c : m_changes) {
        for (const TaskRecord &t : std::as_const(c.removed)) {
            if (!work.removeTask(t.id))
                return false;
        }
        for (TaskRecord &t : c.added) {
            const Id id = work.addTask(t);
            if (!id)
                return false;
            t.id = id; // the first run hands out the id; a redo asks for the same one
        }
        for (const PlanChanges::DueChange &d : std::as_const(c.moved)) {
            if (!work.setTaskDue(d.taskId, d.to))
                return false;
        }
    }
    return true;
}

bool PlanCommand::revert(UnitOfWork &work)
{
    // In reverse: a later directive's added tasks may hold the ids an earlier one's removed tasks had (SQLite
    // reuses the highest free rowid), so they go before those come back.
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        const PlanChanges &c = *it;
        for (const PlanChanges::DueChange &d : c.moved) {
            if (!work.setTaskDue(d.taskId, d.from))
                return false;
        }
        for (const TaskRecord &t : c.added) {
            if (!work.removeTask(t.id))
                return false;
        }
        for (const TaskRecord &t : c.removed) {
            if (!work.addTask(t))
                return false;
        }
    }
    return true;
}

bool PlanCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not write the plan");
    // A plan of many thousands of tasks is written like an import: it refers only to systems and directives
    // it has just read, so the store may skip checking each reference.
    qint64 rows = 0;
    for (const PlanChanges &c : std::as_const(m_changes))
        rows += c.added.size() + c.removed.size() + c.moved.size();
    const std::unique_ptr<UnitOfWork> work =
        begin(what, rows > kBulkRows ? ProjectStore::WorkKind::Bulk : ProjectStore::WorkKind::Edit);
    if (!work)
        return false;
    for (const SettingChange &c : std::as_const(m_settings)) {
        if (!work->setSetting(c.key, forward ? c.to : c.from))
            return fail(what, work->error());
    }
    if (!(forward ? apply(*work) : revert(*work)))
        return fail(what, work->error().isEmpty() ? QCoreApplication::translate("Project", "a task is not as planned")
                                                  : work->error());
    const PlanResult r = result();
    const QString detail = forward ? QStringLiteral("%1 systems planned, %2 tasks added, %3 removed")
                                         .arg(r.systems)
                                         .arg(r.tasksAdded)
                                         .arg(r.tasksRemoved)
                                   : QStringLiteral("plan undone: %1 tasks removed, %2 put back")
                                         .arg(r.tasksAdded)
                                         .arg(r.tasksRemoved);
    if (!commit(*work, what, forward ? QStringLiteral("plan") : QStringLiteral("plan-undo"), detail))
        return false;
    announce(ProjectChange::rowsOf(m_settings.isEmpty() ? ProjectChange::Areas(ProjectChange::Tasks)
                                                        : ProjectChange::Tasks | ProjectChange::Settings));
    return true;
}

} // namespace uproot
