#pragma once

#include "model/project/dashboardfigures.h"

#include <QChartView>
#include <QGraphicsSimpleTextItem>

namespace uproot {

// The burndown: remaining systems over time, as planned (each system finished on its last task's due date)
// against as happened (cleared on the date the scans or the task history say), with the directive's
// milestones and the status date as labelled vertical lines.
class BurndownChart final : public QChartView
{
    Q_OBJECT
public:
    explicit BurndownChart(QWidget *parent = nullptr);

    // Draws the figures' burndown from the planned and actual steps; empty figures leave the chart empty.
    void setFigures(const DashboardFigures &figures, const QList<DashboardDayCount> &planned,
                    const QList<DashboardDayCount> &cleared);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    // Puts each milestone's label at the top of its line (after a resize, the plot area moves).
    void placeLabels();

    struct Label
    {
        QDate date;
        QGraphicsSimpleTextItem *item = nullptr;
    };
    QList<Label> m_labels;
};

} // namespace uproot
