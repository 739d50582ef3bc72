#pragma once

#include "model/planning/workingcalendar.h"

#include <QDate>
#include <vector>

namespace uproot {

// A team's working days numbered in order, so that "the working day after", "n working days on" and "working
// days between" cost a lookup instead of a walk over the calendar (a schedule of 100,000 systems asks
// millions of times). Days are numbered lazily as they are asked for; a date before the first one numbered
// starts the numbering again from earlier, so callers only ever see dates.
class WorkingDayIndex final
{
public:
    explicit WorkingDayIndex(WorkingCalendar calendar = WorkingCalendar());

    const WorkingCalendar &calendar() const { return m_calendar; }
    // The first working day on or after a date.
    QDate onOrAfter(const QDate &day);
    // The first working day after a date.
    QDate after(const QDate &day) { return onOrAfter(day.addDays(1)); }
    // The working day `n` working days after the first working day on or after `day` (n = 0: that day).
    QDate advance(const QDate &day, int n);
    // Working days from `from` to `to`, both included; 0 when `to` is before `from`.
    int workingDays(const QDate &from, const QDate &to);
    // The last working day on or before a date (invalid when none is numbered before it).
    QDate onOrBefore(const QDate &day);

private:
    qsizetype indexOnOrAfter(const QDate &day);
    QDate at(qsizetype index);
    void numberNextDay();

    WorkingCalendar m_calendar;
    qint64 m_origin = 0; // the Julian day of the first day numbered; 0: nothing numbered yet
    std::vector<qsizetype>
        m_onOrAfter;            // per calendar day from the origin: the index of its working day, -1 pending
    std::vector<qint64> m_days; // the working days in order, as Julian days
};

} // namespace uproot
