#include "model/store/sqliteunitofwork.h"

#include "model/store/documentstore.h"
#include "model/store/findingstore.h"
#include "model/store/inventorybulkload.h"
#include "model/store/inventorystore.h"
#include "model/store/sqliteprojectstore.h"
#include "model/store/taskstore.h"
#include "model/store/teamstore.h"
#include "model/store/templatestore.h"

namespace uproot {

SqliteUnitOfWork::SqliteUnitOfWork(SqliteProjectStore &store, bool bulk)
    : m_store(store)
{
    if (store.isReadOnly()) {
        m_error = QStringLiteral("the project is open read-only");
        return;
    }
    // Whether anyone else wrote the file since this store last did: looked at before bulk mode rewrites the
    // file's header, and otherwise once the write lock is held, so that no other writer can come between.
    if (bulk) {
        store.checkOwnStamp();
        m_bulk.emplace(store.database());
    }
    m_tx.emplace(store.database());
    if (!m_tx->isActive())
        m_error = m_tx->error();
    else if (!bulk)
        store.checkOwnStamp();
}

SqliteUnitOfWork::~SqliteUnitOfWork()
{
    // Rolls back unless committed, then leaves bulk mode (members go in reverse order).
    // Bulk mode rewrites the file even when the unit rolls back (leaving and coming back to the log).
    const bool wrote = m_committed || m_bulk.has_value();
    m_tx.reset();
    m_bulk.reset();
    if (wrote)
        m_store.noteOwnWrite();
}

bool SqliteUnitOfWork::isActive() const
{
    return m_tx && m_tx->isActive();
}

QString SqliteUnitOfWork::error() const
{
    return m_error;
}

bool SqliteUnitOfWork::commit()
{
    if (!isActive())
        return false;
    // A change worked out from reads that failed (a damaged page, a table gone) is not written: what it read
    // was incomplete, so its result would be wrong in ways nobody could see. Dropping the unit rolls it back.
    if (const QString fault = m_store.readFault(); !fault.isEmpty()) {
        m_error = QStringLiteral("a read from the project failed, so nothing was changed: %1").arg(fault);
        return false;
    }
    if (!m_tx->commit()) {
        m_error = m_tx->error();
        return false;
    }
    m_committed = true;
    return true;
}

bool SqliteUnitOfWork::check(bool ok)
{
    if (!ok && m_error.isEmpty()) {
        // A write can fail without an SQL error: the row it names is not there (no row changed).
        const QString sqlError = m_store.lastError();
        m_error = sqlError.isEmpty() || sqlError == QLatin1String("not an error")
                      ? QStringLiteral("the record to change is not in the project")
                      : sqlError;
    }
    return ok;
}

bool SqliteUnitOfWork::setSetting(const QString &key, const QString &value)
{
    return check(isActive() && m_store.setSetting(key, value));
}

Id SqliteUnitOfWork::upsertDirective(const DirectiveRecord &directive)
{
    const Id id = isActive() ? m_store.upsertDirective(directive) : 0;
    check(id != 0);
    return id;
}

bool SqliteUnitOfWork::setDirectiveDefinition(Id directiveId, const QString &definitionJson)
{
    return check(isActive() && m_store.setDirectiveDefinition(directiveId, definitionJson));
}

bool SqliteUnitOfWork::replaceMilestones(Id directiveId, const QList<MilestoneRecord> &milestones)
{
    return check(isActive() && m_store.replaceMilestones(directiveId, milestones));
}

bool SqliteUnitOfWork::applyMatches(const QList<TitleDirectiveMatch> &matches, qint64 *added, qint64 *removed)
{
    return check(isActive() && m_store.findingStore().applyMatches(matches, added, removed));
}

bool SqliteUnitOfWork::setDecision(Id installationId, Id directiveId, FindingState state, const QString &reason)
{
    return check(isActive() && m_store.findingStore().setDecision(installationId, directiveId, state, reason));
}

Id SqliteUnitOfWork::addTask(const TaskRecord &task)
{
    const Id id = isActive() ? m_store.taskStore().addTask(task) : 0;
    check(id != 0);
    return id;
}

bool SqliteUnitOfWork::removeTask(Id taskId)
{
    return check(isActive() && m_store.taskStore().removeTask(taskId));
}

bool SqliteUnitOfWork::setTaskDates(Id taskId, const QDate &start, const QDate &due)
{
    return check(isActive() && m_store.taskStore().setDates(taskId, start, due));
}

bool SqliteUnitOfWork::setTaskNotBefore(Id taskId, const QDate &day)
{
    return check(isActive() && m_store.taskStore().setNotBefore(taskId, day));
}

bool SqliteUnitOfWork::setTaskStatus(Id taskId, TaskStatus status, const QString &reason)
{
    return check(isActive() && m_store.taskStore().setStatus(taskId, status, reason));
}

bool SqliteUnitOfWork::setTaskNotes(Id taskId, const QString &notes)
{
    return check(isActive() && m_store.taskStore().setNotes(taskId, notes));
}

Id SqliteUnitOfWork::addTaskEvidence(const TaskEvidenceRecord &evidence)
{
    const Id id = isActive() ? m_store.taskStore().addEvidence(evidence) : 0;
    check(id != 0);
    return id;
}

Id SqliteUnitOfWork::addSentDocument(const SentDocument &document, const QByteArray &content)
{
    const Id id = isActive() ? m_store.documentStore().add(document, content) : 0;
    check(id != 0);
    return id;
}

bool SqliteUnitOfWork::removeTaskEvidence(Id evidenceId)
{
    return check(isActive() && m_store.taskStore().removeEvidence(evidenceId));
}

bool SqliteUnitOfWork::setPlanField(Id systemId, PlanField field, const QString &value)
{
    return check(isActive() && m_store.inventoryStore().setPlanField(systemId, field, value));
}

Id SqliteUnitOfWork::saveTeam(const TeamRecord &team)
{
    const Id id = isActive() ? m_store.teamStore().save(team) : 0;
    check(id != 0);
    return id;
}

bool SqliteUnitOfWork::removeTeam(const QString &name)
{
    return check(isActive() && m_store.teamStore().remove(name));
}

bool SqliteUnitOfWork::replaceTaskTemplates(const StoredTemplateSet &set)
{
    return check(isActive() && m_store.templateStore().replace(set));
}

bool SqliteUnitOfWork::setTeamRule(TeamRuleField field, const QString &value, const QString &team)
{
    return check(isActive() && m_store.teamStore().setRule(field, value, team));
}

Id SqliteUnitOfWork::addImportSource(const ImportSourceRecord &source)
{
    const Id id = isActive() ? m_store.inventoryStore().addImportSource(source) : 0;
    check(id != 0);
    return id;
}

bool SqliteUnitOfWork::finishImportSource(Id sourceId, qint64 read, qint64 imported, qint64 skipped,
                                          const QString &reportJson)
{
    return check(isActive()
                 && m_store.inventoryStore().finishImportSource(sourceId, read, imported, skipped, reportJson));
}

std::unique_ptr<InventoryLoad> SqliteUnitOfWork::loadInventory(Id sourceId)
{
    if (!isActive())
        return nullptr;
    return std::make_unique<InventoryBulkLoad>(m_store.database(), sourceId);
}

bool SqliteUnitOfWork::appendAudit(const QString &actor, const QString &action, const QString &detail)
{
    return check(isActive() && m_store.appendAudit(actor, action, detail));
}

} // namespace uproot
