#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace uproot {

// Writes one table as an XLSX workbook of one sheet: a bold-less header row, then the rows `next` gives until
// it returns false, every cell an inline string (formulas neutralised, characters XML cannot hold dropped,
// cut at Excel's 32,767 characters). Written beside the target and renamed over it at the end, so a failure
// leaves no half file. Through QuaZip, which the XLSX reader uses already: Debian's libxlsxwriter cannot
// share a process with it (both bring minizip's zipOpen3, and the one QuaZip exports wins, crashing
// libxlsxwriter's).
bool writeXlsxTable(const QString &path, const QString &sheetName, const QStringList &header,
                    const std::function<bool(QStringList *row)> &next, QString *error);

} // namespace uproot
