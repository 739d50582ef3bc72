#pragma once

#include "model/store/storetypes.h"

#include <QPointer>
#include <QWidget>

class QAction;

namespace uproot {

class Project;
class TablePane;
class TasksModel;
class TaskDetailsDialog;

// The tasks area: the per-system replacement tasks with their status filter, the status editor in the table,
// and generating or refreshing the plan. The main window adds the pane and the menu entry that calls it.
class TasksPane final : public QWidget
{
    Q_OBJECT
public:
    explicit TasksPane(QWidget *parent = nullptr);
    ~TasksPane() override;

    // The project whose tasks are shown and edited; null shows none.
    void setProject(Project *project);

    TablePane *table() const { return m_table; }
    TasksModel *model() const { return m_model; }

    // Generates or refreshes the tasks and the schedule (one undoable step); reports through the signals.
    void generatePlan();
    // Opens the task's details (status and reason, notes, evidence); one at a time. Enter on a row, a
    // double-click outside the Status cell and "Task details..." open the current row's.
    TaskDetailsDialog *showDetails(Id taskId);
    QAction *detailsAction() const { return m_details; }

signals:
    void problem(const QString &title, const QString &message);
    // A short outcome for the status bar.
    void message(const QString &text);

private:
    // A status chosen in the table: blocked and skipped first ask why.
    void changeStatus(Id taskId, TaskStatus status);
    Id currentTask() const;

    TasksModel *m_model;
    TablePane *m_table;
    QAction *m_details;
    QPointer<Project> m_project;
    QPointer<TaskDetailsDialog> m_openDetails;
};

} // namespace uproot
