#include "app/plancommands.h"

#include "app/clisupport.h"
#include "model/project/directivebinding.h"
#include "model/project/planassignment.h"
#include "model/project/project.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace uproot::cli {

UPROOT_DECLARE_TR_FUNCTION(cli)

namespace {

// Lists a report's rows as FILE:LINE: reason, at most `cap` of them.
void listIssues(const QString &file, const QList<ReadIssue> &issues, int cap = 50)
{
    for (qsizetype i = 0; i < issues.size() && i < cap; ++i)
        out(QStringLiteral("  %1:%2: %3").arg(file).arg(issues.at(i).line).arg(issues.at(i).reason));
    if (issues.size() > cap)
        out(tr("  ... and %1 more").arg(issues.size() - cap));
}

} // namespace

namespace {

QString isoOrNone(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject planJson(const PlanResult &r, const QDate &asOf, qint64 overdue)
{
    QJsonArray teams;
    for (const TeamSchedule &t : r.teams) {
        teams.append(
            QJsonObject{{QStringLiteral("name"), t.team},
                        {QStringLiteral("capacity"), t.capacity},
                        {QStringLiteral("systems"), t.systems},
                        {QStringLiteral("finish"), isoOrNone(t.finish)},
                        {QStringLiteral("capacityToMeetTarget"),
                         t.capacityToMeetTarget ? QJsonValue(t.capacityToMeetTarget) : QJsonValue()}});
    }
    QJsonArray components;
    for (const ComponentSchedule &c : r.components) {
        components.append(QJsonObject{{QStringLiteral("name"), c.component},
                                      {QStringLiteral("systems"), c.systems},
                                      {QStringLiteral("finish"), isoOrNone(c.finish)}});
    }
    return QJsonObject{
        {QStringLiteral("systems"), r.systems},
        {QStringLiteral("tasksAdded"), r.tasksAdded},
        {QStringLiteral("tasksRemoved"), r.tasksRemoved},
        {QStringLiteral("projectedFinish"), isoOrNone(r.projectedFinish)},
        {QStringLiteral("target"), r.target.isValid() ? QJsonValue(isoOrNone(r.target)) : QJsonValue()},
        {QStringLiteral("workingDaysLate"),
         r.target.isValid() ? QJsonValue(r.workingDaysLate) : QJsonValue()},
        {QStringLiteral("asOf"), isoOrNone(asOf)},
        {QStringLiteral("overdueTasks"), overdue},
        {QStringLiteral("teams"), teams},
        {QStringLiteral("components"), components}};
}

} // namespace

void printSchedule(const PlanResult &r)
{
    if (r.target.isValid()) {
        out(r.workingDaysLate > 0
                ? tr("target %1: missed by %n working day(s)", nullptr, r.workingDaysLate)
                      .arg(isoOrNone(r.target))
                : tr("target %1: met with %n working day(s) to spare", nullptr, -r.workingDaysLate)
                      .arg(isoOrNone(r.target)));
    }
    for (const TeamSchedule &t : r.teams) {
        QString line = tr("team %1: %2 a day, %3 systems, finishes %4")
                           .arg(t.team.isEmpty() ? tr("(no team)") : t.team, QString::number(t.capacity),
                                QString::number(t.systems), isoOrNone(t.finish));
        if (t.capacityToMeetTarget > 0)
            line += tr("; %1 a day would meet %2")
                        .arg(QString::number(t.capacityToMeetTarget), isoOrNone(r.target));
        else if (t.capacityToMeetTarget < 0)
            line +=
                tr("; no capacity of its own meets %1 (its steps and calendar, or its servers waiting for "
                   "another team's agents at their site, take longer)")
                    .arg(isoOrNone(r.target));
        out(line);
    }
    for (const ComponentSchedule &c : r.components) {
        out(tr("component %1: %2 systems, finishes %3")
                .arg(c.component.isEmpty() ? tr("(no component)") : c.component, QString::number(c.systems),
                     isoOrNone(c.finish)));
    }
}

namespace {

// The recurring status reports as the plan has them: how many, to when, and what bounds them.
void printStatusReports(Project &project)
{
    QList<QDate> reports;
    for (const MilestoneRecord &m : project.directiveRecords().milestones()) {
        if (m.kind == QLatin1String("status-report"))
            reports.append(m.due);
    }
    if (reports.isEmpty())
        return;
    const QDate finish = keptPlanFinish(project.settings());
    out(tr("  %n status report(s), %1 to %2 (%3)", nullptr, int(reports.size()))
            .arg(isoOrNone(reports.first()), isoOrNone(reports.last()),
                 finish.isValid() ? tr("until the plan's finish %1").arg(isoOrNone(finish))
                                  : tr("no plan yet: listed for %n year(s) from the issue date", nullptr,
                                       kRecurrenceYearsWithoutPlan)));
}

} // namespace

int cmdPlan(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("start"), tr("The first day of removal work (default: the directive's)."),
                 tr("DATE")});
    p.addOption({QStringLiteral("target"),
                 tr("When removal should be complete (default: the directive's deadline)."), tr("DATE")});
    p.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("FORMAT")});
    addAsOfOption(p);
    int code = Success;
    const QString synopsis = QStringLiteral(
        "uproot plan PROJECT [--start DATE] [--target DATE] [--as-of DATE] [--format text|json]");
    if (!parse(p, args, 1, 1, synopsis, &code))
        return code;
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(BadInput, tr("--format is text or json, not \u201c%1\u201d").arg(format));
    Project::PlanOptions options;
    if (!dateOption(p, QStringLiteral("start"), &options.start, &code) ||
        !dateOption(p, QStringLiteral("target"), &options.target, &code))
        return code;
    std::unique_ptr<Project> project = openProject(p.positionalArguments().at(1), false, &code);
    if (!project || !takeAsOf(p, *project, &code))
        return code;
    PlanResult r;
    QString error;
    if (!project->plan(options, &r, &error))
        return fail(BadInput, error);
    // A count below zero, or one made from reads that failed, is not a plan to report.
    if (!readsSound(*project, &code))
        return code;
    if (r.systems < 0 || r.tasksAdded < 0 || r.tasksRemoved < 0)
        return fail(Failure, tr("the plan's counts cannot be right (%1 systems, %2 tasks added, %3 removed); "
                                "check the project with uproot check %4 --full")
                                 .arg(r.systems)
                                 .arg(r.tasksAdded)
                                 .arg(r.tasksRemoved)
                                 .arg(project->path()));
    const qint64 overdue = project->overdueTasks();
    if (format == QLatin1String("json")) {
        out(QString::fromUtf8(
                QJsonDocument(planJson(r, project->asOf(), overdue)).toJson(QJsonDocument::Indented))
                .trimmed());
        return Success;
    }
    out(tr("%1 affected systems planned: %2 tasks added, %3 removed; projected finish %4")
            .arg(r.systems)
            .arg(r.tasksAdded)
            .arg(r.tasksRemoved)
            .arg(r.projectedFinish.isValid() ? isoOrNone(r.projectedFinish) : tr("none")));
    printSchedule(r);
    out(tr("as of %1: %n task(s) overdue", nullptr, int(overdue)).arg(isoOrNone(project->asOf())));
    for (const MilestoneRecord &m : project->directiveRecords().milestones()) {
        if (m.kind == QLatin1String("status-report"))
            continue;
        out(QStringLiteral("  %1  %2%3")
                .arg(m.due.toString(Qt::ISODate), m.title,
                     m.warning.isEmpty() ? QString() : QStringLiteral(" (") + m.warning + QLatin1Char(')')));
    }
    printStatusReports(*project);
    return Success;
}

