// reevaluate_1m_ms (issue 4): after a rule change on a project holding 1,000,000 installations, the time until
// every finding is re-evaluated (titles are matched once each, findings updated in SQL).
#include "bench/benchmark.h"
#include "bench/sccmcsvgenerator.h"
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/store/findingstore.h"
#include "model/store/inventorystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace uproot::bench {

namespace {

QString withoutRule(const QString &definition, const QString &ruleId)
{
    QJsonObject def = QJsonDocument::fromJson(definition.toUtf8()).object();
    QJsonArray rules = def.value(QLatin1String("rules")).toArray();
    for (qsizetype i = rules.size() - 1; i >= 0; --i) {
        if (rules[i].toObject().value(QLatin1String("id")).toString() == ruleId)
            rules.removeAt(i);
    }
    def.insert(QStringLiteral("rules"), rules);
    return QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Compact));
}

bool reevaluate1m()
{
    const QString csv = generatedSccmCsv(1000000);
    if (csv.isEmpty())
        return false;
    const QString path = scratchDir() + QStringLiteral("/reevaluate.uproot");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QString error;
    const DirectiveCatalog catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> project = Project::create(path, QStringLiteral("bod-17-01"), {}, {}, catalog, &error);
    ImportReport importReport;
    ReadError readError;
    if (!project || !project->importFile(csv, {}, nullptr, &importReport, &readError)) {
        std::fprintf(stderr, "%s%s\n", qPrintable(error), qPrintable(readError.message()));
        return false;
    }
    const DirectiveRecord directive = project->primaryDirective();
    const QString changed = withoutRule(directive.definitionJson, QStringLiteral("name-mentions-kaspersky"));
    std::fprintf(stderr, "%lld installations, %lld titles, %lld findings\n",
                 static_cast<long long>(project->store().inventory().installationCount()),
                 static_cast<long long>(project->store().inventory().titleCount()),
                 static_cast<long long>(project->store().findings().countForDirective(directive.id)));
    QElapsedTimer timer;
    timer.start();
    if (!project->changeDirective(directive.id, changed, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const double changeMs = timer.nsecsElapsed() / 1e6;
    const ReevaluationResult result = project->lastReevaluation();
    std::fprintf(stderr, "rule change: %lld new, %lld gone\n", static_cast<long long>(result.added),
                 static_cast<long long>(result.removed));
    timer.restart();
    project->undoStack()->undo();
    const double undoMs = timer.nsecsElapsed() / 1e6;
    report(QStringLiteral("reevaluate_1m_ms"), changeMs, QStringLiteral("ms"));
    report(QStringLiteral("reevaluate_1m_undo_ms"), undoMs, QStringLiteral("ms"));
    return true;
}

const Registrar r("reevaluate_1m_ms", "re-evaluate findings after a rule change at 1,000,000 installations",
                  reevaluate1m);

} // namespace
} // namespace uproot::bench
