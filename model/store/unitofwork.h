#pragma once

#include "model/store/inventoryload.h"
#include "model/store/storetypes.h"
#include "model/store/templatesreader.h"

#include <QList>
#include <memory>

namespace uproot {

// One change to a project, written whole or not at all: the only way anything writes a project. A command opens
// one (ProjectStore::beginWork), writes its change and its audit line through it, and commits; dropping it
// without commit() rolls everything back, so a change and its audit line are both in the file or neither is.
// Reads through the store's readers during the unit see its own writes.
class UnitOfWork
{
public:
    virtual ~UnitOfWork() = default;

    // False when the unit could not start (the file is locked, the disk is gone): nothing can be written.
    virtual bool isActive() const = 0;
    // The last failure, in the store's words.
    virtual QString error() const = 0;
    virtual bool commit() = 0;

    // Settings.
    virtual bool setSetting(const QString &key, const QString &value) = 0;

    // Directives and their dated milestones.
    virtual Id upsertDirective(const DirectiveRecord &directive) = 0;
    virtual bool setDirectiveDefinition(Id directiveId, const QString &definitionJson) = 0;
    virtual bool replaceMilestones(Id directiveId, const QList<MilestoneRecord> &milestones) = 0;

    // Findings. After applyMatches the findings are exactly what `matches` say over every installation: findings
    // of a title and directive no longer matched go, changed rules and confidences are updated in place (a
    // finding's state and reason survive), and installations of newly matched titles get findings.
    virtual bool applyMatches(const QList<TitleDirectiveMatch> &matches, qint64 *added, qint64 *removed) = 0;
    // Records a person's decision on the finding of this installation under this directive (Open clears it), and
    // shows it on the finding if there is one that detection has not excluded. The decision outlives the finding.
    virtual bool setDecision(Id installationId, Id directiveId, FindingState state, const QString &reason) = 0;

    // Tasks. addTask inserts unless the system already has that step for that directive, and returns the new id
    // (0 when it was not inserted); a record with an id keeps it (undoing a removal puts the task back as it was).
    virtual Id addTask(const TaskRecord &task) = 0;
    virtual bool removeTask(Id taskId) = 0;
    virtual bool setTaskDates(Id taskId, const QDate &start, const QDate &due) = 0;
    // Holds a task moved by hand to start no earlier than `day` when re-planned (invalid: released).
    virtual bool setTaskNotBefore(Id taskId, const QDate &day) = 0;
    // The status with its reason (kept only for blocked and skipped: the caller passes "" for the others).
    virtual bool setTaskStatus(Id taskId, TaskStatus status, const QString &reason) = 0;
    virtual bool setTaskNotes(Id taskId, const QString &notes) = 0;
    // Adds evidence to a task and returns its id (0 on failure); a record with an id keeps it, so that undoing
    // a removal puts the item back as it was.
    virtual Id addTaskEvidence(const TaskEvidenceRecord &evidence) = 0;
    virtual bool removeTaskEvidence(Id evidenceId) = 0;

    // Plan data on systems (an empty value clears the field), and the teams.
    virtual bool setPlanField(Id systemId, PlanField field, const QString &value) = 0;
    // Adds the team, or changes the one of that name; returns its id (0 on failure).
    virtual Id saveTeam(const TeamRecord &team) = 0;
    virtual bool removeTeam(const QString &name) = 0;
    // The project's own task templates and their rules, replaced whole (an empty set: follow the shipped ones).
    virtual bool replaceTaskTemplates(const StoredTemplateSet &set) = 0;
    // The team that takes the systems of one component or site; an empty team removes the rule.
    virtual bool setTeamRule(TeamRuleField field, const QString &value, const QString &team) = 0;

    // Inventory: an import's source record, then its rows through one load.
    virtual Id addImportSource(const ImportSourceRecord &source) = 0;
    virtual bool finishImportSource(Id sourceId, qint64 read, qint64 imported, qint64 skipped,
                                    const QString &reportJson) = 0;
    // Until the load's finish() or abort() returns, nothing else writes through this unit.
    virtual std::unique_ptr<InventoryLoad> loadInventory(Id sourceId) = 0;

    // Appends a final document to the register of documents sent (append-only); its id, or 0 on failure.
    virtual Id addSentDocument(const SentDocument &document, const QByteArray &content) = 0;

    // The audit line of this change: who, what, and the detail a person reads.
    virtual bool appendAudit(const QString &actor, const QString &action, const QString &detail) = 0;
};

} // namespace uproot
