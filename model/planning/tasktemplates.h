#pragma once

#include "model/planning/tasktemplate.h"

#include <QList>
#include <QString>

namespace uproot {

// The task templates a plan chooses from, and the rules that choose one for a system's work by the directive
// and the system's kind (resources/templates/templates.json): a management server's decommissioning, a Linux
// system's package removal, an app on mobile devices (OMB M-23-13), equipment to replace (Section 889), and the
// default removal steps for everything else.
class TaskTemplates final
{
public:
    // The shipped set. Aborts if the shipped data is broken (a build error, caught by the tests).
    static TaskTemplates builtin();
    // One template for every system (tests, and plans made with a template of their own).
    static TaskTemplates single(const TaskTemplate &only);

    // The template for a system of this kind under this directive (its code).
    const TaskTemplate &forSystem(const QString &directiveCode, const QString &kind) const;
    const QList<TaskTemplate> &all() const { return m_templates; }

private:
    struct Rule
    {
        QString directive; // empty: any
        QString kind;      // empty: any
        int templateIndex = 0;
    };
    QList<TaskTemplate> m_templates;
    QList<Rule> m_rules;
};

} // namespace uproot
