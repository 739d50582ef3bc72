#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// Replaces a task's notes (empty clears them), with an audit line holding the old and the new text.
class SetTaskNotesCommand final : public ProjectCommand
{
public:
    SetTaskNotesCommand(Project *project, TaskRecord before, const QString &notes, const QString &label);

protected:
    bool write(bool forward) override;

private:
    TaskRecord m_before;
    QString m_notes;
};

} // namespace uproot
