#include "model/project/auditnotecommand.h"

#include <QCoreApplication>

namespace uproot {

AuditNoteCommand::AuditNoteCommand(Project *project, QString action, QString detail)
    : ProjectCommand(project, QCoreApplication::translate("Project", "Record in the audit trail")),
      m_action(std::move(action)), m_detail(std::move(detail))
{
}

bool AuditNoteCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not write the audit line");
    if (!forward)
        return fail(what, QCoreApplication::translate("Project", "an audit line cannot be taken back"));
    const std::unique_ptr<UnitOfWork> work = begin(what);
    return work && commit(*work, what, m_action, m_detail);
}

} // namespace uproot
