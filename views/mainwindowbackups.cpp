// MainWindow's File > Restore from backup: the list of backups and the restore that replaces the file.
#include "views/mainwindow.h"

#include "model/project/project.h"
#include "model/project/projectaccess.h"
#include "model/project/projectbackups.h"
#include "views/restorebackupdialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QStatusBar>

namespace uproot {

RestoreBackupDialog *MainWindow::openRestoreDialog(const QString &projectPath)
{
    const QString path = projectPath.isEmpty() && m_project ? m_project->path() : projectPath;
    if (path.isEmpty())
        return nullptr;
    auto *dialog = new RestoreBackupDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ProjectBackup chosen = dialog->selectedBackup();
        if (!chosen.path.isEmpty())
            restoreBackup(dialog->projectPath(), chosen.path);
    });
    dialog->open();
    return dialog;
}

bool MainWindow::restoreBackup(const QString &projectPath, const QString &backupPath)
{
    // The file is replaced under SQLite's locks, but this window's own connection and lock go first: it
    // reopens the project as restored.
    const bool wasOpen = m_project && QFileInfo(m_project->path()) == QFileInfo(projectPath);
    if (wasOpen)
        setProject(nullptr);
    WriterAccess access;
    QString error;
    ProjectBackup kept;
    bool restored = false;
    {
        std::unique_ptr<ProjectLock> lock = lockForWriting(projectPath, &access, &error);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        restored = lock && ProjectBackups(projectPath).restore(backupPath, &error, &kept);
        QApplication::restoreOverrideCursor();
    }
    if (!restored) {
        showError(tr("The backup was not restored"), error);
        if (wasOpen)
            openProject(projectPath);
        return false;
    }
    if (!openProject(projectPath))
        return false;
    statusBar()->showMessage(
        tr("Restored the backup %1. The project as it was is kept as a backup (before restore).")
            .arg(QFileInfo(backupPath).completeBaseName()),
        15000);
    return true;
}

} // namespace uproot
