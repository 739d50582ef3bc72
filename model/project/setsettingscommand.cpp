#include "model/project/setsettingscommand.h"

#include <QCoreApplication>

namespace uproot {

SetSettingsCommand::SetSettingsCommand(Project *project, QList<Change> changes, const QString &label)
    : ProjectCommand(project, label)
    , m_changes(std::move(changes))
{
}

bool SetSettingsCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the project's settings");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    for (const Change &c : std::as_const(m_changes)) {
        const QString &from = forward ? c.from : c.to;
        const QString &to = forward ? c.to : c.from;
        if (!work->setSetting(c.key, to)
            || !work->appendAudit(actor(), QStringLiteral("setting"),
                                  QStringLiteral("%1: \"%2\" -> \"%3\"").arg(c.key, from, to)))
            return fail(what, work->error());
    }
    if (!work->commit())
        return fail(what, work->error());
    announce(ProjectChange::rowsOf(ProjectChange::Settings));
    return true;
}

} // namespace uproot
