#pragma once

#include "model/import/importer.h"
#include "model/project/dashboardfigures.h"
#include "model/planning/planner.h"
#include "model/project/projectchange.h"
#include "model/project/projectchanges.h"
#include "model/project/projectcounts.h"
#include "model/project/planassignment.h"
#include "model/project/planofactionfield.h"
#include "model/project/projectsettings.h"
#include "model/project/reevaluation.h"
#include "model/store/projectstore.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <memory>
#include <optional>

namespace uproot {

class DirectiveCatalog;

// The largest document kept in the register of documents sent: held in memory while it is kept, and inside
// the project file (a 10,000-system timeline of 1,700 pages is a few megabytes).
constexpr qint64 kMaxSentDocumentBytes = 512 * 1024 * 1024;
// How a document kind reads ("Plan of action").
QString sentDocumentTitle(const QString &kind);
class ProjectCommand;

// An open project: the store behind its read interfaces, the undo stack of this session, and the one change
// signal. Every change goes through a command (model/project/*command): the command opens a unit of work on the
// store, writes its change and its audit line, commits, and announces what it touched. The methods below that
// change something only make the command and run it; nothing else writes.
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)
public:
    ~Project() override;

    // Creates a project file following one directive from the catalog; issued overrides the issue date.
    static std::unique_ptr<Project> create(const QString &path, const QString &directiveId, const QDate &issued,
                                           const ProjectInfo &info, const DirectiveCatalog &catalog,
                                           QString *error);
    // Opens a project that passes the check on opening (model/store/projectcheck.h); failure says why not.
    static std::unique_ptr<Project> open(const QString &path, bool readOnly, QString *error,
                                         ProjectStore::OpenFailure *failure = nullptr);
    // A copy of a refused file, read-only, for reading and copying out what is readable (no documents).
    static std::unique_ptr<Project> openSalvageCopy(const QString &path, QString *error);

    QUndoStack *undoStack() { return &m_undo; }
    QString path() const { return m_store->path(); }
    QString displayName() const;
    bool isReadOnly() const { return m_store->isReadOnly(); }
    bool isSalvageCopy() const { return m_store->isSalvageCopy(); }
    // See ProjectStore::readFault(): a command checks it before it reports success.
    QString readFault() const { return m_store->readFault(); }
    qint64 readFaultCount() const { return m_store->readFaultCount(); }
    QString lastReadFault() const { return m_store->lastReadFault(); }
    QString actor() const;

    // The read interfaces, one per area, for models, panes, documents and the command line.
    InventoryReader &inventory() { return m_store->inventory(); }
    FindingsReader &findings() { return m_store->findings(); }
    TasksReader &tasks() { return m_store->tasks(); }
    DirectivesReader &directiveRecords() { return m_store->directives(); }
    SettingsReader &settings() { return m_store->settings(); }
    AuditTrail &audit() { return m_store->audit(); }
    TeamsReader &teams() { return m_store->teams(); }
    DashboardReader &dashboard() { return m_store->dashboard(); }
    QString integrityCheck() { return m_store->integrityCheck(); }
    // The register of documents sent (model/project/documentregister.cpp).
    DocumentsReader &sentDocuments() { return m_store->documents(); }
    // Records the audit trail's head in the user's settings (AuditPins); every command asks for it after it
    // commits. Written a moment later (or when the project closes), once for a burst of edits: a settings file is
    // synced to disk when written, which would cost an edit more than the edit itself.
    void pinAuditHead();
    // Writes a head asked for and not yet written.
    void writeAuditPin();

    // Where changes are announced; models and panes listen here.
    ProjectChanges *changes() { return &m_changes; }
    // The status bar's figures. Counted again, for the areas a change touched, when first asked for after it:
    // once per change however many views show them, and never by a command-line run that does not show them.
    const ProjectCounts &counts();

    ProjectInfo info();
    // The plan of action's own fields: what is recorded for one, and any number of them changed through the
    // undo stack in one step, with an audit line per field. Values are kept without surrounding blanks; a value
    // the field already has is left out, and nothing at all is pushed when nothing changes.
    QString planOfActionField(const PlanOfActionField &field);
    bool setPlanOfActionFields(const QList<PlanOfActionValue> &values, QString *error);

    // The directives the project follows, as stored (with their definitions as followed).
    QList<DirectiveRecord> directives() { return m_store->directives().all(); }
    DirectiveRecord primaryDirective();

    // Imports run as commands that cannot be undone (one transaction with their audit line).
    bool importFile(const QString &path, const ImportOptions &options, ProgressSink *sink, ImportReport *report,
                    ReadError *error);
    // The same over a reader already open with the wizard's choices (encoding, separator, sheet).
    bool importFrom(RecordReader &reader, const QString &path, const ImportOptions &options, ProgressSink *sink,
                    ImportReport *report, ReadError *error);
    // The column mapping an import would use for a header: the one remembered for it, or the preset's.
    ColumnMapping mappingFor(const QStringList &header, const QString &preset);
    // The row a finding came from, read again from its file the way that file was imported.
    bool readSourceRow(const FindingRow &finding, QStringList *header, QStringList *fields, QString *error);

    // Generates or refreshes tasks and the schedule for every directive the project follows (undoable). A valid
    // start or target replaces the one the project keeps (removal start: the directive's begin-removal milestone
    // until one is set; target: its removal deadline, if it has one) and is kept with the plan, in the same step.
    struct PlanOptions
    {
        QDate start;
        QDate target;
    };
    bool plan(PlanResult *result, QString *error);
    bool plan(const PlanOptions &options, PlanResult *result, QString *error);
    // Whether the project has a plan (tasks exist): then a team's change re-schedules it.
    bool hasPlan();
    // What planning now would give (projected finish, target, per team), with the start and target the project
    // keeps; a dry run that writes nothing, for showing the effect of a team or rule change before planning.
    bool previewPlan(const PlanOptions &options, PlanResult *result, QString *error);
    // The status date ("as of") from which overdue, remaining and the status report's number are counted: the
    // one given for this session (the command line's --as-of), else the one the project keeps, else today.
    QDate asOf();
    // Whether the project keeps a status date (else it follows today).
    bool keepsAsOf();
    void setAsOfForSession(const QDate &date) { m_asOf = date; }
    // Keeps a status date in the project (an invalid date: follow today again), as one undoable step.
    bool setAsOf(const QDate &date, QString *error);
    // The dashboard's figures for the primary directive as of the status date (model/project/projectdashboard.cpp).
    DashboardFigures dashboardFigures();
    // Tasks not done or skipped whose due date is before the status date.
    qint64 overdueTasks();
    int systemsPerDay();

    // Follows one more directive of the catalog: one inventory, checked against every directive followed.
    bool follow(const QString &directiveId, const QDate &issued, const DirectiveCatalog &catalog,
                ReevaluationResult *result, QString *error);
    // Runs detection again over every title with the directives as the project holds them now.
    bool reevaluate(ReevaluationResult *result, QString *error);
    // Replaces the project's copy of a directive (rules, exclusions, milestones) through the undo stack and
    // re-evaluates the findings at once. Returns false, changing nothing, when the definition does not load.
    bool changeDirective(Id directiveId, const QString &definitionJson, QString *error);
    // What the last re-evaluation changed ("3 new, 1 gone"), for the status bar.
    ReevaluationResult lastReevaluation() const { return m_lastReevaluation; }

    // Plan data on systems, through the undo stack in one step: one field of many systems (a bulk edit), or any
    // fields of any systems (an assignment file). Values are checked (PlanData::check) before anything is written.
    bool setPlanData(const QList<Id> &systemIds, PlanField field, const QString &value, QString *error);
    bool assignPlanData(const QList<PlanAssignment> &assignments, QString *error);
    // Adds or changes a team (capacity at least one system a day), or removes one; undoable. When the project has
    // a plan, the same step re-schedules it (tasks not to do keep their dates); lastReschedule() then says what
    // the plan comes to.
    bool setTeam(const TeamRecord &team, QString *error);
    // Removing a team removes its rules in the same step.
    bool removeTeam(const QString &name, QString *error);
    // The re-schedule the last team change made (none when the project had no plan).
    std::optional<PlanResult> lastReschedule() const { return m_lastReschedule; }

    // The task workflow (model/project/projecttasks.cpp), through the undo stack. A list of tasks changes status
    // in one step. Blocked and skipped need a reason (refused without one, nothing changed); any other status
    // clears it. The void forms tell the person of a failure through writeFailed.
    bool setTaskStatuses(const QList<Id> &taskIds, TaskStatus status, const QString &reason, QString *error);
    void setTaskStatus(Id taskId, TaskStatus status, const QString &reason = {});
    void setTaskStatuses(const QList<Id> &taskIds, TaskStatus status, const QString &reason = {});
    // A task dragged on the timeline to start on another day, or a system's whole work (model/project/taskmove.h:
    // snapped to the team's working days, never before the steps a task depends on, later steps pushed), as one
    // undoable step with an audit line per task moved (model/project/projecttimeline.cpp).
    bool moveTask(Id taskId, const QDate &start, QString *error);
    bool moveSystemWork(Id systemId, const QDate &start, QString *error);
    // A moved task holds its new day when the plan is made again; this releases the holds of a system's tasks
    // (or of one task), so that the planner places them freely again. One undoable step; true and no step
    // when nothing is held.
    bool releaseHolds(Id systemId, Id taskId, QString *error);
    // Replaces a task's notes (blanks around them dropped; empty clears them).
    bool setTaskNotes(Id taskId, const QString &notes, QString *error);
    // A status and the notes together, as one step: both land or neither does.
    bool setTaskStatusAndNotes(Id taskId, TaskStatus status, const QString &reason, const QString &notes,
                               QString *error);
    // Attaches a file as evidence: read (at most kMaxEvidenceBytes) and hashed before anything is written, so a
    // file that cannot be read leaves the project as it was. evidenceId, if given, receives the new item's id.
    bool attachTaskEvidence(Id taskId, const QString &filePath, QString *error, Id *evidenceId = nullptr);
    // Adds a reference (a ticket number, a change request) as evidence.
    bool addTaskReference(Id taskId, const QString &reference, QString *error, Id *evidenceId = nullptr);
    // Adds a file already read (readEvidenceFile) or a reference; the time and the person are set here.
    bool addTaskEvidence(Id taskId, TaskEvidenceRecord evidence, QString *error, Id *evidenceId = nullptr);
    bool removeTaskEvidence(Id evidenceId, QString *error);
    // Writes a copy of a file of evidence, checked against its SHA-256 first.
    bool saveTaskEvidenceCopy(Id evidenceId, const QString &path, QString *error);
    // The task templates the plan follows and the rules that choose one per directive and system kind: the
    // project's own copy (made when the project is created), or the shipped set for a project made before
    // projects kept one. False, naming the template, when the stored copy is damaged.
    bool taskTemplates(TaskTemplates *templates, QString *error);
    // Whether the project keeps its own copy (else it follows the shipped set of this program).
    bool keepsTaskTemplates() { return !m_store->templates().taskTemplates().isEmpty(); }
    // Replaces the project's templates and rules with this (checked) set, as one undoable step; nothing is
    // pushed when the project already keeps exactly this set.
    bool setTaskTemplates(const TaskTemplates &templates, QString *error);
    // Replaces them with the shipped set (undoable).
    bool resetTaskTemplates(QString *error);
    // The team that takes the systems of a component or site that have no team of their own (by hand); an empty
    // team removes the rule. The team must exist and the value must not be blank. Undoable.
    bool setTeamRule(TeamRuleField field, const QString &value, const QString &team, QString *error);

    void setFindingState(Id findingId, FindingState state, const QString &reason);

    // Keeps a final document (a PDF this program wrote from this project) in the register of documents sent:
    // its bytes, SHA-256, pages and the audit head it prints, with an audit line. Refused, changing nothing,
    // when the project is read-only, the file cannot be read or is too large, or it prints no audit head or
    // one this project's trail does not hold. Cannot be undone.
    bool keepSentDocument(const QString &kind, const QString &pdfPath, int pages, QString *error,
                          SentDocument *kept = nullptr);
    // Writes a document of the register out again, after checking its bytes against their SHA-256.
    bool saveSentDocumentCopy(Id id, const QString &outputPath, QString *error);

    // Looks whether another program or window committed a change to the file since the last look; if so, every
    // view reloads (a change of all areas is announced) and the undo history, made against the file as it was,
    // is cleared. True when that happened (model/project/projectguard.cpp). beforeRefresh runs first, when
    // there is a change (a window commits an edit still open in a table, on the current data).
    bool refreshIfChangedElsewhere(const std::function<void()> &beforeRefresh = {});
    // One audit line for what changed the file outside a command (ProjectBackups::restore: which backup was
    // put in place, and what the trail held before); it cannot be undone.
    bool recordAuditNote(const QString &action, const QString &detail, QString *error);

