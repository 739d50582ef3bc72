#include "model/project/project.h"

#include "model/import/sourcerow.h"
#include "model/project/changedirectivecommand.h"
#include "model/project/directivebinding.h"
#include "model/project/setfindingstatecommand.h"
#include "model/project/settaskstatuscommand.h"
#include "model/store/findingstore.h"
#include "model/store/inventorystore.h"
#include "model/store/taskstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace uproot {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Project", text);
}

const char *const kAgency = "agency";
const char *const kContactName = "contact/name";
const char *const kContactPhone = "contact/phone";
const char *const kContactEmail = "contact/email";
const char *const kSystemsPerDay = "plan/systemsPerDay";
} // namespace

Project::Project(std::unique_ptr<ProjectStore> store)
    : m_store(std::move(store))
{
    qRegisterMetaType<uproot::ProjectChange>();
}

Project::~Project()
{
    // Commands point back at the project; drop them before the store goes.
    m_undo.clear();
}

std::unique_ptr<Project> Project::create(const QString &path, const QString &directiveId, const QDate &issued,
                                         const ProjectInfo &info, const DirectiveCatalog &catalog, QString *error)
{
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, ProjectStore::OpenMode::CreateNew, error);
    if (!store)
        return nullptr;
    const bool ok = followDirective(*store, catalog, directiveId, issued, error);
    std::unique_ptr<Project> project(ok ? new Project(std::move(store)) : nullptr);
    if (ok) {
        project->setInfo(info);
        project->m_store->appendAudit(project->actor(), QStringLiteral("create"),
                                      tr("project created following %1").arg(directiveId));
        return project;
    }
    // Nothing of a half-made project is left behind.
    store.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return nullptr;
}

std::unique_ptr<Project> Project::open(const QString &path, bool readOnly, QString *error)
{
    std::unique_ptr<ProjectStore> store =
        ProjectStore::open(path, readOnly ? ProjectStore::OpenMode::ReadOnly : ProjectStore::OpenMode::OpenExisting,
                           error);
    if (!store)
        return nullptr;
    auto project = std::unique_ptr<Project>(new Project(std::move(store)));
    // A file upgraded from an older schema asks for detection to run again over it once (see schema.cpp).
    const QString pending = QStringLiteral("reevaluate-on-open");
    if (!readOnly && !project->m_store->setting(pending).isEmpty()) {
        ReevaluationResult result;
        if (!reevaluateFindings(*project->m_store, matcherFor(*project->m_store), &result, error))
            return nullptr;
        project->m_store->setSetting(pending, QString());
    }
    return project;
}

QString Project::displayName() const
{
    return QFileInfo(path()).completeBaseName();
}

ProjectInfo Project::info()
{
    ProjectInfo i;
    i.agency = m_store->setting(QString::fromLatin1(kAgency));
    i.contactName = m_store->setting(QString::fromLatin1(kContactName));
    i.contactPhone = m_store->setting(QString::fromLatin1(kContactPhone));
    i.contactEmail = m_store->setting(QString::fromLatin1(kContactEmail));
    return i;
}

bool Project::setInfo(const ProjectInfo &i)
{
    const bool ok = m_store->setSetting(QString::fromLatin1(kAgency), i.agency)
                    && m_store->setSetting(QString::fromLatin1(kContactName), i.contactName)
                    && m_store->setSetting(QString::fromLatin1(kContactPhone), i.contactPhone)
                    && m_store->setSetting(QString::fromLatin1(kContactEmail), i.contactEmail);
    if (ok)
        emit changed({ProjectChange::SettingsChanged, {}});
    return ok;
}

DirectiveRecord Project::primaryDirective()
{
    const QList<DirectiveRecord> all = m_store->directives();
    return all.isEmpty() ? DirectiveRecord{} : all.first();
}

Importer Project::importer()
{
    return Importer(*m_store, matcherFor(*m_store));
}

