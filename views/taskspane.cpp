#include "views/taskspane.h"

#include "model/itemmodels/taskgroupsmodel.h"
#include "model/itemmodels/tasksmodel.h"
#include "model/project/project.h"
#include "views/tablepane.h"
#include "views/taskdetailsdialog.h"
#include "views/taskgroupspane.h"
#include "views/taskreasondialog.h"
#include "views/taskstatusdelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "model/project/projectchanges.h"

namespace uproot {

TasksPane::TasksPane(QWidget *parent)
    : QWidget(parent), m_model(new TasksModel(this)), m_table(new TablePane(m_model, tr("Tasks"))),
      m_groupsModel(new TaskGroupsModel(this)), m_groups(new TaskGroupsPane(m_groupsModel)),
      m_stack(new QStackedWidget), m_grouped(new QCheckBox(tr("&Group by system"))),
      m_details(new QAction(tr("Task &details\u2026"), this))
{
    m_table->addFilter(tr("Status:"),
                       {{tr("All"), QString()},
                        {tr("To do"), QStringLiteral("to do")},
                        {tr("In progress"), QStringLiteral("in progress")},
                        {tr("Blocked"), QStringLiteral("blocked")},
                        {tr("Done"), QStringLiteral("done")},
                        {tr("Skipped"), QStringLiteral("skipped")}},
                       &PagedTableModel::setStateFilter);
    m_table->view()->setItemDelegateForColumn(TasksModel::Status, new TaskStatusDelegate(this));
    m_table->view()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::SelectedClicked);
    // The model only announces the person's choice; the project turns it into an undoable command. Queued:
    // the reason dialog and the reload come once the editor is closed (a reload under it made the view warn
    // "closeEditor called with an editor that does not belong to this view").
    connect(m_model, &TasksModel::statusEdited, this, &TasksPane::changeStatus, Qt::QueuedConnection);
    connect(m_groupsModel, &TaskGroupsModel::statusEdited, this, &TasksPane::changeStatus, Qt::QueuedConnection);
    QTreeView *tree = m_groups->view();
    tree->setItemDelegateForColumn(TaskGroupsModel::Status, new TaskStatusDelegate(this));
    tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::SelectedClicked);
    tree->addAction(m_details); // its shortcut; the row menu (MainWindow) lists the window's actions
    // Enter and a double-click open the system's page, as in every table; the task's own details are
    // Ctrl+Enter.
    m_details->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_details->setShortcutContext(Qt::WidgetShortcut);
    m_details->setEnabled(false);
    m_table->view()->addAction(m_details);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_details, &QAction::triggered, this, [this] { showDetails(currentTask()); });
    auto *detailsButton = new QToolButton;
    detailsButton->setDefaultAction(m_details);
    detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_table->addControl(QString(), detailsButton);
    m_stack->addWidget(m_groups);
    m_stack->addWidget(m_table);
    m_grouped->setChecked(true);
    connect(m_grouped, &QCheckBox::toggled, this,
            [this](bool grouped) { m_stack->setCurrentIndex(grouped ? 0 : 1); });
    auto *groupedDetails = new QToolButton;
    groupedDetails->setDefaultAction(m_details);
    groupedDetails->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    bar->addWidget(m_grouped);
    bar->addStretch(1);
    bar->addWidget(groupedDetails);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    m_groups->setContentsMargins(6, 0, 6, 6);
}

void TasksPane::setGrouped(bool grouped)
{
    m_grouped->setChecked(grouped);
}

bool TasksPane::isGrouped() const
{
    return m_grouped->isChecked();
}

void TasksPane::updateChoices()
{
    if (!m_project)
        return;
    m_groups->setChoices(m_project->tasks().taskTeams(), m_project->tasks().taskComponents(),
                         m_project->asOf());
}

TasksPane::~TasksPane()
{
    setProject(nullptr);
}

void TasksPane::setProject(Project *project)
{
    m_project = project;
    disconnect(m_projectChanges);
    m_model->setSource(project ? &project->tasks() : nullptr, project ? project->changes() : nullptr);
    m_model->setEditable(project && !project->isReadOnly());
    if (m_project) {
        // The status date and the filters' choices before the rows, so the first load counts from the right
        // day.
        updateChoices();
        TaskGroupFilter filter = m_groupsModel->filter();
        filter.asOf = m_project->asOf();
        m_groupsModel->setSource(nullptr, nullptr);
        m_groupsModel->setFilter(filter);
        m_projectChanges = connect(
            m_project->changes(), &ProjectChanges::changed, this, [this](const ProjectChange &change) {
                if (change.reset & (ProjectChange::Settings | ProjectChange::Tasks | ProjectChange::Systems |
                                    ProjectChange::Teams | ProjectChange::Inventory)) {
                    updateChoices();
                    TaskGroupFilter f = m_groupsModel->filter();
                    if (f.asOf != m_project->asOf()) {
                        f.asOf = m_project->asOf();
                        m_groupsModel->setFilter(f);
                    }
                }
            });
    }
    m_groupsModel->setSource(project ? &project->tasks() : nullptr, project ? project->changes() : nullptr);
    m_groupsModel->setEditable(project && !project->isReadOnly());
    m_groups->sizeColumns();
    m_details->setEnabled(project != nullptr);
    delete m_openDetails;
}

Id TasksPane::currentTask() const
{
    if (isGrouped())
        return m_groupsModel->taskAt(m_groups->view()->currentIndex());
    return m_model->taskAt(m_table->view()->currentIndex());
}

void TasksPane::changeStatus(Id taskId, TaskStatus status)
{
    if (!m_project)
        return;
    QString reason;
    // Cancelling the question leaves the task as it was.
    if (!TaskReasonDialog::reasonFor(this, m_project->tasks().task(taskId), status, &reason))
        return;
    QString error;
    if (!m_project->setTaskStatuses({taskId}, status, reason, &error))
        emit problem(tr("The status was not changed"), error);
}

TaskDetailsDialog *TasksPane::showDetails(Id taskId)
{
    if (!m_project || !taskId)
        return nullptr;
    delete m_openDetails;
    m_openDetails = new TaskDetailsDialog(m_project, taskId, this);
    m_openDetails->setAttribute(Qt::WA_DeleteOnClose);
    m_openDetails->show();
    return m_openDetails;
}

void TasksPane::generatePlan()
{
    if (!m_project)
        return;
    PlanResult result;
    QString error;
    if (!m_project->plan(&result, &error)) {
        emit problem(tr("Planning failed"), error);
        return;
    }
    emit message(tr("%1 systems planned, %2 tasks added; projected finish %3")
                     .arg(result.systems)
                     .arg(result.tasksAdded)
                     .arg(QLocale().toString(result.projectedFinish, QLocale::LongFormat)));
}

} // namespace uproot
