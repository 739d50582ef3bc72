#include "model/project/setplanofactionfieldscommand.h"

#include <QCoreApplication>

namespace uproot {

SetPlanOfActionFieldsCommand::SetPlanOfActionFieldsCommand(Project *project, QList<SettingChange> changes,
                                                           const QString &label)
    : ProjectCommand(project, label), m_changes(std::move(changes))
{
}

bool SetPlanOfActionFieldsCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the plan of action");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    for (const SettingChange &c : std::as_const(m_changes)) {
        const QString &from = forward ? c.before : c.after;
        const QString &to = forward ? c.after : c.before;
        const QString detail = QStringLiteral("%1 (%2): \"%3\" -> \"%4\"").arg(c.label, c.key, from, to);
        if (!work->setSetting(c.key, to) ||
            !work->appendAudit(actor(), QStringLiteral("plan-of-action"), detail))
            return fail(what, work->error());
    }
    if (!work->commit())
        return fail(what, work->error());
    announce(ProjectChange::rowsOf(ProjectChange::Settings));
    return true;
}

} // namespace uproot
