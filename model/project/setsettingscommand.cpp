#include "model/project/setsettingscommand.h"

#include <QCoreApplication>

namespace uproot {

SetSettingsCommand::SetSettingsCommand(Project *project, QList<SettingChange> changes, const QString &label,
                                       QString auditAction)
    : ProjectCommand(project, label)
    , m_changes(std::move(changes))
    , m_auditAction(std::move(auditAction))
{
}

bool SetSettingsCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the project's settings");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    for (const SettingChange &c : std::as_const(m_changes)) {
        const QString &from = forward ? c.before : c.after;
        const QString &to = forward ? c.after : c.before;
        const QString name = c.label.isEmpty() ? c.key : QStringLiteral("%1 (%2)").arg(c.label, c.key);
        const QString detail = QStringLiteral("%1: \"%2\" -> \"%3\"").arg(name, from, to);
        if (!work->setSetting(c.key, to) || !work->appendAudit(actor(), m_auditAction, detail))
            return fail(what, work->error());
    }
    if (!work->commit())
        return fail(what, work->error());
    announce(ProjectChange::rowsOf(ProjectChange::Settings));
    return true;
}

} // namespace uproot
