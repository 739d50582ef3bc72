#include "model/planning/planner.h"

#include "model/planning/teamlane.h"
#include "model/store/findingsreader.h"
#include "model/store/tasksreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>
#include <algorithm>
#include <limits>
#include <memory>
#include <tuple>

namespace uproot {

Planner::Planner(FindingsReader &findings, TasksReader &tasks, TaskTemplates templates)
    : m_findings(findings)
    , m_tasks(tasks)
    , m_templates(std::move(templates))
{
}

Planner::Planner(FindingsReader &findings, TasksReader &tasks, const TaskTemplate &taskTemplate)
    : Planner(findings, tasks, TaskTemplates::single(taskTemplate))
{
}

QDate Planner::workingDayOnOrAfter(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

namespace {

int criticalityRank(const QString &criticality)
{
    if (criticality == QLatin1String("high"))
        return 0;
    if (criticality == QLatin1String("moderate"))
        return 1;
    if (criticality == QLatin1String("low"))
        return 2;
    return 3; // not recorded: after those that are
}

bool isManagementServer(const QString &kind)
{
    return kind == QLatin1String("management server");
}

// A task of a system no longer affected is removed only when nobody has touched it. A task someone wrote notes
// on or attached evidence to stays: that is a record a person made (and an auditor may ask for), which a refreshed
// plan must not delete with the task.
bool untouched(const TaskRecord &task)
{
    return task.status == TaskStatus::ToDo && task.notes.isEmpty() && task.evidence == 0;
}

// A template's steps in an order where each comes after the steps it follows, and their dependencies by index.
struct Shape
{
    QList<int> order;
    QList<QList<int>> after;
};

Shape shapeOf(const TaskTemplate &t)
{
    const QList<TaskTemplate::Step> &steps = t.steps();
    QHash<QString, int> index;
    for (int i = 0; i < steps.size(); ++i)
        index.insert(steps[i].id, i);
    Shape shape;
    shape.after.resize(steps.size());
    for (int i = 0; i < steps.size(); ++i) {
        for (const QString &a : steps[i].after)
            shape.after[i].append(index.value(a));
    }
    // The template refuses cycles when it loads, so repeated passes place every step.
    QList<bool> placed(steps.size(), false);
    while (shape.order.size() < steps.size()) {
        for (int i = 0; i < steps.size(); ++i) {
            if (placed[i])
                continue;
            const bool ready = std::all_of(shape.after[i].cbegin(), shape.after[i].cend(),
                                           [&](int a) { return placed[a]; });
            if (ready) {
                placed[i] = true;
                shape.order.append(i);
            }
        }
    }
    return shape;
}

// One directive's part of a system's work.
struct Part
{
    int window = 0;
    const TaskTemplate *steps = nullptr;
    QList<TaskRecord> existing;
    QDate finish;
};

// One system: one slot in its team's lane, whatever number of directives affect it.
struct Unit
{
    AffectedSystemRow row;
    QDate earliest;  // the earliest removal start of its directives
    QDate fixedSlot; // the slot of a system whose removal has started
    QList<Part> parts;
    int rank = 3;    // criticalityRank, worked out once for the sort
    int site = 0;    // the site's number, for lookups without hashing its name
    int lane = 0;
    QDate slot;
    QDate finish;
    int span = 1; // working days from the slot to the finish, both included
};

} // namespace

bool Planner::plan(Id directiveId, const PlanSettings &settings, PlanChanges *changes, QString *error)
{
    ScheduleInput input;
    input.directives = {{directiveId, settings.directiveCode, settings.removalStart, settings.planDue,
                         settings.target}};
    input.teams = settings.teams;
    input.systemsPerDay = settings.systemsPerDay;
    input.federalHolidays = settings.federalHolidays;
    QList<PlanChanges> all;
    PlanResult result;
    if (!plan(input, &all, &result, error))
        return false;
    *changes = all.first();
    changes->result = result;
    return true;
}

bool Planner::plan(const ScheduleInput &input, QList<PlanChanges> *changes, PlanResult *result, QString *error)
{
    changes->clear();
    *result = PlanResult{};
    if (input.systemsPerDay < 1) {
        *error = QCoreApplication::translate("Planner", "the plan needs a capacity of at least one system a day");
        return false;
    }
    for (const DirectiveWindow &w : input.directives) {
        if (!w.removalStart.isValid()) {
            *error = QCoreApplication::translate("Planner", "the plan needs a removal start date");
            return false;
        }
        if (w.target.isValid() && w.target < w.removalStart) {
            *error = QCoreApplication::translate("Planner", "the target %1 is before removal starts on %2")
                         .arg(w.target.toString(Qt::ISODate), w.removalStart.toString(Qt::ISODate));
            return false;
        }
    }

    // Every system of every directive, once.
    QList<Unit> units;
    QHash<Id, qsizetype> unitOf;
    QHash<QString, int> siteNumbers;
    for (int wi = 0; wi < input.directives.size(); ++wi) {
        const DirectiveWindow &w = input.directives[wi];
        PlanChanges &c = changes->emplaceBack();
        QHash<Id, QList<TaskRecord>> existing;
        QList<AffectedSystemRow> rows = m_findings.affectedSystems(w.directiveId);
        QSet<Id> affected;
        affected.reserve(rows.size());
        for (const AffectedSystemRow &s : std::as_const(rows))
            affected.insert(s.systemId);
        for (const TaskRecord &t : m_tasks.tasksToSchedule(w.directiveId)) {
            if (affected.contains(t.systemId))
                existing[t.systemId].append(t);
            else if (!input.rescheduleOnly && untouched(t))
                c.removed.append(t); // the system was cleared before anyone started on it
        }
        c.result.tasksRemoved = c.removed.size();
        for (AffectedSystemRow &s : rows) {
            auto found = existing.find(s.systemId);
            if (input.rescheduleOnly && found == existing.end())
                continue; // re-scheduling moves the plan there is; the next plan adds what is new
            Part part;
            part.window = wi;
            part.steps = &m_templates.forSystem(w.code, s.kind);
            if (found != existing.end())
                part.existing = std::move(*found);
            auto it = unitOf.find(s.systemId);
            if (it == unitOf.end()) {
                it = unitOf.insert(s.systemId, units.size());
                Unit &u = units.emplaceBack();
                u.row = std::move(s);
                u.earliest = w.removalStart;
                u.rank = criticalityRank(u.row.criticality);
                auto site = siteNumbers.find(u.row.site);
                if (site == siteNumbers.end())
                    site = siteNumbers.insert(u.row.site, int(siteNumbers.size()));
                u.site = *site;
            }
            Unit &u = units[*it];
            u.earliest = qMin(u.earliest, w.removalStart);
            // A system whose removal has started keeps the slot it had: its earliest removal step's start.
            bool started = false;
            QDate slot;
            for (const TaskRecord &t : std::as_const(part.existing)) {
                const int step = t.step - 1;
                if (step < 0 || step >= part.steps->steps().size() || part.steps->steps()[step].planning)
                    continue;
                started = started || t.status != TaskStatus::ToDo;
                const QDate day = t.start.isValid() ? t.start : t.due;
                if (day.isValid() && (!slot.isValid() || day < slot))
                    slot = day;
            }
            if (started && slot.isValid() && (!u.fixedSlot.isValid() || slot < u.fixedSlot))
                u.fixedSlot = slot;
            u.parts.append(std::move(part));
        }
    }
    std::stable_sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) {
        // Compared in place: a sort of 100,000 systems should not copy their names millions of times.
        return std::tie(a.earliest, a.rank, a.row.component, a.row.site, a.row.name)
               < std::tie(b.earliest, b.rank, b.row.component, b.row.site, b.row.name);
    });

