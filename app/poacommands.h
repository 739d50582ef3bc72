#pragma once

#include <QStringList>

namespace uproot::cli {

// uproot poa PROJECT list | set KEY VALUE [--component C]: the plan of action's own fields.
int cmdPoa(const QStringList &args);

} // namespace uproot::cli
