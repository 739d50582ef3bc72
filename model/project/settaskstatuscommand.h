#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// Sets the status of one task or of many (a bulk edit) in one step, each with its audit line. Blocked and
// skipped carry the reason given (Project checks it is there); any other status clears the reason, since it
// explained a state the task has left. Undo puts back each task's own status and reason.
class SetTaskStatusCommand final : public ProjectCommand
{
public:
    SetTaskStatusCommand(Project *project, QList<TaskRecord> before, TaskStatus to, const QString &reason,
                         const QString &label);

protected:
    bool write(bool forward) override;

private:
    QList<TaskRecord> m_before;
    TaskStatus m_to;
    QString m_reason;
};

} // namespace uproot
