#include "model/store/templatestore.h"

#include "model/store/database.h"
#include "model/store/statement.h"

namespace uproot {

namespace {
// Not NULL: the columns hold "" for "any" (a null QString would bind NULL).
QString orEmpty(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

TemplateStore::TemplateStore(Database &db) : m_db(db) {}

StoredTemplateSet TemplateStore::taskTemplates()
{
    StoredTemplateSet set;
    Statement templates(m_db, "SELECT identifier, definition FROM task_templates ORDER BY identifier");
    while (templates.next())
        set.templates.append({templates.text(0), templates.text(1)});
    Statement rules(m_db, "SELECT directive, kind, template FROM template_rules ORDER BY seq");
    while (rules.next())
        set.rules.append({rules.text(0), rules.text(1), rules.text(2)});
    return set;
}

bool TemplateStore::replace(const StoredTemplateSet &set)
{
    Statement clearTemplates(m_db, "DELETE FROM task_templates");
    Statement clearRules(m_db, "DELETE FROM template_rules");
    if (!clearTemplates.run() || !clearRules.run())
        return false;
    Statement addTemplate(m_db, "INSERT INTO task_templates(identifier, definition) VALUES (?1, ?2)");
    for (const StoredTemplate &t : set.templates) {
        addTemplate.bind(1, t.identifier).bind(2, orEmpty(t.definition));
        if (!addTemplate.run())
            return false;
        addTemplate.reset();
    }
    Statement addRule(m_db,
                      "INSERT INTO template_rules(seq, directive, kind, template) VALUES (?1, ?2, ?3, ?4)");
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const StoredTemplateRule &r = set.rules[i];
        addRule.bind(1, qint64(i + 1))
            .bind(2, orEmpty(r.directive))
            .bind(3, orEmpty(r.kind))
            .bind(4, r.templateId);
        if (!addRule.run())
            return false;
        addRule.reset();
    }
    return true;
}

} // namespace uproot
