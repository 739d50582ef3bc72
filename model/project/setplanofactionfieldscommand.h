#pragma once

#include "model/project/projectcommand.h"

#include <QList>
#include <QString>

namespace uproot {

// One project setting as it was and as it becomes, with the name a person reads in the audit trail.
struct SettingChange
{
    QString key;
    QString label;
    QString before;
    QString after;
};

// The plan of action's own fields (PlanOfActionField): any number of them in one undoable step, with an audit
// line for each field changed.
class SetPlanOfActionFieldsCommand final : public ProjectCommand
{
public:
    SetPlanOfActionFieldsCommand(Project *project, QList<SettingChange> changes, const QString &label);

protected:
    bool write(bool forward) override;

private:
    QList<SettingChange> m_changes;
};

} // namespace uproot
