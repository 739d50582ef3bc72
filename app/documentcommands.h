#pragma once

#include <QStringList>

namespace uproot::cli {

// uproot documents PROJECT [--get N --output FILE]: the register of documents sent (number, kind, when, by
// whom, pages, size, SHA-256, the audit head printed, the file's name), or one of them written out again.
int cmdDocuments(const QStringList &args);

} // namespace uproot::cli
