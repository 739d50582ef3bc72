#pragma once

#include <QString>
#include <memory>

namespace uproot {
class Project;
}

namespace uproot::bench {

// A BOD 17-01 project in the scratch folder (replacing one of that name) with the generated Configuration
// Manager inventory of `rows` rows imported. Null, with the reason printed, when it cannot be made.
std::unique_ptr<Project> projectWithInventory(const QString &name, qint64 rows);
// The same with an inventory file of the caller's.
std::unique_ptr<Project> projectFromInventory(const QString &name, const QString &inventoryFile);

} // namespace uproot::bench
