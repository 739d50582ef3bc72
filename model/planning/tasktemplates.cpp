#include "model/planning/tasktemplates.h"

#include "model/translation.h"
#include "resources/builtindata.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(TaskTemplates)

namespace {

QByteArray resource(const QString &name)
{
    ensureBuiltinDataLoaded();
    QFile file(QStringLiteral(":/templates/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in task template %s is missing", qPrintable(name));
    return file.readAll();
}

} // namespace

TaskTemplates TaskTemplates::builtin()
{
    // templates.json names files; a set names templates by their identifiers.
    const QJsonObject index = QJsonDocument::fromJson(resource(QStringLiteral("templates.json"))).object();
    QHash<QString, QString> idOfFile;
    QList<TaskTemplate> templates;
    QList<Rule> rules;
    for (const QJsonValue &value : index.value(QLatin1String("rules")).toArray()) {
        const QJsonObject rule = value.toObject();
        const QString file = rule.value(QLatin1String("template")).toString();
        auto it = idOfFile.constFind(file);
        if (it == idOfFile.cend()) {
            TaskTemplate t;
            QString error;
            if (!t.load(resource(file), file, &error))
                qFatal("the built-in task template %s is broken: %s", qPrintable(file), qPrintable(error));
            templates.append(t);
            it = idOfFile.insert(file, t.identifier());
        }
        rules.append({rule.value(QLatin1String("directive")).toString(),
                      rule.value(QLatin1String("kind")).toString(), *it});
    }
    TaskTemplates set;
    QString error;
    if (!make(templates, rules, QStringLiteral("templates.json"), &set, &error))
        qFatal("the built-in task templates are broken: %s", qPrintable(error));
    return set;
}

TaskTemplates TaskTemplates::single(const TaskTemplate &only)
{
    TaskTemplates set;
    set.m_templates.append(only);
    set.m_rules.append({QString(), QString(), only.identifier()});
    return set;
}

bool TaskTemplates::make(QList<TaskTemplate> templates, const QList<Rule> &rules, const QString &sourceName,
                         TaskTemplates *out, QString *error)
{
    if (templates.isEmpty()) {
        *error = tr("%1: templates: needs at least one template").arg(sourceName);
        return false;
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QString id = templates[i].identifier();
        if (id.trimmed().isEmpty() || id != id.trimmed()) {
            *error = tr("%1: templates[%2].identifier: needs a name without surrounding blanks")
                         .arg(sourceName)
                         .arg(i);
            return false;
        }
        if (ids.contains(id)) {
            *error = tr("%1: templates[%2].identifier: \u201c%3\u201d is the identifier of another template")
                         .arg(sourceName)
                         .arg(i)
                         .arg(id);
            return false;
        }
        ids.insert(id);
        const TaskTemplate::Problem problem = TaskTemplate::problemIn(templates[i].steps());
        if (templates[i].steps().isEmpty() || !problem.isNone()) {
            *error = tr("%1: template \u201c%2\u201d: %3")
                         .arg(sourceName, id,
                              templates[i].steps().isEmpty()
                                  ? tr("needs at least one step")
                                  : TaskTemplate::describe(problem, templates[i].steps()));
            return false;
        }
    }
    if (rules.isEmpty() || !rules.last().matchesAll()) {
        *error = tr("%1: rules: the last rule must match every directive and kind (both left empty), so that "
                    "every "
                    "system has a template")
                     .arg(sourceName);
        return false;
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!ids.contains(rules[i].templateId)) {
            *error = tr("%1: rules[%2].template: \u201c%3\u201d is not a template of this set")
                         .arg(sourceName)
                         .arg(i)
                         .arg(rules[i].templateId);
            return false;
        }
    }
    std::sort(templates.begin(), templates.end(),
              [](const TaskTemplate &a, const TaskTemplate &b) { return a.identifier() < b.identifier(); });
    out->m_templates = std::move(templates);
    out->m_rules = rules;
    return true;
}

QByteArray TaskTemplates::toJson() const
{
    QJsonArray templates;
    for (const TaskTemplate &t : m_templates)
        templates.append(QJsonDocument::fromJson(t.toJson()).object());
    QJsonArray rules;
    for (const Rule &r : m_rules) {
        rules.append(QJsonObject{{QStringLiteral("directive"), r.directive},
                                 {QStringLiteral("kind"), r.kind},
                                 {QStringLiteral("template"), r.templateId}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                     {QStringLiteral("templates"), templates},
                                     {QStringLiteral("rules"), rules}})
        .toJson(QJsonDocument::Indented);
}

bool TaskTemplates::fromJson(const QByteArray &json, const QString &sourceName, TaskTemplates *out,
                             QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (!doc.isObject()) {
        *error = parse.error != QJsonParseError::NoError
                     ? tr("%1: offset %2: %3").arg(sourceName).arg(parse.offset).arg(parse.errorString())
                     : tr("%1: not a JSON object").arg(sourceName);
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("schemaVersion")).toInt() != 1) {
        *error = tr("%1: schemaVersion: must be 1").arg(sourceName);
        return false;
    }
    if (!o.value(QLatin1String("templates")).isArray() || !o.value(QLatin1String("rules")).isArray()) {
        *error =
            tr("%1: needs a list of \u201ctemplates\u201d and a list of \u201crules\u201d").arg(sourceName);
        return false;
    }
    QList<TaskTemplate> templates;
    const QJsonArray list = o.value(QLatin1String("templates")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        TaskTemplate t;
        const QString where = QStringLiteral("%1: templates[%2]").arg(sourceName).arg(i);
        if (!list[i].isObject()) {
            *error = tr("%1: not a JSON object").arg(where);
            return false;
        }
        if (!t.load(QJsonDocument(list[i].toObject()).toJson(QJsonDocument::Compact), where, error))
            return false;
        templates.append(t);
    }
    QList<Rule> rules;
    const QJsonArray ruleList = o.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < ruleList.size(); ++i) {
        const QJsonObject r = ruleList[i].toObject();
        rules.append({r.value(QLatin1String("directive")).toString().trimmed(),
                      r.value(QLatin1String("kind")).toString().trimmed(),
                      r.value(QLatin1String("template")).toString()});
    }
    return make(templates, rules, sourceName, out, error);
}

const TaskTemplate &TaskTemplates::forSystem(const QString &directiveCode, const QString &kind) const
{
    for (const Rule &rule : m_rules) {
        if ((rule.directive.isEmpty() || rule.directive == directiveCode) &&
            (rule.kind.isEmpty() || rule.kind == kind)) {
            if (const TaskTemplate *t = find(rule.templateId))
                return *t;
        }
    }
    // A checked set ends with a rule that matches everything; only a set made by single() can get here.
    return m_templates.first();
}

const TaskTemplate *TaskTemplates::find(const QString &identifier) const
{
    for (const TaskTemplate &t : m_templates) {
        if (t.identifier() == identifier)
            return &t;
    }
    return nullptr;
}

} // namespace uproot
