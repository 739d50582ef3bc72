#pragma once

#include <QString>

namespace uproot {

// Inventory text is data, never a formula: a CSV or XLSX cell that begins with =, +, -, @, a tab or a carriage
// return is prefixed with an apostrophe so a spreadsheet shows it as text instead of evaluating it.
QString neutraliseFormula(const QString &cell);

// One CSV field, quoted when it must be (RFC 4180), after neutraliseFormula().
QString csvField(const QString &cell);

} // namespace uproot
