#include "model/demo/demoproject.h"

#include "model/project/project.h"
#include "model/store/taskstore.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    // Progress a reviewer can see: the first systems in the schedule are finished, the next few under way.
    PageQuery q;
    q.sortColumn = TaskStore::Due;
    q.limit = 11 * 60;
    const QList<TaskRecord> early = project->store().tasks().page(q);
    for (int i = 0; i < early.size(); ++i) {
        const TaskStatus status = i < 11 * 40 ? TaskStatus::Done : (i % 11 < 6 ? TaskStatus::Done
                                                                             : TaskStatus::InProgress);
        project->applyTaskStatus(early[i].id, status);
    }
    project->undoStack()->clear();
    return project;
}

} // namespace uproot
