#pragma once

#include "model/detection/directive.h"

#include <QDate>
#include <QList>
#include <QString>

namespace uproot {

// One dated occurrence of a directive's milestone.
struct DatedMilestone
{
    QString milestoneId; // DirectiveMilestone::id
    QString kind;
    QString title;
    QDate date;
    int offsetDays = 0; // calendar days after the issue date used (negative for a fixed date before it)
    int occurrence = 1; // 1 for the first (or only) occurrence, 2, 3, … for recurrences
    bool recurring = false;
    bool weekend = false;
    QString holiday; // the federal holiday on that day (legal or observed), or empty
    QString warning; // "falls on a Sunday", …; empty on an ordinary working day
    QString note;    // the milestone's note, e.g. an unconfirmed fact
    bool operator==(const DatedMilestone &) const = default;
};

// How far to unroll recurrences ("every 30 days until complete" has no end of its own).
struct MilestoneOptions
{
    QDate issueDate;         // null: the directive's own issue date; set when a project follows a later one
    QDate until;             // null: no date limit; otherwise occurrences after this day are left out
    int maxOccurrences = 12; // per recurring milestone, counting the first; 0: no count limit (needs until)
    // When removal is complete (projected or actual). A recurrence with no end of its own ("until complete")
    // ends with its first occurrence on or after this day: the report that says removal is complete.
    QDate complete;
};

// The one place where a directive's milestones become dates. Offsets count calendar days from the issue
// date, as the directives do; a date on a weekend or federal holiday is not moved, only warned about.
// Fixed dates stay where the instrument put them whatever the issue date. At most HardLimit occurrences per
// milestone are produced, whatever the options say. The result is in date order (milestone order on ties).
class MilestoneCalendar
{
public:
    static constexpr int HardLimit = 1000;

    static QList<DatedMilestone> compute(const Directive &directive, const MilestoneOptions &options = {});

    // The warning text for a day: "falls on a Saturday", "falls on a federal holiday (Columbus Day)",
    // "falls on a Sunday; Christmas Day is observed on Monday 26 Dec 2022", or empty.
    static QString warningFor(const QDate &day);
};

} // namespace uproot
