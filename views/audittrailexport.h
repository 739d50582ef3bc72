#pragma once

#include <QString>

class QWidget;

namespace uproot {

class Project;

// File > Export audit trail: asks where (CSV or XLSX, by the filter chosen or the name typed) and writes the
// project's audit trail there (model/project/auditexport.h); a failure is shown with what and why. Returns
// the path written, or an empty string.
QString exportAuditTrailDialog(QWidget *parent, Project &project);

} // namespace uproot
