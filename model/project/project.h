#pragma once

#include "model/import/importer.h"
#include "model/planning/planner.h"
#include "model/project/reevaluation.h"
#include "model/project/projectchange.h"
#include "model/store/projectstore.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace uproot {

class DirectiveCatalog;

// Project settings that documents and the GUI read.
struct ProjectInfo
{
    QString agency;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
};

// An open project: the store, the undo stack of this session, and the one change signal. Every edit a person
// makes goes through an undo command that calls back into the project; the project writes the store (each edit
// lands at once, there is no unsaved state) and announces the change.
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
    static std::unique_ptr<Project> open(const QString &path, bool readOnly, QString *error);

    ProjectStore &store() { return *m_store; }
    QUndoStack *undoStack() { return &m_undo; }
    QString path() const { return m_store->path(); }
    QString displayName() const;
    bool isReadOnly() const { return m_store->isReadOnly(); }
    ProjectInfo info();
    bool setInfo(const ProjectInfo &info);

    // The directives the project follows, as stored (with their definitions as followed).
    QList<DirectiveRecord> directives() { return m_store->directives(); }
    DirectiveRecord primaryDirective();

    bool importFile(const QString &path, const ImportOptions &options, ProgressSink *sink, ImportReport *report,
                    ReadError *error);
    // The same over a reader already open with the wizard's choices (encoding, separator, sheet).
    bool importFrom(RecordReader &reader, const QString &path, const ImportOptions &options, ProgressSink *sink,
                    ImportReport *report, ReadError *error);
    Importer importer();
    // The row a finding came from, read again from its file the way that file was imported.
    bool readSourceRow(const FindingRow &finding, QStringList *header, QStringList *fields, QString *error);

    // Generates or refreshes tasks and the schedule for every directive the project follows.
    bool plan(PlanResult *result, QString *error);
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

    // Edits through the undo stack.
    void setTaskStatus(Id taskId, TaskStatus status);
    void setFindingState(Id findingId, FindingState state, const QString &reason);

    // Called by undo commands only: writes the store and announces the change.
    bool applyTaskStatus(Id taskId, TaskStatus status);
    bool applyFindingState(Id installationId, Id directiveId, FindingState state, const QString &reason);
    bool applyDirectiveDefinition(Id directiveId, const QString &definitionJson);

    QString actor() const;

signals:
    void changed(const uproot::ProjectChange &change);
    // An edit could not be written (disk full, file gone); the message names what and why.
    void writeFailed(const QString &message);
    // Findings were re-evaluated (a rule or directive changed, a directive was followed).
    void reevaluated(const uproot::ReevaluationResult &result);

private:
    explicit Project(std::unique_ptr<ProjectStore> store);

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack m_undo;
    ReevaluationResult m_lastReevaluation;
};

} // namespace uproot