int cmdAssign(const QStringList &args)
{
    QCommandLineParser p;
    int code = Success;
    const QString synopsis = QStringLiteral("uproot assign PROJECT FILE");
    if (!parse(p, args, 2, 2, synopsis, &code))
        return code;
    std::unique_ptr<Project> project = openProject(p.positionalArguments().at(1), false, &code);
    if (!project)
        return code;
    const QString file = p.positionalArguments().at(2);
    PlanAssignmentFile read;
    ReadError readError;
    if (!readPlanAssignments(file, project->inventory(), &read, &readError))
        return fail(BadInput, readError.message());
    QString error;
    QSet<Id> systems;
    for (const PlanAssignment &a : std::as_const(read.assignments))
        systems.insert(a.systemId);
    if (!project->assignPlanData(read.assignments, &error))
        return fail(Failure, error);
    out(tr("%1: %2 rows read, %3 used; plan data of %4 systems recorded")
            .arg(file)
            .arg(read.rowsRead)
            .arg(read.rowsUsed)
            .arg(systems.size()));
    if (!read.unknownSystems.isEmpty()) {
        out(tr("%n row(s) name a system the project does not have:", nullptr,
               int(read.unknownSystems.size())));
        listIssues(file, read.unknownSystems);
    }
    if (!read.problems.isEmpty()) {
        out(tr("%n row(s) skipped:", nullptr, int(read.problems.size())));
        listIssues(file, read.problems);
    }
    if (!read.cleanedCells.isEmpty()) {
        out(tr("%n cell(s) held control characters, removed before use:", nullptr,
               int(read.cleanedCells.size())));
        listIssues(file, read.cleanedCells);
    }
    return Success;
}

} // namespace uproot::cli
