#include "model/project/settasktemplatescommand.h"

#include <QCoreApplication>

namespace uproot {

SetTaskTemplatesCommand::SetTaskTemplatesCommand(Project *project, StoredTemplateSet before,
                                                 StoredTemplateSet after, QString forwardDetail,
                                                 QString backDetail, const QString &label)
    : ProjectCommand(project, label), m_before(std::move(before)), m_after(std::move(after)),
      m_forwardDetail(std::move(forwardDetail)), m_backDetail(std::move(backDetail))
{
}

bool SetTaskTemplatesCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the task templates");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    if (!work->replaceTaskTemplates(forward ? m_after : m_before))
        return fail(what, work->error());
    if (!commit(*work, what, forward ? QStringLiteral("templates") : QStringLiteral("templates-undo"),
                forward ? m_forwardDetail : m_backDetail))
        return false;
    announce(ProjectChange::rowsOf(ProjectChange::Templates));
    return true;
}

} // namespace uproot
