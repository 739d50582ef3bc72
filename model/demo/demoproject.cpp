#include "model/demo/demoproject.h"

#include "model/demo/demoscan.h"
#include "model/project/project.h"
#include "model/store/findingsreader.h"
#include "model/store/tasksreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace uproot {

std::unique_ptr<Project> buildDemoProject(const QString &path, const DirectiveCatalog &catalog,
                                          DemoInventoryStats *stats, ProgressSink *sink, QString *error)
{
    // The generated inventory stays beside the project, so "show source row" can open the row a finding came from.
    const QFileInfo projectFile(path);
    const QString csv = projectFile.absolutePath() + QLatin1Char('/') + projectFile.completeBaseName()
                        + QStringLiteral("-inventory.csv");
    if (projectFile.exists()) {
        *error = QCoreApplication::translate("Demo", "%1: a file of that name already exists; choose another name")
                     .arg(path);
        return nullptr;
    }
    if (!DemoInventory().write(csv, stats, error))
        return nullptr;
    ProjectInfo info;
    info.agency = QStringLiteral("Department of Example Affairs (demo)");
    info.contactName = QStringLiteral("Avery Nguyen, Deputy CIO");
    info.contactPhone = QStringLiteral("202-555-0117");
    info.contactEmail = QStringLiteral("avery.nguyen@example.gov");
    std::unique_ptr<Project> project =
        Project::create(path, QStringLiteral("bod-17-01"), QDate(), info, catalog, error);
    if (!project)
        return nullptr;
    ImportReport report;
    ReadError readError;
    ImportOptions inventoryScan;
    inventoryScan.scanDate = demoscans::inventoryDate();
    if (!project->importFile(csv, inventoryScan, sink, &report, &readError)) {
        *error = readError.message();
        return nullptr;
    }
    // Two field teams, East taking two components and West three, at a pace that spreads removal over weeks: the plan
    // misses its target, and the status date falls in the middle of the work.
    if (!project->setTeam({0, QStringLiteral("Field team East"), 2, {QDate(2017, 12, 26)}}, error)
        || !project->setTeam({0, QStringLiteral("Field team West"), 2, {}}, error))
        return nullptr;
    {
        QSet<QString> eastComponents;
        QSet<QString> westComponents;
        QList<Id> servers;
        QList<Id> linuxSystems;
        QList<Id> managementServers;
        QSet<QString> sitesWithAManagementServer;
        for (const AffectedSystemRow &s : project->findings().affectedSystems(project->primaryDirective().id)) {
            const bool isEast = s.component == QLatin1String("Bureau of Field Operations")
                                || s.component == QLatin1String("Office of Inspector General");
            (isEast ? eastComponents : westComponents).insert(s.component);
            // Linux servers carry the vendor's packages; the first Windows server of a site runs its Security
            // Center, which goes after every agent of the site.
            if (s.products.contains(QLatin1String("kesl")) || s.products.contains(QLatin1String("klnagent64")))
                linuxSystems.append(s.systemId);
            else if (s.name.contains(QLatin1String("-SRV"), Qt::CaseInsensitive)) {
                if (!sitesWithAManagementServer.contains(s.site)) {
                    sitesWithAManagementServer.insert(s.site);
                    managementServers.append(s.systemId);
                } else {
                    servers.append(s.systemId);
                }
            }
        }
        // Teams take whole components by rule, as a planner assigns them; a system's own team would override.
        for (const QString &c : std::as_const(eastComponents)) {
            if (!project->setTeamRule(TeamRuleField::Component, c, QStringLiteral("Field team East"), error))
                return nullptr;
        }
        for (const QString &c : std::as_const(westComponents)) {
            if (!project->setTeamRule(TeamRuleField::Component, c, QStringLiteral("Field team West"), error))
                return nullptr;
        }
        if (!project->setPlanData(servers, PlanField::Kind, QStringLiteral("server"), error)
            || !project->setPlanData(linuxSystems, PlanField::Kind, QStringLiteral("linux"), error)
            || !project->setPlanData(managementServers, PlanField::Kind, QStringLiteral("management server"), error))
            return nullptr;
    }
    PlanResult plan;
    if (!project->plan({QDate(), QDate(2018, 1, 31)}, &plan, error))
        return nullptr;
    // Progress a reviewer can see: the systems scheduled first are finished, the next few under way.
    const DirectiveRecord directive = project->primaryDirective();
    const QHash<Id, SystemProgress> progress = project->tasks().progressBySystem(directive.id);
    QList<Id> bySchedule = progress.keys();
    std::sort(bySchedule.begin(), bySchedule.end(), [&](Id a, Id b) {
        return std::pair(progress.value(a).due, a) < std::pair(progress.value(b).due, b);
    });
    const int finished = int(bySchedule.size()) * 3 / 10;
    const int underway = int(bySchedule.size()) / 10;
    QList<Id> done;
    QList<Id> inProgress;
    for (int i = 0; i < finished + underway && i < bySchedule.size(); ++i) {
        for (const TaskRecord &task : project->tasks().tasksOfSystem(bySchedule[i], directive.id)) {
            if (i < finished || task.step <= 4)
                done.append(task.id);
            else if (task.step == 5)
                inProgress.append(task.id);
        }
    }
    // Through the same commands a person's edits take, each a unit of work with its audit lines.
    project->setTaskStatuses(done, TaskStatus::Done);
    project->setTaskStatuses(inProgress, TaskStatus::InProgress);
    // One system waits on something outside the team's hands.
    if (finished + underway < bySchedule.size()) {
        for (const TaskRecord &task : project->tasks().tasksOfSystem(bySchedule[finished + underway], directive.id)) {
            if (task.step == 5)
                project->setTaskStatus(task.id, TaskStatus::Blocked,
                                        QStringLiteral("waiting for the vendor's uninstall password"));
        }
    }
    // Scans close the loop: two taken during the removal verify the finished systems' removals and catch one
    // product back; a later one waits beside the project for the person trying the demo to import.
    if (!addDemoScans(*project, csv, bySchedule.mid(0, finished), bySchedule.mid(finished, underway),
                      bySchedule.mid(finished + underway + 1, 5),
                      projectFile.absolutePath() + QLatin1Char('/') + projectFile.completeBaseName()
                          + QStringLiteral("-scan-"),
                      &stats->laterScan, error))
        return nullptr;
    // After the first status report, in the middle of the removal: some systems cleared, some late, one
    // reappearance.
    if (!project->setAsOf(QDate(2018, 1, 16), error))
        return nullptr;
    project->undoStack()->clear();
    return project;
}

} // namespace uproot