    // The teams' lanes; systems of no team, or of a team the project does not define, share the default one.
    std::vector<std::unique_ptr<TeamLane>> lanes;
    QList<TeamSchedule> teams;
    QHash<QString, int> laneOf;
    for (const TeamRecord &t : input.teams) {
        laneOf.insert(t.name, int(lanes.size()));
        lanes.push_back(std::make_unique<TeamLane>(t.capacity, WorkingCalendar(t.daysOff, input.federalHolidays)));
        teams.append(TeamSchedule{t.name, t.capacity, 0, {}, 0});
    }
    for (Unit &u : units) {
        int lane = laneOf.value(u.row.team, -1);
        if (lane < 0)
            lane = laneOf.value(QString(), -1);
        if (lane < 0) {
            lane = int(lanes.size());
            laneOf.insert(QString(), lane);
            lanes.push_back(std::make_unique<TeamLane>(input.systemsPerDay,
                                                       WorkingCalendar({}, input.federalHolidays)));
            teams.append(TeamSchedule{QString(), input.systemsPerDay, 0, {}, 0});
        }
        u.lane = lane;
        if (u.fixedSlot.isValid())
            lanes[lane]->reserve(u.fixedSlot);
    }

    QHash<const TaskTemplate *, Shape> shapes;
    // Places one directive's steps of a system from its slot; returns when they are finished.
    const auto placeSteps = [&](const Unit &u, Part &part, WorkingDayIndex &days) {
        const DirectiveWindow &w = input.directives[part.window];
        PlanChanges &c = (*changes)[part.window];
        const QList<TaskTemplate::Step> &steps = part.steps->steps();
        auto shape = shapes.find(part.steps);
        if (shape == shapes.end())
            shape = shapes.insert(part.steps, shapeOf(*part.steps));
        QVarLengthArray<const TaskRecord *, 16> byStep(steps.size(), nullptr);
        for (const TaskRecord &t : std::as_const(part.existing)) {
            if (t.step >= 1 && t.step <= steps.size())
                byStep[t.step - 1] = &t;
        }
        QVarLengthArray<QDate, 16> finished(steps.size());
        const QDate begin = days.onOrAfter(qMax(u.slot, w.removalStart));
        QDate finish;
        for (int k : std::as_const(shape->order)) {
            const TaskTemplate::Step &st = steps[k];
            const TaskRecord *e = byStep[k];
            // A task moved by hand on the timeline starts (or, a planning step, is due) no earlier than the
            // day it was moved to.
            const QDate held = e && e->notBefore.isValid() ? days.onOrAfter(e->notBefore) : QDate();
            QDate start;
            QDate due;
            if (st.planning) {
                due = w.planDue.isValid() ? w.planDue : u.slot;
                if (held.isValid())
                    due = qMax(due, held);
            } else {
                start = begin;
                for (int a : std::as_const(shape->after[k]))
                    start = qMax(start, days.after(finished[a]));
                if (held.isValid())
                    start = qMax(start, held);
                due = days.advance(start, st.days - 1);
            }
            if (e && e->status != TaskStatus::ToDo) {
                // Work begun keeps its dates; what follows it follows them.
                finished[k] = e->due.isValid() ? e->due : due;
            } else {
                finished[k] = due;
                if (e) {
                    if (e->start != start || e->due != due)
                        c.moved.append({e->id, e->start, e->due, start, due});
                } else if (!input.rescheduleOnly) {
                    TaskRecord t;
                    t.systemId = u.row.systemId;
                    t.directiveId = w.directiveId;
                    t.step = k + 1;
                    t.title = st.title;
                    t.owner = u.row.owner;
                    t.start = start;
                    t.due = due;
                    c.added.append(t);
                }
            }
            if (!st.planning && (!finish.isValid() || finished[k] > finish))
                finish = finished[k];
        }
        part.finish = finish.isValid() ? finish : u.slot;
        return part.finish;
    };
    const auto placeUnit = [&](Unit &u, const QDate &earliest) {
        TeamLane &lane = *lanes[u.lane];
        u.slot = u.fixedSlot.isValid() ? u.fixedSlot : lane.place(earliest);
        u.finish = u.slot;
        for (Part &part : u.parts)
            u.finish = qMax(u.finish, placeSteps(u, part, lane.days()));
        u.span = qMax(1, lane.days().workingDays(u.slot, u.finish));
    };

