#pragma once

#include <QDate>

namespace uproot {

// Where a date sits on the timeline: a day is pixelsPerDay wide and the origin day starts at x = 0. The zoom
// goes from days (a day wide enough for its number) through weeks to months.
class TimelineScale final
{
public:
    enum class Unit { Days, Weeks, Months };
    static constexpr double kMinPixelsPerDay = 0.4;
    static constexpr double kMaxPixelsPerDay = 48.0;
    // The zoom each unit button sets.
    static double pixelsPerDayFor(Unit unit);

    TimelineScale() = default;
    TimelineScale(const QDate &origin, double pixelsPerDay);

    QDate origin() const { return m_origin; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    // The unit the date band counts in at this zoom.
    Unit unit() const;

    double x(const QDate &day) const
    {
        return double(day.toJulianDay() - m_origin.toJulianDay()) * m_pixelsPerDay;
    }
    // The day under a position.
    QDate dayAt(double x) const;
    // The same scale, zoomed by a factor (kept within its limits).
    TimelineScale zoomed(double factor) const;

private:
    QDate m_origin = QDate(2000, 1, 1);
    double m_pixelsPerDay = 6.0;
};

} // namespace uproot
