#include "model/timeline/timelinepainter.h"

#include "model/detection/federalholidays.h"
#include "model/timeline/timelinemodel.h"
#include "model/translation.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(TimelinePainter)

namespace {

enum class Step { Day, Week, Month, Year };

QDate floorTo(const QDate &day, Step step)
{
    switch (step) {
    case Step::Day:
        return day;
    case Step::Week:
        return day.addDays(1 - day.dayOfWeek()); // Monday
    case Step::Month:
        return QDate(day.year(), day.month(), 1);
    case Step::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

QDate nextOf(const QDate &day, Step step)
{
    switch (step) {
    case Step::Day:
        return day.addDays(1);
    case Step::Week:
        return day.addDays(7);
    case Step::Month:
        return day.addMonths(1);
    case Step::Year:
        return day.addYears(1);
    }
    return day.addDays(1);
}

QString labelOf(const QDate &day, Step step, double width)
{
    const QLocale locale;
    switch (step) {
    case Step::Day:
        return QString::number(day.day());
    case Step::Week:
        return width >= 40 ? locale.toString(day, QStringLiteral("d MMM")) : QString::number(day.day());
    case Step::Month:
        if (width >= 90)
            return locale.toString(day, QStringLiteral("MMMM yyyy"));
        return width >= 28 ? locale.toString(day, QStringLiteral("MMM"))
                           : locale.toString(day, QStringLiteral("MMM")).left(1);
    case Step::Year:
        return QString::number(day.year());
    }
    return {};
}

struct Bands
{
    Step major;
    Step minor;
};

Bands bandsOf(TimelineScale::Unit unit)
{
    switch (unit) {
    case TimelineScale::Unit::Days:
        return {Step::Month, Step::Day};
    case TimelineScale::Unit::Weeks:
        return {Step::Month, Step::Week};
    case TimelineScale::Unit::Months:
        return {Step::Year, Step::Month};
    }
    return {Step::Month, Step::Week};
}

} // namespace

TimelinePainter::TimelinePainter(const QAbstractItemModel *model) : m_model(model) {}

QColor TimelinePainter::fillOf(TaskStatus state)
{
    switch (state) {
    case TaskStatus::ToDo:
        return QColor(0xa8, 0xc8, 0xf0);
    case TaskStatus::InProgress:
        return QColor(0xff, 0xc8, 0x6e);
    case TaskStatus::Blocked:
        return QColor(0xf4, 0x9a, 0x92);
    case TaskStatus::Done:
        return QColor(0x7c, 0xc4, 0x7c);
    case TaskStatus::Skipped:
        return QColor(0xcc, 0xcc, 0xcc);
    }
    return Qt::lightGray;
}

QColor TimelinePainter::edgeOf(TaskStatus state)
{
    switch (state) {
    case TaskStatus::ToDo:
        return QColor(0x1f, 0x4e, 0x8c);
    case TaskStatus::InProgress:
        return QColor(0x8a, 0x4b, 0x00);
    case TaskStatus::Blocked:
        return QColor(0x9b, 0x0e, 0x0e);
    case TaskStatus::Done:
        return QColor(0x1e, 0x5a, 0x1e);
    case TaskStatus::Skipped:
        return QColor(0x55, 0x55, 0x55);
    }
    return Qt::darkGray;
}

Qt::BrushStyle TimelinePainter::patternOf(TaskStatus state)
{
    switch (state) {
    case TaskStatus::ToDo:
        return Qt::NoBrush;
    case TaskStatus::InProgress:
        return Qt::Dense6Pattern;
    case TaskStatus::Blocked:
        return Qt::BDiagPattern;
    case TaskStatus::Done:
        return Qt::NoBrush;
    case TaskStatus::Skipped:
        return Qt::DiagCrossPattern;
    }
    return Qt::NoBrush;
}

void TimelinePainter::paint(QPainter &painter, const QRectF &area, double scrollX, double scrollY) const
{
    paintHeader(painter, QRectF(area.left(), area.top(), area.width(), kHeaderHeight), scrollX);
    paintRows(painter,
              QRectF(area.left(), area.top() + kHeaderHeight, area.width(),
                     qMax(0.0, area.height() - kHeaderHeight)),
              scrollX, scrollY);
}

void TimelinePainter::paintHeader(QPainter &painter, const QRectF &area, double scrollX) const
{
    painter.save();
    painter.setClipRect(area);
    painter.fillRect(area, m_colors.base);
    paintMilestones(painter, QRectF(area.left(), area.top(), area.width(), kMilestoneBand), scrollX);
    paintDateBand(painter, QRectF(area.left(), area.top() + kMilestoneBand, area.width(), kDateBand),
                  scrollX);
    paintLines(painter, area, scrollX, true);
    painter.setPen(m_colors.grid.darker(130));
    painter.drawLine(QPointF(area.left(), area.bottom() - 0.5), QPointF(area.right(), area.bottom() - 0.5));
    painter.restore();
}

void TimelinePainter::paintDateBand(QPainter &painter, const QRectF &area, double scrollX) const
{
    const Bands bands = bandsOf(m_scale.unit());
    const QDate first = m_scale.dayAt(scrollX);
    const QDate last = m_scale.dayAt(scrollX + area.width());
    const double half = area.height() / 2;
    const QFontMetricsF metrics(painter.font());
    painter.setPen(m_colors.text);
    const auto band = [&](Step step, double top) {
        for (QDate d = floorTo(first, step); d <= last; d = nextOf(d, step)) {
            const double left = area.left() + m_scale.x(d) - scrollX;
            const double right = area.left() + m_scale.x(nextOf(d, step)) - scrollX;
            painter.setPen(m_colors.grid.darker(115));
            painter.drawLine(QPointF(left, top), QPointF(left, top + half));
            // A major label stays in view while its period is on screen.
            const double from = qMax(left, area.left());
            const QRectF cell(from + 2, top, right - from - 4, half);
            if (cell.width() < 6)
                continue;
            const QString text =
                metrics.elidedText(labelOf(d, step, right - left), Qt::ElideRight, cell.width());
            painter.setPen(m_colors.text);
            painter.drawText(cell,
                             Qt::AlignVCenter | (step == bands.minor && step != Step::Month ? Qt::AlignHCenter
                                                                                            : Qt::AlignLeft),
                             text);
        }
    };
    band(bands.major, area.top());
    painter.setPen(m_colors.grid);
    painter.drawLine(QPointF(area.left(), area.top() + half), QPointF(area.right(), area.top() + half));
    band(bands.minor, area.top() + half);
}

void TimelinePainter::paintMilestones(QPainter &painter, const QRectF &area, double scrollX) const
{
    const QFontMetricsF metrics(painter.font());
    const double size = 6;
    // Two lines of labels; a label that would run into the previous one on its line is left for the tooltip.
    double lineEnd[2] = {-1e9, -1e9};
    int line = 0;
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const MilestoneRecord &m : m_milestones) {
        if (!m.due.isValid())
            continue;
        const double x = area.left() + m_scale.x(m.due) + m_scale.pixelsPerDay() / 2 - scrollX;
        if (x < area.left() - 300 || x > area.right() + size)
            continue;
        const double y = area.bottom() - size - 2;
        QPainterPath diamond;
        diamond.moveTo(x, y - size);
        diamond.lineTo(x + size, y);
        diamond.lineTo(x, y + size);
        diamond.lineTo(x - size, y);
        diamond.closeSubpath();
        painter.setPen(QPen(QColor(0x40, 0x20, 0x60), 1));
        painter.setBrush(QColor(0x8e, 0x5c, 0xc2));
        painter.drawPath(diamond);
        const QString text = metrics.elidedText(m.title, Qt::ElideRight, 220);
        const double width = metrics.horizontalAdvance(text);
        for (int tries = 0; tries < 2; ++tries, line = 1 - line) {
            if (x + size + 2 > lineEnd[line]) {
                const double top = area.top() + 1 + line * (area.height() - 2 * size - 2) / 2;
                painter.setPen(m_colors.text);
                painter.drawText(QRectF(x + size + 2, top, width + 2, metrics.height()), Qt::AlignLeft, text);
                lineEnd[line] = x + size + 2 + width + 8;
                line = 1 - line;
                break;
            }
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void TimelinePainter::paintDayShading(QPainter &painter, const QRectF &area, double scrollX) const
{
    // At the months zoom a day is about a pixel: shading would only grey the chart.
    if (m_scale.unit() == TimelineScale::Unit::Months)
        return;
    const QDate first = m_scale.dayAt(scrollX);
    const QDate last = m_scale.dayAt(scrollX + area.width());
    QDate runStart;
    const auto flush = [&](const QDate &end) {
        if (!runStart.isValid())
            return;
        const double left = area.left() + m_scale.x(runStart) - scrollX;
        const double right = area.left() + m_scale.x(end) - scrollX;
        painter.fillRect(QRectF(left, area.top(), right - left, area.height()), m_colors.shade);
        runStart = {};
    };
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (isDayOff(d)) {
            if (!runStart.isValid())
                runStart = d;
        } else {
            flush(d);
        }
    }
    flush(last.addDays(1));
}

bool TimelinePainter::isDayOff(const QDate &day) const
{
    if (day.dayOfWeek() > 5)
        return true;
    // A holiday's observed day can fall in the year before its own (New Year's Day on a Saturday).
    for (const int year : {day.year(), day.year() + 1}) {
        auto it = m_holidays.find(year);
        if (it == m_holidays.end()) {
            QSet<qint64> days;
            for (const FederalHoliday &h : FederalHolidays::forYear(year))
                days.insert(h.observed.toJulianDay());
            it = m_holidays.insert(year, days);
        }
        if (it->contains(day.toJulianDay()))
            return true;
    }
    return false;
}

void TimelinePainter::paintLines(QPainter &painter, const QRectF &area, double scrollX, bool labels) const
{
    const QFontMetricsF metrics(painter.font());
    const auto line = [&](const QDate &day, const QPen &pen, const QString &label) {
        if (!day.isValid())
            return;
        const double x = area.left() + m_scale.x(day) + m_scale.pixelsPerDay() / 2 - scrollX;
        if (x < area.left() || x > area.right())
            return;
        painter.setPen(pen);
        if (labels) {
            // In the header, a short mark under the date band's top with the line's name beside it.
            const double top = area.top() + kMilestoneBand;
            painter.drawLine(QPointF(x, top), QPointF(x, area.bottom()));
            painter.drawText(QRectF(x + 3, top - metrics.height() - 1, metrics.horizontalAdvance(label) + 4,
                                    metrics.height()),
                             Qt::AlignLeft, label);
        } else {
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        }
    };
    line(m_statusDate, QPen(QColor(0x00, 0x55, 0xcc), 2, Qt::SolidLine), tr("status date"));
    if (m_today != m_statusDate)
        line(m_today, QPen(QColor(0xc0, 0x00, 0x00), 1.5, Qt::DashLine), tr("today"));
}

QRectF TimelinePainter::barRect(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const QModelIndex index = m_model->index(row, 0);
    const QDate start = index.data(TimelineModel::StartRole).toDate();
    const QDate finish = index.data(TimelineModel::FinishRole).toDate();
    if (!start.isValid() || !finish.isValid())
        return {};
    const bool group = index.data(TimelineModel::KindRole).toInt() == int(TimelineModel::RowKind::Group);
    // The bar's margin in the row, in proportion to the row's height (7 and 4 of the screen's 22).
    const double inset = m_rowHeight * (group ? 7.0 : 4.0) / kRowHeight;
    const double left = m_scale.x(start);
    // At least a few pixels, so that a one-day step stays visible (and draggable) at the months zoom.
    const double width = qMax(4.0, m_scale.x(finish.addDays(1)) - left);
    return QRectF(left, row * m_rowHeight + inset, width, m_rowHeight - 2 * inset);
}

void TimelinePainter::paintBar(QPainter &painter, int row, const QRectF &rect) const
{
    const QModelIndex index = m_model->index(row, 0);
    const auto state = TaskStatus(index.data(TimelineModel::StateRole).toInt());
    const bool late = index.data(TimelineModel::LateRole).toBool();
    const double progress = index.data(TimelineModel::ProgressRole).toDouble();
    const bool task = index.data(TimelineModel::KindRole).toInt() == int(TimelineModel::RowKind::Task);
    painter.fillRect(rect, fillOf(state));
    // The share done, as a darker strip along the bottom of a system's or group's bar.
    if (!task && progress > 0 && progress < 1) {
        const double strip = qMin(3.0, rect.height() / 3);
        painter.fillRect(QRectF(rect.left(), rect.bottom() - strip, rect.width() * progress, strip),
                         edgeOf(state));
    }
    const Qt::BrushStyle pattern = patternOf(state);
    if (pattern != Qt::NoBrush)
        painter.fillRect(rect, QBrush(edgeOf(state), pattern));
    painter.setPen(late ? QPen(QColor(0xc0, 0x00, 0x00), 2) : QPen(edgeOf(state), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    const QString label = index.data(TimelineModel::LabelRole).toString();
    const QFontMetricsF metrics(painter.font());
    painter.setPen(m_colors.text);
    // Drawn at its baseline: no layout of a text box, which on a printed timeline of thousands of pages is
    // a third of the cost of each label.
    painter.drawText(
        QPointF(rect.right() + 4, rect.center().y() + (metrics.ascent() - metrics.descent()) / 2), label);
}

void TimelinePainter::paintRows(QPainter &painter, const QRectF &area, double scrollX, double scrollY) const
{
    painter.save();
    painter.setClipRect(area);
    painter.fillRect(area, m_colors.base);
    const int rows = m_model ? m_model->rowCount() : 0;
    const int first = qMax(0, int(std::floor(scrollY / m_rowHeight)));
    const int last = qMin(rows - 1, int(std::floor((scrollY + area.height()) / m_rowHeight)));
    // Group rows get a band of their own colour, so that a group's summary bar reads as a heading.
    for (int r = first; r <= last; ++r) {
        if (m_model->index(r, 0).data(TimelineModel::KindRole).toInt() == int(TimelineModel::RowKind::Group))
            painter.fillRect(
                QRectF(area.left(), area.top() + r * m_rowHeight - scrollY, area.width(), m_rowHeight),
                m_colors.alternate);
    }
    paintDayShading(painter, area, scrollX);
    // Light lines where each minor unit of the date band starts.
    const Bands bands = bandsOf(m_scale.unit());
    const QDate firstDay = m_scale.dayAt(scrollX);
    const QDate lastDay = m_scale.dayAt(scrollX + area.width());
    painter.setPen(m_colors.grid);
    for (QDate d = floorTo(firstDay, bands.minor); d <= lastDay; d = nextOf(d, bands.minor)) {
        const double x = area.left() + m_scale.x(d) - scrollX;
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    // The milestones' dates through the rows.
    painter.setPen(QPen(QColor(0x8e, 0x5c, 0xc2), 1, Qt::DotLine));
    for (const MilestoneRecord &m : m_milestones) {
        const double x = area.left() + m_scale.x(m.due) + m_scale.pixelsPerDay() / 2 - scrollX;
        if (m.due.isValid() && x >= area.left() && x <= area.right())
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    for (int r = first; r <= last; ++r) {
        QRectF bar = barRect(r);
        if (bar.isEmpty())
            continue;
        bar.translate(area.left() - scrollX, area.top() - scrollY);
        if (bar.right() < area.left() - 400 || bar.left() > area.right())
            continue;
        paintBar(painter, r, bar);
    }
    paintLines(painter, area, scrollX, false);
    painter.restore();
}

} // namespace uproot
