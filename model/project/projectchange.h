#pragma once

#include "model/store/storetypes.h"

#include <QList>
#include <QMetaType>

namespace uproot {

// The one typed change signal a project emits. Undo commands write through the project; models turn each
// change into the narrowest row signals they can (conventions §4).
struct ProjectChange
{
    enum Kind {
        Reset,        // the whole project changed (opened, imported, re-evaluated): models reload
        TasksChanged, // fields of the tasks in ids changed
        FindingsChanged, // state of the findings in ids changed
        TasksRegenerated, // tasks were added or removed (plan)
        SettingsChanged,
    };
    Kind kind = Reset;
    QList<Id> ids;
};

} // namespace uproot

Q_DECLARE_METATYPE(uproot::ProjectChange)
