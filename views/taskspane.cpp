#include "views/taskspane.h"

#include "model/itemmodels/tasksmodel.h"
#include "model/project/project.h"
#include "views/tablepane.h"
#include "views/taskstatusdelegate.h"

#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace uproot {

TasksPane::TasksPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new TasksModel(this))
    , m_table(new TablePane(m_model, tr("Tasks")))
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
    // The model only announces the person's choice; the project turns it into an undoable command.
    connect(m_model, &TasksModel::statusEdited, this, [this](Id taskId, TaskStatus status) {
        if (m_project)
            m_project->setTaskStatus(taskId, status);
    });
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
