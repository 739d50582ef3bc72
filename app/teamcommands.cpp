#include "app/teamcommands.h"

#include "app/clisupport.h"
#include "app/plancommands.h"
#include "model/project/project.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QHash>
#include <algorithm>

namespace uproot::cli {

UPROOT_DECLARE_TR_FUNCTION(cli)

namespace {

const QString kSynopsis = QStringLiteral(
    "uproot team PROJECT set NAME --capacity N [--days-off DATE,...] | remove NAME\n"
    "                    | assign NAME --component C | --site S | unassign --component C | --site S | list");

// Affected systems (of any directive followed) by their effective team, "" for those with none.
QHash<QString, qint64> affectedByTeam(Project &project)
{
    QHash<Id, QString> teamOf;
    for (const DirectiveRecord &d : project.directives()) {
        for (const AffectedSystemRow &s : project.findings().affectedSystems(d.id))
            teamOf.insert(s.systemId, s.team);
    }
    QHash<QString, qint64> counts;
    for (const QString &team : std::as_const(teamOf))
        ++counts[team];
    return counts;
}

int list(Project &project)
{
    const QList<TeamRecord> teams = project.teams().all();
    const QList<TeamRule> rules = project.teams().rules();
    QHash<QString, qint64> counts = affectedByTeam(project);
    if (teams.isEmpty())
        out(tr("no teams; add one with: uproot team PROJECT set NAME --capacity N"));
    for (const TeamRecord &t : teams) {
        QStringList days;
        for (const QDate &d : t.daysOff)
            days.append(d.toString(Qt::ISODate));
        QStringList takes;
        for (const TeamRule &r : rules) {
            if (r.team == t.name)
                takes.append(QStringLiteral("%1 %2").arg(teamRuleFieldName(r.field), r.value));
        }
        out(tr("%1: %2 a day; days off %3; takes %4; %n affected system(s)", nullptr,
               int(counts.take(t.name)))
                .arg(t.name, QString::number(t.capacity),
                     days.isEmpty() ? tr("none") : days.join(QStringLiteral(", ")),
                     takes.isEmpty() ? tr("systems assigned by hand only")
                                     : takes.join(QStringLiteral(", "))));
    }
    const qint64 none = counts.take(QString());
    QStringList others = counts.keys();
    std::sort(others.begin(), others.end());
    for (const QString &name : std::as_const(others))
        out(tr("%1 (not a team the project defines, planned at the default capacity): %n affected system(s)",
               nullptr, int(counts.value(name)))
                .arg(name));
    if (none)
        out(tr("(no team, planned at the default capacity): %n affected system(s)", nullptr, int(none)));
    return Success;
}

// --component C or --site S, exactly one, not blank.
bool ruleTarget(const QCommandLineParser &p, TeamRuleField *field, QString *value, int *code)
{
    const bool component = p.isSet(QStringLiteral("component"));
    const bool site = p.isSet(QStringLiteral("site"));
    if (component == site) {
        *code = fail(BadInput, tr("team: give either --component C or --site S\nusage: %1").arg(kSynopsis));
        return false;
    }
    *field = component ? TeamRuleField::Component : TeamRuleField::Site;
    *value = p.value(component ? QStringLiteral("component") : QStringLiteral("site")).trimmed();
    if (value->isEmpty()) {
        *code = fail(BadInput, tr("team: --%1 wants a name").arg(teamRuleFieldName(*field)));
        return false;
    }
    return true;
}

int setTeam(Project &project, const QCommandLineParser &p, const QString &name)
{
    TeamRecord team;
    team.name = name;
    const TeamRecord stored = project.teams().find(team.name);
    bool ok = p.isSet(QStringLiteral("capacity")) || stored.id;
    team.capacity = p.isSet(QStringLiteral("capacity")) ? p.value(QStringLiteral("capacity")).toInt(&ok)
                                                        : stored.capacity;
    if (!ok || team.capacity < 1)
        return fail(BadInput,
                    tr("--capacity wants a number of systems a working day from 1, not \u201c%1\u201d")
                        .arg(p.value(QStringLiteral("capacity"))));
    team.daysOff = stored.daysOff;
    if (p.isSet(QStringLiteral("days-off"))) {
        team.daysOff.clear();
        for (const QString &text : p.value(QStringLiteral("days-off")).split(u',', Qt::SkipEmptyParts)) {
            const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
            if (!day.isValid())
                return fail(BadInput, tr("--days-off: \u201c%1\u201d is not a date (YYYY-MM-DD)").arg(text));
            team.daysOff.append(day);
        }
        std::sort(team.daysOff.begin(), team.daysOff.end());
    }
    if (team.name.trimmed().isEmpty())
        return fail(BadInput, tr("a team needs a name"));
    // The input is checked above: what fails now is the write or the re-schedule it makes (exit status 1).
    QString error;
    if (!project.setTeam(team, &error))
        return fail(Failure, error);
    out(team.capacity == 1
            ? tr("team %1: 1 system a working day").arg(team.name)
            : tr("team %1: %2 systems a working day").arg(team.name, QString::number(team.capacity)));
    if (const std::optional<PlanResult> r = project.lastReschedule()) {
        out(tr("plan re-scheduled: projected finish %1")
                .arg(r->projectedFinish.isValid() ? r->projectedFinish.toString(Qt::ISODate) : tr("none")));
        printSchedule(*r);
    }
    return Success;
}

int assign(Project &project, const QCommandLineParser &p, const QString &team)
{
    int code = Success;
    TeamRuleField field;
    QString value;
    if (!ruleTarget(p, &field, &value, &code))
        return code;
    // Bad input (an unknown team, a blank value, no rule to take off) is refused before anything is written;
    // a failure after that is the write's or its re-schedule's (exit status 1).
    if (!team.isEmpty() && !project.teams().find(team).id)
        return fail(BadInput, tr("there is no team %1").arg(team));
    const QList<TeamRule> rules = project.teams().rules();
    const bool hasRule = std::any_of(rules.cbegin(), rules.cend(), [&](const TeamRule &r) {
        return r.field == field && r.value == value.trimmed();
    });
    QString error;
    if (value.trimmed().isEmpty() || (team.isEmpty() && !hasRule)) {
        project.setTeamRule(field, value, team, &error);
        return fail(BadInput, error);
    }
    if (!project.setTeamRule(field, value, team, &error))
        return fail(Failure, error);
    const QList<QPair<QString, qint64>> counts = project.teams().systemCounts(field);
    const auto found = std::find_if(counts.cbegin(), counts.cend(),
                                    [&value](const QPair<QString, qint64> &c) { return c.first == value; });
    if (team.isEmpty()) {
        out(tr("%1 %2: no team by rule").arg(teamRuleFieldName(field), value));
        return Success;
    }
    if (found == counts.cend())
        warn(tr("no system has the %1 \u201c%2\u201d yet; the rule applies when one does")
                 .arg(teamRuleFieldName(field), value));
    out(tr("%1 %2: team %3 takes its systems that have no team of their own (%n system(s) in all)", nullptr,
           found == counts.cend() ? 0 : int(found->second))
            .arg(teamRuleFieldName(field), value, team));
    return Success;
}

} // namespace

int cmdTeam(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("capacity"), tr("Systems the team finishes in a working day (at least 1)."),
                 tr("N")});
    p.addOption({QStringLiteral("days-off"),
                 tr("The team's days off beyond weekends and federal holidays, as YYYY-MM-DD,YYYY-MM-DD..."),
                 tr("DATES")});
    p.addOption({QStringLiteral("component"),
                 tr("assign, unassign: the component whose systems the team takes."), tr("C")});
    p.addOption(
        {QStringLiteral("site"), tr("assign, unassign: the site whose systems the team takes."), tr("S")});
    int code = Success;
    if (!parse(p, args, 2, 3, kSynopsis, &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.at(2);
    const bool named = action == QLatin1String("set") || action == QLatin1String("remove") ||
                       action == QLatin1String("assign");
    const bool bare = action == QLatin1String("list") || action == QLatin1String("unassign");
    if (!named && !bare)
        return fail(BadInput, tr("team: unknown action \u201c%1\u201d\nusage: %2").arg(action, kSynopsis));
    if (named != (pos.size() == 4))
        return fail(BadInput, tr("usage: %1").arg(kSynopsis));
    const bool list = action == QLatin1String("list");
    std::unique_ptr<Project> project = openProject(pos.at(1), list, &code);
    if (!project)
        return code;
    if (list)
        return cli::list(*project);
    if (action == QLatin1String("unassign"))
        return assign(*project, p, QString());
    if (action == QLatin1String("assign"))
        return assign(*project, p, pos.at(3));
    if (action == QLatin1String("set"))
        return setTeam(*project, p, pos.at(3));
    if (!project->teams().find(pos.at(3)).id)
        return fail(BadInput, tr("there is no team %1").arg(pos.at(3)));
    QString error;
    if (!project->removeTeam(pos.at(3), &error))
        return fail(Failure, error);
    out(tr("team %1 removed").arg(pos.at(3)));
    if (const std::optional<PlanResult> r = project->lastReschedule()) {
        out(tr("plan re-scheduled: projected finish %1")
                .arg(r->projectedFinish.isValid() ? r->projectedFinish.toString(Qt::ISODate) : tr("none")));
        printSchedule(*r);
    }
    return Success;
}

} // namespace uproot::cli
