// schedule_10k_ms and schedule_100k_ms (issue 12): generating the tasks and the schedule of 10,000 and of 100,000
// affected systems (eleven tasks each), written to the project as one undoable step, with three teams. The
// cost should grow linearly: schedule_100k_ratio_vs_10k is at most about ten. reschedule_10k_ms: one team's
// capacity changed on the 10,000-system plan, which re-schedules it in the same undoable step ("as fast" as
// scheduling: reschedule_10k_ratio_vs_schedule about one or less).
#include "bench/benchmark.h"
#include "bench/benchproject.h"
#include "model/planning/tasktemplate.h"
#include "model/project/project.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <cstdio>

namespace uproot::bench {

namespace {

// A project with `systems` systems, each with one Kaspersky product, spread over three teams and twenty sites.
std::unique_ptr<Project> projectWithAffectedSystems(int systems)
{
    const QString base = scratchDir() + QStringLiteral("/schedule-%1").arg(systems);
    const QString csv = base + QStringLiteral(".csv");
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return nullptr;
        QTextStream out(&f);
        out << "Hostname,Software,Publisher,Version,Site\n";
        for (int i = 0; i < systems; ++i)
            out << "WS-" << i << ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11,Site " << (i % 20)
                << '\n';
    }
    std::unique_ptr<Project> project = projectFromInventory(QStringLiteral("schedule-%1").arg(systems), csv);
    if (!project)
        return nullptr;
    QString error;
    QList<Id> ids = project->inventory().systemIdsByNormalizedName().values();
    std::sort(ids.begin(), ids.end());
    const QStringList teams = {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")};
    for (int t = 0; t < teams.size(); ++t) {
        QList<Id> mine;
        for (qsizetype i = t; i < ids.size(); i += teams.size())
            mine.append(ids.at(i));
        if (!project->setTeam({0, teams.at(t), 40 + 10 * t, {}}, &error)
            || !project->setPlanData(mine, PlanField::Team, teams.at(t), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return nullptr;
        }
    }
    return project;
}

double timePlan(int systems, qint64 *tasks, double *rescheduleMs = nullptr)
{
    const std::unique_ptr<Project> project = projectWithAffectedSystems(systems);
    if (!project)
        return -1;
    QElapsedTimer timer;
    timer.start();
    PlanResult result;
    QString error;
    if (!project->plan({QDate(2017, 12, 12), QDate(2018, 6, 29)}, &result, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    *tasks = result.tasksAdded;
    std::fprintf(stderr, "%d systems: %lld tasks, finish %s\n", systems, static_cast<long long>(result.tasksAdded),
                 qPrintable(result.projectedFinish.toString(Qt::ISODate)));
    if (rescheduleMs) {
        // Team Alpha (a third of the systems) from 40 to 25 a day: its to-do tasks move, the others stay.
        timer.restart();
        if (!project->setTeam({0, QStringLiteral("Alpha"), 25, {}}, &error) || !project->lastReschedule()) {
            std::fprintf(stderr, "re-schedule: %s\n", qPrintable(error));
            return -1;
        }
        *rescheduleMs = timer.nsecsElapsed() / 1e6;
        std::fprintf(stderr, "re-scheduled: finish %s\n",
                     qPrintable(project->lastReschedule()->projectedFinish.toString(Qt::ISODate)));
    }
    return ms;
}

bool schedule()
{
    qint64 tasks10k = 0;
    qint64 tasks100k = 0;
    double reschedule10k = 0;
    const double ms10k = timePlan(10000, &tasks10k, &reschedule10k);
    const double ms100k = timePlan(100000, &tasks100k);
    if (ms10k < 0 || ms100k < 0)
        return false;
    report(QStringLiteral("schedule_10k_ms"), ms10k, QStringLiteral("ms"));
    report(QStringLiteral("reschedule_10k_ms"), reschedule10k, QStringLiteral("ms"));
    report(QStringLiteral("reschedule_10k_ratio_vs_schedule"), reschedule10k / ms10k, QStringLiteral("x"));
    report(QStringLiteral("schedule_10k_tasks"), double(tasks10k), QStringLiteral("tasks"));
    report(QStringLiteral("schedule_100k_ms"), ms100k, QStringLiteral("ms"));
    report(QStringLiteral("schedule_100k_ratio_vs_10k"), ms100k / ms10k, QStringLiteral("x"));
    return true;
}

const Registrar r("schedule_10k_ms",
                  "generate tasks and schedule 10,000 and 100,000 affected systems; re-schedule 10,000 after one "
                  "team's capacity changes",
                  schedule,
                  {QStringLiteral("schedule_10k_tasks"), QStringLiteral("schedule_100k_ms"),
                   QStringLiteral("schedule_100k_ratio_vs_10k"), QStringLiteral("reschedule_10k_ms"),
                   QStringLiteral("reschedule_10k_ratio_vs_schedule")});

} // namespace
} // namespace uproot::bench
