#include "views/mainwindow.h"
#include "views/documentssentdialog.h"

#include "model/detection/directivecatalog.h"
#include "model/detection/userdirectives.h"
#include "model/itemmodels/inventorymodel.h"
#include "model/itemmodels/milestonesmodel.h"
#include "model/itemmodels/pagedtablemodel.h"
#include "model/project/documentexport.h"
#include "model/project/project.h"
#include "model/project/projectaccess.h"
#include "views/audittrailexport.h"
#include "views/dashboardpane.h"
#include "views/directivesdialog.h"
#include "views/findinggroupspane.h"
#include "views/findingspane.h"
#include "views/importwizard.h"
#include "views/newprojectdialog.h"
#include "views/outsidechangewatcher.h"
#include "views/plandatadialog.h"
#include "views/planofactiondialog.h"
#include "views/progressdialogsink.h"
#include "views/projectcheckdialog.h"
#include "views/projectrefusaldialog.h"
#include "views/questionbox.h"
#include "views/readonlybanner.h"
#include "views/rowmenu.h"
#include "views/sourcerowdialog.h"
#include "views/statusdatedialog.h"
#include "views/systempages.h"
#include "views/tablecopy.h"
#include "views/tableexport.h"
#include "views/tablepane.h"
#include "views/taskgroupspane.h"
#include "views/taskspane.h"
#include "views/taskstatusmenu.h"
#include "views/tasktemplatesdialog.h"
#include "views/teamsdialog.h"
#include "views/timelineview.h"
#include "views/viewmenu.h"
#include "views/windowlayout.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace uproot {

