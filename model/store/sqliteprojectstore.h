#pragma once

#include "model/store/database.h"
#include "model/store/projectstore.h"

#include <QTemporaryDir>
#include <memory>

namespace uproot {

class DashboardStore;
class FindingStore;
class InventoryStore;
class TaskStore;
class TeamStore;
class DocumentStore;
class TemplateStore;

// The project store on one SQLite file. Owns the connection and all the SQL that touches it; the big tables have
// classes of their own (InventoryStore, FindingStore, TaskStore) that implement the read interfaces, and
// SqliteUnitOfWork writes through them inside one transaction.
class SqliteProjectStore final : public ProjectStore, private DirectivesReader, private SettingsReader,
                                 private AuditTrail
{
public:
    ~SqliteProjectStore() override;
    SqliteProjectStore(const SqliteProjectStore &) = delete;
    SqliteProjectStore &operator=(const SqliteProjectStore &) = delete;

    static std::unique_ptr<SqliteProjectStore> open(const QString &path, OpenMode mode, QString *error,
                                                    OpenFailure *failure = nullptr);

    QString path() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    bool isSalvageCopy() const override { return m_salvage != nullptr; }
    int schemaVersion() override;

    InventoryReader &inventory() override;
    FindingsReader &findings() override;
    TasksReader &tasks() override;
    DirectivesReader &directives() override { return *this; }
    SettingsReader &settings() override { return *this; }
    AuditTrail &audit() override { return *this; }
    TeamsReader &teams() override;
    DocumentsReader &documents() override;
    TemplatesReader &templates() override;
    DashboardReader &dashboard() override;

    std::unique_ptr<UnitOfWork> beginWork(WorkKind kind) override;
    QString integrityCheck() override;
    QString readFault() const override { return m_db.fault(); }
    qint64 readFaultCount() const override { return m_db.faultCount(); }
    QString lastReadFault() const override { return m_db.lastFault(); }
    // model/store/sqliteprojectstorecopy.cpp
    bool backupTo(const QString &file, QString *error) override;
    bool changedElsewhere() override;

    // For the store's own tests: the connection, and the concrete table stores.
    Database &database() { return m_db; }
    InventoryStore &inventoryStore() { return *m_inventory; }
    FindingStore &findingStore() { return *m_findings; }
    TaskStore &taskStore() { return *m_tasks; }
    TeamStore &teamStore() { return *m_teams; }
    DocumentStore &documentStore() { return *m_documents; }
    TemplateStore &templateStore() { return *m_templates; }

    // Writes, called by SqliteUnitOfWork inside its transaction.
    bool setSetting(const QString &key, const QString &value);
    Id upsertDirective(const DirectiveRecord &directive);
    bool setDirectiveDefinition(Id id, const QString &definitionJson);
    bool replaceMilestones(Id directiveId, const QList<MilestoneRecord> &milestones);
    bool appendAudit(const QString &actor, const QString &action, const QString &detail);

    QString lastError() const { return m_db.lastError(); }
    // After a write of this store's own has ended (SqliteUnitOfWork): the file as this store left it.
    void noteOwnWrite();
    // Before a write of its own, and on closing: whether anyone else wrote the file since this store last did
    // (then it is not recorded as verified when it closes; see VerifiedFiles).
    void checkOwnStamp();

private:
    SqliteProjectStore();
    // Judges the file on the connection just opened, before anything is written (model/store/schemacheck.h).
    bool judge(QStringList *problems, OpenFailure *failure);
    // The table stores over the open connection (after the schema is settled, or for a salvage copy).
    void makeTableStores();
    bool initialise(QString *error);
    bool openSalvageCopy(const QString &path, QString *error);

    // DirectivesReader
    QList<DirectiveRecord> all() override;
    DirectiveRecord find(Id id) override;

    QList<MilestoneRecord> milestones(Id directiveId) override;
    // SettingsReader
    QString value(const QString &key, const QString &fallback) override;
    // AuditTrail
    QList<AuditEvent> events() override;
    QList<AuditEvent> eventsMatching(const QList<AuditMatch> &matches) override;
    Id verify() override;
    AuditHead head() override;
    AuditEvent eventAt(qint64 position) override;
    AuditEvent event(Id id) override;
    AuditEvent lastEvent() override;
    QString projectId() override;

    QString m_path;
    bool m_readOnly = false;
    bool m_verified = false;                  // made here, or passed the check on opening (see VerifiedFiles)
    QString m_ownStamp;                       // the file as this store last left it (VerifiedFiles::stampOf)
    bool m_foreignWrite = false;              // someone else wrote it meanwhile: not recorded as verified
    std::unique_ptr<QTemporaryDir> m_salvage; // where a salvage copy lives while it is open
    Database m_db;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<FindingStore> m_findings;
    std::unique_ptr<TaskStore> m_tasks;
    std::unique_ptr<TeamStore> m_teams;
    std::unique_ptr<DocumentStore> m_documents;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<DashboardStore> m_dashboard;
    qint64 m_dataVersion = -1; // PRAGMA data_version as last seen; -1 before the first look
};

} // namespace uproot
