#pragma once

#include "model/planning/tasktemplates.h"
#include "model/store/storetypes.h"

#include <QDate>
#include <QList>

namespace uproot {

class FindingsReader;
class TasksReader;

// One directive's window for the one-directive form of Planner::plan (tests, and a plan of one directive).
struct PlanSettings
{
    int systemsPerDay = 25; // capacity for systems no defined team takes: systems started in one working day
    QDate removalStart;     // the first day of removal work (the directive's begin-removal date)
    QDate planDue;          // planning steps are due by then (the plan-of-action date)
    QDate target;           // when removal should be complete; invalid: no target
    QList<TeamRecord> teams;
    bool federalHolidays = true; // US federal holidays are days off for every team
    QString directiveCode;       // chooses the task template with the system's kind
};

// One directive's removal window in a plan of every directive followed.
struct DirectiveWindow
{
    Id directiveId = 0;
    QString code;       // chooses the task template with the system's kind
    QDate removalStart; // removal steps start no earlier (the directive's begin-removal date, or the user's)
    QDate planDue;      // planning steps are due by then (the plan-of-action date); invalid: on the system's slot
    QDate target;       // when removal should be complete; invalid: no target
};

// What one schedule covers: every directive followed shares the teams' capacity.
struct ScheduleInput
{
    QList<DirectiveWindow> directives;
    QList<TeamRecord> teams;
    int systemsPerDay = 25;      // capacity for systems no defined team takes
    bool federalHolidays = true; // US federal holidays are days off for every team
    // Re-schedule the tasks that exist (a team's capacity or calendar changed): no task is added or removed.
    bool rescheduleOnly = false;
};

// One team's part of the schedule ("" is the systems no defined team takes).
struct TeamSchedule
{
    QString team;
    int capacity = 0;
    qint64 systems = 0;
    QDate finish;
    // When the target is missed: the capacity that would meet it, the other teams as they are (-1: no capacity
    // would, since no working day is left before it or the steps alone take longer).
    int capacityToMeetTarget = 0;
};

// When one component's systems are done.
struct ComponentSchedule
{
    QString component; // "" for systems with no component recorded
    qint64 systems = 0;
    QDate finish;
};

struct PlanResult
{
    qint64 systems = 0;
    qint64 tasksAdded = 0;
    qint64 tasksRemoved = 0;
    QDate projectedFinish;
    QDate target;
    int workingDaysLate = 0; // after the target: how many working days late; before it: minus the days to spare
    QList<TeamSchedule> teams;
    QList<ComponentSchedule> components;
};

// What planning changes in the tasks: computed by the planner from what is stored, written by the plan command,
// and reversed by its undo.
struct PlanChanges
{
    struct DateChange
    {
        Id taskId = 0;
        QDate fromStart;
        QDate fromDue;
        QDate toStart;
        QDate toDue;
    };
    QList<TaskRecord> added;   // new tasks (id 0 until written)
    QList<TaskRecord> removed; // never-started tasks of systems no longer affected, as they were
    QList<DateChange> moved;   // to-do tasks whose start or due date the schedule moves
    PlanResult result;         // this directive's part (its systems, tasks, finish against its target)

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && moved.isEmpty(); }
};

// Generates per-system tasks from a template for every system with an open finding, and places each system's
// work on the working days of its team (weekends, federal holidays and the team's days off skipped).
//
// A team's capacity is the number of systems it starts in one working day: each system gets a slot, the day its
// removal begins, at most `capacity` slots a day, the earliest window first, then the most critical, then by
// component, site and name. A site's management servers get theirs only after every other system of that site
// is finished, since they manage the agents being removed. From the slot, each removal step starts on the later
// of the slot and the working day after the last of the steps it comes `after` is finished, and takes its `days`
// working days; planning steps are due by the plan-of-action date. A system affected by several directives is
// one piece of work for its team: one slot, each directive's steps from it (and not before that directive's
// removal start).
//
// Refreshing keeps every task that is not to do (in progress, blocked, done, skipped) with its dates; a system
// whose removal has started keeps its slot and still takes its team's capacity on that day; its to-do steps
// follow from the slot and the kept dates. Tasks of systems no longer affected that were never started are
// removed. It only reads: the plan command writes what it computes.
class Planner final
{
public:
    Planner(FindingsReader &findings, TasksReader &tasks, TaskTemplates templates);
    Planner(FindingsReader &findings, TasksReader &tasks, const TaskTemplate &taskTemplate);

    // One schedule across every directive in the input: one PlanChanges per directive, in the input's order,
    // and the whole plan's result (its target: the directive's that is missed by most, or met by least).
    bool plan(const ScheduleInput &input, QList<PlanChanges> *changes, PlanResult *result, QString *error);
    // One directive alone (its changes carry the result).
    bool plan(Id directiveId, const PlanSettings &settings, PlanChanges *changes, QString *error);

    // The next working day on or after a date (Saturday and Sunday are not working days).
    static QDate workingDayOnOrAfter(QDate date);

private:
    FindingsReader &m_findings;
    TasksReader &m_tasks;
    TaskTemplates m_templates;
};

} // namespace uproot