namespace {
const char *const kRecentKey = "recentProjects";
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(DirectiveCatalog &catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(catalog), m_inventory(new InventoryModel(this)),
      m_milestones(new MilestonesModel(this)), m_tabs(new QTabWidget), m_findingsArea(new FindingsPane),
      m_tasksArea(new TasksPane), m_timeline(new TimelineView), m_milestonesView(new QTableView), m_status(new QLabel)
{
    setWindowTitle(tr("Uproot"));
    resize(1280, 800);
    setAcceptDrops(true);

    m_inventoryPane = new TablePane(m_inventory, tr("Inventory"));
    connect(m_findingsArea, &FindingsPane::problem, this, &MainWindow::showError);
    connect(m_tasksArea, &TasksPane::problem, this, &MainWindow::showError);
    connect(m_tasksArea, &TasksPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    m_dashboard = new DashboardPane;
    m_tabs->addTab(m_dashboard, tr("Dash&board"));
    m_tabs->addTab(m_inventoryPane, tr("&Inventory"));
    m_tabs->addTab(m_findingsArea, tr("F&indings"));
    m_tabs->addTab(m_tasksArea, tr("&Tasks"));
    m_tabs->addTab(m_timeline, tr("Ti&meline"));
    m_tabs->setAccessibleName(tr("Project areas"));
    setCentralWidget(m_tabs);
    // Every table whose rows belong to a system opens that system's page on double-click or Enter.
    m_systemPages = new SystemPages(m_tabs, this);
    const std::initializer_list<QAbstractItemView *> tables = {
        m_inventoryPane->view(), findingsPane()->view(), findingGroups()->groupsView(), tasksPane()->view(),
        m_dashboard->rowsView(), m_dashboard->blockersView(), m_tasksArea->groups()->view()};
    for (QAbstractItemView *view : tables)
        m_systemPages->follow(view);
    connect(m_systemPages, &SystemPages::problem, this, &MainWindow::showError);

    m_milestonesView->setModel(m_milestones);
    m_milestonesView->setAccessibleName(tr("Milestones"));
    m_milestonesView->verticalHeader()->setVisible(false);
    m_milestonesView->horizontalHeader()->setStretchLastSection(true);
    m_milestonesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_milestonesView->setColumnWidth(MilestonesModel::Due, 130);
    m_milestonesView->setColumnWidth(MilestonesModel::Milestone, 260);
    auto *dock = new QDockWidget(tr("Directive milestones"), this);
    dock->setObjectName(QStringLiteral("milestonesDock"));
    dock->setWidget(m_milestonesView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    statusBar()->addWidget(m_status, 1);
    m_status->setAccessibleName(tr("Project figures"));
    createActions();
    setProject(nullptr);
    // Last, once every pane is built: the layout remembered from the last run, and View after Edit.
    menuBar()->insertMenu(menuBar()->actions().value(2), new ViewMenu(this, m_tabs, new WindowLayout(this)));
    // After the layout is restored: the banner shows with the project's state, never as a remembered layout.
    m_banner = new ReadOnlyBanner(this);
    addToolBar(Qt::TopToolBarArea, m_banner);
    connect(m_banner, &ReadOnlyBanner::retryRequested, this, [this] {
        if (m_project)
            openProject(m_project->path());
    });
    m_watcher = new OutsideChangeWatcher(this);
    connect(m_watcher, &OutsideChangeWatcher::refreshed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
}

MainWindow::~MainWindow()
{
    // Models and panes hold the project's readers; detach them before it goes. The Teams window holds the
    // project itself and would outlive it as a child of this window.
    qDeleteAll(findChildren<TeamsDialog *>());
    m_systemPages->setProject(nullptr);
    m_dashboard->setProject(nullptr);
    m_findingsArea->setProject(nullptr);
    m_tasksArea->setProject(nullptr);
    m_timeline->setProject(nullptr);
    m_inventory->setSource(nullptr, nullptr);
    m_milestones->setSource(nullptr, nullptr);
}

TablePane *MainWindow::findingsPane() const
{
    return m_findingsArea->table();
}

TablePane *MainWindow::tasksPane() const
{
    return m_tasksArea->table();
}

FindingGroupsPane *MainWindow::findingGroups() const
{
    return m_findingsArea->groups();
}

QPushButton *MainWindow::sourceRowButton() const
{
    return m_findingsArea->sourceRowButton();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New project..."), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open project..."), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import inventory..."), this, &MainWindow::importDialog);
    importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    QMenu *exportMenu = file->addMenu(tr("&Export PDF"));
    QAction *ident = exportMenu->addAction(tr("&Identification report..."), this,
                                           [this] { exportDialog(QStringLiteral("identification")); });
    QAction *plan = exportMenu->addAction(tr("&Plan of action..."), this,
                                          [this] { exportDialog(QStringLiteral("plan")); });
    plan->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *status = exportMenu->addAction(tr("&Status report..."), this,
                                            [this] { exportDialog(QStringLiteral("status")); });
    // Tables are read, never changed: a salvage copy exports them too, which is how its data gets out.
    QMenu *tableMenu = file->addMenu(tr("Export &table"));
    const auto exportTable = [this](const QString &kind) {
        QString error;
        if (const QString path = exportTableDialog(this, *m_project, kind, &error); !path.isEmpty())
            statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
        else if (!error.isEmpty())
            showError(tr("Export failed"), error);
    };
    QAction *findingsTable = tableMenu->addAction(tr("&Findings (XLSX, CSV, JSON)..."), this,
                                                  [exportTable] { exportTable(QStringLiteral("findings")); });
    findingsTable->setObjectName(QStringLiteral("exportFindingsTable"));
    QAction *tasksTable = tableMenu->addAction(tr("&Tasks (XLSX, CSV)..."), this,
                                               [exportTable] { exportTable(QStringLiteral("tasks")); });
    tasksTable->setObjectName(QStringLiteral("exportTasksTable"));
    QAction *calendar = tableMenu->addAction(tr("Milestone &calendar (iCalendar)..."), this,
                                             [exportTable] { exportTable(QStringLiteral("calendar")); });
    calendar->setObjectName(QStringLiteral("exportCalendar"));
    QAction *sent = file->addAction(tr("&Documents sent..."), this, [this] { openDocumentsSentDialog(); });
    QAction *check = file->addAction(tr("&Check project..."), this, &MainWindow::openCheckDialog);
    file->addSeparator();
    QAction *restore = file->addAction(tr("Restore from &backup..."), this, [this] { openRestoreDialog(); });
    QAction *trail = file->addAction(tr("Export &audit trail..."), this, [this] {
        if (const QString path = exportAuditTrailDialog(this, *m_project); !path.isEmpty())
            statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto *group = new QUndoGroup(this);
    group->setObjectName(QStringLiteral("undoGroup"));
    m_undo = group->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = group->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    auto *copy = new TableCopy(this);
    connect(copy, &TableCopy::copied, this,
            [this](int rows) { statusBar()->showMessage(tr("%n row(s) copied", nullptr, rows), 5000); });
    edit->addAction(copy);
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        QWidget *current = m_tabs->currentWidget();
        auto *pane = qobject_cast<TablePane *>(current);
        if (!pane && current)
            pane = current->findChild<TablePane *>();
        if (pane) {
            pane->searchField()->setFocus();
            pane->searchField()->selectAll();
        }
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *findings = menuBar()->addMenu(tr("Fi&ndings"));
    QAction *dismiss = findings->addAction(tr("Dismiss as &false positive..."), this,
                                           [this] { m_findingsArea->decide(FindingState::FalsePositive); });
    QAction *exception = findings->addAction(tr("Record approved &exception..."), this,
                                             [this] { m_findingsArea->decide(FindingState::Exception); });
    QAction *reopen =
        findings->addAction(tr("&Reopen"), this, [this] { m_findingsArea->decide(FindingState::Open); });
    findings->addSeparator();
    QAction *sourceRow = findings->addAction(tr("Show &source row..."), this, &MainWindow::showSourceRow);
    sourceRow->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));

    QMenu *directives = menuBar()->addMenu(tr("&Directives"));
    QAction *manageDirectives =
        directives->addAction(tr("&Manage directives..."), this, &MainWindow::openDirectivesDialog);
    manageDirectives->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));

    QMenu *planMenu = menuBar()->addMenu(tr("&Plan"));
    QAction *generate =
        planMenu->addAction(tr("&Generate or refresh tasks"), m_tasksArea, &TasksPane::generatePlan);
    generate->setShortcut(QKeySequence(tr("Ctrl+G")));
    QAction *planData = planMenu->addAction(tr("Set &plan data for the selected systems..."), this,
                                            &MainWindow::openPlanDataDialog);
    planData->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    QAction *teams = planMenu->addAction(tr("&Teams..."), this, &MainWindow::openTeamsDialog);
    teams->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    QAction *statusDate = planMenu->addAction(tr("&Status date..."), this, &MainWindow::openStatusDateDialog);
    QAction *planDetails =
        planMenu->addAction(tr("Plan of action &details..."), this, &MainWindow::openPlanOfActionDialog);
    QAction *templates =
        planMenu->addAction(tr("Task te&mplates..."), this, &MainWindow::openTaskTemplatesDialog);
    templates->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    planMenu->addSeparator();
    planMenu->addAction(m_systemPages->openAction());
    planMenu->addAction(m_systemPages->closeAction());

    // The rows' context menus: Copy, then the window's own actions that apply to the row.
    QAction *open = m_systemPages->openAction();
    auto *taskStatus = new TaskStatusMenu(
        tasksPane()->view(), [this] { return m_project.get(); }, this);
    connect(taskStatus, &TaskStatusMenu::problem, this, &MainWindow::showError);
    const auto separator = [this] {
        auto *s = new QAction(this);
        s->setSeparator(true);
        return s;
    };
    RowMenu::attach(m_inventoryPane->view(), {open, planData});
    RowMenu::attach(findingsPane()->view(),
                    {open, separator(), dismiss, exception, reopen, sourceRow, separator(), planData});
    RowMenu::attach(findingGroups()->groupsView());
    RowMenu::attach(tasksPane()->view(), {open, taskStatus->menuAction(), planData});
    RowMenu::attach(m_tasksArea->groups()->view(), {open, planData});
    RowMenu::attach(m_milestonesView);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Uproot"), this, [this] {
        QMessageBox::about(
            this, tr("About Uproot"),
            tr("Uproot %1\nFinds a banned vendor's products on every system and plans their removal "
               "before the directive's deadlines.")
                .arg(QStringLiteral(UPROOT_VERSION)));
    });
    m_projectActions = {importAction, ident,  plan,      status,   trail,         sent,       dismiss,
                        exception,    reopen, sourceRow, generate, planData,      statusDate, planDetails,
                        templates,    teams,  restore,   check,    findingsTable, tasksTable, calendar};
    updateRecentMenu();
}

