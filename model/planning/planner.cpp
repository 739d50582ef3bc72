#include "model/planning/planner.h"

#include "model/store/findingsreader.h"
#include "model/planning/workingcalendar.h"
#include "model/store/tasksreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

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

int Planner::capacityToFinish(qint64 systems, int workingDays)
{
    if (workingDays <= 0)
        return -1;
    return int((systems + workingDays - 1) / workingDays);
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

// One team's working days and how full the current one is.
struct Lane
{
    WorkingCalendar calendar;
    int capacity = 1;
    QDate day;
    int used = 0;
    TeamSchedule schedule;

    // The day the next system is done: the current day while it has room, else the next working day; never
    // before `earliest`.
    QDate place(const QDate &start, const QDate &earliest)
    {
        if (!day.isValid())
            day = calendar.onOrAfter(start);
        if (earliest.isValid() && day < earliest) {
            day = calendar.onOrAfter(earliest);
            used = 0;
        }
        if (used == capacity) {
            day = calendar.after(day);
            used = 0;
        }
        ++used;
        ++schedule.systems;
        schedule.finish = day;
        return day;
    }
};

} // namespace

bool Planner::plan(Id directiveId, const PlanSettings &settings, PlanChanges *changes, QString *error)
{
    *changes = PlanChanges{};
    if (settings.systemsPerDay < 1 || !settings.removalStart.isValid()) {
        *error = QCoreApplication::translate("Planner", "the plan needs a removal start date and a capacity of at "
                                                        "least one system a day");
        return false;
    }
    if (settings.target.isValid() && settings.target < settings.removalStart) {
        *error = QCoreApplication::translate("Planner", "the target %1 is before removal starts on %2")
                     .arg(settings.target.toString(Qt::ISODate), settings.removalStart.toString(Qt::ISODate));
        return false;
    }
    QList<AffectedSystemRow> systems = m_findings.affectedSystems(directiveId);
    std::stable_sort(systems.begin(), systems.end(), [](const AffectedSystemRow &a, const AffectedSystemRow &b) {
        return std::tuple(criticalityRank(a.criticality), a.component, a.site, a.name)
               < std::tuple(criticalityRank(b.criticality), b.component, b.site, b.name);
    });
    QSet<Id> affected;
    for (const AffectedSystemRow &s : std::as_const(systems))
        affected.insert(s.systemId);
    QHash<Id, QList<TaskRecord>> existing;
    for (const TaskRecord &t : m_tasks.tasksOfDirective(directiveId)) {
        if (affected.contains(t.systemId))
            existing[t.systemId].append(t);
        // The system was cleared before anyone started on it. A task someone wrote notes on or attached
        // evidence to stays: that is a record a person made (and an auditor may ask for), which a refreshed
        // plan must not delete with the task.
        else if (t.status == TaskStatus::ToDo && t.notes.isEmpty() && t.evidence == 0)
            changes->removed.append(t);
    }
    PlanResult &result = changes->result;
    result.tasksRemoved = changes->removed.size();

    QHash<QString, Lane> lanes;
    for (const TeamRecord &t : settings.teams)
        lanes.insert(t.name, Lane{WorkingCalendar(t.daysOff, settings.federalHolidays), t.capacity, {}, 0,
                                  TeamSchedule{t.name, t.capacity, 0, {}, 0}});
    const auto laneOf = [&](const AffectedSystemRow &s) -> Lane & {
        auto it = lanes.find(s.team);
        if (it == lanes.end()) // no team, or one the project does not define: the default capacity
            it = lanes.find(QString());
        if (it == lanes.end())
            it = lanes.insert(QString(), Lane{WorkingCalendar({}, settings.federalHolidays), settings.systemsPerDay,
                                              {}, 0, TeamSchedule{QString(), settings.systemsPerDay, 0, {}, 0}});
        return *it;
    };
    const auto schedule = [&](const AffectedSystemRow &s, const QDate &day) {
        const QList<TaskRecord> mine = existing.value(s.systemId);
        const TaskTemplate &steps = m_templates.forSystem(settings.directiveCode, s.kind);
        for (int step = 0; step < steps.steps().size(); ++step) {
            const TaskTemplate::Step &st = steps.steps()[step];
            const QDate due = st.planning && settings.planDue.isValid() ? settings.planDue : day;
            const auto found = std::find_if(mine.cbegin(), mine.cend(),
                                            [&](const TaskRecord &t) { return t.step == step + 1; });
            if (found != mine.cend()) {
                if (found->status == TaskStatus::ToDo && found->due != due)
                    changes->moved.append({found->id, found->due, due});
                continue;
            }
            TaskRecord t;
            t.systemId = s.systemId;
            t.directiveId = directiveId;
            t.step = step + 1;
            t.title = st.title;
            t.owner = s.owner;
            t.due = due;
            changes->added.append(t);
        }
        ++result.systems;
    };
    // Every other system of a site first, then its management servers, each after the site's last agent.
    QHash<QString, QDate> siteDone;
    QList<const AffectedSystemRow *> servers;
    for (const AffectedSystemRow &s : std::as_const(systems)) {
        if (s.kind == QLatin1String("management server")) {
            servers.append(&s);
            continue;
        }
        const QDate day = laneOf(s).place(settings.removalStart, {});
        QDate &last = siteDone[s.site];
        last = qMax(last, day);
        schedule(s, day);
    }
    for (const AffectedSystemRow *s : std::as_const(servers)) {
        Lane &lane = laneOf(*s);
        const QDate agentsDone = siteDone.value(s->site);
        schedule(*s, lane.place(settings.removalStart, agentsDone.isValid() ? lane.calendar.after(agentsDone) : QDate()));
    }

    result.tasksAdded = changes->added.size();
    for (const Lane &lane : std::as_const(lanes)) {
        if (!lane.schedule.systems)
            continue;
        TeamSchedule team = lane.schedule;
        if (team.finish > result.projectedFinish)
            result.projectedFinish = team.finish;
        if (settings.target.isValid() && team.finish > settings.target)
        {
            // The days alone say how many a day would do; a management server held back until its site's agents
            // are done can still miss with that many, so a team already at that pace needs at least one more.
            const int needed =
                capacityToFinish(team.systems, lane.calendar.workingDays(settings.removalStart, settings.target));
            team.capacityToMeetTarget = needed < 0 ? needed : qMax(needed, team.capacity + 1);
        }
        result.teams.append(team);
    }
    std::sort(result.teams.begin(), result.teams.end(),
              [](const TeamSchedule &a, const TeamSchedule &b) { return a.team < b.team; });
    result.target = settings.target;
    if (settings.target.isValid() && result.projectedFinish.isValid()) {
        const WorkingCalendar calendar({}, settings.federalHolidays);
        result.workingDaysLate = result.projectedFinish > settings.target
                                     ? calendar.workingDays(settings.target.addDays(1), result.projectedFinish)
                                     : -calendar.workingDays(result.projectedFinish.addDays(1), settings.target);
    }
    return true;
}

} // namespace uproot
