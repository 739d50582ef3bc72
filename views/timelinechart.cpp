#include "views/timelinechart.h"

#include "model/timeline/timelinemodel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace uproot {

namespace {
// Room before the first date and after the last, in days, so that a bar can be dragged past either end.
constexpr int kMarginDays = 30;
} // namespace

TimelineChart::TimelineChart(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Timeline chart"));
    setAccessibleDescription(tr("Bars of the plan's work against the directive's milestones. Ctrl+wheel or "
                                "Ctrl+plus and Ctrl+minus zoom; drag a bar to move its work."));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setDateRange(QDate::currentDate(), QDate::currentDate());
    applyPalette();
}

void TimelineChart::setModel(TimelineModel *model)
{
    m_model = model;
    m_painter.setModel(model);
    const auto repaint = [this] { update(); };
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
}

void TimelineChart::applyPalette()
{
    TimelinePainter::Colors colors;
    colors.base = palette().color(QPalette::Base);
    colors.alternate = palette().color(QPalette::AlternateBase);
    colors.text = palette().color(QPalette::Text);
    const bool dark = colors.base.lightness() < 128;
    colors.grid = dark ? colors.base.lighter(180) : colors.base.darker(115);
    colors.shade = dark ? colors.base.lighter(140) : colors.base.darker(108);
    m_painter.setColors(colors);
}

void TimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setScrollX(m_scrollX);
    emit viewChanged();
}

void TimelineChart::setDateRange(const QDate &first, const QDate &last)
{
    // The days in view stay in view when the range grows at its start.
    const QDate origin = first.addDays(-kMarginDays);
    const double shift = double(origin.daysTo(m_first)) * scale().pixelsPerDay();
    m_first = origin;
    m_last = last.addDays(kMarginDays);
    m_painter.setScale(TimelineScale(m_first, m_painter.scale().pixelsPerDay()));
    setScrollX(m_scrollX + shift);
    emit viewChanged();
}

int TimelineChart::contentWidth() const
{
    return int(std::ceil(scale().x(m_last.addDays(1))));
}

void TimelineChart::setScrollX(double x)
{
    m_scrollX = qBound(0.0, x, qMax(0.0, double(contentWidth() - width())));
    update();
}

void TimelineChart::setScrollY(int y)
{
    m_scrollY = y;
    update();
}

void TimelineChart::scrollToDate(const QDate &day)
{
    setScrollX(scale().x(day) - width() / 5.0);
    emit viewChanged();
}

void TimelineChart::zoomBy(double factor)
{
    setPixelsPerDay(scale().pixelsPerDay() * factor);
}

void TimelineChart::setMilestones(const QList<MilestoneRecord> &milestones)
{
    m_milestones = milestones;
    m_painter.setMilestones(milestones);
    update();
}

void TimelineChart::setPixelsPerDay(double pixelsPerDay)
{
    // The day under the middle of the chart stays there.
    const double anchor = width() / 2.0;
    const double day = (m_scrollX + anchor) / scale().pixelsPerDay();
    m_painter.setScale(TimelineScale(m_first, pixelsPerDay));
    setScrollX(day * scale().pixelsPerDay() - anchor);
    emit viewChanged();
}

QRectF TimelineChart::barOnScreen(int row) const
{
    QRectF bar = m_painter.barRect(row);
    if (bar.isEmpty())
        return {};
    return bar.translated(-m_scrollX, TimelinePainter::kHeaderHeight - m_scrollY);
}

int TimelineChart::rowAt(double y) const
{
    if (!m_model || y < TimelinePainter::kHeaderHeight)
        return -1;
    const int row =
        int(std::floor((y - TimelinePainter::kHeaderHeight + m_scrollY) / TimelinePainter::kRowHeight));
    return row < m_model->rowCount() ? row : -1;
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_painter.setToday(QDate::currentDate());
    m_painter.paint(painter, rect(), m_scrollX, m_scrollY);
    if (m_dragRow >= 0) {
        // Where the bar would go, as an outline that follows the pointer, with the day it would start.
        const QRectF bar = barOnScreen(m_dragRow).translated(m_dragBy, 0);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
        const QDate start = m_model->index(m_dragRow, 0).data(TimelineModel::StartRole).toDate();
        const QDate to = start.addDays(qRound(m_dragBy / scale().pixelsPerDay()));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(bar.adjusted(0, -18, 200, 0).topLeft() + QPointF(0, 12),
                         QLocale().toString(to, QLocale::ShortFormat));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void TimelineChart::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta != 0) {
            const double anchor = event->position().x();
            const double day = (m_scrollX + anchor) / scale().pixelsPerDay();
            m_painter.setScale(
                TimelineScale(m_first, scale().pixelsPerDay() * std::pow(1.25, delta / 120.0)));
            setScrollX(day * scale().pixelsPerDay() - anchor);
            emit viewChanged();
        }
    } else if (event->modifiers() & Qt::ShiftModifier || event->angleDelta().x() != 0) {
        const int by = event->angleDelta().x() != 0 ? event->angleDelta().x() : delta;
        setScrollX(m_scrollX - by);
        emit viewChanged();
    } else {
        emit rowsScrolled(-delta / 120 * 3 * TimelinePainter::kRowHeight);
    }
    event->accept();
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().y());
    if (event->button() == Qt::LeftButton && row >= 0 &&
        m_model->kindAt(row) != TimelineModel::RowKind::Group &&
        barOnScreen(row).adjusted(-2, -3, 2, 3).contains(event->position())) {
        m_dragRow = row;
        m_dragFrom = event->position().x();
        m_dragBy = 0;
        setCursor(Qt::SizeHorCursor);
    }
    QWidget::mousePressEvent(event);
}

void TimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragRow >= 0) {
        m_dragBy = event->position().x() - m_dragFrom;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragRow < 0 || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const int row = m_dragRow;
    m_dragBy = event->position().x() - m_dragFrom;
    m_dragRow = -1;
    unsetCursor();
    update();
    const int days = qRound(m_dragBy / scale().pixelsPerDay());
    if (days != 0) {
        const QDate start = m_model->index(row, 0).data(TimelineModel::StartRole).toDate();
        emit moveRequested(row, start.addDays(days));
    }
}

void TimelineChart::keyPressEvent(QKeyEvent *event)
{
    const double step = qMax(20.0, scale().pixelsPerDay() * 7);
    switch (event->key()) {
    case Qt::Key_Left:
        setScrollX(m_scrollX - step);
        break;
    case Qt::Key_Right:
        setScrollX(m_scrollX + step);
        break;
    case Qt::Key_Escape:
        if (m_dragRow >= 0) {
            m_dragRow = -1;
            unsetCursor();
            update();
        }
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    emit viewChanged();
}

bool TimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (help->pos().y() < TimelinePainter::kMilestoneBand) {
            // The milestones under the pointer (their labels may have been left out for room).
            QStringList lines;
            for (const MilestoneRecord &m : std::as_const(m_milestones)) {
                const double x = scale().x(m.due) + scale().pixelsPerDay() / 2 - m_scrollX;
                if (m.due.isValid() && std::abs(x - help->pos().x()) <= 7)
                    lines << tr("%1: %2").arg(QLocale().toString(m.due, QLocale::LongFormat), m.title);
            }
            if (lines.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        } else if (row >= 0)
            QToolTip::showText(help->globalPos(), m_model->index(row, 0).data(Qt::ToolTipRole).toString(),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace uproot