bool MainWindow::openProject(const QString &path)
{
    QString error;
    // The window writes with the project's lock record held (it goes with the project), so that a second window
    // or program knows who has it.
    WriterAccess access;
    // Opened again here: this window lets go of its own lock first, or it would find the project held.
    if (m_project && QFileInfo(m_project->path()) == QFileInfo(path))
        setProject(nullptr);
    ProjectStore::OpenFailure failure = ProjectStore::OpenFailure::None;
    std::unique_ptr<Project> project = openForWriting(path, &access, &error, &failure);
    QString readOnly;
    if (!project && failure != ProjectStore::OpenFailure::Refused) {
        // A project another window or program holds, or on read-only media, can still be read.
        project = Project::open(path, true, &error, &failure);
        if (project) {
            readOnly = access.heldBy.isNull()
                           ? tr("Open read-only: the file cannot be written.")
                           : tr("Open read-only: %1 is being changed by %2.")
                                 .arg(QFileInfo(path).fileName(), access.heldBy.describe());
            statusBar()->showMessage(readOnly, 8000);
        }
    }
    if (!project && failure == ProjectStore::OpenFailure::Refused) {
        auto *refusal = new ProjectRefusalDialog(path, error, this);
        connect(refusal, &ProjectRefusalDialog::salvageRequested, this, &MainWindow::openSalvageCopy);
        connect(refusal, &ProjectRefusalDialog::restoreRequested, this,
                [this](const QString &file) { openRestoreDialog(file); });
        refusal->open();
        return false;
    }
    if (!project) {
        showError(tr("Cannot open the project"), error);
        return false;
    }
    setProject(std::move(project));
    m_banner->showReason(readOnly);
    if (!access.heldBy.isNull())
        setWindowTitle(tr("%1 (read-only, held by %2) - Uproot").arg(m_project->displayName(), access.heldBy.user));
    addRecent(path);
    return true;
}

