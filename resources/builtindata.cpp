#include "resources/builtindata.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE declares the registration function, so it must be used outside any namespace.
static void registerUprootData()
{
    Q_INIT_RESOURCE(uproot_data);
}

namespace uproot {

void ensureBuiltinDataLoaded()
{
    static const bool registered = (registerUprootData(), true);
    Q_UNUSED(registered);
}

} // namespace uproot
