#pragma once

#include "model/project/projectchange.h"
#include "model/store/audittrail.h"
#include "model/store/inventoryreader.h"
#include "model/store/tasksreader.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace uproot {

class Project;
class SystemSectionModel;

// Everything a project holds about one system, for its page: the record and its plan data, its installations,
// findings and tasks, the evidence on those tasks, and its history in the audit trail. Read through the
// project's reader interfaces and read again when a change touches this system (ProjectChange), so the page
// follows an undo or an edit made anywhere. Edits go through Project, which makes the commands; this class
// never writes.
//
// History is found by what the commands write in their audit lines, since the audit trail has no column
// naming a system: plan data ("NAME FIELD: ..."), task lines ("NAME step N: ...", whatever the action) and
// finding decisions ("installation ID, ..." for each of the system's installations). A line that names the
// system any other way is not listed.
class SystemDossier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemDossier)
public:
    enum FindingColumn {
        FindingDirective,
        FindingProduct,
        FindingVersion,
        FindingStateColumn,
        FindingConfidence,
        FindingRule,
        FindingReason,
        FindingColumnCount
    };
    enum TaskColumn {
        TaskDirective,
        TaskStep,
        TaskTitle,
        TaskStatusColumn,
        TaskOwner,
        TaskDue,
        TaskColumnCount
    };
    enum InstallationColumn {
        InstallationProduct,
        InstallationPublisher,
        InstallationVersion,
        InstallationSource,
        InstallationColumnCount
    };
    enum EvidenceColumn {
        EvidenceTask,
        EvidenceKind,
        EvidenceName,
        EvidenceSize,
        EvidenceSha256,
        EvidenceAdded,
        EvidenceAddedBy,
        EvidenceColumnCount
    };
    enum HistoryColumn { HistoryAt, HistoryActor, HistoryAction, HistoryDetail, HistoryColumnCount };

    SystemDossier(Project *project, Id systemId, QObject *parent = nullptr);

    Id systemId() const { return m_systemId; }
    // The record as read last; id 0 when the project holds no such system.
    const SystemRecord &system() const { return m_system; }
    const QList<InventoryRow> &installations() const { return m_installations; }
    const QList<FindingRow> &findings() const { return m_findings; }
    const QList<TaskRecord> &tasks() const { return m_tasks; }
    const QList<TaskEvidenceRecord> &evidence() const { return m_evidence; }
    // Newest first.
    const QList<AuditEvent> &history() const { return m_history; }
    FindingRow finding(Id findingId) const;

    SystemSectionModel *findingsModel() const { return m_findingsModel; }
    SystemSectionModel *tasksModel() const { return m_tasksModel; }
    SystemSectionModel *installationsModel() const { return m_installationsModel; }
    SystemSectionModel *evidenceModel() const { return m_evidenceModel; }
    SystemSectionModel *historyModel() const { return m_historyModel; }

    // What the audit trail is searched for (see the class comment).
    static QList<AuditMatch> historyMatches(const SystemRecord &system,
                                            const QList<InventoryRow> &installations);

    // Reads every section again.
    void reload();

signals:
    // The record or its plan data changed (also sent after reload).
    void systemChanged();
    // Any section was read again; the page updates its counts.
    void sectionsChanged();

private:
    void projectChanged(const ProjectChange &change);
    void readSystem();
    void readInstallations();
    void readFindings();
    void readTasks();
    void readHistory();
    QString directiveCode(Id directiveId) const;

    QPointer<Project> m_project;
    Id m_systemId;
    SystemRecord m_system;
    QList<InventoryRow> m_installations;
    QList<FindingRow> m_findings;
    QList<TaskRecord> m_tasks;
    QList<TaskEvidenceRecord> m_evidence;
    QList<AuditEvent> m_history;
    QHash<Id, QString> m_directiveCodes;
    SystemSectionModel *m_findingsModel;
    SystemSectionModel *m_tasksModel;
    SystemSectionModel *m_installationsModel;
    SystemSectionModel *m_evidenceModel;
    SystemSectionModel *m_historyModel;
};

} // namespace uproot
