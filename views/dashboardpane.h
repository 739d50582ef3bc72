#pragma once

#include "model/project/dashboardfigures.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace uproot {

class BreakdownChart;
class BurndownChart;
class DashboardBreakdownModel;
class DashboardSystemsModel;
class Project;

// The first thing a manager sees: how far along the removal is as of the status date (affected, cleared,
// remaining, overdue, blocked, reappeared), whether the plan's finish holds against the target, the burndown,
// the breakdowns by component, team, site and product, and the blockers with their reasons. Every figure, bar
// and breakdown cell lists the systems behind it in the table at the bottom. It follows the project's
// changes.
class DashboardPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPane(QWidget *parent = nullptr);
    ~DashboardPane() override;

    void setProject(Project *project);

    // What the figures say now.
    DashboardFigures figures() const { return m_figures; }
    QPushButton *figureButton(DashboardFigure figure) const { return m_buttons.value(int(figure)); }
    QLabel *projectionLabel() const { return m_projection; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *rowsTitle() const { return m_rowsTitle; }
    QTableView *rowsView() const { return m_rowsView; }
    QTableView *blockersView() const { return m_blockersView; }
    DashboardSystemsModel *rowsModel() const { return m_rows; }
    BurndownChart *burndown() const { return m_burndown; }
    BreakdownChart *breakdownChart(DashboardDimension dimension) const;
    QTableView *breakdownTable(DashboardDimension dimension) const;
    QTabWidget *breakdownTabs() const { return m_breakdownTabs; }

    // Lists the systems behind a figure, or behind one value of a breakdown.
    void showSystems(DashboardFigure figure, DashboardDimension dimension = DashboardDimension::None,
                     const QString &value = {});

protected:
    // Hidden (another tab in front), the dashboard only notes that it is stale, so that edits elsewhere do
    // not pay for its queries; shown again, it reads everything once.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();
    void holdModels(bool held);
    void updateRowsTitle();
    QWidget *makeFigures();
    QWidget *makeBreakdown(DashboardDimension dimension);
    static QString figureName(DashboardFigure figure);
    static QString figureDescription(DashboardFigure figure);

    QPointer<Project> m_project;
    DashboardFigures m_figures;
    QLabel *m_title;
    QLabel *m_projection;
    QLabel *m_message;
    QHash<int, QPushButton *> m_buttons;
    QHash<int, QLabel *> m_values;
    BurndownChart *m_burndown;
    QTabWidget *m_breakdownTabs;
    QList<DashboardBreakdownModel *> m_breakdowns;
    QList<BreakdownChart *> m_breakdownCharts;
    QList<QTableView *> m_breakdownTables;
    DashboardSystemsModel *m_rows;
    DashboardSystemsModel *m_blockers;
    QLabel *m_rowsTitle;
    QTableView *m_rowsView;
    QTableView *m_blockersView;
    bool m_stale = false;
};

} // namespace uproot
