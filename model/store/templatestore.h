#pragma once

#include "model/store/templatesreader.h"

namespace uproot {

class Database;

// The tables task_templates and template_rules: read through TemplatesReader, replaced whole by
// SqliteUnitOfWork.
class TemplateStore final : public TemplatesReader
{
public:
    explicit TemplateStore(Database &db);

    StoredTemplateSet taskTemplates() override;
    bool replace(const StoredTemplateSet &set);

private:
    Database &m_db;
};

} // namespace uproot
