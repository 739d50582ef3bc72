#include "model/demo/demoproject.h"

#include "model/project/project.h"
#include "model/store/tasksreader.h"

#include <QCoreApplication>
#include <QFileInfo>
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
    if (!project->importFile(csv, {}, sink, &report, &readError)) {
        *error = readError.message();
        return nullptr;
    }
    PlanResult plan;
    if (!project->plan(&plan, error))
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
    project->undoStack()->clear();
    return project;
}

} // namespace uproot
