#include "model/project/audittrailcheck.h"

#include <QCryptographicHash>
#include <QLocale>

namespace uproot {

QString AuditTrailCheck::describe(const AuditEvent &e)
{
    return tr("event %1 (%2, %3, %4: %5)")
        .arg(QString::number(e.id), e.at.toUTC().toString(Qt::ISODate), e.actor, e.action, e.detail);
}

AuditVerdict AuditTrailCheck::chain(AuditTrail &trail)
{
    AuditVerdict v;
    if (const Id broken = trail.verify()) {
        v.kind = AuditVerdict::Kind::ChainBroken;
        v.firstDiffering = broken;
        v.message = tr("the hash chain breaks at event %1: an event was changed, removed or inserted there")
                        .arg(broken);
    }
    return v;
}

AuditVerdict AuditTrailCheck::againstPins(AuditTrail &trail, const QList<PinnedHead> &pins,
                                          const QString &source)
{
    AuditVerdict v;
    if (pins.isEmpty())
        return v;
    const PinnedHead &latest = pins.last();
    const AuditHead now = trail.head();
    const auto holds = [&trail](const PinnedHead &p) {
        return p.head.events == 0 || trail.eventAt(p.head.events).hash == p.head.hash;
    };
    const QString when =
        latest.at.isValid() ? latest.at.toUTC().toString(Qt::ISODate) : tr("an unknown date");
    const QString who = latest.by.isEmpty() ? tr("an unknown user") : latest.by;
    if (now.events < latest.head.events) {
        v.kind = AuditVerdict::Kind::Truncated;
        v.message = tr("truncated: the trail has %1 events; %2 were pinned on %3 by %4 (%5)")
                        .arg(now.events)
                        .arg(latest.head.events)
                        .arg(when, who, source);
    } else if (!holds(latest)) {
        v.kind = AuditVerdict::Kind::Rewritten;
        v.message = tr("rewritten: event %1 of the trail no longer has the hash pinned on %2 by %3 (%4)")
                        .arg(latest.head.events)
                        .arg(when, who, source);
    } else {
        return v;
    }
    // The older pins narrow it down: the first record that differs lies after the last head still held and no
    // later than the first one that is not.
    qint64 good = 0;
    qint64 bad = latest.head.events;
    for (const PinnedHead &p : pins) {
        if (p.head.events > now.events)
            bad = qMin(bad, p.head.events);
        else if (holds(p))
            good = qMax(good, p.head.events);
        else
            bad = qMin(bad, p.head.events);
    }
    if (good >= bad)
        return v;
    if (v.kind == AuditVerdict::Kind::Truncated) {
        v.message += good > 0 ? tr("; its first %1 events are as pinned").arg(good)
                              : tr("; none of its events can be matched with a pinned head");
        return v;
    }
    const AuditEvent first = trail.eventAt(good + 1);
    if (bad == good + 1 && first.id) {
        v.firstDiffering = first.id;
        v.message += tr("; the first record that differs is %1").arg(describe(first));
    } else if (first.id) {
        v.message +=
            tr("; events 1 to %1 are as pinned, so the first record that differs is one of events %2 to "
               "%3, from %4")
                .arg(good)
                .arg(good + 1)
                .arg(bad)
                .arg(describe(first));
    }
    return v;
}

QStringList AuditTrailCheck::sentDocuments(AuditTrail &trail, DocumentsReader &documents)
{
    QStringList problems;
    const qint64 events = trail.head().events;
    for (const SentDocument &listed : documents.all()) {
        QByteArray bytes;
        const SentDocument d = documents.find(listed.id, &bytes);
        const QString name = tr("document %1 of the register (%2 \u201c%3\u201d, sent on %4 by %5)")
                                 .arg(QString::number(d.id), d.kind, d.fileName,
                                      d.sentAt.toUTC().toString(Qt::ISODate), d.sentBy);
        const QString actual =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (actual != d.sha256)
            problems << tr("%1: its bytes no longer have the SHA-256 recorded when it was sent").arg(name);
        if (d.auditHead.events > events)
            problems << tr("truncated: %1 printed a head of %2 events; the trail has %3")
                            .arg(name)
                            .arg(d.auditHead.events)
                            .arg(events);
        else if (d.auditHead.events > 0 && trail.eventAt(d.auditHead.events).hash != d.auditHead.hash)
            problems
                << tr("rewritten: %1 printed the head %2 events, SHA-256 %3; event %2 of the trail now has "
                      "another hash")
                       .arg(name, QString::number(d.auditHead.events), d.auditHead.hash);
    }
    return problems;
}

} // namespace uproot
