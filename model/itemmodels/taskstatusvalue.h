#pragma once

#include "model/store/storetypes.h"

#include <QVariant>

namespace uproot {

// The status an editor hands a tasks model: the enum's number (the status delegate's combo box) or its text
// ("in progress", as typed or pasted). False for anything else, so that the model refuses the edit.
inline bool taskStatusFromEdit(const QVariant &value, TaskStatus *status)
{
    if (value.typeId() == QMetaType::Int) {
        *status = TaskStatus(value.toInt());
        return true;
    }
    bool ok = false;
    *status = taskStatusFromString(value.toString(), &ok);
    return ok;
}

} // namespace uproot
