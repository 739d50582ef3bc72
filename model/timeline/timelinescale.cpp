#include "model/timeline/timelinescale.h"

#include <QtGlobal>
#include <cmath>

namespace uproot {

double TimelineScale::pixelsPerDayFor(Unit unit)
{
    switch (unit) {
    case Unit::Days:
        return 24.0;
    case Unit::Weeks:
        return 5.0;
    case Unit::Months:
        return 1.2;
    }
    return 5.0;
}

TimelineScale::TimelineScale(const QDate &origin, double pixelsPerDay)
    : m_origin(origin), m_pixelsPerDay(qBound(kMinPixelsPerDay, pixelsPerDay, kMaxPixelsPerDay))
{
}

TimelineScale::Unit TimelineScale::unit() const
{
    // A day needs room for a two-digit number, a week for a short date.
    if (m_pixelsPerDay >= 16.0)
        return Unit::Days;
    if (m_pixelsPerDay >= 2.5)
        return Unit::Weeks;
    return Unit::Months;
}

QDate TimelineScale::dayAt(double x) const
{
    return m_origin.addDays(qint64(std::floor(x / m_pixelsPerDay)));
}

TimelineScale TimelineScale::zoomed(double factor) const
{
    return TimelineScale(m_origin, m_pixelsPerDay * factor);
}

} // namespace uproot
