#pragma once

#include "model/store/statement.h"
#include "model/store/storetypes.h"

#include <QHash>

namespace uproot {

class Database;

// Systems, software titles, installations and the import sources they came from, as read back. An import writes
// them through InventoryBulkLoad.
class InventoryStore final
{
public:
    explicit InventoryStore(Database &db);

    Id addImportSource(const ImportSourceRecord &source);
    bool finishImportSource(Id id, qint64 read, qint64 imported, qint64 skipped, const QString &reportJson);
    QList<ImportSourceRecord> importSources();
    ImportSourceRecord importSource(Id id);
    // The import report (ImportReport::toJson) of the import that last saw this installation's row.
    QString importReportOfInstallation(Id installationId);

    QHash<QString, Id> systemIdsByNormalizedName();
    SystemRecord system(Id id);
    bool updateSystem(const SystemRecord &system); // owner, site, component ...

    QList<TitleRecord> titles();


    qint64 systemCount();
    qint64 installationCount();
    qint64 titleCount();

    // The inventory table: one row per installation. Columns follow InventoryColumn.
    enum InventoryColumn { System, Component, Site, Product, Publisher, Version, Source, ColumnCount };
    qint64 countInventory(const PageQuery &query);
    QList<InventoryRow> inventoryPage(const PageQuery &query);

    // The source row an installation came from.
    InventoryRow installation(Id installationId);

private:
    Database &m_db;
};

// Escapes % _ and \ for a LIKE ... ESCAPE '\' pattern and wraps the term in %.
QString likePattern(const QString &term);

} // namespace uproot
