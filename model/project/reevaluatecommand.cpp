#include "model/project/reevaluatecommand.h"

#include "model/project/directivebinding.h"
#include "model/project/project.h"

#include <QCoreApplication>

namespace uproot {

ReevaluateCommand::ReevaluateCommand(Project *project, QString clearSetting)
    : ProjectCommand(project, QCoreApplication::translate("Project", "Re-evaluate findings"))
    , m_clearSetting(std::move(clearSetting))
{
}

bool ReevaluateCommand::write(bool forward)
{
    Q_UNUSED(forward);
    const QString what = QCoreApplication::translate("Project", "could not re-evaluate the findings");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    QString error;
    if (!reevaluateFindings(store(), *work, matcherFor(store().directives()), &m_result, &error))
        return fail(what, error);
    if (!m_clearSetting.isEmpty() && !work->setSetting(m_clearSetting, QString()))
        return fail(what, work->error());
    if (!recordDetectorVersion(*work))
        return fail(what, work->error());
    const QString detail = QStringLiteral("findings re-evaluated: %1 new, %2 gone over %3 titles")
                               .arg(m_result.added)
                               .arg(m_result.removed)
                               .arg(m_result.titles);
    if (!commit(*work, what, QStringLiteral("reevaluate"), detail))
        return false;
    announce(ProjectChange::rowsOf(ProjectChange::Findings));
    announceReevaluation(m_result);
    return true;
}

} // namespace uproot
