#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// One change of one field of a system's plan data.
struct PlanDataChange
{
    Id systemId = 0;
    QString system; // its name, for the audit trail
    PlanField field = PlanField::Team;
    QString from;
    QString to;
};

// Plan data on any number of systems in one step: a bulk edit (500 systems, one team) or an assignment file
// (many fields of many systems), each change with its audit line.
class SetPlanDataCommand final : public ProjectCommand
{
public:
    SetPlanDataCommand(Project *project, QList<PlanDataChange> changes, const QString &label);

protected:
    bool write(bool forward) override;

private:
    QList<PlanDataChange> m_changes;
};

} // namespace uproot
