#include "views/taskstatusmenu.h"

#include "model/itemmodels/pagedtablemodel.h"
#include "model/project/project.h"
#include "views/taskreasondialog.h"

#include <QAbstractItemView>

namespace uproot {

TaskStatusMenu::TaskStatusMenu(QAbstractItemView *view, std::function<Project *()> project, QWidget *parent)
    : QMenu(tr("Set &status"), parent), m_view(view), m_project(std::move(project))
{
    setObjectName(QStringLiteral("taskStatusMenu"));
    const struct
    {
        TaskStatus status;
        QString text;
    } entries[] = {{TaskStatus::ToDo, tr("&To do")},
                   {TaskStatus::InProgress, tr("&In progress")},
                   {TaskStatus::Blocked, tr("&Blocked...")},
                   {TaskStatus::Done, tr("&Done")},
                   {TaskStatus::Skipped, tr("S&kipped...")}};
    for (const auto &entry : entries) {
        QAction *action = addAction(entry.text);
        const TaskStatus status = entry.status;
        connect(action, &QAction::triggered, this, [this, status] { setStatus(status); });
        m_actions.append(action);
    }
}

QAction *TaskStatusMenu::actionFor(TaskStatus status) const
{
    const QList<TaskStatus> order = {TaskStatus::ToDo, TaskStatus::InProgress, TaskStatus::Blocked,
                                     TaskStatus::Done, TaskStatus::Skipped};
    return m_actions.value(order.indexOf(status));
}

void TaskStatusMenu::setStatus(TaskStatus status)
{
    Project *project = m_project ? m_project() : nullptr;
    if (!project)
        return;
    QList<Id> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        if (const Id id = row.data(PagedTableModel::IdRole).toLongLong())
            ids.append(id);
    }
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(m_view->currentIndex().data(PagedTableModel::IdRole).toLongLong());
    ids.removeAll(0);
    if (ids.isEmpty()) {
        emit problem(tr("No task selected"), tr("Select the tasks in the Tasks table first."));
        return;
    }
    QString reason;
    // The reason is asked once for all the tasks; cancelling leaves them as they were.
    if (!TaskReasonDialog::reasonFor(parentWidget() ? parentWidget() : m_view,
                                     project->tasks().task(ids.first()), status, &reason))
        return;
    QString error;
    if (!project->setTaskStatuses(ids, status, reason, &error))
        emit problem(tr("The status was not changed"), error);
}

} // namespace uproot
