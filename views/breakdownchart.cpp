#include "views/breakdownchart.h"

#include "model/itemmodels/dashboardbreakdownmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace uproot {

BreakdownChart::BreakdownChart(DashboardBreakdownModel *model, QWidget *parent)
    : QChartView(parent), m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    const QString by = DashboardBreakdownModel::dimensionName(model->dimension()).toLower();
    setAccessibleName(tr("Systems by %1").arg(by));
    // The chart is drawn on the view's viewport, which is what takes the focus: it carries the name too.
    viewport()->setAccessibleName(accessibleName());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    connect(model, &QAbstractItemModel::modelReset, this, &BreakdownChart::rebuild);
    rebuild();
}

QBarSet *BreakdownChart::barSet(DashboardFigure figure) const
{
    for (const auto &[f, set] : m_sets) {
        if (f == figure)
            return set;
    }
    return nullptr;
}

void BreakdownChart::clickBar(DashboardFigure figure, int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    emit barClicked(figure, m_model->dimension(), m_model->rowAt(row).value);
}

void BreakdownChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void BreakdownChart::applyPalette()
{
    // Palette roles, so the bars read in light, dark and high-contrast palettes; overdue also has a hatch,
    // and every kind is named in the legend, so no state is told by colour alone.
    const QPalette p = palette();
    chart()->setBackgroundBrush(p.base());
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Midlight));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    for (const auto &[figure, set] : std::as_const(m_sets)) {
        set->setBorderColor(p.color(QPalette::Text));
        set->setLabelColor(p.color(QPalette::Text));
        switch (figure) {
        case DashboardFigure::Overdue:
            set->setBrush(QBrush(p.color(QPalette::Highlight), Qt::BDiagPattern));
            break;
        case DashboardFigure::Remaining:
            set->setBrush(p.color(QPalette::Highlight));
            set->setLabelColor(p.color(QPalette::HighlightedText));
            break;
        default:
            set->setBrush(p.color(QPalette::Midlight));
            break;
        }
    }
}

void BreakdownChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    // removeAxis() gives the axis back to the caller (removeAllSeries deletes the series): deleted here, or every
    // rebuild would leak the old axes (AddressSanitizer's leak check found them).
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_sets.clear();
    const int rows = std::min(m_model->rowCount(), kMaxBars);
    if (rows == 0) {
        setAccessibleDescription(tr("No affected systems."));
        return;
    }
    auto *overdue = new QBarSet(tr("Overdue"));
    auto *onSchedule = new QBarSet(tr("Remaining, not overdue"));
    auto *cleared = new QBarSet(tr("Cleared"));
    QStringList categories;
    QStringList described;
    qint64 largest = 0;
    // Horizontal bars are drawn bottom-up: the first row (most remaining) goes last, to the top.
    for (int row = rows - 1; row >= 0; --row) {
        const DashboardBreakdownRow r = m_model->rowAt(row);
        const QString name = DashboardBreakdownModel::valueText(r.value);
        categories << (name.size() > 28 ? name.left(27) + QChar(0x2026) : name);
        *overdue << double(r.overdue);
        *onSchedule << double(r.remaining() - r.overdue);
        *cleared << double(r.cleared);
        largest = std::max(largest, r.affected);
        described.prepend(tr("%1: %2 remaining, %3 overdue, %4 cleared")
                              .arg(name)
                              .arg(r.remaining())
                              .arg(r.overdue)
                              .arg(r.cleared));
    }
    m_sets = {{DashboardFigure::Overdue, overdue},
              {DashboardFigure::Remaining, onSchedule},
              {DashboardFigure::Cleared, cleared}};
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    for (const auto &[figure, set] : std::as_const(m_sets)) {
        series->append(set);
        // The bar's index counts from the bottom; the model's rows from the top.
        connect(set, &QBarSet::clicked, this,
                [this, figure = figure, rows](int index) { clickBar(figure, rows - 1 - index); });
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    c->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, double(largest));
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->applyNiceNumbers();
    c->addAxis(axisY, Qt::AlignLeft);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    applyPalette();
    const int all = m_model->rowCount();
    setAccessibleDescription(
        (all > rows ? tr("The %1 of %2 with the most remaining. ").arg(rows).arg(all) : QString()) +
        described.join(QStringLiteral("; ")));
}

} // namespace uproot
