#pragma once

#include <QStringList>

namespace uproot::cli {

// uproot team PROJECT set NAME --capacity N [--days-off DATE,...] | remove NAME
//                     | assign NAME --component C|--site S | unassign --component C|--site S | list
int cmdTeam(const QStringList &args);

} // namespace uproot::cli
