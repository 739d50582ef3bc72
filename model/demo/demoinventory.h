#pragma once

#include <QString>
#include <QStringList>

namespace uproot {

struct DemoInventoryStats
{
    int systems = 0;
    int rows = 0;
    int systemsWithVendorProducts = 0; // systems the generator gave a covered product
    QStringList coveredSystemNames;    // their names as written in the file
    QStringList nearMissTitles;        // titles written so that they must NOT be flagged
    QString laterScan;                 // the demo's later scan, written beside the project for the user to import
};

// The demo's inventory, made by a seeded generator rather than checked in: a few thousand systems across
// several components and sites, a few percent carrying Kaspersky products written the ways real inventories
// write them (../shared/domain/directives.md §3), and near-misses that must not be flagged. The same seed gives
// the same file.
class DemoInventory final
{
public:
    explicit DemoInventory(quint32 seed = 17011, int systems = 3200);
    bool write(const QString &csvPath, DemoInventoryStats *stats, QString *error) const;

private:
    quint32 m_seed;
    int m_systems;
};

} // namespace uproot
