#include "views/taskspane.h"

#include "model/itemmodels/tasksmodel.h"
#include "model/project/project.h"
#include "views/tablepane.h"
#include "views/taskdetailsdialog.h"
#include "views/taskreasondialog.h"
#include "views/taskstatusdelegate.h"

#include <QAction>
#include <QLocale>
#include <QToolButton>
#include <QTableView>
#include <QVBoxLayout>

namespace uproot {

TasksPane::TasksPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new TasksModel(this))
    , m_table(new TablePane(m_model, tr("Tasks")))
    , m_details(new QAction(tr("Task &details\u2026"), this))
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
    m_table->view()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::SelectedClicked);
    // The model only announces the person's choice; the project turns it into an undoable command. Queued:
    // the reason dialog and the reload come once the editor is closed (a reload under it made the view warn
    // "closeEditor called with an editor that does not belong to this view").
    connect(m_model, &TasksModel::statusEdited, this, &TasksPane::changeStatus, Qt::QueuedConnection);
    // Enter and a double-click open the system's page, as in every table; the task's own details are Ctrl+Enter.
    m_details->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_details->setShortcutContext(Qt::WidgetShortcut);
    m_details->setEnabled(false);
    m_table->view()->addAction(m_details);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_details, &QAction::triggered, this, [this] { showDetails(currentTask()); });
    auto *detailsButton = new QToolButton;
    detailsButton->setDefaultAction(m_details);
    detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_table->addControl(QString(), detailsButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

TasksPane::~TasksPane()
{
    setProject(nullptr);
}

void TasksPane::setProject(Project *project)
{
    m_project = project;
    m_model->setSource(project ? &project->tasks() : nullptr, project ? project->changes() : nullptr);
    m_model->setEditable(project && !project->isReadOnly());
    m_details->setEnabled(project != nullptr);
    delete m_openDetails;
}

Id TasksPane::currentTask() const
{
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
