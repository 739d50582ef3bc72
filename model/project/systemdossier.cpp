#include "model/project/systemdossier.h"

#include "model/itemmodels/findingexplanation.h"
#include "model/itemmodels/systemsectionmodel.h"
#include "model/project/project.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace uproot {

SystemDossier::SystemDossier(Project *project, Id systemId, QObject *parent)
    : QObject(parent), m_project(project), m_systemId(systemId),
      m_findingsModel(new SystemSectionModel({tr("Directive"), tr("Product"), tr("Version"), tr("State"),
                                              tr("Confidence"), tr("Rule"), tr("Reason")},
                                             this)),
      m_tasksModel(new SystemSectionModel(
          {tr("Directive"), tr("Step"), tr("Task"), tr("Status"), tr("Owner"), tr("Due")}, this)),
      m_installationsModel(
          new SystemSectionModel({tr("Product"), tr("Publisher"), tr("Version"), tr("Source")}, this)),
      m_evidenceModel(new SystemSectionModel(
          {tr("Task"), tr("Kind"), tr("Name"), tr("Size"), tr("SHA-256"), tr("Added"), tr("Added by")},
          this)),
      m_historyModel(new SystemSectionModel({tr("When"), tr("Who"), tr("Action"), tr("Detail")}, this))
{
    for (SystemSectionModel *m :
         {m_findingsModel, m_tasksModel, m_installationsModel, m_evidenceModel, m_historyModel})
        m->setSystem(systemId);
    m_tasksModel->setEditableColumn(TaskStatusColumn);
    m_tasksModel->setEditable(project && !project->isReadOnly());
    if (project)
        connect(project->changes(), &ProjectChanges::changed, this, &SystemDossier::projectChanged);
    reload();
}

FindingRow SystemDossier::finding(Id findingId) const
{
    for (const FindingRow &f : m_findings) {
        if (f.id == findingId)
            return f;
    }
    return {};
}

QList<AuditMatch> SystemDossier::historyMatches(const SystemRecord &system,
                                                const QList<InventoryRow> &installations)
{
    // The forms SetPlanDataCommand, SetTaskStatusCommand and SetFindingStateCommand write (tst_systempage
    // checks that each command's line is found).
    QList<AuditMatch> matches;
    if (!system.name.isEmpty()) {
        for (PlanField field : allPlanFields())
            matches.append({QString(), QStringLiteral("%1 %2: ").arg(system.name, toString(field))});
        matches.append({QString(), system.name + QStringLiteral(" step ")});
    }
    for (const InventoryRow &i : installations)
        matches.append(
            {QStringLiteral("finding-state"), QStringLiteral("installation %1, ").arg(i.installationId)});
    return matches;
}

void SystemDossier::reload()
{
    readSystem();
    readInstallations();
    readFindings();
    readTasks();
    readHistory();
    emit systemChanged();
    emit sectionsChanged();
}

void SystemDossier::projectChanged(const ProjectChange &change)
{
    const auto mine = [](const QList<Id> &ids, const QList<Id> &held) {
        return std::any_of(ids.cbegin(), ids.cend(), [&](Id id) { return held.contains(id); });
    };
    QList<Id> findingIds;
    for (const FindingRow &f : std::as_const(m_findings))
        findingIds.append(f.id);
    QList<Id> taskIds;
    for (const TaskRecord &t : std::as_const(m_tasks))
        taskIds.append(t.id);

    const bool system = change.resets(ProjectChange::Inventory) || change.resets(ProjectChange::Systems) ||
                        (change.edits(ProjectChange::Systems) && change.ids.contains(m_systemId));
    const bool installations = change.resets(ProjectChange::Inventory);
    const bool findings = change.resets(ProjectChange::Findings) ||
                          change.resets(ProjectChange::Directives) || installations ||
                          (change.edits(ProjectChange::Findings) && mine(change.ids, findingIds));
    const bool tasks = change.resets(ProjectChange::Tasks) || change.resets(ProjectChange::Directives) ||
                       (change.edits(ProjectChange::Tasks) && mine(change.ids, taskIds));
    if (!system && !installations && !findings && !tasks)
        return; // another system's change, or an area this page does not show
    if (system)
        readSystem();
    if (installations)
        readInstallations();
    if (findings)
        readFindings();
    if (tasks)
        readTasks();
    // Every change this page follows writes an audit line that may name this system.
    readHistory();
    if (system)
        emit systemChanged();
    emit sectionsChanged();
}

