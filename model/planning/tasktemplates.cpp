#include "model/planning/tasktemplates.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace uproot {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/templates/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in task template %s is missing", qPrintable(name));
    return file.readAll();
}

} // namespace

TaskTemplates TaskTemplates::builtin()
{
    TaskTemplates set;
    const QJsonObject index = QJsonDocument::fromJson(resource(QStringLiteral("templates.json"))).object();
    QHash<QString, int> loaded;
    for (const QJsonValue &value : index.value(QLatin1String("rules")).toArray()) {
        const QJsonObject rule = value.toObject();
        const QString file = rule.value(QLatin1String("template")).toString();
        auto it = loaded.constFind(file);
        if (it == loaded.cend()) {
            TaskTemplate t;
            QString error;
            if (!t.load(resource(file), file, &error))
                qFatal("the built-in task template %s is broken: %s", qPrintable(file), qPrintable(error));
            set.m_templates.append(t);
            it = loaded.insert(file, int(set.m_templates.size()) - 1);
        }
        set.m_rules.append({rule.value(QLatin1String("directive")).toString(),
                            rule.value(QLatin1String("kind")).toString(), *it});
    }
    if (set.m_templates.isEmpty())
        qFatal("the built-in task templates list no template");
    return set;
}

TaskTemplates TaskTemplates::single(const TaskTemplate &only)
{
    TaskTemplates set;
    set.m_templates.append(only);
    set.m_rules.append({QString(), QString(), 0});
    return set;
}

const TaskTemplate &TaskTemplates::forSystem(const QString &directiveCode, const QString &kind) const
{
    for (const Rule &rule : m_rules) {
        if ((rule.directive.isEmpty() || rule.directive == directiveCode) && (rule.kind.isEmpty() || rule.kind == kind))
            return m_templates.at(rule.templateIndex);
    }
    // The last rule of a usable index matches everything; without one, the first template serves.
    return m_templates.first();
}

} // namespace uproot
