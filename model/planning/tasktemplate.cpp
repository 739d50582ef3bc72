#include "model/planning/tasktemplate.h"

#include "model/translation.h"
#include "resources/builtindata.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(TaskTemplate)

TaskTemplate TaskTemplate::builtin()
{
    ensureBuiltinDataLoaded();
    TaskTemplate t;
    QFile file(QStringLiteral(":/templates/default-tasks.json"));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !t.load(file.readAll(), file.fileName(), &error))
        qFatal("the built-in task template is broken: %s", qPrintable(error));
    return t;
}

TaskTemplate::TaskTemplate(QString identifier, QString title, QString note, QList<Step> steps)
    : m_identifier(std::move(identifier)), m_title(std::move(title)), m_note(std::move(note)),
      m_steps(std::move(steps))
{
}

namespace {

QString fileMessage(const TaskTemplate::Problem &p, const QList<TaskTemplate::Step> &steps,
                    const QString &source)
{
    switch (p.kind) {
    case TaskTemplate::Problem::None:
        break;
    case TaskTemplate::Problem::NoTitle:
        return tr("%1: steps[%2].title: missing").arg(source).arg(p.step);
    case TaskTemplate::Problem::DuplicateId:
        return tr("%1: steps[%2].id: \"%3\" is the id of an earlier step")
            .arg(source)
            .arg(p.step)
            .arg(p.value);
    case TaskTemplate::Problem::BadDays:
        return tr("%1: steps[%2].days: must be a whole number of working days from 1 to 365")
            .arg(source)
            .arg(p.step);
    case TaskTemplate::Problem::UnknownAfter:
        return tr("%1: steps[%2].after: \"%3\" is not another step of this template")
            .arg(source)
            .arg(p.step)
            .arg(p.value);
    case TaskTemplate::Problem::Cycle: {
        QStringList ids;
        for (qsizetype i : p.cycle)
            ids.append(steps[i].id);
        return tr("%1: steps: the dependencies form a cycle (%2)")
            .arg(source, ids.join(QStringLiteral(" \u2192 ")));
    }
    }
    return QString();
}

} // namespace

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
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps[i].toObject();
        Step step;
        step.title = s.value(QLatin1String("title")).toString().trimmed();
        step.id = s.value(QLatin1String("id")).toString().trimmed();
        if (step.id.isEmpty())
            step.id = QStringLiteral("step-%1").arg(i + 1);
        step.planning = s.value(QLatin1String("phase")).toString() == QLatin1String("planning");
        const QJsonValue days = s.value(QLatin1String("days"));
        if (!days.isUndefined()) {
            const double d = days.toDouble(-1);
            // Out of range or not a number: 0 is what problemIn refuses, with the step named.
            step.days = days.isDouble() && d == double(int(d)) && d >= 1 && d <= kMaxDays ? int(d) : 0;
        }
        const QJsonValue after = s.value(QLatin1String("after"));
        if (!after.isUndefined() && !after.isArray()) {
            *error = tr("%1: steps[%2].after: must be a list of step ids").arg(sourceName).arg(i);
            return false;
        }
        for (const QJsonValue &a : after.toArray())
            step.after.append(a.toString());
        loaded.append(step);
        // The checks of one step come before the next step is read, so the first fault in the file is named.
        const Problem p = problemIn(loaded);
        if (p.kind == Problem::NoTitle || p.kind == Problem::DuplicateId || p.kind == Problem::BadDays) {
            *error = fileMessage(p, loaded, sourceName);
            return false;
        }
    }
    const Problem p = problemIn(loaded);
    if (!p.isNone()) {
        *error = fileMessage(p, loaded, sourceName);
        return false;
    }
    m_identifier = o.value(QLatin1String("identifier")).toString();
    m_title = o.value(QLatin1String("title")).toString();
    m_note = o.value(QLatin1String("note")).toString();
    m_steps = loaded;
    return true;
}

