#include "model/planning/workingcalendar.h"

#include "model/detection/federalholidays.h"

namespace uproot {

WorkingCalendar::WorkingCalendar(const QList<QDate> &daysOff, bool federalHolidays)
    : m_daysOff(daysOff.cbegin(), daysOff.cend())
    , m_federalHolidays(federalHolidays)
{
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    if (day.dayOfWeek() > 5 || m_daysOff.contains(day))
        return false;
    if (!m_federalHolidays)
        return true;
    // Only the observed day is off: the legal date of a weekend holiday is a weekend anyway.
    const std::optional<FederalHoliday> holiday = FederalHolidays::on(day);
    return !holiday || holiday->observed != day;
}

QDate WorkingCalendar::onOrAfter(QDate day) const
{
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

int WorkingCalendar::workingDays(const QDate &from, const QDate &to) const
{
    int n = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

} // namespace uproot
