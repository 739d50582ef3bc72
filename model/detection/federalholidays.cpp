#include "model/detection/federalholidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace uproot {

namespace {

// The n-th given weekday (1 = Monday … 7 = Sunday) of a month; n = -1 for the last one.
QDate nthWeekday(int year, int month, int dayOfWeek, int n)
{
    if (n < 0) {
        QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return last.addDays(-((last.dayOfWeek() - dayOfWeek + 7) % 7));
    }
    const QDate first(year, month, 1);
    return first.addDays((dayOfWeek - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

FederalHoliday holiday(const char *name, const QDate &date)
{
    QDate observed = date;
    if (date.dayOfWeek() == Qt::Saturday)
        observed = date.addDays(-1);
    else if (date.dayOfWeek() == Qt::Sunday)
        observed = date.addDays(1);
    return FederalHoliday{QCoreApplication::translate("FederalHolidays", name), date, observed};
}

} // namespace

QList<FederalHoliday> FederalHolidays::forYear(int year)
{
    QList<FederalHoliday> days;
    if (year < 1971)
        return days;
    days.append(holiday(QT_TRANSLATE_NOOP("FederalHolidays", "New Year's Day"), QDate(year, 1, 1)));
    if (year >= 1986) {
        days.append(holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Birthday of Martin Luther King, Jr."),
                            nthWeekday(year, 1, Qt::Monday, 3)));
    }
    days.append(holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Washington's Birthday"),
                        nthWeekday(year, 2, Qt::Monday, 3)));
    days.append(
        holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Memorial Day"), nthWeekday(year, 5, Qt::Monday, -1)));
    if (year >= 2021) {
        days.append(holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Juneteenth National Independence Day"),
                            QDate(year, 6, 19)));
    }
    days.append(holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Independence Day"), QDate(year, 7, 4)));
    days.append(
        holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Labor Day"), nthWeekday(year, 9, Qt::Monday, 1)));
    days.append(
        holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Columbus Day"), nthWeekday(year, 10, Qt::Monday, 2)));
    // From 1971 to 1977 Veterans Day was the fourth Monday of October.
    days.append(holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Veterans Day"),
                        year >= 1978 ? QDate(year, 11, 11) : nthWeekday(year, 10, Qt::Monday, 4)));
    days.append(holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Thanksgiving Day"),
                        nthWeekday(year, 11, Qt::Thursday, 4)));
    days.append(holiday(QT_TRANSLATE_NOOP("FederalHolidays", "Christmas Day"), QDate(year, 12, 25)));
    std::sort(days.begin(), days.end(),
              [](const FederalHoliday &a, const FederalHoliday &b) { return a.date < b.date; });
    return days;
}

std::optional<FederalHoliday> FederalHolidays::on(const QDate &day)
{
    if (!day.isValid())
        return std::nullopt;
    for (int year : {day.year(), day.year() + 1}) {
        const QList<FederalHoliday> days = forYear(year);
        for (const FederalHoliday &candidate : days) {
            if (candidate.date == day || candidate.observed == day)
                return candidate;
        }
    }
    return std::nullopt;
}

} // namespace uproot
