#pragma once

#include "model/project/projectchange.h"
#include "model/store/storetypes.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace uproot {

class Project;

// One task's workflow: its status with the reason (blocked and skipped need one), its notes, and its evidence
// (files copied into the project with their SHA-256, and references such as ticket numbers). Every change is
// a command on the project's undo stack, so Ctrl+Z here or in the main window takes it back; the dialog
// follows the project's changes, so an undo shows at once. Problems are shown in the dialog, naming what and
// where.
class TaskDetailsDialog final : public QDialog
{
    Q_OBJECT
public:
    TaskDetailsDialog(Project *project, Id taskId, QWidget *parent = nullptr);

    Id taskId() const { return m_taskId; }

    // What the buttons do once a file has been chosen (the tests call these; the buttons ask for the file).
    bool attachFile(const QString &path);
    bool saveCopy(Id evidenceId, const QString &path);

    QComboBox *statusBox() const { return m_status; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *setStatusButton() const { return m_setStatus; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QPushButton *saveNotesButton() const { return m_saveNotes; }
    QTreeWidget *evidenceList() const { return m_evidence; }
    QLineEdit *referenceField() const { return m_reference; }
    QPushButton *addReferenceButton() const { return m_addReference; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveCopyButton() const { return m_saveCopy; }
    // The last problem, or the outcome of the last action.
    QLabel *messageLabel() const { return m_message; }

    enum EvidenceColumn { Name, Kind, Size, Sha256, AddedBy, AddedAt, EvidenceColumnCount };

private:
    void reload();
    void updateButtons();
    void applyStatus();
    void saveNotes();
    void addReference();
    void removeSelected();
    void chooseFileToAttach();
    void chooseWhereToSave();
    Id selectedEvidence() const;
    void report(bool ok, const QString &error, const QString &done);
    void projectChanged(const ProjectChange &change);

    QPointer<Project> m_project;
    Id m_taskId;
    TaskRecord m_task;
    QLabel *m_title;
    QComboBox *m_status;
    QLineEdit *m_reason;
    QPushButton *m_setStatus;
    QPlainTextEdit *m_notes;
    QPushButton *m_saveNotes;
    QTreeWidget *m_evidence;
    QPushButton *m_attach;
    QPushButton *m_saveCopy;
    QPushButton *m_remove;
    QLineEdit *m_reference;
    QPushButton *m_addReference;
    QLabel *m_message;
};

} // namespace uproot
