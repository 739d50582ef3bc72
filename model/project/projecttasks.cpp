// Project's task workflow: status with its reason, notes and evidence, each one undoable command.
#include "model/project/project.h"

#include "model/project/settasknotescommand.h"
#include "model/project/settaskstatuscommand.h"
#include "model/project/taskevidencecommand.h"
#include "model/project/taskevidencefile.h"

#include <QDateTime>

namespace uproot {

namespace {
QString taskName(const TaskRecord &task)
{
    return QStringLiteral("%1 step %2").arg(task.system, QString::number(task.step));
}
} // namespace

namespace {

bool reasonGiven(TaskStatus status, const QString &reason, QString *why, QString *error)
{
    *why = taskStatusNeedsReason(status) ? reason.simplified() : QString();
    if (taskStatusNeedsReason(status) && why->isEmpty()) {
        *error = Project::tr("a task set to %1 needs a reason (what it waits for, or why it is not needed)")
                     .arg(toString(status));
        return false;
    }
    return true;
}

} // namespace

bool Project::setTaskStatuses(const QList<Id> &taskIds, TaskStatus status, const QString &reason,
                              QString *error)
{
    QString why;
    if (!reasonGiven(status, reason, &why, error))
        return false;
    QList<TaskRecord> before;
    for (Id id : taskIds) {
        const TaskRecord task = tasks().task(id);
        if (!task.id) {
            *error = tr("there is no task %1 in the project").arg(id);
            return false;
        }
        if (task.status != status || task.reason != why)
            before.append(task);
    }
    if (before.isEmpty())
        return true;
    const QString label =
        before.size() == 1 ? tr("Set \"%1\" on %2 to %3")
                                 .arg(before.first().title.left(40), before.first().system, toString(status))
                           : tr("Set %1 tasks to %2").arg(before.size()).arg(toString(status));
    return push(new SetTaskStatusCommand(this, before, status, why, label), error);
}

void Project::setTaskStatus(Id taskId, TaskStatus status, const QString &reason)
{
    setTaskStatuses({taskId}, status, reason);
}

void Project::setTaskStatuses(const QList<Id> &taskIds, TaskStatus status, const QString &reason)
{
    QString error;
    if (!setTaskStatuses(taskIds, status, reason, &error))
        reportFailure(error, true);
}

bool Project::setTaskNotes(Id taskId, const QString &notes, QString *error)
{
    const TaskRecord task = tasks().task(taskId);
    if (!task.id) {
        *error = tr("there is no task %1 in the project").arg(taskId);
        return false;
    }
    const QString text = notes.trimmed();
    if (text == task.notes)
        return true;
    return push(new SetTaskNotesCommand(this, task, text, tr("Edit the notes of %1").arg(taskName(task))),
                error);
}

bool Project::setTaskStatusAndNotes(Id taskId, TaskStatus status, const QString &reason, const QString &notes,
                                    QString *error)
{
    QString why;
    if (!reasonGiven(status, reason, &why, error))
        return false;
    const TaskRecord task = tasks().task(taskId);
    if (!task.id) {
        *error = tr("there is no task %1 in the project").arg(taskId);
        return false;
    }
    const QString text = notes.trimmed();
    if (task.status == status && task.reason == why)
        return setTaskNotes(taskId, text, error);
    if (text == task.notes)
        return setTaskStatuses({taskId}, status, why, error);
    const QString label =
        tr("Set \"%1\" on %2 to %3 with notes").arg(task.title.left(40), task.system, toString(status));
    return push(new SetTaskStatusCommand(this, {task}, status, why, label, text), error);
}

bool Project::attachTaskEvidence(Id taskId, const QString &filePath, QString *error, Id *evidenceId)
{
    // The file is read and hashed before the unit of work opens: a file that cannot be read writes nothing.
    TaskEvidenceRecord evidence;
    if (!readEvidenceFile(filePath, &evidence, error))
        return false;
    return addTaskEvidence(taskId, evidence, error, evidenceId);
}

bool Project::addTaskReference(Id taskId, const QString &reference, QString *error, Id *evidenceId)
{
    TaskEvidenceRecord evidence;
    evidence.kind = TaskEvidenceRecord::Kind::Reference;
    evidence.name = reference;
    return addTaskEvidence(taskId, evidence, error, evidenceId);
}

bool Project::addTaskEvidence(Id taskId, TaskEvidenceRecord evidence, QString *error, Id *evidenceId)
{
    const TaskRecord task = tasks().task(taskId);
    if (!task.id) {
        *error = tr("there is no task %1 in the project").arg(taskId);
        return false;
    }
    const bool file = evidence.kind == TaskEvidenceRecord::Kind::File;
    evidence.name = file ? evidence.name : evidence.name.simplified();
    if (evidence.name.isEmpty()) {
        *error = tr("a reference needs some text (a ticket number, a change request)");
        return false;
    }
    evidence.id = 0;
    evidence.taskId = task.id;
    evidence.addedAt = QDateTime::currentDateTimeUtc();
    evidence.addedBy = actor();
    const QString label = file ? tr("Attach %1 to %2").arg(evidence.name, taskName(task))
                               : tr("Add reference %1 to %2").arg(evidence.name, taskName(task));
    auto *command = new TaskEvidenceCommand(this, TaskEvidenceCommand::Action::Add, task, evidence, label);
    // The stack owns the command; it is alive here unless its first run failed, which push reports.
    if (!push(command, error))
        return false;
    if (evidenceId)
        *evidenceId = command->evidenceId();
    return true;
}

bool Project::removeTaskEvidence(Id evidenceId, QString *error)
{
    // Read with its bytes: undoing the removal puts the very same item back.
    const TaskEvidenceRecord evidence = tasks().evidenceItem(evidenceId);
    if (!evidence.id) {
        *error = tr("there is no evidence %1 in the project").arg(evidenceId);
        return false;
    }
    const TaskRecord task = tasks().task(evidence.taskId);
    return push(new TaskEvidenceCommand(this, TaskEvidenceCommand::Action::Remove, task, evidence,
                                        tr("Remove %1 from %2").arg(evidence.name, taskName(task))),
                error);
}

bool Project::saveTaskEvidenceCopy(Id evidenceId, const QString &path, QString *error)
{
    const TaskEvidenceRecord evidence = tasks().evidenceItem(evidenceId);
    if (!evidence.id) {
        *error = tr("there is no evidence %1 in the project").arg(evidenceId);
        return false;
    }
    return saveEvidenceCopy(evidence, path, error);
}

} // namespace uproot
