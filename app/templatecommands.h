#pragma once

#include <QStringList>

namespace uproot::cli {

// uproot template PROJECT list | export FILE | import FILE
int cmdTemplate(const QStringList &args);

} // namespace uproot::cli
