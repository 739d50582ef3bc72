#pragma once

#include "model/project/projectcommand.h"

#include <optional>

namespace uproot {

// Sets the status of one task or of many (a bulk edit) in one step, each with its audit line. Blocked and
// skipped carry the reason given (Project checks it is there); any other status clears the reason, since it
// explained a state the task has left. Undo puts back each task's own status and reason. Notes given with the
// status (`uproot task set --status --notes`) are written in the same unit, so the edit lands whole or not at
// all.
class SetTaskStatusCommand final : public ProjectCommand
{
public:
    SetTaskStatusCommand(Project *project, QList<TaskRecord> before, TaskStatus to, const QString &reason,
                         const QString &label, std::optional<QString> notes = std::nullopt);

protected:
    bool write(bool forward) override;

private:
    bool writeNotes(UnitOfWork &work, const TaskRecord &task, bool forward);

    QList<TaskRecord> m_before;
    TaskStatus m_to;
    QString m_reason;
    std::optional<QString> m_notes;
};

} // namespace uproot
