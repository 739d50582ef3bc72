#pragma once

#include "model/store/storetypes.h"

#include <QDate>
#include <QString>

namespace uproot {

// What the tasks view grouped by system shows: tasks that match the search and the status, are due in the
// window, on systems of the team and component. Empty fields filter nothing.
struct TaskGroupFilter
{
    enum class DueWindow { Any, Overdue, ThisWeek, Next30Days };

    QString search;    // in the system's name and component, the task's title and owner
    QString status;    // a task status as stored ("blocked")
    QString team;      // the system's team, its own or from a team rule
    QString component; // the system's component
    DueWindow due = DueWindow::Any;
    // The status date: overdue is an open task due before it; "this week" is its week, Monday to Sunday;
    // "next 30 days" runs from it.
    QDate asOf;
};

// One system's tasks: its progress over all of them (done or skipped of total), their span and how many are
// open and late, blocked or in progress; `matching` counts those the filter lets through, which the group
// lists.
struct TaskGroupRecord
{
    Id systemId = 0;
    QString system;
    QString component;
    QString team;
    qint64 total = 0;
    qint64 done = 0;
    qint64 blocked = 0;
    qint64 inProgress = 0;
    qint64 overdue = 0;
    qint64 matching = 0;
    QDate start;
    QDate finish;
};

} // namespace uproot
