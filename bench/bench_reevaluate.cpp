// reevaluate_1m_ms (issue 4): after a rule change on a project holding 1,000,000 installations, the time until
// every finding is re-evaluated (titles are matched once each, findings updated in SQL). Two changes are timed
// and the slower is the figure: a new rule that covers a common title (its installations have to be found
// among all of them; undoing it removes them again) and the main publisher rule made "needs review" (findings
// change in place).
#include "bench/benchmark.h"
#include "bench/benchproject.h"
#include "model/project/project.h"
#include "model/store/findingsreader.h"
#include "model/store/inventoryreader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace uproot::bench {

namespace {

QString withConfidence(const QString &definition, const QString &ruleId, const QString &confidence)
{
    QJsonObject def = QJsonDocument::fromJson(definition.toUtf8()).object();
    QJsonArray rules = def.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject rule = rules[i].toObject();
        if (rule.value(QLatin1String("id")).toString() == ruleId) {
            rule.insert(QStringLiteral("confidence"), confidence);
            rules[i] = rule;
        }
    }
    def.insert(QStringLiteral("rules"), rules);
    return QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Compact));
}

QString withRule(const QString &definition, const QJsonObject &rule)
{
    QJsonObject def = QJsonDocument::fromJson(definition.toUtf8()).object();
    QJsonArray rules = def.value(QLatin1String("rules")).toArray();
    rules.append(rule);
    def.insert(QStringLiteral("rules"), rules);
    return QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Compact));
}

// Changes the directive, then undoes the change; prints what changed. Returns {change ms, undo ms}, or -1s.
std::pair<double, double> timeChange(Project &project, const DirectiveRecord &directive, const QString &changed,
                                     const char *what)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!project.changeDirective(directive.id, changed, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return {-1, -1};
    }
    const double changeMs = timer.nsecsElapsed() / 1e6;
    const ReevaluationResult result = project.lastReevaluation();
    std::fprintf(stderr, "%s: %lld new, %lld gone\n", what, static_cast<long long>(result.added),
                 static_cast<long long>(result.removed));
    timer.restart();
    project.undoStack()->undo();
    return {changeMs, timer.nsecsElapsed() / 1e6};
}

bool reevaluate1m()
{
    const std::unique_ptr<Project> project = projectWithInventory(QStringLiteral("reevaluate"), 1000000);
    if (!project)
        return false;
    const DirectiveRecord directive = project->primaryDirective();
    std::fprintf(stderr, "%lld installations, %lld titles, %lld findings\n",
                 static_cast<long long>(project->inventory().installationCount()),
                 static_cast<long long>(project->inventory().titleCount()),
                 static_cast<long long>(project->findings().countForDirective(directive.id)));
    const QJsonObject sevenZip{{QStringLiteral("id"), QStringLiteral("bench-publisher-igor-pavlov")},
                               {QStringLiteral("kind"), QStringLiteral("publisher")},
                               {QStringLiteral("confidence"), QStringLiteral("needs-review")},
                               {QStringLiteral("description"), QStringLiteral("A rule a planner adds by mistake.")},
                               {QStringLiteral("patterns"), QJsonArray{QStringLiteral("igor pavlov")}}};
    const auto added = timeChange(*project, directive, withRule(directive.definitionJson, sevenZip), "rule added");
    const auto weakened = timeChange(
        *project, directive,
        withConfidence(directive.definitionJson, QStringLiteral("publisher-kaspersky"), QStringLiteral("needs-review")),
        "rule made needs-review");
    if (added.first < 0 || weakened.first < 0)
        return false;
    report(QStringLiteral("reevaluate_1m_ms"), std::max(added.first, weakened.first), QStringLiteral("ms"));
    report(QStringLiteral("reevaluate_1m_rule_added_ms"), added.first, QStringLiteral("ms"));
    report(QStringLiteral("reevaluate_1m_rule_added_undo_ms"), added.second, QStringLiteral("ms"));
    report(QStringLiteral("reevaluate_1m_confidence_changed_ms"), weakened.first, QStringLiteral("ms"));
    report(QStringLiteral("reevaluate_1m_confidence_changed_undo_ms"), weakened.second, QStringLiteral("ms"));
    return true;
}

const Registrar r("reevaluate_1m_ms", "re-evaluate findings after a rule change at 1,000,000 installations",
                  reevaluate1m);

} // namespace
} // namespace uproot::bench
