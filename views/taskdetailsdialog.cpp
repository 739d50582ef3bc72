#include "views/taskdetailsdialog.h"

#include "model/project/project.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace uproot {

TaskDetailsDialog::TaskDetailsDialog(Project *project, Id taskId, QWidget *parent)
    : QDialog(parent), m_project(project), m_taskId(taskId), m_title(new QLabel), m_status(new QComboBox),
      m_reason(new QLineEdit), m_setStatus(new QPushButton(tr("&Set status"))), m_notes(new QPlainTextEdit),
      m_saveNotes(new QPushButton(tr("Save &notes"))), m_evidence(new QTreeWidget),
      m_attach(new QPushButton(tr("&Attach file\u2026"))),
      m_saveCopy(new QPushButton(tr("Save a &copy\u2026"))), m_remove(new QPushButton(tr("&Remove"))),
      m_reference(new QLineEdit), m_addReference(new QPushButton(tr("Add r&eference"))), m_message(new QLabel)
{
    setWindowTitle(tr("Task details"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // inventory text is data, never markup
    for (TaskStatus s : {TaskStatus::ToDo, TaskStatus::InProgress, TaskStatus::Blocked, TaskStatus::Done,
                         TaskStatus::Skipped})
        m_status->addItem(toString(s), int(s));
    m_status->setAccessibleName(tr("Status"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why it is blocked or skipped (required for those)"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setPlaceholderText(tr("A ticket or change number"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setRootIsDecorated(false);
    m_evidence->setHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Size"), tr("SHA-256"), tr("Added by"), tr("Added")});
    m_evidence->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_reason, 1);
    statusRow->addWidget(m_setStatus);
    auto *form = new QFormLayout;
    auto *statusLabel = new QLabel(tr("S&tatus:"));
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, statusRow);
    auto *notesLabel = new QLabel(tr("N&otes:"));
    notesLabel->setBuddy(m_notes);
    auto *notesColumn = new QVBoxLayout;
    notesColumn->addWidget(m_notes);
    notesColumn->addWidget(m_saveNotes, 0, Qt::AlignRight);
    form->addRow(notesLabel, notesColumn);

    auto *evidenceBox = new QGroupBox(tr("Evidence"));
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_attach);
    evidenceButtons->addWidget(m_saveCopy);
    evidenceButtons->addWidget(m_remove);
    evidenceButtons->addStretch();
    auto *referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_reference, 1);
    referenceRow->addWidget(m_addReference);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);
    evidenceLayout->addLayout(evidenceButtons);
    evidenceLayout->addLayout(referenceRow);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(evidenceBox, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    // The main window's Undo and Redo do not reach a dialog that has the focus; these do the same.
    if (m_project) {
        QAction *undo = m_project->undoStack()->createUndoAction(this);
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_project->undoStack()->createRedoAction(this);
        redo->setShortcut(QKeySequence::Redo);
        addActions({undo, redo});
        connect(m_project->changes(), &ProjectChanges::changed, this, &TaskDetailsDialog::projectChanged);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &TaskDetailsDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &TaskDetailsDialog::updateButtons);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &TaskDetailsDialog::updateButtons);
    connect(m_reference, &QLineEdit::textChanged, this, &TaskDetailsDialog::updateButtons);
    connect(m_evidence, &QTreeWidget::itemSelectionChanged, this, &TaskDetailsDialog::updateButtons);
    connect(m_setStatus, &QPushButton::clicked, this, &TaskDetailsDialog::applyStatus);
    connect(m_saveNotes, &QPushButton::clicked, this, &TaskDetailsDialog::saveNotes);
    connect(m_addReference, &QPushButton::clicked, this, &TaskDetailsDialog::addReference);
    connect(m_reference, &QLineEdit::returnPressed, this, &TaskDetailsDialog::addReference);
    connect(m_remove, &QPushButton::clicked, this, &TaskDetailsDialog::removeSelected);
    connect(m_attach, &QPushButton::clicked, this, &TaskDetailsDialog::chooseFileToAttach);
    connect(m_saveCopy, &QPushButton::clicked, this, &TaskDetailsDialog::chooseWhereToSave);
    reload();
    resize(760, 520);
}

void TaskDetailsDialog::projectChanged(const ProjectChange &change)
{
    if (change.resets(ProjectChange::Tasks) ||
        (change.edits(ProjectChange::Tasks) && change.ids.contains(m_taskId)))
        reload();
}

