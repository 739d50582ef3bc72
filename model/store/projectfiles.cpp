#include "model/store/projectfiles.h"

#include "model/store/sqlitebackup.h"

namespace uproot::projectfiles {

bool copy(const QString &source, const QString &target, QString *error)
{
    return SqliteBackup::copyFile(source, target, error);
}

bool restore(const QString &backup, const QString &project, QString *error, bool *notAProject)
{
    return SqliteBackup::restore(backup, project, error, notAProject);
}

bool quickCheck(const QString &file, QString *error)
{
    return SqliteBackup::quickCheck(file, error);
}

QString partialSuffix()
{
    return SqliteBackup::partialSuffix();
}

} // namespace uproot::projectfiles
