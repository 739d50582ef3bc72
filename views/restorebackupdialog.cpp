#include "views/restorebackupdialog.h"

#include "model/project/projectbackups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uproot {

RestoreBackupDialog::RestoreBackupDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent), m_projectPath(projectPath), m_list(new QTreeWidget),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Restore from backup"));
    const ProjectBackups backups(projectPath);
    m_backups = backups.list();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        m_backups.isEmpty()
            ? tr("%1 has no backups yet. Uproot takes one before each import, planning and change of a "
                 "directive's rules, in %2.")
                  .arg(QFileInfo(projectPath).fileName(), QDir::toNativeSeparators(backups.folder()))
            : tr("Backups of %1, newest first. Restoring one first backs up the project as it is now "
                 "(\u201cbefore restore\u201d), so a restore can be undone by restoring that.")
                  .arg(QFileInfo(projectPath).fileName()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setHeaderLabels({tr("Taken"), tr("Reason"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Backups"));
    const QLocale locale;
    for (const ProjectBackup &b : std::as_const(m_backups)) {
        // With seconds: several backups are often taken within a minute (an import of several files).
        const QDateTime local = b.when.toLocalTime();
        const QString taken = locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                              local.time().toString(QStringLiteral("HH:mm:ss"));
        auto *item = new QTreeWidgetItem(m_list, {taken, b.reason, locale.formattedDataSize(b.size)});
        item->setToolTip(1, QDir::toNativeSeparators(b.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setVisible(!m_backups.isEmpty());
    layout->addWidget(m_list);
    auto *folder = new QLabel(tr("Folder: %1").arg(QDir::toNativeSeparators(backups.folder())));
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(folder);
    QPushButton *restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this, restore] { restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    resize(640, 360);
}

ProjectBackup RestoreBackupDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int row = item ? m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)) : -1;
    return row >= 0 && row < m_backups.size() ? m_backups.at(row) : ProjectBackup{};
}

} // namespace uproot
