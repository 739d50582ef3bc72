#pragma once

#include <QPointer>
#include <QWidget>

namespace uproot {

class Project;
class TablePane;
class TasksModel;

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

signals:
    void problem(const QString &title, const QString &message);
    // A short outcome for the status bar.
    void message(const QString &text);

private:
    TasksModel *m_model;
    TablePane *m_table;
    QPointer<Project> m_project;
};

} // namespace uproot
