#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace uproot {

// The legal public holidays of 5 U.S.C. 6103(a), with the observance rule federal employees follow: a
// holiday on a Saturday is observed the Friday before, one on a Sunday the Monday after. Inauguration Day
// (Washington, D.C. area only) is not included.
struct FederalHoliday
{
    QString name;
    QDate date;     // the legal date
    QDate observed; // the day off; equal to date on weekdays
    bool operator==(const FederalHoliday &) const = default;
};

class FederalHolidays
{
public:
    // The holidays whose legal date is in the year, in date order. Juneteenth from 2021, Martin Luther King
    // Jr.'s Birthday from 1986, the Monday holidays of the Uniform Monday Holiday Act from 1971, Veterans Day
    // back on 11 November from 1978. Years before 1971 give an empty list.
    static QList<FederalHoliday> forYear(int year);

    // The holiday whose legal or observed date is the given day. The observed date of New Year's Day can fall
    // in the year before (1 Jan 2022, a Saturday, was observed on Friday 31 Dec 2021).
    static std::optional<FederalHoliday> on(const QDate &day);
};

} // namespace uproot
