#pragma once

#include "model/documents/affectedsystemsource.h"
#include "model/documents/componentprogress.h"
#include "model/documents/contactperson.h"
#include "model/documents/documentaudithead.h"
#include "model/documents/directivereference.h"
#include "model/documents/documentmilestone.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace uproot {

// The periodic status report (BOD 17-01: every 30 days from day 90 until removal is complete).
struct StatusReportData
{
    QString agency;
    ContactPerson pointOfContact;
    DirectiveReference directive;
    QDate asOf;           // today when invalid
    int reportNumber = 0; // "Status report 3"; not shown when 0
    qint64 affected = 0;
    qint64 cleared = 0;
    qint64 remaining = 0;
    qint64 overdue = 0;
    qint64 reappeared = 0; // removed, then seen again by a later scan; not shown when 0
    qint64 verifiedRemoved = 0; // systems whose every finding a scan verified removed; not shown when 0
    QDate deadline;        // full removal due; not shown when invalid
    QDate projectedFinish; // from the schedule; not shown when invalid
    QList<ComponentProgress> components;
    QList<DocumentMilestone> milestones; // all of the directive's; split into passed and next by asOf
    QString notes;                       // blockers and remarks
    // Appendix A: the systems still affected; overdue ones say so in the Due column.
    std::shared_ptr<const AffectedSystemSource> remainingSystems;
    DocumentAuditHead auditHead; // printed at the end and kept in the metadata
};

} // namespace uproot
