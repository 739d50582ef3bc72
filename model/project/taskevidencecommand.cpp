#include "model/project/taskevidencecommand.h"

#include <QCoreApplication>

namespace uproot {

QString describeEvidence(const TaskEvidenceRecord &e)
{
    if (e.kind == TaskEvidenceRecord::Kind::Reference)
        return QStringLiteral("reference \"%1\"").arg(e.name);
    return QStringLiteral("file \"%1\" (SHA-256 %2, %3 bytes)").arg(e.name, e.sha256, QString::number(e.size));
}

TaskEvidenceCommand::TaskEvidenceCommand(Project *project, Action action, TaskRecord task,
                                         TaskEvidenceRecord evidence, const QString &label)
    : ProjectCommand(project, label), m_action(action), m_task(std::move(task)),
      m_evidence(std::move(evidence))
{
}

bool TaskEvidenceCommand::write(bool forward)
{
    const bool adding = (m_action == Action::Add) == forward;
    const QString what = adding ? QCoreApplication::translate("Project", "could not add the evidence")
                                : QCoreApplication::translate("Project", "could not remove the evidence");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    if (adding) {
        // The first add lets the store choose the id; every later one puts the item back under it.
        const Id id = work->addTaskEvidence(m_evidence);
        if (!id)
            return fail(what, work->error());
        m_evidence.id = id;
    } else if (!work->removeTaskEvidence(m_evidence.id)) {
        return fail(what, work->error());
    }
    const QString detail =
        QStringLiteral("%1 step %2: %3 %4")
            .arg(m_task.system, QString::number(m_task.step),
                 adding ? QStringLiteral("added") : QStringLiteral("removed"), describeEvidence(m_evidence));
    if (!commit(*work, what,
                adding ? QStringLiteral("task-evidence-add") : QStringLiteral("task-evidence-remove"),
                detail))
        return false;
    announce(ProjectChange::rowsEdited(ProjectChange::Tasks, {m_task.id}));
    return true;
}

} // namespace uproot