signals:
    // The counts changed (after a change touched their area).
    void countsChanged();
    // An edit could not be written (disk full, file gone); the message names what and why.
    void writeFailed(const QString &message);
    // Findings were re-evaluated (a rule or directive changed, a directive was followed).
    void reevaluated(const uproot::ReevaluationResult &result);

private:
    friend class ProjectCommand;
    explicit Project(std::unique_ptr<ProjectStore> store);

    // For commands: the store they open units of work on, and where they report.
    ProjectStore &store() { return *m_store; }
    void announce(const ProjectChange &change);
    void announceReevaluation(const ReevaluationResult &result);
    // A command's failure: kept for whoever ran it, and told to the person (writeFailed) when no caller is
    // waiting for it (an undo or redo from the menu).
    void reportFailure(const QString &message, bool toPerson);
    // An undo or redo failed after its first run: the person is told, and the undo history, which no longer
    // matches the file, is cleared.
    void reportUndoFailure(const QString &message);
    // A rolling backup (model/project/projectbackups.h) before a change that rewrites much of the project: an
    // import, a re-schedule, a directive's change. False, with the reason, when it could not be written; the
    // change is then not made (model/project/projectguard.cpp).
    bool backupBefore(const QString &reason, QString *error);
    // Runs a command once, outside the undo stack (import, follow, re-evaluate). Returns its success.
    bool runOnce(ProjectCommand &command, QString *error);
    // Pushes an undoable command; false (the command dropped) when its first run failed.
    bool push(ProjectCommand *command, QString *error);
    // Pushes a team's change, with the re-schedule of the plan when there is one.
    bool changeTeam(const std::optional<TeamRecord> &before, const std::optional<TeamRecord> &after,
                    const QString &label, QString *error, const QList<TeamRule> &rulesRemoved = {});

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack m_undo;
    ProjectChanges m_changes;
    ProjectCounts m_counts;
    ProjectChange::Areas m_staleCounts;
    ReevaluationResult m_lastReevaluation;
    QString m_lastFailure;
    QDate m_asOf;
    std::optional<PlanResult> m_lastReschedule;
    QTimer *m_pinTimer = nullptr;
    bool m_pinPending = false;
};

} // namespace uproot
