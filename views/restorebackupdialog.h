#pragma once

#include "model/project/projectbackup.h"

#include <QDialog>

class QDialogButtonBox;
class QTreeWidget;

namespace uproot {

// File > Restore from backup: the project's backups (when taken, why, how large), newest first; Restore puts
// the chosen one in place of the project (MainWindow::restoreBackup), after backing up the file as it is.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreBackupDialog(const QString &projectPath, QWidget *parent = nullptr);

    QString projectPath() const { return m_projectPath; }
    QTreeWidget *list() const { return m_list; }
    // The backup chosen, or none.
    ProjectBackup selectedBackup() const;

private:
    QString m_projectPath;
    QList<ProjectBackup> m_backups;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace uproot
