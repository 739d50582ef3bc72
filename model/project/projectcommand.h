#pragma once

#include "model/project/projectchange.h"
#include "model/project/reevaluation.h"
#include "model/store/projectstore.h"

#include <QUndoCommand>
#include <memory>

namespace uproot {

class Project;

// The base of every change to a project, and the only writer (conventions §17). A command opens a unit of work,
// writes its change and its audit line through it, commits, and announces what it touched: the change and its
// audit line are both in the file or neither is. Undoable commands go on the project's undo stack; an import,
// following a directive and re-evaluation run once (Project::runOnce).
class ProjectCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

    bool succeeded() const { return m_ok; }
    QString failure() const { return m_failure; }

protected:
    ProjectCommand(Project *project, const QString &label);

    // Writes the change (forward) or its reverse; false after fail() or a failed commit.
    virtual bool write(bool forward) = 0;

    Project &project() { return *m_project; }
    ProjectStore &store();
    QString actor() const;
    // Opens the unit of work; null, with the failure recorded, when it cannot start.
    std::unique_ptr<UnitOfWork> begin(const QString &what,
                                      ProjectStore::WorkKind kind = ProjectStore::WorkKind::Edit);
    // Appends the command's audit line and commits the unit; on failure nothing of the change stays.
    bool commit(UnitOfWork &work, const QString &what, const QString &action, const QString &detail);
    // Records why the change did not happen. A failure on the first run is returned to whoever ran the command;
    // one while undoing or redoing later is told through the project's writeFailed (after the unit of work has
    // rolled back), and clears the undo history, which no longer matches the file.
    bool fail(const QString &what, const QString &why);
    void announce(const ProjectChange &change);
    void announceReevaluation(const ReevaluationResult &result);

private:
    Project *m_project;
    bool m_ok = true;
    bool m_firstRun = true;
    QString m_failure;
};

} // namespace uproot
