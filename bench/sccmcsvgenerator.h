#pragma once

#include <QString>

namespace uproot::bench {

// Writes a Configuration Manager-shaped CSV (v_GS_ADD_REMOVE_PROGRAMS joined with v_R_System: one row per host
// and title, about 80 titles a host, a few percent of hosts with Kaspersky products). Seeded: the same row count
// gives the same file. Returns the file size in bytes, or -1.
qint64 writeSccmCsv(const QString &path, qint64 rows);
// The file for that row count in the benchmark's scratch folder, generated on first use. Empty on failure.
QString generatedSccmCsv(qint64 rows);

} // namespace uproot::bench
