// Project's edits from the timeline: a task or a system's work dragged to other dates, one undoable step
// each.
#include "model/project/movetaskdatescommand.h"
#include "model/project/project.h"

namespace uproot {

bool Project::moveTask(Id taskId, const QDate &start, QString *error)
{
    const TaskRecord task = tasks().task(taskId);
    if (!task.id) {
        *error = tr("there is no task %1 in the project").arg(taskId);
        return false;
    }
    QList<TaskDateMove> moves;
    if (!TaskMove::build(*this, task.systemId, taskId, start, &moves, error))
        return false;
    if (moves.isEmpty())
        return true;
    const QString label = tr("Move \"%1\" on %2").arg(task.title.left(40), task.system);
    return push(new MoveTaskDatesCommand(this, moves, label), error);
}

bool Project::moveSystemWork(Id systemId, const QDate &start, QString *error)
{
    QList<TaskDateMove> moves;
    if (!TaskMove::build(*this, systemId, 0, start, &moves, error))
        return false;
    if (moves.isEmpty())
        return true;
    const QString label = tr("Move the work on %1").arg(moves.first().system);
    return push(new MoveTaskDatesCommand(this, moves, label), error);
}

bool Project::releaseHolds(Id systemId, Id taskId, QString *error)
{
    QList<TaskDateMove> moves;
    for (const TaskRecord &t : tasks().allTasksOfSystem(systemId)) {
        if (t.notBefore.isValid() && (!taskId || t.id == taskId))
            moves.append({{t.id, t.start, t.due, t.start, t.due}, t.system, t.step, t.notBefore, QDate()});
    }
    if (moves.isEmpty())
        return true;
    const QString label = tr("Let the plan place the work on %1 again").arg(moves.first().system);
    return push(new MoveTaskDatesCommand(this, moves, label), error);
}

} // namespace uproot
