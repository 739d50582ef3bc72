#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace uproot {

class Project;

// What the plan would give now, read from a dry run of the planner (nothing is written): the projected finish
// against the target, by how many working days it is missed or met, and per team its capacity, finish and the
// capacity that would meet the target. Refreshed after every change to the project.
class PlanSummaryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PlanSummaryPanel(Project *project, QWidget *parent = nullptr);

    // The one-line verdict ("Projected finish ...: misses the target ... by 3 working days").
    QString verdict() const;

public slots:
    void refresh();

private:
    Project *m_project;
    QLabel *m_verdict;
    QTableWidget *m_teams;
};

} // namespace uproot
