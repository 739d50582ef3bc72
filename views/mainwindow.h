#pragma once

#include "model/store/storetypes.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableView;

namespace uproot {

class DashboardPane;
class DirectiveCatalog;
class DirectivesDialog;
class FindingGroupsPane;
class FindingsPane;
class ImportWizard;
class InventoryModel;
class MilestonesModel;
class NewProjectDialog;
class OutsideChangeWatcher;
class PlanDataDialog;
class StatusDateDialog;
class PlanOfActionDialog;
class ProjectCheckDialog;
class DocumentsSentDialog;
class Project;
class ReadOnlyBanner;
class RestoreBackupDialog;
class SourceRowDialog;
class SystemPages;
class TablePane;
class TaskTemplatesDialog;
class TasksPane;
class TeamsDialog;
class TimelineView;

// Menus, actions and docks around the project's areas. Each area is a self-contained pane that owns its filters
// and workflows (FindingsPane, TasksPane); this window adds them, wires them to the project, and shows errors as
// dialogs a person can act on.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // The catalog grows when the person copies or imports a directive (Directives > Manage directives).
    explicit MainWindow(DirectiveCatalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);
    // A refused project's read-only copy (see ProjectRefusalDialog), for copying out what can be read.
    bool openSalvageCopy(const QString &path);
    // File > Check project: the full check of the open project's file (window-modal, deleted when closed).
    ProjectCheckDialog *openCheckDialog();
    // File > Documents sent: the register of documents sent (deleted when closed); null without a project.
    DocumentsSentDialog *openDocumentsSentDialog();
    Project *project() const { return m_project.get(); }
    TablePane *inventoryPane() const { return m_inventoryPane; }
    TablePane *findingsPane() const;
    TablePane *tasksPane() const;
    FindingsPane *findingsArea() const { return m_findingsArea; }
    TasksPane *tasksArea() const { return m_tasksArea; }
    TimelineView *timelineView() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    DashboardPane *dashboard() const { return m_dashboard; }
    QTableView *milestonesView() const { return m_milestonesView; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    FindingGroupsPane *findingGroups() const;
    QPushButton *sourceRowButton() const;
    // The system pages: one tab per system, opened from any table's row.
    SystemPages *systemPages() const { return m_systemPages; }

    // The actions behind the menus, callable from tests and the command line.
    bool importFiles(const QStringList &files);
    bool exportDocument(const QString &kind, const QString &pdfPath);
    // Opens the import wizard (window-modal, deleted when closed) with these files listed; null without a
    // writable project.
    ImportWizard *openImportWizard(const QStringList &files = {});
    // File > New project: the directive, agency and point of contact, and the file (window-modal, deleted
    // when closed); OK creates the project and opens it.
    NewProjectDialog *openNewProjectDialog();
    // Opens the directives dialog (window-modal, deleted when closed).
    DirectivesDialog *openDirectivesDialog();
    // Opens the form for the plan of action's own fields (window-modal, deleted when closed); null without a
    // project.
    PlanOfActionDialog *openPlanOfActionDialog();
    TeamsDialog *openTeamsDialog();
    // Before the plan of action is exported: when elements are still empty, asks whether to fill them in (the
    // form opens at the first; false) or export anyway (true). True when nothing is empty.
    bool confirmPlanExport();
    // Opens the selected finding's row as imported (deleted when closed); null without a selected finding.
    SourceRowDialog *showSourceRow();
    // The systems of the rows selected in the current table (each once), and the dialog that sets one field of
    // their plan data as one undoable step (window-modal, deleted when closed; null without a selection).
    QList<Id> selectedSystems() const;
    PlanDataDialog *openPlanDataDialog();
    // The status date the project keeps (window-modal, deleted when closed).
    StatusDateDialog *openStatusDateDialog();
    // Plan > Task templates: the project's templates and the rules that choose them.
    TaskTemplatesDialog *openTaskTemplatesDialog();
    // Says which of the user's directive files could not be loaded at start, and why (file and field).
    void reportLeftOutDirectives(const QStringList &problems);
    // File > Restore from backup, for a project file whether it is open or not (a window that refuses a damaged
    // project offers it too): its backups, newest first; Restore calls restoreBackup. Window-modal, deleted when
    // closed; the open project's file when path is empty, null without either.
    RestoreBackupDialog *openRestoreDialog(const QString &projectPath = {});
    // Puts a backup in place of a project file and opens it: the project is closed if open here, its lock taken,
    // the file as it is backed up ("before restore"), then replaced (model/project/projectbackups.h).
    bool restoreBackup(const QString &projectPath, const QString &backupPath);
    // Shown while the project is open read-only, saying why (who holds it).
    ReadOnlyBanner *readOnlyBanner() const { return m_banner; }
    // Refreshes the views when another program changes the project (about every 500 ms).
    OutsideChangeWatcher *outsideChangeWatcher() const { return m_watcher; }

    // What the window tells the person in a dialog: an error, a report with its details, or a question.
    struct Message
    {
        enum class Kind { Error, Information, Question };
        Kind kind = Kind::Error;
        QString title;
        QString text;
        QString details;     // the long form, behind the message box's "Show Details..."
        QStringList choices; // Question: the buttons, the last one the escape (Cancel)
        int answer = 0;      // Question: the choice made; the default until the person (or presenter) picks
    };
    using MessagePresenter = std::function<void(Message &message)>;
    // Replaces the message boxes, which wait for a click; tests read what the person would be told instead, and
    // answer a question by setting its answer.
    void setMessagePresenter(MessagePresenter presenter);

protected:
    // A dropped .uproot file opens; other dropped files go to the import wizard.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void setProject(std::unique_ptr<Project> project);
    void newProject();
    void openProjectDialog();
    void importDialog();
    void exportDialog(const QString &kind);
    void updateStatus();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void showError(const QString &title, const QString &message);
    // Returns the answer to a question (0 for other messages).
    int presentMessage(Message message);

    DirectiveCatalog &m_catalog;
    std::unique_ptr<Project> m_project;
    InventoryModel *m_inventory;
    MilestonesModel *m_milestones;
    QTabWidget *m_tabs;
    TablePane *m_inventoryPane;
    DashboardPane *m_dashboard = nullptr;
    FindingsPane *m_findingsArea;
    TasksPane *m_tasksArea;
    TimelineView *m_timeline;
    QTableView *m_milestonesView;
    SystemPages *m_systemPages = nullptr;
    QLabel *m_status;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_projectActions;
    ReadOnlyBanner *m_banner = nullptr;
    OutsideChangeWatcher *m_watcher = nullptr;
    MessagePresenter m_messagePresenter; // empty: message boxes
};

} // namespace uproot
