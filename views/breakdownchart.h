#pragma once

#include "model/store/dashboardreader.h"

#include <QChartView>

class QBarSet;

namespace uproot {

class DashboardBreakdownModel;

// One breakdown (by component, team, site or product) as horizontal stacked bars: overdue, remaining on
// schedule and cleared systems per value, the most remaining at the top. A click on a bar asks for the
// systems behind it (barClicked). Only the largest values are drawn; the table beside the chart lists all of
// them.
class BreakdownChart final : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 10;

    explicit BreakdownChart(DashboardBreakdownModel *model, QWidget *parent = nullptr);

    // The bar set of one kind, in the order overdue, remaining on schedule, cleared (for tests and tools).
    QBarSet *barSet(DashboardFigure figure) const;
    // What a click on the bar of that set and row asks for: the figure and the value as stored.
    void clickBar(DashboardFigure figure, int row);

signals:
    void barClicked(uproot::DashboardFigure figure, uproot::DashboardDimension dimension,
                    const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    DashboardBreakdownModel *m_model;
    QList<QPair<DashboardFigure, QBarSet *>> m_sets;
};

} // namespace uproot
