#include "model/project/settaskstatuscommand.h"

#include <QCoreApplication>

namespace uproot {

SetTaskStatusCommand::SetTaskStatusCommand(Project *project, QList<TaskRecord> before, TaskStatus to,
                                           const QString &reason, const QString &label,
                                           std::optional<QString> notes)
    : ProjectCommand(project, label), m_before(std::move(before)), m_to(to),
      m_reason(taskStatusNeedsReason(to) ? reason : QString()), m_notes(std::move(notes))
{
}

bool SetTaskStatusCommand::writeNotes(UnitOfWork &work, const TaskRecord &task, bool forward)
{
    const QString from = forward ? task.notes : *m_notes;
    const QString to = forward ? *m_notes : task.notes;
    const QString detail = QStringLiteral("%1 step %2: notes \"%3\" -> \"%4\"")
                               .arg(task.system, QString::number(task.step), from, to);
    return work.setTaskNotes(task.id, to) && work.appendAudit(actor(), QStringLiteral("task-notes"), detail);
}

bool SetTaskStatusCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the task's status");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    QList<Id> ids;
    for (const TaskRecord &task : std::as_const(m_before)) {
        const QString newText = taskStatusText(m_to, m_reason);
        const QString oldText = taskStatusText(task.status, task.reason);
        const TaskStatus to = forward ? m_to : task.status;
        const QString reason = forward ? m_reason : task.reason;
        // One arg() call: a chained one would fill a "%1" inside a system's name with the step number.
        const QString detail = QStringLiteral("%1 step %2: %3 -> %4")
                                   .arg(task.system, QString::number(task.step), forward ? oldText : newText,
                                        forward ? newText : oldText);
        if (!work->setTaskStatus(task.id, to, reason) ||
            !work->appendAudit(actor(), QStringLiteral("task-status"), detail))
            return fail(what, work->error());
        if (m_notes && *m_notes != task.notes && !writeNotes(*work, task, forward))
            return fail(what, work->error());
        ids.append(task.id);
    }
    if (!work->commit())
        return fail(what, work->error());
    announce(ProjectChange::rowsEdited(ProjectChange::Tasks, ids));
    return true;
}

} // namespace uproot
