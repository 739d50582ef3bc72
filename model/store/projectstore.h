#pragma once

#include "model/store/database.h"
#include "model/store/storetypes.h"

#include <QString>
#include <memory>

namespace uproot {

class InventoryStore;
class FindingStore;
class TaskStore;

// Owns one project file (an SQLite database) and all the SQL that touches it. The rest of the model uses this
// typed interface, so a second engine (a shared PostgreSQL server, product.md §11) can stand behind it later.
// The big tables have stores of their own, reached through inventory(), findings() and tasks().
class ProjectStore final
{
public:
    enum class OpenMode { CreateNew, OpenExisting, ReadOnly };

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // Returns null and sets error (a sentence a person can act on) when the file cannot be used.
    static std::unique_ptr<ProjectStore> open(const QString &path, OpenMode mode, QString *error);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion();
    Database &database() { return m_db; }

    InventoryStore &inventory() { return *m_inventory; }
    FindingStore &findings() { return *m_findings; }
    TaskStore &tasks() { return *m_tasks; }

    // Settings: small named values (agency, point of contact, ...).
    QString setting(const QString &key, const QString &fallback = {});
    bool setSetting(const QString &key, const QString &value);

    // Directives the project follows, and their dated milestones.
    Id upsertDirective(const DirectiveRecord &directive);
    QList<DirectiveRecord> directives();
    DirectiveRecord directive(Id id);
    // The project's own copy of a directive's definition (its rules), as edited by the planner.
    bool setDirectiveDefinition(Id id, const QString &definitionJson);
    bool replaceMilestones(Id directiveId, const QList<MilestoneRecord> &milestones);
    QList<MilestoneRecord> milestones(Id directiveId = 0); // 0: all, ordered by date

    // The append-only audit trail, chained by hashes.
    bool appendAudit(const QString &actor, const QString &action, const QString &detail);
    QList<AuditEvent> auditEvents();
    // Recomputes the chain; returns the id of the first event that does not match, or 0 when all do.
    Id verifyAudit();

    // Runs PRAGMA integrity_check; returns "ok" or the problems found.
    QString integrityCheck();
    QString lastError() const { return m_db.lastError(); }

private:
    ProjectStore();
    bool initialise(OpenMode mode, QString *error);

    QString m_path;
    bool m_readOnly = false;
    Database m_db;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<FindingStore> m_findings;
    std::unique_ptr<TaskStore> m_tasks;
};

} // namespace uproot