    // Every other system of a site first, then its management servers, each after the site's agents are done.
    std::vector<QHash<int, QDate>> siteDone(siteNumbers.size()); // per site, per lane: when its agents are finished
    QList<Unit *> order;
    order.reserve(units.size());
    for (Unit &u : units) {
        if (isManagementServer(u.row.kind))
            continue;
        placeUnit(u, u.earliest);
        QDate &done = siteDone[std::size_t(u.site)][u.lane];
        done = qMax(done, u.finish);
        order.append(&u);
    }
    const auto agentsDone = [&](int site) {
        QDate done;
        for (const QDate &d : siteDone[std::size_t(site)])
            done = qMax(done, d);
        return done;
    };
    for (Unit &u : units) {
        if (!isManagementServer(u.row.kind))
            continue;
        const QDate done = agentsDone(u.site);
        placeUnit(u, done.isValid() ? qMax(u.earliest, lanes[u.lane]->days().after(done)) : u.earliest);
        order.append(&u);
    }

    // What each directive, team and component comes to.
    QHash<QString, ComponentSchedule> components;
    for (const Unit *u : std::as_const(order)) {
        TeamSchedule &team = teams[u->lane];
        ++team.systems;
        team.finish = qMax(team.finish, u->finish);
        ComponentSchedule &component = components[u->row.component];
        component.component = u->row.component;
        ++component.systems;
        component.finish = qMax(component.finish, u->finish);
        for (const Part &part : u->parts) {
            PlanResult &r = (*changes)[part.window].result;
            ++r.systems;
            r.projectedFinish = qMax(r.projectedFinish, part.finish);
        }
    }
    const WorkingCalendar plain({}, input.federalHolidays);
    for (int wi = 0; wi < changes->size(); ++wi) {
        PlanChanges &c = (*changes)[wi];
        PlanResult &r = c.result;
        r.tasksAdded = c.added.size();
        r.target = input.directives[wi].target;
        if (r.target.isValid() && r.projectedFinish.isValid())
            r.workingDaysLate = plain.daysLate(r.projectedFinish, r.target);
        result->tasksAdded += r.tasksAdded;
        result->tasksRemoved += r.tasksRemoved;
        result->projectedFinish = qMax(result->projectedFinish, r.projectedFinish);
        // The directive whose target is missed by most (or met by least) speaks for the plan.
        if (r.target.isValid() && (!result->target.isValid() || r.workingDaysLate > result->workingDaysLate)) {
            result->target = r.target;
            result->workingDaysLate = r.workingDaysLate;
        }
    }
    result->systems = units.size();
    if (result->target.isValid() && !result->projectedFinish.isValid())
        result->workingDaysLate = 0;