bool Project::importFile(const QString &file, const ImportOptions &options, ProgressSink *sink,
                         ImportReport *report, ReadError *error)
{
    ImportOptions o = options;
    if (o.actor.isEmpty())
        o.actor = actor();
    Importer imp = importer();
    const bool ok = imp.importFile(file, o, sink, report, error);
    if (ok) {
        // The inventory changed under every view; undoing older edits stays valid since they name rows by id.
        emit changed({ProjectChange::Reset, {}});
    }
    return ok;
}

bool Project::importFrom(RecordReader &reader, const QString &file, const ImportOptions &options,
                         ProgressSink *sink, ImportReport *report, ReadError *error)
{
    ImportOptions o = options;
    if (o.actor.isEmpty())
        o.actor = actor();
    Importer imp = importer();
    const bool ok = imp.importFrom(reader, file, o, sink, report, error);
    if (ok)
        emit changed({ProjectChange::Reset, {}});
    return ok;
}

bool Project::readSourceRow(const FindingRow &finding, QStringList *header, QStringList *fields, QString *error)
{
    QString format;
    ReaderOptions options;
    // Imports made before the settings were kept are read with every setting detected, as they were.
    ImportReport::readerSettingsFromJson(m_store->inventory().importReportOfInstallation(finding.installationId),
                                         &format, &options);
    return uproot::readSourceRow(finding.sourcePath, finding.sourceLine, format, options, header, fields, error);
}

int Project::systemsPerDay()
{
    const int value = m_store->setting(QString::fromLatin1(kSystemsPerDay)).toInt();
    return value > 0 ? value : PlanSettings{}.systemsPerDay;
}

bool Project::plan(PlanResult *result, QString *error)
{
    *result = PlanResult{};
    Planner planner(*m_store, TaskTemplate::builtin());
    for (const DirectiveRecord &d : m_store->directives()) {
        PlanSettings settings;
        settings.systemsPerDay = systemsPerDay();
        for (const MilestoneRecord &m : m_store->milestones(d.id)) {
            if (m.kind == QLatin1String("begin-removal") && !settings.removalStart.isValid())
                settings.removalStart = m.due;
            if (m.kind == QLatin1String("plan-of-action") && !settings.planDue.isValid())
                settings.planDue = m.due;
        }
        // A directive without a begin-removal milestone (a removal deadline, a prohibition date) has removal start
        // when it is issued: a fixed date, so work not done by its due date shows as overdue on every re-plan.
        if (!settings.removalStart.isValid())
            settings.removalStart = d.issued.isValid() ? d.issued : QDate::currentDate();
        PlanResult one;
        if (!planner.plan(d.id, settings, &one, error))
            return false;
        result->systems += one.systems;
        result->tasksAdded += one.tasksAdded;
        result->tasksRemoved += one.tasksRemoved;
        if (one.projectedFinish > result->projectedFinish)
            result->projectedFinish = one.projectedFinish;
    }
    m_store->appendAudit(actor(), QStringLiteral("plan"),
                         tr("%1 systems planned, %2 tasks added, %3 removed")
                             .arg(result->systems)
                             .arg(result->tasksAdded)
                             .arg(result->tasksRemoved));
    emit changed({ProjectChange::TasksRegenerated, {}});
    return true;
}

bool Project::follow(const QString &directiveId, const QDate &issued, const DirectiveCatalog &catalog,
                     ReevaluationResult *result, QString *error)
{
    if (!followDirective(*m_store, catalog, directiveId, issued, error) || !reevaluate(result, error))
        return false;
    m_store->appendAudit(actor(), QStringLiteral("follow"), tr("now following %1").arg(directiveId));
    return true;
}

bool Project::reevaluate(ReevaluationResult *result, QString *error)
{
    if (!reevaluateFindings(*m_store, matcherFor(*m_store), result, error))
        return false;
    m_lastReevaluation = *result;
    emit changed({ProjectChange::Reset, {}});
    emit reevaluated(*result);
    return true;
}

