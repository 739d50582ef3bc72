#include "bench/benchproject.h"

#include "bench/benchmark.h"
#include "bench/sccmcsvgenerator.h"
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"

#include <QFile>
#include <cstdio>

namespace uproot::bench {

std::unique_ptr<Project> projectWithInventory(const QString &name, qint64 rows)
{
    const QString csv = generatedSccmCsv(rows);
    return csv.isEmpty() ? nullptr : projectFromInventory(name, csv);
}

std::unique_ptr<Project> projectFromInventory(const QString &name, const QString &csv)
{
    const QString path = scratchDir() + u'/' + name + QStringLiteral(".uproot");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QString error;
    const DirectiveCatalog catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> project = Project::create(path, QStringLiteral("bod-17-01"), {}, {}, catalog, &error);
    ImportReport report;
    ReadError readError;
    if (!project || !project->importFile(csv, {}, nullptr, &report, &readError)) {
        std::fprintf(stderr, "%s%s\n", qPrintable(error), qPrintable(readError.message()));
        return nullptr;
    }
    return project;
}

} // namespace uproot::bench
