#include "model/project/setprojectinfocommand.h"

#include <QCoreApplication>

namespace uproot {

SetProjectInfoCommand::SetProjectInfoCommand(Project *project, ProjectInfo before, ProjectInfo after)
    : ProjectCommand(project, QCoreApplication::translate("Project", "Change the agency and point of contact"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool SetProjectInfoCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the project's details");
    const ProjectInfo &info = forward ? m_after : m_before;
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    if (!writeProjectInfo(*work, info))
        return fail(what, work->error());
    const QString detail = QStringLiteral("agency \"%1\", point of contact \"%2\" <%3> %4")
                               .arg(info.agency, info.contactName, info.contactEmail, info.contactPhone);
    if (!commit(*work, what, QStringLiteral("project-info"), detail))
        return false;
    announce(ProjectChange::rowsOf(ProjectChange::Settings));
    return true;
}

} // namespace uproot
