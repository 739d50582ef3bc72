#pragma once

#include "model/store/storetypes.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace uproot {

class Project;

// File > Documents sent: the register of documents sent (product.md §8), oldest first: when, by whom, which
// document and file, pages, size, SHA-256 and the audit trail head it printed. "Send final document" writes a
// document (identification, plan, status, timeline) and keeps it in the register, which cannot be undone;
// "Save a copy" writes a kept document out again, byte for byte, after checking its SHA-256.
class DocumentsSentDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { Number, Kind, File, Sent, By, Pages, Size, AuditHeadColumn, Sha256, ColumnCount };

    DocumentsSentDialog(Project *project, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *saveButton() const { return m_save; }

    // What the buttons do once a file is chosen; the dialog's seams for tests. The error, if any, is shown
    // and returned.
    bool sendFinal(const QString &kind, const QString &pdfPath, QString *error = nullptr);
    bool saveCopy(Id id, const QString &path, QString *error = nullptr);
    // The entry of the selected row, or id 0.
    Id selectedId() const;

private:
    void reload();
    void chooseWhereToSend(const QString &kind);
    void chooseWhereToSave();
    void showError(const QString &title, const QString &message);

    QPointer<Project> m_project;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_send;
    QPushButton *m_save;
};

} // namespace uproot
