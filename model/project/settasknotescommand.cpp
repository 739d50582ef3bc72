#include "model/project/settasknotescommand.h"

#include <QCoreApplication>

namespace uproot {

SetTaskNotesCommand::SetTaskNotesCommand(Project *project, TaskRecord before, const QString &notes,
                                         const QString &label)
    : ProjectCommand(project, label), m_before(std::move(before)), m_notes(notes)
{
}

bool SetTaskNotesCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the task's notes");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    const QString from = forward ? m_before.notes : m_notes;
    const QString to = forward ? m_notes : m_before.notes;
    const auto quoted = [](const QString &text) -> QString {
        return QLatin1Char('"') + text + QLatin1Char('"');
    };
    const QString detail = QStringLiteral("%1 step %2: notes %3 -> %4")
                               .arg(m_before.system, QString::number(m_before.step), quoted(from), quoted(to));
    if (!work->setTaskNotes(m_before.id, to))
        return fail(what, work->error());
    if (!commit(*work, what, QStringLiteral("task-notes"), detail))
        return false;
    announce(ProjectChange::rowsEdited(ProjectChange::Tasks, {m_before.id}));
    return true;
}

} // namespace uproot
