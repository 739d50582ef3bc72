#pragma once

#include "model/store/storetypes.h"

#include <QList>

namespace uproot {

// Small named values of the project: agency, point of contact, remembered column mappings.
class SettingsReader
{
public:
    virtual ~SettingsReader() = default;

    virtual QString value(const QString &key, const QString &fallback = {}) = 0;
};

} // namespace uproot
