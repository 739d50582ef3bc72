#pragma once

#include "model/project/auditpins.h"
#include "model/store/audittrail.h"
#include "model/store/documentsreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uproot {

// What checking an audit trail against a head kept outside the file found.
struct AuditVerdict
{
    enum class Kind { Sound, ChainBroken, Truncated, Rewritten };
    Kind kind = Kind::Sound;
    QString message;       // one sentence for a person; empty when sound
    Id firstDiffering = 0; // the id of the first event known to differ, when it could be found

    bool isSound() const { return kind == Kind::Sound; }
};

// Checks an audit trail: its own hash chain, and that it still holds heads pinned outside the file (the
// user's settings, AuditPins; a document's metadata). A trail with fewer events than a pinned head was cut
// short; one whose event at the pinned count has another hash was rewritten (or cut and written again), and
// the older pins narrow down where it first differs.
class AuditTrailCheck
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrailCheck)

public:
    static AuditVerdict chain(AuditTrail &trail);
    // pins: oldest first, the last the one to hold the trail to; source names where they were kept ("your
    // settings", "plan.pdf").
    static AuditVerdict againstPins(AuditTrail &trail, const QList<PinnedHead> &pins, const QString &source);
    // The register of documents sent: each document's bytes against the SHA-256 recorded when it was sent,
    // and the trail against the head each one printed (a document sent is a head pinned outside the file; the
    // register remembers which). One sentence per problem, empty when everything holds.
    static QStringList sentDocuments(AuditTrail &trail, DocumentsReader &documents);

private:
    static QString describe(const AuditEvent &event);
};

} // namespace uproot
