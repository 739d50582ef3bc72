#pragma once

#include "model/timeline/timelinepainter.h"

#include <QPointer>
#include <QWidget>

namespace uproot {

class TimelineModel;

// The chart half of the timeline: the header and the bars of the rows in view, painted by TimelinePainter.
// Ctrl+wheel zooms around the pointer, Shift+wheel and the arrow keys scroll the dates, a plain wheel scrolls
// the rows (through the view, which shares the rows' scroll bar with the row list). A task's or a system's
// bar dragged sideways asks for the move (moveRequested) when released; the bar follows the pointer until
// then.
class TimelineChart final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    void setModel(TimelineModel *model);
    void setMilestones(const QList<MilestoneRecord> &milestones);
    TimelinePainter &painter() { return m_painter; }

    const TimelineScale &scale() const { return m_painter.scale(); }
    // Zooms by a factor, keeping the day in the middle where it is.
    void zoomBy(double factor);
    void setPixelsPerDay(double pixelsPerDay);
    // The dates the chart can scroll over (a margin is added around them).
    void setDateRange(const QDate &first, const QDate &last);
    // Scrolls so that a day is near the left edge.
    void scrollToDate(const QDate &day);

    double scrollX() const { return m_scrollX; }
    void setScrollX(double x);
    void setScrollY(int y);
    // The content width, for the view's horizontal scroll bar.
    int contentWidth() const;
    // A row's bar in widget coordinates (empty when it is not dated).
    QRectF barOnScreen(int row) const;

signals:
    void moveRequested(int row, const QDate &start);
    // The scale or the horizontal position changed (for the scroll bar and the zoom buttons).
    void viewChanged();
    // A plain wheel over the chart: the rows scroll by this many pixels.
    void rowsScrolled(int pixels);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int rowAt(double y) const;
    void applyPalette();

    QPointer<TimelineModel> m_model;
    QList<MilestoneRecord> m_milestones;
    TimelinePainter m_painter;
    QDate m_first;
    QDate m_last;
    double m_scrollX = 0;
    int m_scrollY = 0;
    int m_dragRow = -1;
    double m_dragFrom = 0;
    double m_dragBy = 0;
};

} // namespace uproot
