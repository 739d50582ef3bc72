#pragma once

#include "model/project/projectcommand.h"
#include "model/project/taskmove.h"

namespace uproot {

// Moves tasks to other dates in one step (a bar dragged on the timeline: a task, the later steps it pushes,
// or a system's whole work), each with an audit line naming its old and new dates. The task moved by hand
// holds its new day when the plan is made again (TaskRecord::notBefore); a move that only releases holds
// keeps the dates. Undo puts every date and hold back as it was.
class MoveTaskDatesCommand final : public ProjectCommand
{
public:
    MoveTaskDatesCommand(Project *project, QList<TaskDateMove> moves, const QString &label);

protected:
    bool write(bool forward) override;

private:
    QList<TaskDateMove> m_moves;
};

} // namespace uproot