bool MainWindow::openSalvageCopy(const QString &path)
{
    QString error;
    std::unique_ptr<Project> project = Project::openSalvageCopy(path, &error);
    if (!project) {
        showError(tr("Cannot open a copy"), error);
        return false;
    }
    setProject(std::move(project));
    statusBar()->showMessage(tr("A read-only copy of a refused project: copy out what can be read"));
    return true;
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    auto *group = findChild<QUndoGroup *>(QStringLiteral("undoGroup"));
    // A Teams window shows the project it was opened on; it goes with that project.
    qDeleteAll(findChildren<TeamsDialog *>());
    if (m_project)
        group->removeStack(m_project->undoStack());
    Project *p = project.get();
    ProjectChanges *changes = p ? p->changes() : nullptr;
    m_inventory->setSource(p ? &p->inventory() : nullptr, changes);
    m_findingsArea->setProject(p);
    m_tasksArea->setProject(p);
    m_timeline->setProject(p);
    m_dashboard->setProject(p);
    m_systemPages->setProject(p);
    m_milestones->setSource(p ? &p->directiveRecords() : nullptr, changes);
    if (m_watcher)
        m_watcher->setProject(p);
    if (m_banner)
        m_banner->showReason({});
    m_project = std::move(project);
    if (m_project) {
        group->addStack(m_project->undoStack());
        group->setActiveStack(m_project->undoStack());
        // The counts are the project's, refreshed once per change; the panes' row counts follow their models.
        connect(m_project.get(), &Project::countsChanged, this, &MainWindow::updateStatus);
        connect(m_project.get(), &Project::reevaluated, this, [this](const ReevaluationResult &result) {
            statusBar()->showMessage(
                tr("Re-evaluated: %1 new, %2 gone").arg(result.added).arg(result.removed), 15000);
        });
        connect(m_project.get(), &Project::writeFailed, this,
                [this](const QString &message) { showError(tr("The change was not saved"), message); });
        setWindowTitle(m_project->isSalvageCopy()
                           ? tr("%1 (salvage copy, read-only) - Uproot").arg(m_project->displayName())
                           : tr("%1 - Uproot").arg(m_project->displayName()));
    } else {
        setWindowTitle(tr("Uproot"));
    }
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(m_project != nullptr);
    m_milestonesView->resizeColumnToContents(MilestonesModel::Due);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_status->setText(tr("No project open. File > New project, or File > Open project."));
        return;
    }
    const ProjectCounts &counts = m_project->counts();
    QStringList codes;
    for (const DirectiveRecord &d : m_project->directives())
        codes << d.code;
    // A product back on a system thought clear is said first; verified removals follow the findings.
    const QString reappeared =
        counts.reappeared > 0 ? tr("Reappeared after removal: %1. ").arg(counts.reappeared) : QString();
    const QString removed = counts.removed > 0 ? tr(" (%1 verified removed)").arg(counts.removed) : QString();
    m_status->setText(reappeared +
                      tr("%1: %2 systems, %3 installations; %4 findings%11 on %5 affected systems; %6 tasks, "
                         "%7 done; following %8%9; as of %10")
                          .arg(m_project->displayName())
                          .arg(counts.systems)
                          .arg(counts.installations)
                          .arg(counts.findings)
                          .arg(counts.affectedSystems)
                          .arg(counts.tasks)
                          .arg(counts.tasksDone)
                          .arg(codes.join(QStringLiteral(", ")),
                               m_project->isReadOnly() ? tr(" (read-only)") : QString(),
                               QLocale().toString(m_project->asOf(), QLocale::ShortFormat), removed));
    m_inventoryPane->updateCount();
    findingsPane()->updateCount();
    tasksPane()->updateCount();
}

