#pragma once

#include "model/store/inventoryreader.h"
#include "model/store/statement.h"

namespace uproot {

class Database;

// Systems, software titles, installations and the import sources they came from, as read back. An import writes
// them through InventoryBulkLoad.
class InventoryStore final : public InventoryReader
{
public:
    explicit InventoryStore(Database &db);

    Id addImportSource(const ImportSourceRecord &source);
    bool finishImportSource(Id id, qint64 read, qint64 imported, qint64 skipped, const QString &reportJson);
    QList<ImportSourceRecord> importSources() override;
    ImportSourceRecord importSource(Id id) override;
    // The import report (ImportReport::toJson) of the import that last saw this installation's row.
    QString importReportOfInstallation(Id installationId) override;

    QHash<QString, Id> systemIdsByNormalizedName() override;
    SystemRecord system(Id id) override;
    // One field of a system's plan data; an empty value clears it.
    bool setPlanField(Id systemId, PlanField field, const QString &value);

    QList<TitleRecord> titles() override;


    qint64 systemCount() override;
    qint64 installationCount() override;
    qint64 titleCount() override;

    qint64 countInventory(const PageQuery &query) override;
    QList<InventoryRow> inventoryPage(const PageQuery &query) override;

    // The source row an installation came from.
    InventoryRow installation(Id installationId) override;
    QList<InventoryRow> installationsOfSystem(Id systemId) override;

private:
    Database &m_db;
};

// Escapes % _ and \ for a LIKE ... ESCAPE '\' pattern and wraps the term in %.
QString likePattern(const QString &term);

} // namespace uproot
