#pragma once

#include <QString>

class QWidget;

namespace uproot {

class Project;

// File > Export table: findings (CSV, XLSX, JSON), tasks (CSV, XLSX) or the milestone calendar (.ics). Asks
// where, by the filter chosen or the name typed, and writes the table there (tabularexport::writeFile). Works
// on a salvage copy too: tables are read, never changed. Returns the path written; an empty string when the
// user cancelled, or when the export failed, with what and why in error.
QString exportTableDialog(QWidget *parent, Project &project, const QString &kind, QString *error);

} // namespace uproot
