#include "model/project/taskmove.h"

#include "model/planning/workingcalendar.h"
#include "model/project/project.h"
#include "model/translation.h"

#include <QHash>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Project)

namespace {

bool movable(const TaskRecord &task)
{
    return task.status != TaskStatus::Done && task.status != TaskStatus::Skipped;
}

QDate onOrBefore(const WorkingCalendar &calendar, QDate day)
{
    while (!calendar.isWorkingDay(day))
        day = day.addDays(-1);
    return day;
}

// `n` working days on (or back, n < 0) from the working day on or after `day`.
QDate shift(const WorkingCalendar &calendar, const QDate &day, int n)
{
    QDate d = calendar.onOrAfter(day);
    for (; n > 0; --n)
        d = calendar.after(d);
    for (; n < 0; ++n)
        d = onOrBefore(calendar, d.addDays(-1));
    return d;
}

// The signed number of working days from one working day to another.
int distance(const WorkingCalendar &calendar, const QDate &from, const QDate &to)
{
    return to >= from ? calendar.workingDays(from, to) - 1 : -(calendar.workingDays(to, from) - 1);
}

struct Dates
{
    QDate start; // invalid for a step due on a date (a planning step)
    QDate due;
};

// A task's dates moved to start on a working day, keeping the working days it takes.
Dates startingOn(const WorkingCalendar &calendar, const Dates &now, const QDate &day)
{
    if (!now.start.isValid())
        return {QDate(), calendar.onOrAfter(day)};
    const int days = qMax(1, calendar.workingDays(calendar.onOrAfter(now.start), now.due));
    const QDate start = calendar.onOrAfter(day);
    return {start, shift(calendar, start, days - 1)};
}

} // namespace

bool TaskMove::build(Project &project, Id systemId, Id taskId, const QDate &start, QList<TaskDateMove> *moves,
                     QString *error)
{
    moves->clear();
    if (!start.isValid()) {
        *error = tr("the new start date is not valid");
        return false;
    }
    const QList<TaskRecord> tasks = project.tasks().allTasksOfSystem(systemId);
    if (tasks.isEmpty()) {
        *error = tr("there is no work planned for system %1").arg(systemId);
        return false;
    }
    const TaskRecord *dragged = nullptr;
    for (const TaskRecord &t : std::as_const(tasks)) {
        if (t.id == taskId)
            dragged = &t;
    }
    if (taskId && !dragged) {
        *error = tr("there is no task %1 on system %2").arg(taskId).arg(systemId);
        return false;
    }
    if (dragged && !movable(*dragged)) {
        *error = tr("\"%1\" on %2 is %3: finished work keeps its dates")
                     .arg(dragged->title, dragged->system, toString(dragged->status));
        return false;
    }
    // The team's calendar, as the planner uses it.
    const SystemRecord system = project.inventory().system(systemId);
    const TeamRecord team = project.teams().find(system.effectiveTeam);
    const WorkingCalendar calendar(team.daysOff, true);
    TaskTemplates templates;
    if (!project.taskTemplates(&templates, error))
        return false;

    // How far the work moves, in the team's working days: from the dragged task's start (or the earliest
    // start of the work that moves) to the new start, both snapped to working days.
    QDate from;
    for (const TaskRecord &t : std::as_const(tasks)) {
        if ((dragged && &t != dragged) || !movable(t))
            continue;
        const QDate day = t.start.isValid() ? t.start : t.due;
        if (day.isValid() && (!from.isValid() || day < from))
            from = day;
    }
    if (!from.isValid()) {
        *error = tr("%1 has no work left to move").arg(tasks.first().system);
        return false;
    }
    const int n = distance(calendar, calendar.onOrAfter(from), calendar.onOrAfter(start));

    QHash<Id, Dates> dates;
    for (const TaskRecord &t : std::as_const(tasks)) {
        Dates d{t.start, t.due};
        if (movable(t) && (!dragged || &t == dragged)) {
            const QDate begin = t.start.isValid() ? t.start : t.due;
            d = startingOn(calendar, d, shift(calendar, begin, n));
        }
        dates.insert(t.id, d);
    }

    // Each directive's steps in template order: a step starts no earlier than the working day after the steps
    // it comes after are finished (the planner's rule), which holds a task dragged too early and pushes later
    // steps. Done and skipped tasks keep their dates, and what follows them follows them.
    const QList<DirectiveRecord> directives = project.directives();
    QHash<Id, QString> codes;
    for (const DirectiveRecord &d : directives)
        codes.insert(d.id, d.code);
    QHash<Id, QList<const TaskRecord *>> byDirective;
    for (const TaskRecord &t : std::as_const(tasks))
        byDirective[t.directiveId].append(&t);
    for (auto it = byDirective.cbegin(); it != byDirective.cend(); ++it) {
        const QList<TaskTemplate::Step> &steps =
            templates.forSystem(codes.value(it.key()), system.kind).steps();
        QHash<QString, const TaskRecord *> byStepId;
        for (const TaskRecord *t : it.value()) {
            if (t->step >= 1 && t->step <= steps.size())
                byStepId.insert(steps.at(t->step - 1).id, t);
        }
        // Repeated passes in step order until nothing moves: templates are acyclic, and a step's push only
        // ever moves later, so this settles within as many passes as the template has steps.
        for (int pass = 0; pass <= steps.size(); ++pass) {
            bool changed = false;
            for (const TaskRecord *t : it.value()) {
                if (!movable(*t) || t->step < 1 || t->step > steps.size())
                    continue;
                QDate earliest;
                for (const QString &after : steps.at(t->step - 1).after) {
                    const TaskRecord *before = byStepId.value(after);
                    if (!before)
                        continue;
                    const QDate done = dates.value(before->id).due;
                    if (done.isValid() && (!earliest.isValid() || calendar.after(done) > earliest))
                        earliest = calendar.after(done);
                }
                Dates &d = dates[t->id];
                const QDate begin = d.start.isValid() ? d.start : d.due;
                if (earliest.isValid() && begin.isValid() && begin < earliest) {
                    d = startingOn(calendar, d, earliest);
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
    }
    // The task moved by hand (the dragged one, or the earliest of a system's work) holds its new day when
    // the plan is made again; the steps it pushed follow it there without holds of their own.
    for (const TaskRecord &t : std::as_const(tasks)) {
        const Dates &d = dates.value(t.id);
        if (d.start == t.start && d.due == t.due)
            continue;
        const bool led =
            dragged ? &t == dragged : movable(t) && (t.start.isValid() ? t.start : t.due) == from;
        const QDate hold = led ? (d.start.isValid() ? d.start : d.due) : t.notBefore;
        moves->append({{t.id, t.start, t.due, d.start, d.due}, t.system, t.step, t.notBefore, hold});
    }
    return true;
}

} // namespace uproot
