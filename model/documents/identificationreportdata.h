#pragma once

#include "model/documents/contactperson.h"
#include "model/documents/documentaudithead.h"
#include "model/documents/directivereference.h"
#include "model/documents/productcount.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace uproot {

// The identification report (BOD 17-01 required action 1): products found, endpoints per product, methods
// used. No products means a nil report, which the directive requires to be stated explicitly.
struct IdentificationReportData
{
    QString agency;
    ContactPerson pointOfContact;
    DirectiveReference directive;
    QDate preparedOn;             // today when invalid
    QDate dueOn;                  // the report's milestone date; not shown when invalid
    QList<ProductCount> products; // confirmed findings only; empty: nil report
    qint64 endpointsAffected = 0; // distinct endpoints with at least one product (one with two counts once)
    qint64 systemsSearched = 0;   // systems the inventories cover; not shown when 0
    QStringList methods;          // e.g. "Configuration Manager inventory sccm-2017-10.csv (imported …)"
    qint64 findingsNeedingReview = 0; // detections still under review, not counted above; not shown when 0
    DocumentAuditHead auditHead; // printed at the end and kept in the metadata
};

} // namespace uproot
