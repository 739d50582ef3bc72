#pragma once

#include "model/planning/workingdayindex.h"

#include <QDate>
#include <QHash>

namespace uproot {

// One team's slots: the days on which it starts systems, at most `capacity` a working day. Slots are handed
// out in order and never go back to an earlier day; a slot kept by a system whose work has started is
// reserved beforehand and counts against its day's capacity.
class TeamLane final
{
public:
    TeamLane(int capacity, WorkingCalendar calendar);

    int capacity() const { return m_capacity; }
    WorkingDayIndex &days() { return m_days; }

    void reserve(const QDate &slot) { ++m_reserved[slot.toJulianDay()]; }
    // The next slot on or after `earliest`.
    QDate place(const QDate &earliest);
    // Starts handing out slots again from the beginning at another capacity (the reserved ones stay).
    void restart(int capacity);

private:
    int usedOn(const QDate &day) const
    {
        return m_reserved.isEmpty() ? 0 : m_reserved.value(day.toJulianDay());
    }

    WorkingDayIndex m_days;
    int m_capacity = 1;
    QHash<qint64, int> m_reserved;
    QDate m_day;
    int m_used = 0;
};

} // namespace uproot
