#pragma once

#include <QStringList>

namespace uproot::cli {

// uproot task PROJECT list [--system NAME] [--status S]
//                     set SYSTEM STEP [--status S] [--reason TEXT] [--notes TEXT]
//                     attach SYSTEM STEP FILE | reference SYSTEM STEP TEXT | show SYSTEM STEP
int cmdTask(const QStringList &args);

} // namespace uproot::cli
