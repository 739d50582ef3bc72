#include "model/project/settaskstatuscommand.h"

#include <QCoreApplication>

namespace uproot {

SetTaskStatusCommand::SetTaskStatusCommand(Project *project, QList<TaskRecord> before, TaskStatus to,
                                           const QString &label)
    : ProjectCommand(project, label)
    , m_before(std::move(before))
    , m_to(to)
{
}

bool SetTaskStatusCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the task's status");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    QList<Id> ids;
    for (const TaskRecord &task : std::as_const(m_before)) {
        const TaskStatus from = forward ? task.status : m_to;
        const TaskStatus to = forward ? m_to : task.status;
        // One arg() call: a chained one would fill a "%1" inside a system's name with the step number.
        const QString detail = QStringLiteral("%1 step %2: %3 -> %4")
                                   .arg(task.system, QString::number(task.step), toString(from), toString(to));
        if (!work->setTaskStatus(task.id, to) || !work->appendAudit(actor(), QStringLiteral("task-status"), detail))
            return fail(what, work->error());
        ids.append(task.id);
    }
    if (!work->commit())
        return fail(what, work->error());
    announce(ProjectChange::rowsEdited(ProjectChange::Tasks, ids));
    return true;
}

} // namespace uproot
