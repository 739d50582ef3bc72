#pragma once

#include "model/documents/identificationreportdata.h"
#include "model/documents/planofactiondata.h"
#include "model/documents/statusreportdata.h"

namespace uproot::test {

// Small documents the tests build themselves, with names a test can look for.
inline const QString kAgency = QStringLiteral("Department of Example Affairs");
inline const QString kDirectiveTitle = QStringLiteral("Removal of Kaspersky-branded Products");
inline const QString kHostile = QStringLiteral("<b>bold</b> & =SUM(A1)");

QString systemName(int index); // "WS-ALPHA-0001" for index 0
DirectiveReference bod1701();
PlanOfActionData samplePlan(int systems);
IdentificationReportData sampleIdentification(bool nil);
StatusReportData sampleStatus(int remainingSystems);

} // namespace uproot::test
