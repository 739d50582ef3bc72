#pragma once

#include "model/store/storetypes.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QStackedWidget;

namespace uproot {

class Project;
class TablePane;
class TasksModel;
class TaskDetailsDialog;
class TaskGroupsModel;
class TaskGroupsPane;

// The tasks area: the per-system replacement tasks grouped under their system (or, unticking "Group by
// system", as one flat table), their filters, the status editor in either, and generating or refreshing the
// plan. The main window adds the pane and the menu entry that calls it.
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
    TaskGroupsPane *groups() const { return m_groups; }
    TaskGroupsModel *groupsModel() const { return m_groupsModel; }
    // Shows the tasks grouped by system (the default) or as the flat table.
    void setGrouped(bool grouped);
    bool isGrouped() const;

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
    // The filters' choices and status date follow the project's teams, systems and settings.
    void updateChoices();

    TasksModel *m_model;
    TablePane *m_table;
    TaskGroupsModel *m_groupsModel;
    TaskGroupsPane *m_groups;
    QStackedWidget *m_stack;
    QCheckBox *m_grouped;
    QAction *m_details;
    QPointer<Project> m_project;
    QMetaObject::Connection m_projectChanges;
    QPointer<TaskDetailsDialog> m_openDetails;
};

} // namespace uproot