QByteArray TaskTemplate::toJson() const
{
    QJsonArray steps;
    for (const Step &s : m_steps) {
        QJsonObject step{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("phase"), s.planning ? QStringLiteral("planning") : QStringLiteral("removal")},
            {QStringLiteral("days"), s.days}};
        if (!s.after.isEmpty())
            step.insert(QStringLiteral("after"), QJsonArray::fromStringList(s.after));
        steps.append(step);
    }
    QJsonObject o{{QStringLiteral("schemaVersion"), 1},
                  {QStringLiteral("identifier"), m_identifier},
                  {QStringLiteral("title"), m_title},
                  {QStringLiteral("steps"), steps}};
    if (!m_note.isEmpty())
        o.insert(QStringLiteral("note"), m_note);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

TaskTemplate::Problem TaskTemplate::problemIn(const QList<Step> &steps)
{
    Problem p;
    QSet<QString> ids;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &s = steps[i];
        p.step = i;
        if (s.title.trimmed().isEmpty()) {
            p.kind = Problem::NoTitle;
            return p;
        }
        if (ids.contains(s.id)) {
            p.kind = Problem::DuplicateId;
            p.value = s.id;
            return p;
        }
        ids.insert(s.id);
        if (s.days < 1 || s.days > kMaxDays) {
            p.kind = Problem::BadDays;
            return p;
        }
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        for (const QString &a : steps[i].after) {
            if (!ids.contains(a) || a == steps[i].id) {
                p.kind = Problem::UnknownAfter;
                p.step = i;
                p.value = a;
                return p;
            }
        }
    }
    p.cycle = cycleIn(steps);
    if (!p.cycle.isEmpty()) {
        p.kind = Problem::Cycle;
        p.step = p.cycle.first();
        return p;
    }
    return Problem{};
}

QString TaskTemplate::describe(const Problem &p, const QList<Step> &steps)
{
    const auto name = [&steps](qsizetype i) {
        return tr("step %1 \u201c%2\u201d").arg(i + 1).arg(steps[i].title.trimmed());
    };
    switch (p.kind) {
    case Problem::None:
        break;
    case Problem::NoTitle:
        return tr("Step %1 has no title.").arg(p.step + 1);
    case Problem::DuplicateId:
        return tr("Step %1 has the id \u201c%2\u201d of an earlier step.").arg(p.step + 1).arg(p.value);
    case Problem::BadDays:
        return tr("The duration of %1 must be 1 to %2 working days.").arg(name(p.step)).arg(kMaxDays);
    case Problem::UnknownAfter:
        return tr("%1 follows a step this template does not have (\u201c%2\u201d).")
            .arg(name(p.step), p.value);
    case Problem::Cycle: {
        QStringList names;
        for (qsizetype i : p.cycle)
            names.append(QString::number(i + 1));
        QString first = name(p.step);
        first[0] = first[0].toUpper();
        return tr("%1 waits for itself: the steps it follows form a cycle (steps %2).")
            .arg(first, names.join(QStringLiteral(" \u2192 ")));
    }
    }
    return QString();
}

// The first cycle found in the steps' dependencies, as the indexes of its steps with the first repeated at
// the end; empty when there is none.
QList<qsizetype> TaskTemplate::cycleIn(const QList<Step> &steps)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < steps.size(); ++i)
        index.insert(steps[i].id, i);
    enum Mark { Unvisited, OnPath, Finished };
    QList<Mark> mark(steps.size(), Unvisited);
    QList<qsizetype> path;
    std::function<QList<qsizetype>(qsizetype)> visit = [&](qsizetype i) -> QList<qsizetype> {
        mark[i] = OnPath;
        path.append(i);
        for (const QString &a : steps[i].after) {
            const qsizetype j = index.value(a, -1);
            if (j < 0)
                continue;
            if (mark[j] == OnPath) {
                QList<qsizetype> found = path.mid(path.indexOf(j));
                found.append(j);
                return found;
            }
            if (mark[j] == Unvisited) {
                const QList<qsizetype> found = visit(j);
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
            const QList<qsizetype> found = visit(i);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace uproot
