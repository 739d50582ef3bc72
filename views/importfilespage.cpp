#include "views/importfilespage.h"

#include "model/project/importbatch.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace uproot {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime)
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

ImportFilesPage::ImportFilesPage(ImportBatch *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_list(new QListWidget),
      m_add(new QPushButton(tr("&Add files..."))), m_remove(new QPushButton(tr("&Remove")))
{
    setTitle(tr("Files to import"));
    setSubTitle(
        tr("Choose the inventory exports to import, or drop them on this page. Several files are imported "
           "one after the other; each lands whole or not at all."));
    setAcceptDrops(true);

    auto *label = new QLabel(tr("&Files to import:"));
    label->setBuddy(m_list);
    m_list->setAccessibleName(tr("Files to import"));
    m_list->setAccessibleDescription(
        tr("The files the wizard will import. Press Delete to remove the selected "
           "files."));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->installEventFilter(this);
    m_add->setAccessibleName(tr("Add files"));
    m_add->setToolTip(tr("Choose inventory files with a file dialog"));
    m_remove->setAccessibleName(tr("Remove the selected files"));

    auto *hint =
        new QLabel(tr("Delimited text (CSV, TSV, semicolon- or pipe-separated), Excel workbooks, osquery "
                      "JSON, CycloneDX SBOMs and GLPI or FusionInventory inventories are read; the next "
                      "page shows how each file reads."));
    hint->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row, 1);
    layout->addWidget(hint);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);

    connect(m_add, &QPushButton::clicked, this, &ImportFilesPage::pickFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportFilesPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_session, &ImportBatch::filesChanged, this, &ImportFilesPage::refresh);
    refresh();
}

bool ImportFilesPage::isComplete() const
{
    return m_session->fileCount() > 0;
}

void ImportFilesPage::refresh()
{
    m_list->clear();
    for (const QString &path : m_session->files()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            tr("%1    (%2)").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_list);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    emit completeChanged();
}

void ImportFilesPage::pickFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import inventories"), QString(),
        tr("Inventories (*.csv *.tsv *.txt *.xlsx *.zip *.json *.xml);;All files (*)"));
    m_session->addFiles(files);
}

void ImportFilesPage::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->row(item));
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    const int next = rows.isEmpty() ? 0 : rows.last();
    for (int row : rows)
        m_session->removeFile(row);
    // Keep the keyboard where it was, on the file that took the removed one's place.
    if (m_list->count() > 0) {
        m_list->setCurrentRow(qMin(next, m_list->count() - 1));
        m_list->setFocus();
    } else {
        m_add->setFocus();
    }
}

bool ImportFilesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void ImportFilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilesPage::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    m_session->addFiles(files);
}

} // namespace uproot
