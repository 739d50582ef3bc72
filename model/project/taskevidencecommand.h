#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// Adds a piece of evidence to a task, or removes one; undo does the reverse. The command keeps the whole
// item, the file's bytes included, so that the item comes back under its own id with the same bytes and
// SHA-256 however often it is undone and redone. Each run writes one audit line naming the task, the item
// and, for a file, its SHA-256 and size.
class TaskEvidenceCommand final : public ProjectCommand
{
public:
    enum class Action { Add, Remove };

    TaskEvidenceCommand(Project *project, Action action, TaskRecord task, TaskEvidenceRecord evidence,
                        const QString &label);

    // The item's id once the command has run (the one the store gave it when added).
    Id evidenceId() const { return m_evidence.id; }

protected:
    bool write(bool forward) override;

private:
    Action m_action;
    TaskRecord m_task;
    TaskEvidenceRecord m_evidence;
};

// How an audit line and the command line name an item: `file "report.pdf" (SHA-256 ab12..., 2048 bytes)` or
// `reference "INC-4711"`.
QString describeEvidence(const TaskEvidenceRecord &evidence);

} // namespace uproot
