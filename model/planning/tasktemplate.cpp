#include "model/planning/tasktemplate.h"

#include "model/translation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>

#include <functional>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(TaskTemplate)

TaskTemplate TaskTemplate::builtin()
{
    TaskTemplate t;
    QFile file(QStringLiteral(":/templates/default-tasks.json"));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !t.load(file.readAll(), file.fileName(), &error))
        qFatal("the built-in task template is broken: %s", qPrintable(error));
    return t;
}

bool TaskTemplate::load(const QByteArray &json, const QString &sourceName, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (!doc.isObject()) {
        *error = tr("%1: not a JSON object (%2)").arg(sourceName, parse.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("schemaVersion")).toInt() != 1) {
        *error = tr("%1: schemaVersion: must be 1").arg(sourceName);
        return false;
    }
    const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty()) {
        *error = tr("%1: steps: needs at least one step").arg(sourceName);
        return false;
    }
    QList<Step> loaded;
    QSet<QString> ids;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps[i].toObject();
        Step step;
        step.title = s.value(QLatin1String("title")).toString().trimmed();
        if (step.title.isEmpty()) {
            *error = tr("%1: steps[%2].title: missing").arg(sourceName).arg(i);
            return false;
        }
        step.id = s.value(QLatin1String("id")).toString().trimmed();
        if (step.id.isEmpty())
            step.id = QStringLiteral("step-%1").arg(i + 1);
        if (ids.contains(step.id)) {
            *error = tr("%1: steps[%2].id: \"%3\" is the id of an earlier step").arg(sourceName).arg(i).arg(step.id);
            return false;
        }
        ids.insert(step.id);
        step.planning = s.value(QLatin1String("phase")).toString() == QLatin1String("planning");
        const QJsonValue days = s.value(QLatin1String("days"));
        if (!days.isUndefined()) {
            const double d = days.toDouble(-1);
            if (!days.isDouble() || d != double(int(d)) || d < 1 || d > 365) {
                *error = tr("%1: steps[%2].days: must be a whole number of working days from 1 to 365")
                             .arg(sourceName)
                             .arg(i);
                return false;
            }
            step.days = int(d);
        }
        const QJsonValue after = s.value(QLatin1String("after"));
        if (!after.isUndefined() && !after.isArray()) {
            *error = tr("%1: steps[%2].after: must be a list of step ids").arg(sourceName).arg(i);
            return false;
        }
        for (const QJsonValue &a : after.toArray())
            step.after.append(a.toString());
        loaded.append(step);
    }
    for (qsizetype i = 0; i < loaded.size(); ++i) {
        for (const QString &a : std::as_const(loaded[i].after)) {
            if (!ids.contains(a) || a == loaded[i].id) {
                *error = tr("%1: steps[%2].after: \"%3\" is not another step of this template")
                             .arg(sourceName)
                             .arg(i)
                             .arg(a);
                return false;
            }
        }
    }
    const QString cycle = cycleIn(loaded);
    if (!cycle.isEmpty()) {
        *error = tr("%1: steps: the dependencies form a cycle (%2)").arg(sourceName, cycle);
        return false;
    }
    m_identifier = o.value(QLatin1String("identifier")).toString();
    m_title = o.value(QLatin1String("title")).toString();
    m_steps = loaded;
    return true;
}

// The first cycle found in the steps' dependencies, as "a → b → a"; empty when there is none.
QString TaskTemplate::cycleIn(const QList<Step> &steps)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < steps.size(); ++i)
        index.insert(steps[i].id, i);
    enum Mark { Unvisited, OnPath, Finished };
    QList<Mark> mark(steps.size(), Unvisited);
    QList<qsizetype> path;
    std::function<QString(qsizetype)> visit = [&](qsizetype i) -> QString {
        mark[i] = OnPath;
        path.append(i);
        for (const QString &a : steps[i].after) {
            const qsizetype j = index.value(a, -1);
            if (j < 0)
                continue;
            if (mark[j] == OnPath) {
                QStringList names;
                for (qsizetype k = path.indexOf(j); k < path.size(); ++k)
                    names.append(steps[path[k]].id);
                names.append(steps[j].id);
                return names.join(QStringLiteral(" \u2192 "));
            }
            if (mark[j] == Unvisited) {
                const QString found = visit(j);
                if (!found.isEmpty())
                    return found;
            }
        }
        path.removeLast();
        mark[i] = Finished;
        return {};
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (mark[i] == Unvisited) {
            const QString found = visit(i);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace uproot
