#include "model/project/setplandatacommand.h"

#include <QCoreApplication>

namespace uproot {

SetPlanDataCommand::SetPlanDataCommand(Project *project, QList<PlanDataChange> changes, const QString &label)
    : ProjectCommand(project, label)
    , m_changes(std::move(changes))
{
}

bool SetPlanDataCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the plan data");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    QList<Id> systems;
    ProjectChange::Areas shown;
    for (const PlanDataChange &c : std::as_const(m_changes)) {
        const QString &from = forward ? c.from : c.to;
        const QString &to = forward ? c.to : c.from;
        const QString detail = QStringLiteral("%1 %2: \"%3\" -> \"%4\"").arg(c.system, toString(c.field), from, to);
        if (!work->setPlanField(c.systemId, c.field, to)
            || !work->appendAudit(actor(), QStringLiteral("plan-data"), detail))
            return fail(what, work->error());
        if (!systems.contains(c.systemId))
            systems.append(c.systemId);
        // Component, site and owner show in the inventory, findings and tasks tables.
        if (c.field == PlanField::Component || c.field == PlanField::Site || c.field == PlanField::Owner)
            shown = ProjectChange::Inventory | ProjectChange::Findings | ProjectChange::Tasks;
    }
    if (!work->commit())
        return fail(what, work->error());
    ProjectChange change = ProjectChange::rowsEdited(ProjectChange::Systems, systems);
    change.reset = shown;
    announce(change);
    return true;
}

} // namespace uproot
