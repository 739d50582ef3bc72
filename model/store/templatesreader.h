#pragma once

#include <QList>
#include <QString>

namespace uproot {

// A project's own copy of the task templates, as stored: each template's definition (the JSON of
// resources/templates/) under its identifier, and the rules in order. Empty: the project follows the shipped
// set.
struct StoredTemplate
{
    QString identifier;
    QString definition;
    bool operator==(const StoredTemplate &o) const
    {
        return identifier == o.identifier && definition == o.definition;
    }
};

struct StoredTemplateRule
{
    QString directive; // "" matches any
    QString kind;      // "" matches any
    QString templateId;
    bool operator==(const StoredTemplateRule &o) const
    {
        return directive == o.directive && kind == o.kind && templateId == o.templateId;
    }
};

struct StoredTemplateSet
{
    QList<StoredTemplate> templates; // by identifier
    QList<StoredTemplateRule> rules; // in the order they are tried
    bool isEmpty() const { return templates.isEmpty() && rules.isEmpty(); }
    bool operator==(const StoredTemplateSet &o) const { return templates == o.templates && rules == o.rules; }
};

class TemplatesReader
{
public:
    virtual ~TemplatesReader() = default;

    virtual StoredTemplateSet taskTemplates() = 0;
};

} // namespace uproot
