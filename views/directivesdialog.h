#pragma once

#include "model/detection/directive.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace uproot {

class DirectiveCatalog;
class DirectiveEditorDialog;
class Project;

// The directive catalog (shipped and the user's own) and which directives the project follows. From here a
// person follows another directive, copies one to edit as a new catalog entry, edits the rules of the
// project's copy (undoably; the findings are re-evaluated at once), and imports or exports directive files.
// Problems are shown in the dialog, naming the file and the field; the catalog is left as it was.
class DirectivesDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { Id, Title, Source, InProject, ColumnCount };

    // userFolder: where copies and imported files are kept (userDirectiveFolder() in the program).
    DirectivesDialog(DirectiveCatalog &catalog, Project *project, const QString &userFolder,
                     QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *followButton() const { return m_follow; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }

    bool selectDirective(const QString &id);
    QString currentId() const;

    // What the buttons do, after any file dialog.
    bool follow(const QString &id);
    DirectiveEditorDialog *copyAndEdit(const QString &id);
    // A blank directive to fill in: one milestone and one publisher rule show the shape.
    DirectiveEditorDialog *newDirective();
    DirectiveEditorDialog *editProjectCopy(const QString &id);
    bool importFile(const QString &path);
    bool exportFile(const QString &id, const QString &path);

signals:
    void catalogChanged();

private:
    void refresh();
    void updateSelection();
    void showMessage(const QString &text, bool isError);
    void chooseImportFile();
    void chooseExportFile();
    // The directive as the catalog has it, or the project's copy when only the project knows it.
    std::optional<Directive> definitionOf(const QString &id) const;
    std::optional<Directive> projectCopyOf(const QString &id) const;
    QString unusedId(const QString &base) const;
    bool saveCopy(const QString &text, const QString &sourceName, QString *error);
    bool applyProjectCopy(const QString &code, const QString &text, const QString &sourceName,
                          QString *error);

    DirectiveCatalog &m_catalog;
    QPointer<Project> m_project;
    QString m_folder;
    QTreeWidget *m_list;
    QPlainTextEdit *m_details;
    QLabel *m_message;
    QPushButton *m_follow;
    QPushButton *m_copy;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace uproot
