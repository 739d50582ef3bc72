#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// Sets the status of one task or of many (a bulk edit) in one step, each with its audit line.
class SetTaskStatusCommand final : public ProjectCommand
{
public:
    SetTaskStatusCommand(Project *project, QList<TaskRecord> before, TaskStatus to, const QString &label);

protected:
    bool write(bool forward) override;

private:
    QList<TaskRecord> m_before;
    TaskStatus m_to;
};

} // namespace uproot
