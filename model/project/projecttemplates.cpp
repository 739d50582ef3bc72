#include "model/project/projecttemplates.h"

#include "model/translation.h"

#include <QStringList>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Project)

StoredTemplateSet storedTemplates(const TaskTemplates &set)
{
    StoredTemplateSet stored;
    for (const TaskTemplate &t : set.all())
        stored.templates.append({t.identifier(), QString::fromUtf8(t.toJson())});
    for (const TaskTemplates::Rule &r : set.rules())
        stored.rules.append({r.directive, r.kind, r.templateId});
    return stored;
}

bool templatesFromStore(const StoredTemplateSet &stored, TaskTemplates *out, QString *error)
{
    if (stored.isEmpty()) {
        *out = TaskTemplates::builtin();
        return true;
    }
    const QString source = tr("the project's task templates");
    QList<TaskTemplate> templates;
    for (const StoredTemplate &s : stored.templates) {
        TaskTemplate t;
        const QString where = tr("%1: template \u201c%2\u201d").arg(source, s.identifier);
        if (!t.load(s.definition.toUtf8(), where, error))
            return false;
        if (t.identifier() != s.identifier) {
            *error = tr("%1: is stored as \u201c%2\u201d but calls itself \u201c%3\u201d")
                         .arg(where, s.identifier, t.identifier());
            return false;
        }
        templates.append(t);
    }
    QList<TaskTemplates::Rule> rules;
    for (const StoredTemplateRule &r : stored.rules)
        rules.append({r.directive, r.kind, r.templateId});
    return TaskTemplates::make(templates, rules, source, out, error);
}

namespace {

QString quoted(const QString &s)
{
    return QStringLiteral("\"%1\"").arg(s);
}

QString stepName(const TaskTemplate::Step &s)
{
    return QStringLiteral("step %1 %2").arg(s.id, quoted(s.title.left(60)));
}

const TaskTemplate::Step *stepById(const TaskTemplate &t, const QString &id)
{
    for (const TaskTemplate::Step &s : t.steps()) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QStringList stepChanges(const TaskTemplate &from, const TaskTemplate &to)
{
    QStringList changes;
    if (from.title() != to.title())
        changes.append(QStringLiteral("title %1 -> %2").arg(quoted(from.title()), quoted(to.title())));
    QStringList fromOrder;
    QStringList toOrder;
    for (const TaskTemplate::Step &s : from.steps()) {
        const TaskTemplate::Step *now = stepById(to, s.id);
        if (!now) {
            changes.append(stepName(s) + QStringLiteral(" removed"));
            continue;
        }
        fromOrder.append(s.id);
        QStringList fields;
        if (s.title != now->title)
            fields.append(QStringLiteral("title -> %1").arg(quoted(now->title)));
        if (s.planning != now->planning)
            fields.append(QStringLiteral("phase -> %1")
                              .arg(now->planning ? QStringLiteral("planning") : QStringLiteral("removal")));
        if (s.days != now->days)
            fields.append(
                QStringLiteral("days %1 -> %2").arg(QString::number(s.days), QString::number(now->days)));
        if (s.after != now->after)
            fields.append(
                QStringLiteral("after [%1] -> [%2]")
                    .arg(s.after.join(QStringLiteral(", ")), now->after.join(QStringLiteral(", "))));
        if (!fields.isEmpty())
            changes.append(stepName(s) + QStringLiteral(": ") + fields.join(QStringLiteral(", ")));
    }
    for (const TaskTemplate::Step &s : to.steps()) {
        if (stepById(from, s.id))
            toOrder.append(s.id);
        else
            changes.append(stepName(s) + QStringLiteral(" added (%1 days)").arg(s.days));
    }
    if (fromOrder != toOrder)
        changes.append(QStringLiteral("steps reordered: %1").arg(toOrder.join(QStringLiteral(", "))));
    return changes;
}

QString rulesText(const QList<TaskTemplates::Rule> &rules)
{
    QStringList text;
    for (const TaskTemplates::Rule &r : rules) {
        text.append(QStringLiteral("%1/%2 -> %3")
                        .arg(r.directive.isEmpty() ? QStringLiteral("*") : r.directive,
                             r.kind.isEmpty() ? QStringLiteral("*") : r.kind, r.templateId));
    }
    return text.join(QStringLiteral("; "));
}

} // namespace

QString describeTemplateChanges(const TaskTemplates &from, const TaskTemplates &to)
{
    QStringList parts;
    for (const TaskTemplate &t : from.all()) {
        const TaskTemplate *now = to.find(t.identifier());
        if (!now) {
            parts.append(QStringLiteral("template %1 removed").arg(t.identifier()));
            continue;
        }
        const QStringList changes = stepChanges(t, *now);
        if (!changes.isEmpty())
            parts.append(
                QStringLiteral("template %1: %2").arg(t.identifier(), changes.join(QStringLiteral("; "))));
    }
    for (const TaskTemplate &t : to.all()) {
        if (!from.find(t.identifier()))
            parts.append(QStringLiteral("template %1 added (%2 steps)")
                             .arg(t.identifier(), QString::number(t.steps().size())));
    }
    if (!(from.rules() == to.rules()))
        parts.append(QStringLiteral("rules: %1").arg(rulesText(to.rules())));
    return parts.isEmpty() ? QStringLiteral("no change") : parts.join(QStringLiteral(" | "));
}

} // namespace uproot
