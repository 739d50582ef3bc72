#include "model/detection/milestonecalendar.h"

#include "model/detection/federalholidays.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace uproot {

namespace {

QString dayName(int dayOfWeek)
{
    switch (dayOfWeek) {
    case Qt::Monday:
        return QCoreApplication::translate("MilestoneCalendar", "Monday");
    case Qt::Tuesday:
        return QCoreApplication::translate("MilestoneCalendar", "Tuesday");
    case Qt::Wednesday:
        return QCoreApplication::translate("MilestoneCalendar", "Wednesday");
    case Qt::Thursday:
        return QCoreApplication::translate("MilestoneCalendar", "Thursday");
    case Qt::Friday:
        return QCoreApplication::translate("MilestoneCalendar", "Friday");
    case Qt::Saturday:
        return QCoreApplication::translate("MilestoneCalendar", "Saturday");
    default:
        return QCoreApplication::translate("MilestoneCalendar", "Sunday");
    }
}

bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

struct Ordered
{
    DatedMilestone milestone;
    int index = 0; // position of the milestone in the directive, for stable ties
};

} // namespace

QString MilestoneCalendar::warningFor(const QDate &day)
{
    if (!day.isValid())
        return QString();
    const std::optional<FederalHoliday> holiday = FederalHolidays::on(day);
    if (isWeekend(day)) {
        if (holiday && holiday->date == day) {
            return QCoreApplication::translate("MilestoneCalendar", "falls on a %1 (%2; observed on %3 %4)")
                .arg(dayName(day.dayOfWeek()), holiday->name, dayName(holiday->observed.dayOfWeek()),
                     QLocale::c().toString(holiday->observed, QStringLiteral("d MMM yyyy")));
        }
        return QCoreApplication::translate("MilestoneCalendar", "falls on a %1")
            .arg(dayName(day.dayOfWeek()));
    }
    if (holiday) {
        if (holiday->observed == day && holiday->date != day) {
            return QCoreApplication::translate("MilestoneCalendar",
                                               "falls on a federal holiday (%1, observed)")
                .arg(holiday->name);
        }
        return QCoreApplication::translate("MilestoneCalendar", "falls on a federal holiday (%1)")
            .arg(holiday->name);
    }
    return QString();
}

QList<DatedMilestone> MilestoneCalendar::compute(const Directive &directive, const MilestoneOptions &options)
{
    const QDate issued = options.issueDate.isValid() ? options.issueDate : directive.issueDate;
    QList<Ordered> ordered;
    for (int index = 0; index < directive.milestones.size(); ++index) {
        const DirectiveMilestone &milestone = directive.milestones.at(index);
        QDate first;
        if (milestone.offsetDays)
            first = issued.isValid() ? issued.addDays(*milestone.offsetDays) : QDate();
        else
            first = milestone.date;
        if (!first.isValid())
            continue;

        const MilestoneRecurrence &recurrence = milestone.recurrence;
        int limit = 1;
        if (recurrence.isRecurring()) {
            limit = HardLimit;
            if (recurrence.count > 0)
                limit = std::min(limit, recurrence.count);
            if (options.maxOccurrences > 0)
                limit = std::min(limit, options.maxOccurrences);
        }
        const bool untilComplete = recurrence.isRecurring() && !recurrence.until.isValid() && recurrence.count == 0
                                   && options.complete.isValid();
        for (int occurrence = 1; occurrence <= limit; ++occurrence) {
            const QDate day = first.addDays(qint64(occurrence - 1) * recurrence.everyDays);
            if (occurrence > 1 && recurrence.until.isValid() && day > recurrence.until)
                break;
            if (occurrence > 1 && untilComplete && day.addDays(-recurrence.everyDays) >= options.complete)
                break;
            if (options.until.isValid() && day > options.until)
                break;
            DatedMilestone dated;
            dated.milestoneId = milestone.id;
            dated.kind = milestone.kind;
            dated.title = milestone.title;
            dated.date = day;
            dated.offsetDays = issued.isValid() ? int(issued.daysTo(day)) : 0;
            dated.occurrence = occurrence;
            dated.recurring = recurrence.isRecurring();
            dated.weekend = isWeekend(day);
            if (const std::optional<FederalHoliday> holiday = FederalHolidays::on(day))
                dated.holiday = holiday->name;
            dated.warning = warningFor(day);
            dated.note = milestone.note;
            ordered.append(Ordered{dated, index});
        }
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Ordered &a, const Ordered &b) {
        if (a.milestone.date != b.milestone.date)
            return a.milestone.date < b.milestone.date;
        return a.index < b.index;
    });
    QList<DatedMilestone> result;
    result.reserve(ordered.size());
    for (const Ordered &entry : std::as_const(ordered))
        result.append(entry.milestone);
    return result;
}

} // namespace uproot
