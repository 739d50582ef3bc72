#include "model/planning/tasktemplate.h"

#include "model/translation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps[i].toObject();
        const QString title = s.value(QLatin1String("title")).toString().trimmed();
        if (title.isEmpty()) {
            *error = tr("%1: steps[%2].title: missing").arg(sourceName).arg(i);
            return false;
        }
        loaded.append({title, s.value(QLatin1String("phase")).toString() == QLatin1String("planning")});
    }
    m_identifier = o.value(QLatin1String("identifier")).toString();
    m_title = o.value(QLatin1String("title")).toString();
    m_steps = loaded;
    return true;
}

} // namespace uproot
