#pragma once

#include "model/store/storetypes.h"

#include <QFlags>
#include <QList>
#include <QMetaType>

namespace uproot {

// The one typed change a project announces after each command (conventions §4). It names what the command
// touched, so that each model does the narrowest thing: a model whose area is in `reset` reloads (rows came or
// went), a model whose area is `edited` refreshes just the rows with those ids, and every other model does
// nothing at all.
struct ProjectChange
{
    enum Area {
        Inventory = 0x1,   // systems, titles, installations, import sources
        Findings = 0x2,    // findings and decisions
        Tasks = 0x4,       // tasks and the schedule
        Directives = 0x8,  // directives followed, their rules and milestones
        Settings = 0x10,   // agency, point of contact, plan settings
        Systems = 0x20,    // plan data on systems (team, mission function, criticality ...)
        Teams = 0x40,      // teams, their capacity and days off
        Templates = 0x80,  // the project's task templates and the rules that choose one
        Documents = 0x100, // the register of documents sent
    };
    Q_DECLARE_FLAGS(Areas, Area)

    Areas reset;              // areas whose rows may have come, gone or changed anywhere
    Area edited = Area(0);    // one area whose rows in `ids` changed in place
    QList<Id> ids;

    static ProjectChange all()
    {
        return {Areas(Inventory | Findings | Tasks | Directives | Settings | Systems | Teams | Templates |
                      Documents),
                {},
                {}};
    }
    static ProjectChange rowsOf(Areas areas) { return {areas, {}, {}}; }
    static ProjectChange rowsEdited(Area area, const QList<Id> &ids) { return {{}, area, ids}; }

    bool resets(Area area) const { return reset.testFlag(area); }
    bool edits(Area area) const { return edited == area && !resets(area); }
    bool touches(Area area) const { return resets(area) || edited == area; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ProjectChange::Areas)

} // namespace uproot

Q_DECLARE_METATYPE(uproot::ProjectChange)
