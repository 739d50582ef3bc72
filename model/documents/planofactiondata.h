#pragma once

#include "model/documents/affectedsystemsource.h"
#include "model/documents/componentplan.h"
#include "model/documents/contactperson.h"
#include "model/documents/documentaudithead.h"
#include "model/documents/directivereference.h"
#include "model/documents/documentmilestone.h"
#include "model/documents/productcount.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace uproot {

// Everything a plan of action says (BOD 17-01 required action 2, elements a–n), filled from the project. An
// empty text reads "Not recorded in the project" in the document rather than being left out.
struct PlanOfActionData
{
    QString agency;               // (a)
    ContactPerson pointOfContact; // (b)
    DirectiveReference directive;
    QDate preparedOn;                    // the plan's date; today when invalid
    QList<DocumentMilestone> milestones; // the directive's dated milestones, shown in (i)
    QList<ProductCount> products;        // (c), with the endpoints per product (d)
    QStringList methods;                 // (e), e.g. "Configuration Manager inventory sccm-2017-10.csv
                                         // (imported 2017-10-02, 41,230 rows)"
    QList<ComponentPlan> components;     // (f) endpoints, (g) mission function, (i) planned start and finish
    QString contracts;                   // (h)
    QDate projectedFinish;               // (i) the schedule's projected finish; not shown when invalid
    QString scheduleNote;        // (i) e.g. "Misses the deadline by 12 days; 6 systems a day would meet it."
    QString securityControls;    // (j)
    QString replacementProducts; // (k)
    QString replacementTimeline; // (l)
    QString challenges;          // (m)
    QString costs;               // (n)
    // Appendix A, one row per affected system; its count is the number of endpoints affected (d). When null,
    // (d) falls back to the sum over products and the appendix says no systems are recorded.
    std::shared_ptr<const AffectedSystemSource> affectedSystems;
    DocumentAuditHead auditHead; // printed at the end and kept in the metadata
};

} // namespace uproot
