#pragma once

#include "model/planning/tasktemplates.h"
#include "model/store/storetypes.h"

#include <QDate>
#include <QList>

namespace uproot {

class FindingsReader;
class TasksReader;

struct PlanSettings
{
    int systemsPerDay = 25; // capacity for systems no defined team takes: systems finished in one working day
    QDate removalStart;     // the first day of removal work (the directive's begin-removal date)
    QDate planDue;          // planning steps are due by then (the plan-of-action date)
    QDate target;           // when removal should be complete; invalid: no target
    QList<TeamRecord> teams;
    bool federalHolidays = true; // US federal holidays are days off for every team
    QString directiveCode;       // chooses the task template with the system's kind
};

// One team's part of the schedule ("" is the systems no defined team takes).
struct TeamSchedule
{
    QString team;
    int capacity = 0;
    qint64 systems = 0;
    QDate finish;
    // When the target is missed: the capacity that would meet it (-1: no working day is left before it).
    int capacityToMeetTarget = 0;
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
};

// What planning changes in the tasks: computed by the planner from what is stored, written by the plan command,
// and reversed by its undo.
struct PlanChanges
{
    struct DueChange
    {
        Id taskId = 0;
        QDate from;
        QDate to;
    };
    QList<TaskRecord> added;   // new tasks (id 0 until written)
    QList<TaskRecord> removed; // never-started tasks of systems no longer affected, as they were
    QList<DueChange> moved;    // to-do tasks whose due date the schedule moves
    PlanResult result;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && moved.isEmpty(); }
};

// Generates per-system tasks from a template for every system with an open finding, and places each system's
// removal on a working day of its team (weekends, federal holidays and the team's days off skipped) at the team's
// capacity: most critical first, then by component, site and name; a site's management servers after every other
// system of that site, since they manage the agents being removed. Refreshing keeps tasks already started and
// their statuses; tasks of systems no longer affected that were never started are removed. It only reads: the
// plan command writes what it computes.
class Planner final
{
public:
    Planner(FindingsReader &findings, TasksReader &tasks, TaskTemplates templates);
    Planner(FindingsReader &findings, TasksReader &tasks, const TaskTemplate &taskTemplate);

    bool plan(Id directiveId, const PlanSettings &settings, PlanChanges *changes, QString *error);

    // The next working day on or after a date (Saturday and Sunday are not working days).
    static QDate workingDayOnOrAfter(QDate date);
    // The capacity that finishes `systems` systems in the working days from start to target (-1: there are none).
    static int capacityToFinish(qint64 systems, int workingDays);

private:
    FindingsReader &m_findings;
    TasksReader &m_tasks;
    TaskTemplates m_templates;
};

} // namespace uproot