void MainWindow::newProject()
{
    openNewProjectDialog();
}

NewProjectDialog *MainWindow::openNewProjectDialog()
{
    auto *dialog = new NewProjectDialog(m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        std::unique_ptr<Project> project = Project::create(dialog->path(), dialog->directiveId(), QDate(),
                                                           dialog->info(), m_catalog, &error);
        if (!project) {
            showError(tr("Cannot create the project"), error);
            return;
        }
        // Opened again as any project is, so that the window holds its lock record.
        project.reset();
        openProject(dialog->path());
    });
    dialog->open();
    return dialog;
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Uproot projects (*.uproot);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::importDialog()
{
    openImportWizard();
}

ImportWizard *MainWindow::openImportWizard(const QStringList &files)
{
    if (!m_project) {
        showError(tr("No project open"), tr("Open or create a project, then import inventories into it."));
        return nullptr;
    }
    if (m_project->isReadOnly()) {
        showError(tr("The project is read-only"),
                  tr("%1 is open read-only, so nothing can be imported into it.").arg(m_project->path()));
        return nullptr;
    }
    auto *wizard = new ImportWizard(m_project.get(), files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, [this, wizard] {
        if (const int n = wizard->session()->importedCount())
            statusBar()->showMessage(tr("%n inventory file(s) imported", nullptr, n), 8000);
    });
    wizard->open();
    return wizard;
}

