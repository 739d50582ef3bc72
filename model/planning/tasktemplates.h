#pragma once

#include "model/planning/tasktemplate.h"

#include <QList>
#include <QString>

namespace uproot {

// The task templates a plan chooses from, and the rules that choose one for a system's work by the directive
// and the system's kind (resources/templates/templates.json): a management server's decommissioning, a Linux
// system's package removal, an app on mobile devices (OMB M-23-13), equipment to replace (Section 889), and
// the default removal steps for everything else. A project keeps its own copy (Project::taskTemplates).
class TaskTemplates final
{
public:
    // One rule: the first whose directive code and system kind match picks the template (an empty value
    // matches any). The last rule of a set matches everything, so every system has a template.
    struct Rule
    {
        QString directive;
        QString kind;
        QString templateId; // a template's identifier
        bool operator==(const Rule &o) const
        {
            return directive == o.directive && kind == o.kind && templateId == o.templateId;
        }
        bool matchesAll() const { return directive.isEmpty() && kind.isEmpty(); }
    };

    // The shipped set. Aborts if the shipped data is broken (a build error, caught by the tests).
    static TaskTemplates builtin();
    // One template for every system (tests, and plans made with a template of their own).
    static TaskTemplates single(const TaskTemplate &only);
    // A set from templates and rules, checked: at least one template, each with an identifier of its own,
    // every rule naming one of them, and a last rule that matches every directive and kind. The templates are
    // kept in the order of their identifiers. On failure error names the source and what is wrong, and out is
    // untouched.
    static bool make(QList<TaskTemplate> templates, const QList<Rule> &rules, const QString &sourceName,
                     TaskTemplates *out, QString *error);
    // The set as one JSON document ({"schemaVersion", "templates": [template...], "rules": [...]}), and back;
    // each template is checked as TaskTemplate::load checks a file, named "SOURCE: templates[N]".
    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, const QString &sourceName, TaskTemplates *out,
                         QString *error);

    // The template for a system of this kind under this directive (its code).
    const TaskTemplate &forSystem(const QString &directiveCode, const QString &kind) const;
    const QList<TaskTemplate> &all() const { return m_templates; }
    const QList<Rule> &rules() const { return m_rules; }
    // The template with this identifier; null when there is none.
    const TaskTemplate *find(const QString &identifier) const;

    bool operator==(const TaskTemplates &o) const
    {
        return m_templates == o.m_templates && m_rules == o.m_rules;
    }
    bool operator!=(const TaskTemplates &o) const { return !(*this == o); }

private:
    QList<TaskTemplate> m_templates;
    QList<Rule> m_rules;
};

} // namespace uproot
