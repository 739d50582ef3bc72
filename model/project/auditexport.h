#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace uproot {

class Project;

// The audit trail as a table a person or an auditor's tools read: one row per event, oldest first, with its
// id, time (UTC), who, what, the detail (old and new values as the command wrote them) and the chain's hash.
// Cells are neutralised against spreadsheet formulas in both formats.
namespace auditexport {

QStringList header();
bool writeCsv(Project &project, QIODevice *out, QString *error);
// Writes the workbook (libxlsxwriter) to a file beside the target and renames it over the target at the end,
// so a failed export leaves no half file.
bool writeXlsx(Project &project, const QString &path, QString *error);
// By the file's extension (.csv or .xlsx); false with the reason for any other.
bool writeFile(Project &project, const QString &path, QString *error);

} // namespace auditexport
} // namespace uproot
