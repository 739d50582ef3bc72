#pragma once

#include "model/store/transaction.h"
#include "model/store/unitofwork.h"

#include <optional>

namespace uproot {

class SqliteProjectStore;

// A unit of work on the SQLite file: one transaction (BEGIN IMMEDIATE, so a second writer waits or fails at the
// start rather than at commit) around everything the command writes, its audit line included. A bulk unit also
// puts the connection in BulkWriteMode for its lifetime.
class SqliteUnitOfWork final : public UnitOfWork
{
public:
    SqliteUnitOfWork(SqliteProjectStore &store, bool bulk);
    ~SqliteUnitOfWork() override;
    SqliteUnitOfWork(const SqliteUnitOfWork &) = delete;
    SqliteUnitOfWork &operator=(const SqliteUnitOfWork &) = delete;

    bool isActive() const override;
    QString error() const override;
    bool commit() override;

    bool setSetting(const QString &key, const QString &value) override;
    Id upsertDirective(const DirectiveRecord &directive) override;
    bool setDirectiveDefinition(Id directiveId, const QString &definitionJson) override;
    bool replaceMilestones(Id directiveId, const QList<MilestoneRecord> &milestones) override;
    bool applyMatches(const QList<TitleDirectiveMatch> &matches, qint64 *added, qint64 *removed) override;
    bool setDecision(Id installationId, Id directiveId, FindingState state, const QString &reason) override;
    Id addTask(const TaskRecord &task) override;
    bool removeTask(Id taskId) override;
    bool setTaskDates(Id taskId, const QDate &start, const QDate &due) override;
    bool setTaskNotBefore(Id taskId, const QDate &day) override;
    bool setTaskStatus(Id taskId, TaskStatus status, const QString &reason) override;
    bool setTaskNotes(Id taskId, const QString &notes) override;
    Id addTaskEvidence(const TaskEvidenceRecord &evidence) override;
    Id addSentDocument(const SentDocument &document, const QByteArray &content) override;
    bool removeTaskEvidence(Id evidenceId) override;
    bool setPlanField(Id systemId, PlanField field, const QString &value) override;
    Id saveTeam(const TeamRecord &team) override;
    bool removeTeam(const QString &name) override;
    bool replaceTaskTemplates(const StoredTemplateSet &set) override;
    bool setTeamRule(TeamRuleField field, const QString &value, const QString &team) override;
    Id addImportSource(const ImportSourceRecord &source) override;
    bool finishImportSource(Id sourceId, qint64 read, qint64 imported, qint64 skipped,
                            const QString &reportJson) override;
    std::unique_ptr<InventoryLoad> loadInventory(Id sourceId) override;
    bool appendAudit(const QString &actor, const QString &action, const QString &detail) override;

private:
    // Records the store's message when a write failed, and passes the result on.
    bool check(bool ok);

    SqliteProjectStore &m_store;
    // Declared before the transaction: bulk mode must be set before BEGIN and restored after the end.
    std::optional<BulkWriteMode> m_bulk;
    std::optional<Transaction> m_tx;
    QString m_error;
    bool m_committed = false;
};

} // namespace uproot