void SystemDossier::readSystem()
{
    m_system = m_project ? m_project->inventory().system(m_systemId) : SystemRecord{};
}

void SystemDossier::readInstallations()
{
    m_installations =
        m_project ? m_project->inventory().installationsOfSystem(m_systemId) : QList<InventoryRow>();
    QList<SystemSectionModel::Row> rows;
    for (const InventoryRow &i : std::as_const(m_installations)) {
        const QString source =
            i.sourcePath.isEmpty()
                ? QString()
                : tr("%1, line %2").arg(QFileInfo(i.sourcePath).fileName()).arg(i.sourceLine);
        rows.append({i.installationId, {i.product, i.publisher, i.version, source}, {}, i.sourcePath});
    }
    m_installationsModel->setRows(rows);
}

QString SystemDossier::directiveCode(Id directiveId) const
{
    return m_directiveCodes.value(directiveId, QString::number(directiveId));
}

void SystemDossier::readFindings()
{
    m_findings = m_project ? m_project->findings().findingsOfSystem(m_systemId) : QList<FindingRow>();
    QList<SystemSectionModel::Row> rows;
    for (const FindingRow &f : std::as_const(m_findings))
        rows.append(
            {f.id,
             {f.directive, f.product, f.version, toString(f.state), toString(f.confidence), f.rule, f.reason},
             {},
             explainFinding(f)});
    m_findingsModel->setRows(rows);
}

void SystemDossier::readTasks()
{
    m_directiveCodes.clear();
    if (m_project) {
        for (const DirectiveRecord &d : m_project->directives())
            m_directiveCodes.insert(d.id, d.code);
    }
    m_tasks = m_project ? m_project->tasks().allTasksOfSystem(m_systemId) : QList<TaskRecord>();
    QHash<Id, QString> taskNames;
    QList<SystemSectionModel::Row> rows;
    const QLocale locale;
    for (const TaskRecord &t : std::as_const(m_tasks)) {
        const QString due = t.due.isValid() ? locale.toString(t.due, QLocale::ShortFormat) : QString();
        QString tip = t.notes;
        if (!t.reason.isEmpty())
            tip = tr("Reason: %1").arg(t.reason) + (tip.isEmpty() ? QString() : QLatin1Char('\n') + tip);
        rows.append({t.id,
                     {directiveCode(t.directiveId), t.step, t.title, toString(t.status), t.owner, due},
                     {directiveCode(t.directiveId), t.step, t.title, toString(t.status), t.owner, t.due},
                     tip});
        taskNames.insert(t.id, tr("Step %1: %2").arg(t.step).arg(t.title));
    }
    m_tasksModel->setRows(rows);

    m_evidence = m_project ? m_project->tasks().evidenceOfSystem(m_systemId) : QList<TaskEvidenceRecord>();
    rows.clear();
    for (const TaskEvidenceRecord &e : std::as_const(m_evidence)) {
        const bool file = e.kind == TaskEvidenceRecord::Kind::File;
        const QString kind = file ? QStringLiteral("file") : QStringLiteral("reference");
        const QString size = file ? locale.formattedDataSize(e.size) : QString();
        const QString added = locale.toString(e.addedAt.toLocalTime(), QLocale::ShortFormat);
        rows.append({e.id,
                     {taskNames.value(e.taskId), kind, e.name, size, e.sha256, added, e.addedBy},
                     {e.taskId, kind, e.name, e.size, e.sha256, e.addedAt, e.addedBy},
                     e.sha256});
    }
    m_evidenceModel->setRows(rows);
}

void SystemDossier::readHistory()
{
    m_history = m_project && m_system.id
                    ? m_project->audit().eventsMatching(historyMatches(m_system, m_installations))
                    : QList<AuditEvent>();
    std::reverse(m_history.begin(), m_history.end());
    QList<SystemSectionModel::Row> rows;
    const QLocale locale;
    for (const AuditEvent &e : std::as_const(m_history))
        rows.append({e.id,
                     {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor, e.action, e.detail},
                     {e.at, e.actor, e.action, e.detail},
                     e.detail});
    m_historyModel->setRows(rows);
}

} // namespace uproot