namespace {
QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QString projectFile;
    QStringList inventories;
    for (const QString &file : droppedFiles(event->mimeData())) {
        if (file.endsWith(QLatin1String(".uproot"), Qt::CaseInsensitive)) {
            if (projectFile.isEmpty())
                projectFile = file;
        } else {
            inventories.append(file);
        }
    }
    if (projectFile.isEmpty() && inventories.isEmpty())
        return;
    event->acceptProposedAction();
    // Dialogs opened inside a drop handler would block the drag source; open them once the drop is over.
    QTimer::singleShot(0, this, [this, projectFile, inventories] {
        if (!projectFile.isEmpty() && !openProject(projectFile))
            return;
        if (!inventories.isEmpty())
            openImportWizard(inventories);
    });
}

bool MainWindow::importFiles(const QStringList &files)
{
    if (!m_project)
        return false;
    QStringList summaries;
    for (const QString &file : files) {
        ProgressDialogSink sink(tr("Importing %1...").arg(QFileInfo(file).fileName()), this);
        ImportReport report;
        ReadError error;
        if (!m_project->importFile(file, {}, &sink, &report, &error)) {
            showError(tr("Import failed"),
                      tr("%1\n\nNothing from this file was imported; the project is as it was.")
                          .arg(error.message()));
            return false;
        }
        summaries << report.summary();
    }
    presentMessage({Message::Kind::Information, tr("Import report"),
                    tr("%n file(s) imported.", nullptr, int(files.size())),
                    summaries.join(QStringLiteral("\n\n"))});
    return true;
}

void MainWindow::exportDialog(const QString &kind)
{
    if (kind == QLatin1String("plan") && !confirmPlanExport())
        return;
    const QString suggested = m_project->displayName() + QLatin1Char('-') + kind + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty() && exportDocument(kind, path))
        statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
}

