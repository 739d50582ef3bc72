#pragma once

#include "model/store/storetypes.h"
#include "model/timeline/timelinescale.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSet>

class QAbstractItemModel;
class QPainter;

namespace uproot {

// Paints the timeline of a TimelineModel (or any model with its roles) into a QPainter: the header (the
// directive's milestones as diamonds with their titles, the date band in days, weeks or months) and the bars
// of the rows in view, over weekends and federal holidays shaded, with the status date and today as lines.
// Only the rows and days inside the area are touched, so a frame costs the same for ten systems or ten
// thousand. The widget, the benchmark and a printed timeline share it.
//
// A bar's state shows three ways, so that colour is never the only sign: its fill colour, a pattern (hatched
// when blocked, crossed when skipped, dotted in progress, solid when done, plain to do) and its label.
class TimelinePainter final
{
public:
    static constexpr int kRowHeight = 22;
    static constexpr int kMilestoneBand = 40;
    static constexpr int kDateBand = 36;
    static constexpr int kHeaderHeight = kMilestoneBand + kDateBand;

    struct Colors
    {
        QColor base = Qt::white;
        QColor alternate = QColor(0xf3, 0xf4, 0xf6);
        QColor text = Qt::black;
        QColor grid = QColor(0xdd, 0xdd, 0xdd);
        QColor shade = QColor(0xec, 0xec, 0xec); // weekends and holidays
    };

    explicit TimelinePainter(const QAbstractItemModel *model = nullptr);

    void setModel(const QAbstractItemModel *model) { m_model = model; }
    void setScale(const TimelineScale &scale) { m_scale = scale; }
    const TimelineScale &scale() const { return m_scale; }
    void setMilestones(const QList<MilestoneRecord> &milestones) { m_milestones = milestones; }
    void setStatusDate(const QDate &day) { m_statusDate = day; }
    void setToday(const QDate &day) { m_today = day; }
    void setColors(const Colors &colors) { m_colors = colors; }
    // The height of a row; kRowHeight on screen, less on paper, where a row is read from closer.
    void setRowHeight(double height) { m_rowHeight = height; }
    double rowHeight() const { return m_rowHeight; }

    // The header and the rows in `area`; scrollX is the content x at the area's left edge, scrollY the
    // content y at the top of the rows (below the header).
    void paint(QPainter &painter, const QRectF &area, double scrollX, double scrollY) const;
    void paintHeader(QPainter &painter, const QRectF &area, double scrollX) const;
    void paintRows(QPainter &painter, const QRectF &area, double scrollX, double scrollY) const;

    // A row's bar in content coordinates (x on the scale, y from the first row's top); empty when undated.
    QRectF barRect(int row) const;
    // The colour and pattern of a state.
    static QColor fillOf(TaskStatus state);
    static QColor edgeOf(TaskStatus state);
    static Qt::BrushStyle patternOf(TaskStatus state);

private:
    void paintDateBand(QPainter &painter, const QRectF &area, double scrollX) const;
    void paintMilestones(QPainter &painter, const QRectF &area, double scrollX) const;
    void paintDayShading(QPainter &painter, const QRectF &area, double scrollX) const;
    void paintBar(QPainter &painter, int row, const QRectF &rect) const;
    void paintLines(QPainter &painter, const QRectF &area, double scrollX, bool labels) const;
    // Weekends and observed federal holidays; the holidays of each year worked out once (a printed timeline
    // asks for the same days on thousands of pages).
    bool isDayOff(const QDate &day) const;

    const QAbstractItemModel *m_model = nullptr;
    TimelineScale m_scale;
    QList<MilestoneRecord> m_milestones;
    QDate m_statusDate;
    QDate m_today;
    Colors m_colors;
    double m_rowHeight = kRowHeight;
    mutable QHash<int, QSet<qint64>> m_holidays; // by year: the observed days off of that year's holidays
};

} // namespace uproot
