#pragma once

#include "model/store/storetypes.h"

#include <QList>

namespace uproot {

// The append-only audit trail, chained by hashes.
class AuditTrail
{
public:
    virtual ~AuditTrail() = default;

    virtual QList<AuditEvent> events() = 0;
    // Recomputes the chain; returns the id of the first event that does not match, or 0 when all do.
    virtual Id verify() = 0;
};

} // namespace uproot
