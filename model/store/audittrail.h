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
    // The count of events and the hash of the last.
    virtual AuditHead head() = 0;
    // The event at a position of the trail (1 is the first, in the order appended); id 0 when there is none.
    // Counts its way there: for checking, not for every change.
    virtual AuditEvent eventAt(qint64 position) = 0;
    // The event of an id, and the last event (id 0 when there is none), found through the key at once. In a
    // trail nobody cut, ids run from 1 without gaps, so the last id is the count of events.
    virtual AuditEvent event(Id id) = 0;
    virtual AuditEvent lastEvent() = 0;
    // The identity the project file carries (a random UUID written with its first audit line), so that a copy
    // or a moved file is still known; empty in a file that has no audit line yet.
    virtual QString projectId() = 0;
};

} // namespace uproot
