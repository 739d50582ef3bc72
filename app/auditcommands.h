#pragma once

#include <QStringList>

namespace uproot::cli {

// uproot audit PROJECT [--verify [--against DOCUMENT.pdf]] [--export FILE.csv|FILE.xlsx]
int cmdAudit(const QStringList &args);

} // namespace uproot::cli
