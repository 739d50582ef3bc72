#include "views/burndownchart.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace uproot {

namespace {

QDateTime at(const QDate &date)
{
    return QDateTime(date, QTime(12, 0));
}

// A step line: the level holds until the date, then drops.
void stepTo(QLineSeries *series, const QDate &date, qint64 remaining)
{
    const qint64 ms = at(date).toMSecsSinceEpoch();
    if (series->count() > 0)
        series->append(double(ms), series->at(series->count() - 1).y());
    series->append(double(ms), double(remaining));
}

} // namespace

BurndownChart::BurndownChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Burndown of remaining systems"));
    // The chart is drawn on the view's viewport, which is what takes the focus: it carries the name too.
    viewport()->setAccessibleName(accessibleName());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    connect(chart(), &QChart::plotAreaChanged, this, &BurndownChart::placeLabels);
    applyPalette();
}

void BurndownChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void BurndownChart::applyPalette()
{
    // The window's palette, light, dark or high contrast, rather than a chart theme's fixed colours.
    const QPalette p = palette();
    chart()->setBackgroundBrush(p.base());
    chart()->setTitleBrush(p.text());
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.text());
        axis->setGridLineColor(p.color(QPalette::Midlight));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    for (const Label &l : std::as_const(m_labels))
        l.item->setBrush(p.text());
    const QList<QAbstractSeries *> all = chart()->series();
    for (QAbstractSeries *s : all) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line)
            continue;
        QPen pen = line->pen();
        const QString role = line->property("paletteRole").toString();
        if (role == QLatin1String("planned"))
            pen.setColor(p.color(QPalette::Text));
        else if (role == QLatin1String("actual"))
            pen.setColor(p.color(QPalette::Highlight));
        else if (role == QLatin1String("status"))
            pen.setColor(p.color(QPalette::Link));
        else
            pen.setColor(p.color(QPalette::Mid));
        line->setPen(pen);
    }
}

void BurndownChart::setFigures(const DashboardFigures &f, const QList<DashboardDayCount> &planned,
                               const QList<DashboardDayCount> &cleared)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (const Label &l : std::as_const(m_labels))
        delete l.item;
    m_labels.clear();
    // removeAxis() gives the axis back to the caller (removeAllSeries deletes the series): deleted here, or every
    // rebuild would leak the old axes (AddressSanitizer's leak check found them).
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(QString());
    if (!f.hasFindings()) {
        setAccessibleDescription(tr("No systems are affected: nothing to burn down."));
        return;
    }
    const qint64 affected = f.counts.affected;
    // From the plan's first day (or the first clearance, or the status date) to the last of the finish, the
    // target and the status date.
    QDate from = f.counts.firstStart.isValid() ? f.counts.firstStart : f.asOf;
    if (!cleared.isEmpty())
        from = qMin(from, cleared.first().date);
    QDate to = qMax(f.asOf, from.addDays(7));
    if (f.projectedFinish.isValid())
        to = qMax(to, f.projectedFinish);
    if (f.target.isValid())
        to = qMax(to, f.target);

    auto *plannedLine = new QLineSeries;
    plannedLine->setName(tr("Planned remaining"));
    plannedLine->setProperty("paletteRole", QStringLiteral("planned"));
    QPen plannedPen(Qt::DashLine);
    plannedPen.setWidthF(2);
    plannedLine->setPen(plannedPen);
    qint64 left = affected;
    stepTo(plannedLine, from, left);
    for (const DashboardDayCount &d : planned) {
        left -= d.systems;
        stepTo(plannedLine, qMax(d.date, from), left);
    }
    stepTo(plannedLine, to, left);

    auto *actualLine = new QLineSeries;
    actualLine->setName(tr("Actual remaining"));
    actualLine->setProperty("paletteRole", QStringLiteral("actual"));
    QPen actualPen(Qt::SolidLine);
    actualPen.setWidthF(3);
    actualLine->setPen(actualPen);
    left = affected;
    stepTo(actualLine, from, left);
    for (const DashboardDayCount &d : cleared) {
        left -= d.systems;
        stepTo(actualLine, qMax(d.date, from), left);
    }
    stepTo(actualLine, qMax(f.asOf, from), left);

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM yy"));
    x->setTitleText(tr("Date"));
    x->setRange(at(from.addDays(-2)), at(to.addDays(2)));
    x->setTickCount(7);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Remaining"));
    y->setRange(0, double(affected) * 1.05 + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    const auto add = [&](QLineSeries *s) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };
    add(plannedLine);
    add(actualLine);

    // Each milestone and the status date as a vertical line named in the legend.
    const auto vertical = [&](const QDate &date, const QString &name, const QString &role,
                              Qt::PenStyle style) {
        if (date < from.addDays(-2) || date > to.addDays(2))
            return false;
        auto *line = new QLineSeries;
        line->setName(name);
        line->setProperty("paletteRole", role);
        line->append(double(at(date).toMSecsSinceEpoch()), 0);
        line->append(double(at(date).toMSecsSinceEpoch()), double(affected) * 1.05 + 1);
        QPen pen(style);
        pen.setWidthF(1.5);
        line->setPen(pen);
        add(line);
        return true;
    };
    QList<MilestoneRecord> marks = f.milestones;
    // The target the plan is measured against, unless a milestone already marks that day.
    if (f.target.isValid() && std::none_of(marks.cbegin(), marks.cend(),
                                           [&](const MilestoneRecord &m) { return m.due == f.target; })) {
        MilestoneRecord target;
        target.due = f.target;
        target.title = tr("Target");
        marks.append(target);
    }
    for (const MilestoneRecord &m : std::as_const(marks)) {
        if (!vertical(m.due, m.title, QStringLiteral("milestone"), Qt::DotLine))
            continue;
        // Named on the chart itself, not in the legend: a legend of five dotted lines tells none apart.
        c->legend()->markers(c->series().constLast()).constFirst()->setVisible(false);
        auto *label = new QGraphicsSimpleTextItem(m.title, c);
        label->setZValue(10);
        m_labels.append({m.due, label});
    }
    vertical(f.asOf, tr("Status date (%1)").arg(QLocale().toString(f.asOf, QLocale::ShortFormat)),
             QStringLiteral("status"), Qt::DashDotLine);
    applyPalette();
    placeLabels();
    setAccessibleDescription(
        tr("Planned against actual remaining systems from %1 to %2; %3 of %4 remain as of "
           "the status date %5.")
            .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat))
            .arg(f.counts.remaining())
            .arg(affected)
            .arg(QLocale().toString(f.asOf, QLocale::ShortFormat)));
}

void BurndownChart::placeLabels()
{
    // Along the bottom of the plot, where the lines are before removal has gone far, staggered upwards so
    // that labels of milestones close together do not overlap.
    const QRectF plot = chart()->plotArea();
    QList<QRectF> placed;
    for (const Label &l : std::as_const(m_labels)) {
        const QPointF x = chart()->mapToPosition(QPointF(double(at(l.date).toMSecsSinceEpoch()), 0));
        const QRectF box = l.item->boundingRect();
        QRectF where(x.x() + 3, plot.bottom() - box.height() - 2, box.width(), box.height());
        if (where.right() > plot.right())
            where.moveRight(x.x() - 3);
        while (
            std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &r) { return r.intersects(where); }))
            where.translate(0, -box.height());
        placed.append(where);
        l.item->setPos(where.topLeft());
    }
}

} // namespace uproot
