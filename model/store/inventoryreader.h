#pragma once

#include "model/store/storetypes.h"

#include <QHash>
#include <QList>

namespace uproot {

// The inventory as read back: systems, software titles, installations and the imports they came from. What a
// model, a document or the importer reads; an import writes through UnitOfWork::loadInventory.
class InventoryReader
{
public:
    // The inventory table: one row per installation.
    enum InventoryColumn { System, Component, Site, Product, Publisher, Version, Source, ColumnCount };

    virtual ~InventoryReader() = default;

    virtual QList<ImportSourceRecord> importSources() = 0;
    virtual ImportSourceRecord importSource(Id id) = 0;
    // The import report (ImportReport::toJson) of the import that last saw this installation's row.
    virtual QString importReportOfInstallation(Id installationId) = 0;

    virtual QHash<QString, Id> systemIdsByNormalizedName() = 0;
    virtual SystemRecord system(Id id) = 0;
    virtual QList<TitleRecord> titles() = 0;

    virtual qint64 systemCount() = 0;
    virtual qint64 installationCount() = 0;
    virtual qint64 titleCount() = 0;

    virtual qint64 countInventory(const PageQuery &query) = 0;
    virtual QList<InventoryRow> inventoryPage(const PageQuery &query) = 0;
    // The source row an installation came from.
    virtual InventoryRow installation(Id installationId) = 0;
    // Every installation on one system, by product and version.
    virtual QList<InventoryRow> installationsOfSystem(Id systemId) = 0;
};

} // namespace uproot
