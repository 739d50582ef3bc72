#pragma once

#include "model/store/storetypes.h"

#include <QList>

namespace uproot {

// Audit events of one action (any action when empty) whose detail begins with a given text (compared as text,
// no wildcards).
struct AuditMatch
{
    QString action;
    QString detailPrefix;
};

// The append-only audit trail, chained by hashes.
class AuditTrail
{
public:
    virtual ~AuditTrail() = default;

    virtual QList<AuditEvent> events() = 0;
    // The events that fit any of the matches, oldest first.
    virtual QList<AuditEvent> eventsMatching(const QList<AuditMatch> &matches) = 0;
    // Recomputes the chain; returns the id of the first event that does not match, or 0 when all do.
    virtual Id verify() = 0;
};

} // namespace uproot
