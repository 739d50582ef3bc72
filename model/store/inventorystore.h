#pragma once

#include "model/store/statement.h"
#include "model/store/storetypes.h"

#include <QHash>

namespace uproot {

class Database;

// Systems, software titles, installations and the import sources they came from. The bulk paths (insert*,
// touch*) keep their prepared statements for the life of the store; the importer calls them inside one
// transaction per import.
class InventoryStore final
{
public:
    explicit InventoryStore(Database &db);

    Id addImportSource(const ImportSourceRecord &source);
    bool finishImportSource(Id id, qint64 read, qint64 imported, qint64 skipped, const QString &reportJson);
    QList<ImportSourceRecord> importSources();
    ImportSourceRecord importSource(Id id);

    QHash<QString, Id> systemIdsByNormalizedName();
    Id insertSystem(const SystemRecord &system, Id sourceId);
    // Marks a system seen by this import, and fills attributes it did not have yet.
    bool touchSystem(Id id, const SystemRecord &seen, Id sourceId);
    SystemRecord system(Id id);
    bool updateSystem(const SystemRecord &system); // owner, site, component ...

    // Key: name, publisher, cpe and purl joined by U+001F.
    static QString titleKey(const TitleRecord &title);
    QHash<QString, Id> titleIdsByKey();
    Id insertTitle(const TitleRecord &title);
    QList<TitleRecord> titles();

    // The installations a system already has, keyed "titleId:version" (for scans that see them again).
    QHash<QString, Id> installationsOfSystem(Id systemId);
    Id insertInstallation(const InstallationRecord &installation, Id sourceId);
    bool touchInstallation(Id id, Id sourceId, qint64 sourceLine);

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
    Statement m_insertSystem;
    Statement m_touchSystem;
    Statement m_insertTitle;
    Statement m_insertInstallation;
    Statement m_touchInstallation;
};

// Escapes % _ and \ for a LIKE ... ESCAPE '\' pattern and wraps the term in %.
QString likePattern(const QString &term);

} // namespace uproot
