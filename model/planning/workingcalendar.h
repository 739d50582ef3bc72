#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace uproot {

// The days a team works: Monday to Friday, less the US federal holidays as observed (a Saturday holiday is
// taken the Friday before, a Sunday one the Monday after) and the team's own days off.
class WorkingCalendar final
{
public:
    explicit WorkingCalendar(const QList<QDate> &daysOff = {}, bool federalHolidays = true);

    bool isWorkingDay(const QDate &day) const;
    // The first working day on or after a date.
    QDate onOrAfter(QDate day) const;
    // The first working day after a date.
    QDate after(const QDate &day) const { return onOrAfter(day.addDays(1)); }
    // Working days from `from` to `to`, both included; 0 when `to` is before `from`.
    int workingDays(const QDate &from, const QDate &to) const;
    // A finish against a target: the working days after the target it falls, or minus those left before it
    // (the plan's lateness, shown by `uproot plan` and the dashboard).
    int daysLate(const QDate &finish, const QDate &target) const
    {
        return finish > target ? workingDays(target.addDays(1), finish) : -workingDays(finish.addDays(1), target);
    }

private:
    QSet<QDate> m_daysOff;
    bool m_federalHolidays;
};

} // namespace uproot
