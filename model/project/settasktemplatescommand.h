#pragma once

#include "model/project/projectcommand.h"
#include "model/store/templatesreader.h"

namespace uproot {

// Replaces the project's whole set of task templates and rules in one step. Undo puts back the set as it was
// stored, exactly: an empty one (a project that followed the shipped set) comes back empty. The audit line
// names each template and step that changed.
class SetTaskTemplatesCommand final : public ProjectCommand
{
public:
    // forwardDetail and backDetail: what changed, in each direction (describeTemplateChanges).
    SetTaskTemplatesCommand(Project *project, StoredTemplateSet before, StoredTemplateSet after,
                            QString forwardDetail, QString backDetail, const QString &label);

protected:
    bool write(bool forward) override;

private:
    StoredTemplateSet m_before;
    StoredTemplateSet m_after;
    QString m_forwardDetail;
    QString m_backDetail;
};

} // namespace uproot
