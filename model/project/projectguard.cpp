// What keeps a project's history safe from the changes around it: the rolling backup before a bulk change,
// and the look for changes another program or window made to the file.
#include "model/project/project.h"

#include "model/project/auditnotecommand.h"
#include "model/project/projectbackups.h"
#include "model/translation.h"

#include <QDir>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Project)

bool Project::recordAuditNote(const QString &action, const QString &detail, QString *error)
{
    AuditNoteCommand note(this, action, detail);
    return runOnce(note, error);
}

bool Project::backupBefore(const QString &reason, QString *error)
{
    if (isReadOnly())
        return true;
    ProjectBackups backups(path());
    QString why;
    if (backups.take(*m_store, reason, &why))
        return true;
    // The change is not made: a backup fails mostly for want of space, which the change would need as well,
    // and the person asked for a copy to go back to before every such change.
    if (error)
        *error =
            tr("the project was not changed, because its backup (%1) could not be written: %2. Free some "
               "space in %3, or make that folder writable, and try again.")
                .arg(reason, why, QDir::toNativeSeparators(backups.folder()));
    return false;
}

bool Project::refreshIfChangedElsewhere(const std::function<void()> &beforeRefresh)
{
    if (!m_store->changedElsewhere())
        return false;
    if (beforeRefresh)
        beforeRefresh();
    // Each undo step holds values read before the other program's change, and would write them back over it.
    m_undo.clear();
    announce(ProjectChange::all());
    return true;
}

} // namespace uproot