bool MainWindow::exportDocument(const QString &kind, const QString &pdfPath)
{
    if (m_project->isSalvageCopy()) {
        showError(tr("Export failed"), tr("Documents are not made from a project that failed its check."));
        return false;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = uproot::exportDocument(*m_project, kind, pdfPath, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        showError(tr("Export failed"), error);
    return ok;
}

DocumentsSentDialog *MainWindow::openDocumentsSentDialog()
{
    if (!m_project)
        return nullptr;
    auto *dialog = new DocumentsSentDialog(m_project.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ProjectCheckDialog *MainWindow::openCheckDialog()
{
    if (!m_project || m_project->isSalvageCopy())
        return nullptr;
    auto *dialog = new ProjectCheckDialog(m_project->path(), this);
    dialog->open();
    dialog->start();
    return dialog;
}

SourceRowDialog *MainWindow::showSourceRow()
{
    return m_findingsArea->showSourceRow();
}

DirectivesDialog *MainWindow::openDirectivesDialog()
{
    auto *dialog = new DirectivesDialog(m_catalog, m_project.get(), userDirectiveFolder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PlanOfActionDialog *MainWindow::openPlanOfActionDialog()
{
    if (!m_project)
        return nullptr;
    auto *dialog = new PlanOfActionDialog(m_project.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TeamsDialog *MainWindow::openTeamsDialog()
{
    if (!m_project)
        return nullptr;
    // Not modal: the person keeps the main window (and its Edit > Undo) while looking at the plan's summary.
    auto *dialog = new TeamsDialog(m_project.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool MainWindow::confirmPlanExport()
{
    const QList<PlanOfActionField> empty = emptyPlanOfActionFields(*m_project);
    if (empty.isEmpty())
        return true;
    QStringList labels;
    for (const PlanOfActionField &field : empty)
        labels.append(field.label());
    Message question{Message::Kind::Question,
                     tr("Plan of action not complete"),
                     empty.size() == 1 ? tr("1 element of the plan of action is still empty and will read "
                                            "\"Not recorded in the project\":")
                                       : tr("%1 elements of the plan of action are still empty and will read "
                                            "\"Not recorded in the project\":")
                                             .arg(empty.size()),
                     labels.join(QLatin1Char('\n')),
                     {tr("&Fill in..."), tr("&Export anyway"), tr("Cancel")}};
    const int answer = presentMessage(question);
    if (answer == 0) {
        if (PlanOfActionDialog *dialog = openPlanOfActionDialog())
            dialog->focusField(empty.first());
    }
    return answer == 1;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QString::fromLatin1(kRecentKey)).toStringList();
    // Numbered, so each has its letter (an & in a file name is shown as written).
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const QString name = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        m_recentMenu
            ->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name), this,
                        [this, path] { openProject(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QString::fromLatin1(kRecentKey)).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QString::fromLatin1(kRecentKey), recent.mid(0, kMaxRecent));
    updateRecentMenu();
}

void MainWindow::reportLeftOutDirectives(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    showError(tr("Directive files left out"),
              tr("%n of your directive files could not be loaded; the other directives are ready:", nullptr,
                 int(problems.size())) +
                  QLatin1Char('\n') + problems.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                  tr("Fix or remove them in %1.").arg(QDir::toNativeSeparators(userDirectiveFolder())));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    presentMessage({Message::Kind::Error, title, message, QString()});
}

void MainWindow::setMessagePresenter(MessagePresenter presenter)
{
    m_messagePresenter = std::move(presenter);
}

int MainWindow::presentMessage(Message message)
{
    if (m_messagePresenter) {
        m_messagePresenter(message);
        return message.answer;
    }
    if (message.kind == Message::Kind::Error) {
        QMessageBox::warning(this, message.title, message.text);
        return 0;
    }
    if (message.kind == Message::Kind::Question)
        return askQuestion(this, message.title, message.text, message.details, message.choices,
                           message.answer);
    QMessageBox box(QMessageBox::Information, message.title, message.text, QMessageBox::Ok, this);
    box.setDetailedText(message.details);
    box.setInformativeText(message.details.left(600));
    box.exec();
    return 0;
}

QList<Id> MainWindow::selectedSystems() const
{
    if (const Id shown = m_systemPages->shownSystem())
        return {shown};
    QWidget *current = m_tabs->currentWidget();
    auto *pane = qobject_cast<TablePane *>(current);
    if (!pane && current)
        pane = current->findChild<TablePane *>();
    QList<Id> systems;
    if (!pane)
        return systems;
    QSet<Id> seen;
    for (const QModelIndex &row : pane->view()->selectionModel()->selectedRows()) {
        const Id id = row.data(PagedTableModel::SystemIdRole).toLongLong();
        if (id && !seen.contains(id)) {
            seen.insert(id);
            systems.append(id);
        }
    }
    return systems;
}

TaskTemplatesDialog *MainWindow::openTaskTemplatesDialog()
{
    if (!m_project)
        return nullptr;
    auto *dialog = new TaskTemplatesDialog(m_project.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

StatusDateDialog *MainWindow::openStatusDateDialog()
{
    if (!m_project)
        return nullptr;
    auto *dialog = new StatusDateDialog(m_project->keepsAsOf() ? m_project->asOf() : QDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!m_project->setAsOf(dialog->date(), &error))
            showError(tr("The status date was not set"), error);
    });
    dialog->open();
    return dialog;
}

PlanDataDialog *MainWindow::openPlanDataDialog()
{
    const QList<Id> systems = selectedSystems();
    if (!m_project || systems.isEmpty()) {
        showError(tr("No system selected"),
                  tr("Select the rows of the systems in the Inventory, Findings or Tasks table first."));
        return nullptr;
    }
    auto *dialog = new PlanDataDialog(int(systems.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, systems] {
        QString error;
        if (!m_project->setPlanData(systems, dialog->field(), dialog->value(), &error))
            showError(tr("The plan data was not set"), error);
        else
            statusBar()->showMessage(tr("%1 set on %n system(s)", nullptr, int(systems.size()))
                                         .arg(dialog->fieldCombo()->currentText()),
                                     8000);
    });
    dialog->open();
    return dialog;
}

} // namespace uproot
