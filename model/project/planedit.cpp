#include "model/project/planedit.h"

#include "model/project/projectsettings.h"
#include "model/store/unitofwork.h"

namespace uproot {

bool PlanEdit::apply(UnitOfWork &work)
{
    for (PlanChanges &c : changes) {
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
        for (const PlanChanges::DateChange &d : std::as_const(c.moved)) {
            if (!work.setTaskDates(d.taskId, d.toStart, d.toDue))
                return false;
        }
    }
    for (const Milestones &m : std::as_const(milestones)) {
        if (!work.replaceMilestones(m.directiveId, m.after))
            return false;
    }
    return finishBefore == finishAfter ||
           work.setSetting(QString::fromLatin1(settingkeys::planFinish), finishAfter);
}

bool PlanEdit::revert(UnitOfWork &work) const
{
    // In reverse: a later directive's added tasks may hold the ids an earlier one's removed tasks had (SQLite
    // reuses the highest free rowid), so they go before those come back.
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const PlanChanges &c = *it;
        for (const PlanChanges::DateChange &d : c.moved) {
            if (!work.setTaskDates(d.taskId, d.fromStart, d.fromDue))
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
    for (const Milestones &m : milestones) {
        if (!work.replaceMilestones(m.directiveId, m.before))
            return false;
    }
    return finishBefore == finishAfter ||
           work.setSetting(QString::fromLatin1(settingkeys::planFinish), finishBefore);
}

qint64 PlanEdit::rows() const
{
    qint64 rows = 0;
    for (const PlanChanges &c : changes)
        rows += c.added.size() + c.removed.size() + c.moved.size();
    return rows;
}

ProjectChange::Areas PlanEdit::areas() const
{
    ProjectChange::Areas areas = ProjectChange::Tasks;
    if (finishBefore != finishAfter)
        areas |= ProjectChange::Settings;
    if (!milestones.isEmpty())
        areas |= ProjectChange::Directives;
    return areas;
}

} // namespace uproot