    // The capacity that would meet the target: the team's slots handed out again at more a day, the other teams
    // as they are. Each system keeps the working days its work took from its slot.
    std::vector<QList<const Unit *>> laneOrder(lanes.size());
    for (const Unit *u : std::as_const(order))
        laneOrder[u->lane].append(u);
    const auto finishAt = [&](int laneIndex, int capacity) {
        TeamLane &lane = *lanes[laneIndex];
        lane.restart(capacity);
        std::vector<QDate> ownSites(siteNumbers.size());
        QDate finish;
        for (const Unit *u : std::as_const(laneOrder[laneIndex])) {
            QDate done = u->finish;
            if (!u->fixedSlot.isValid()) {
                QDate earliest = u->earliest;
                if (isManagementServer(u->row.kind)) {
                    QDate agents = ownSites[std::size_t(u->site)];
                    const QHash<int, QDate> &bySite = siteDone[std::size_t(u->site)];
                    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
                        if (it.key() != laneIndex)
                            agents = qMax(agents, it.value());
                    }
                    if (agents.isValid())
                        earliest = qMax(earliest, lane.days().after(agents));
                }
                done = lane.days().advance(lane.place(earliest), u->span - 1);
            }
            if (!isManagementServer(u->row.kind)) {
                QDate &site = ownSites[std::size_t(u->site)];
                site = qMax(site, done);
            }
            finish = qMax(finish, done);
        }
        return finish;
    };
    for (int li = 0; li < teams.size(); ++li) {
        TeamSchedule &team = teams[li];
        if (!team.systems || !result->target.isValid() || team.finish <= result->target)
            continue;
        // More a day than it has systems changes nothing: then the steps or the calendar alone miss the target.
        const int most = int(qMin<qint64>(team.systems, std::numeric_limits<int>::max() / 2));
        int low = team.capacity;
        int high = team.capacity + 1;
        while (finishAt(li, high) > result->target) {
            if (high >= most) {
                high = -1;
                break;
            }
            low = high;
            high = qMin(most, high * 2);
        }
        while (high > 0 && high - low > 1) {
            const int middle = low + (high - low) / 2;
            (finishAt(li, middle) > result->target ? low : high) = middle;
        }
        team.capacityToMeetTarget = high;
    }
    for (const TeamSchedule &t : std::as_const(teams)) {
        if (t.systems)
            result->teams.append(t);
    }
    std::sort(result->teams.begin(), result->teams.end(),
              [](const TeamSchedule &a, const TeamSchedule &b) { return a.team < b.team; });
    result->components = components.values();
    std::sort(result->components.begin(), result->components.end(),
              [](const ComponentSchedule &a, const ComponentSchedule &b) { return a.component < b.component; });
    return true;
}

} // namespace uproot
