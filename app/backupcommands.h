#pragma once

#include <QStringList>

namespace uproot::cli {

// uproot backups PROJECT: the project's backups, newest first (number, time, reason, size, file).
int cmdBackups(const QStringList &args);
// uproot restore PROJECT BACKUP: BACKUP is a number `backups` prints or a backup's file.
int cmdRestore(const QStringList &args);

} // namespace uproot::cli