bool Project::changeDirective(Id directiveId, const QString &definitionJson, QString *error)
{
    const DirectiveRecord before = m_store->directive(directiveId);
    if (!before.id) {
        *error = tr("the project does not follow that directive");
        return false;
    }
    // Check the definition loads before anything is pushed: a broken rule must not reach the undo stack.
    if (!storeDirectiveDefinition(*m_store, directiveId, definitionJson, error)) {
        storeDirectiveDefinition(*m_store, directiveId, before.definitionJson, error);
        return false;
    }
    m_undo.push(new ChangeDirectiveCommand(this, directiveId, before.definitionJson, definitionJson,
                                           tr("Change the rules of %1").arg(before.code)));
    return true;
}

bool Project::applyDirectiveDefinition(Id directiveId, const QString &definitionJson)
{
    QString error;
    ReevaluationResult result;
    if (!storeDirectiveDefinition(*m_store, directiveId, definitionJson, &error) || !reevaluate(&result, &error)) {
        emit writeFailed(tr("%1: could not apply the directive's rules: %2").arg(path(), error));
        return false;
    }
    m_store->appendAudit(actor(), QStringLiteral("directive-rules"),
                         tr("rules of directive %1 changed: %2 new findings, %3 gone")
                             .arg(directiveId)
                             .arg(result.added)
                             .arg(result.removed));
    return true;
}

void Project::setTaskStatus(Id taskId, TaskStatus status)
{
    const TaskRecord before = m_store->tasks().task(taskId);
    if (!before.id || before.status == status)
        return;
    m_undo.push(new SetTaskStatusCommand(this, taskId, before.status, status,
                                         tr("Set \"%1\" on %2 to %3")
                                             .arg(before.title.left(40), before.system, toString(status))));
}

void Project::setFindingState(Id findingId, FindingState state, const QString &reason)
{
    const FindingRow before = m_store->findings().finding(findingId);
    // Excluded is detection's word on a finding, neither given nor overridden by a person.
    if (!before.id || (before.state == state && before.reason == reason) || state == FindingState::Excluded ||
        before.state == FindingState::Excluded)
        return;
    const QString label = state == FindingState::FalsePositive ? tr("Dismiss %1 on %2 as a false positive")
                          : state == FindingState::Exception   ? tr("Record an exception for %1 on %2")
                                                               : tr("Reopen %1 on %2");
    m_undo.push(new SetFindingStateCommand(this, before, state, reason, label.arg(before.product, before.system)));
}

bool Project::applyTaskStatus(Id taskId, TaskStatus status)
{
    const TaskRecord task = m_store->tasks().task(taskId);
    if (!m_store->tasks().setStatus(taskId, status)) {
        emit writeFailed(tr("%1: could not change the task's status: %2").arg(path(), m_store->lastError()));
        return false;
    }
    m_store->appendAudit(actor(), QStringLiteral("task-status"),
                         tr("%1 step %2: %3 -> %4")
                             .arg(task.system)
                             .arg(task.step)
                             .arg(toString(task.status), toString(status)));
    emit changed({ProjectChange::TasksChanged, {taskId}});
    return true;
}

bool Project::applyFindingState(Id installationId, Id directiveId, FindingState state, const QString &reason)
{
    if (!m_store->findings().setDecision(installationId, directiveId, state, reason)) {
        emit writeFailed(tr("%1: could not change the finding: %2").arg(path(), m_store->lastError()));
        return false;
    }
    // The finding may be gone (a rule change since); the decision is kept for when it comes back.
    const Id findingId = m_store->findings().findingIdFor(installationId, directiveId);
    m_store->appendAudit(actor(), QStringLiteral("finding-state"),
                         tr("installation %1, directive %2: %3 (%4)")
                             .arg(installationId)
                             .arg(directiveId)
                             .arg(toString(state), reason));
    if (findingId)
        emit changed({ProjectChange::FindingsChanged, {findingId}});
    return true;
}

QString Project::actor() const
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace uproot