void TaskDetailsDialog::reload()
{
    const TaskRecord previous = m_task;
    m_task = m_project ? m_project->tasks().task(m_taskId) : TaskRecord{};
    const bool exists = m_task.id != 0;
    if (!exists) {
        // A refreshed plan can remove a task that was never started; there is nothing left to edit.
        m_title->setText(tr("This task is no longer in the project."));
    } else {
        m_title->setText(
            tr("%1, step %2: %3").arg(m_task.system, QString::number(m_task.step), m_task.title));
        // A field shows the stored value when that changed (an edit, an undo); otherwise what the person is
        // typing stays, so adding evidence does not throw away unsaved notes.
        if (!previous.id || previous.status != m_task.status || previous.reason != m_task.reason) {
            m_status->setCurrentIndex(m_status->findData(int(m_task.status)));
            m_reason->setText(m_task.reason);
        }
        if (!previous.id || previous.notes != m_task.notes)
            m_notes->setPlainText(m_task.notes);
    }
    const Id selected = selectedEvidence();
    m_evidence->clear();
    const QList<TaskEvidenceRecord> items =
        exists ? m_project->tasks().evidenceOfTask(m_taskId) : QList<TaskEvidenceRecord>();
    for (const TaskEvidenceRecord &e : items) {
        const bool file = e.kind == TaskEvidenceRecord::Kind::File;
        auto *item = new QTreeWidgetItem(m_evidence);
        item->setText(Name, e.name);
        item->setText(Kind, file ? tr("file") : tr("reference"));
        item->setText(Size, file ? QLocale().formattedDataSize(e.size) : QString());
        item->setText(Sha256, e.sha256);
        item->setToolTip(Sha256, e.sha256); // the column is narrower than the 64 digits
        item->setText(AddedBy, e.addedBy);
        item->setText(AddedAt, QLocale().toString(e.addedAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(Name, Qt::UserRole, e.id);
        item->setData(Kind, Qt::UserRole, file);
        if (e.id == selected)
            item->setSelected(true);
    }
    const bool editable = exists && m_project && !m_project->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_reason, m_notes, m_attach, m_reference})
        w->setEnabled(editable);
    updateButtons();
}

void TaskDetailsDialog::updateButtons()
{
    const bool editable = m_task.id && m_project && !m_project->isReadOnly();
    const auto status = TaskStatus(m_status->currentData().toInt());
    const bool needsReason = taskStatusNeedsReason(status);
    m_reason->setEnabled(editable && needsReason);
    const QString reason = needsReason ? m_reason->text().simplified() : QString();
    const bool changed = status != m_task.status || reason != m_task.reason;
    m_setStatus->setEnabled(editable && changed && (!needsReason || !reason.isEmpty()));
    m_saveNotes->setEnabled(editable && m_notes->toPlainText().trimmed() != m_task.notes);
    m_addReference->setEnabled(editable && !m_reference->text().simplified().isEmpty());
    const QList<QTreeWidgetItem *> chosen = m_evidence->selectedItems();
    m_remove->setEnabled(editable && !chosen.isEmpty());
    m_saveCopy->setEnabled(!chosen.isEmpty() && chosen.first()->data(Kind, Qt::UserRole).toBool());
}

Id TaskDetailsDialog::selectedEvidence() const
{
    const QList<QTreeWidgetItem *> chosen = m_evidence->selectedItems();
    return chosen.isEmpty() ? 0 : chosen.first()->data(Name, Qt::UserRole).toLongLong();
}

void TaskDetailsDialog::report(bool ok, const QString &error, const QString &done)
{
    m_message->setText(ok ? done : error);
}

void TaskDetailsDialog::applyStatus()
{
    if (!m_project || !m_setStatus->isEnabled())
        return;
    const auto status = TaskStatus(m_status->currentData().toInt());
    QString error;
    const bool ok = m_project->setTaskStatuses({m_taskId}, status, m_reason->text(), &error);
    report(ok, error, tr("Status set to %1.").arg(toString(status)));
}

void TaskDetailsDialog::saveNotes()
{
    if (!m_project || !m_saveNotes->isEnabled())
        return;
    QString error;
    report(m_project->setTaskNotes(m_taskId, m_notes->toPlainText(), &error), error, tr("Notes saved."));
}

void TaskDetailsDialog::addReference()
{
    if (!m_project || !m_addReference->isEnabled())
        return;
    QString error;
    const QString text = m_reference->text().simplified();
    const bool ok = m_project->addTaskReference(m_taskId, text, &error);
    if (ok)
        m_reference->clear();
    report(ok, error, tr("Reference %1 added.").arg(text));
}

void TaskDetailsDialog::removeSelected()
{
    const Id id = selectedEvidence();
    if (!m_project || !id)
        return;
    QString error;
    report(m_project->removeTaskEvidence(id, &error), error, tr("Evidence removed (Ctrl+Z brings it back)."));
}

bool TaskDetailsDialog::attachFile(const QString &path)
{
    if (!m_project)
        return false;
    QString error;
    const bool ok = m_project->attachTaskEvidence(m_taskId, path, &error);
    report(ok, error, tr("%1 attached.").arg(QDir::toNativeSeparators(path)));
    return ok;
}

bool TaskDetailsDialog::saveCopy(Id evidenceId, const QString &path)
{
    if (!m_project)
        return false;
    QString error;
    const bool ok = m_project->saveTaskEvidenceCopy(evidenceId, path, &error);
    report(ok, error, tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)));
    return ok;
}

void TaskDetailsDialog::chooseFileToAttach()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file as evidence"));
    if (!path.isEmpty())
        attachFile(path);
}

void TaskDetailsDialog::chooseWhereToSave()
{
    const QList<QTreeWidgetItem *> chosen = m_evidence->selectedItems();
    if (chosen.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the evidence"),
                                                      QDir(folder).filePath(chosen.first()->text(Name)));
    if (!path.isEmpty())
        saveCopy(selectedEvidence(), path);
}

} // namespace uproot
