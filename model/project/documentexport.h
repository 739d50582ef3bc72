#pragma once

#include <QString>
#include <QStringList>

namespace uproot {

class Project;

// The documents a directive demands, filled from the project and written by the documents library:
// "identification" (30-day report, or a nil report), "plan" (plan of action, elements a–n, with the
// affected-systems appendix), "status" (the periodic status report).
QStringList documentKinds();
bool exportDocument(Project &project, const QString &kind, const QString &pdfPath, QString *error,
                    int *pageCount = nullptr);

} // namespace uproot
