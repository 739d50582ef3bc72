#pragma once

#include "model/planning/planner.h"

#include <QDate>
#include <QList>

namespace uproot {

class Project;

// One task's dates before and after a move, with what its audit line names.
struct TaskDateMove
{
    PlanChanges::DateChange dates;
    QString system;
    int step = 0;
    QDate fromNotBefore; // the day it held before the move (TaskRecord::notBefore)
    QDate toNotBefore;   // and after: the new start of the task moved by hand, else as before
};

// A move of a task, or of a system's whole work, dragged on the timeline to start on another day, worked out
// without writing (MoveTaskDatesCommand writes it). The day snaps to the system's team's working days
// (weekends, federal holidays and the team's days off skipped, as the planner places work), and every task
// moved keeps the working days it takes. A task cannot start before the steps it comes `after` in its
// template are finished: one dragged earlier than that starts the working day after them, and the later steps
// that depend on a moved one are pushed so they still follow it. Done and skipped tasks keep their dates.
class TaskMove final
{
public:
    // Moves one task (taskId) or, with taskId 0, every task of the system that is not done or skipped, so
    // that the task's (or the system's earliest) start falls on `start`. Empty moves when nothing changes;
    // false with error when the task or system is not in the project or cannot move.
    static bool build(Project &project, Id systemId, Id taskId, const QDate &start,
                      QList<TaskDateMove> *moves, QString *error);
};

} // namespace uproot
