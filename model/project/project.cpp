#include "model/project/project.h"

#include "model/import/sourcerow.h"
#include "model/project/auditpins.h"
#include "model/project/changedirectivecommand.h"
#include "model/project/directivebinding.h"
#include "model/project/followdirectivecommand.h"
#include "model/project/importcommand.h"
#include "model/project/planbuilder.h"
#include "model/project/plancommand.h"
#include "model/project/projectlock.h"
#include "model/project/projecttemplates.h"
#include "model/project/reevaluatecommand.h"
#include "model/project/setfindingstatecommand.h"
#include "model/project/setplandatacommand.h"
#include "model/project/setsettingscommand.h"
#include "model/project/settasktemplatescommand.h"
#include "model/project/setteamcommand.h"
#include "model/project/setteamrulescommand.h"

#include "model/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Project)

Project::Project(std::unique_ptr<ProjectStore> store) : m_store(std::move(store))
{
    qRegisterMetaType<uproot::ProjectChange>();
    m_staleCounts = ProjectChange::all().reset;
}

Project::~Project()
{
    writeAuditPin();
    // Commands point back at the project; drop them before the store goes.
    m_undo.clear();
}

std::unique_ptr<Project> Project::create(const QString &path, const QString &directiveId, const QDate &issued,
                                         const ProjectInfo &info, const DirectiveCatalog &catalog,
                                         QString *error)
{
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, ProjectStore::OpenMode::CreateNew, error);
    if (!store)
        return nullptr;
    std::unique_ptr<Project> project(new Project(std::move(store)));
    FollowDirectiveCommand create(project.get(), catalog, directiveId, issued, info);
    if (project->runOnce(create, error))
        return project;
    // Nothing of a half-made project is left behind.
    project.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return nullptr;
}

std::unique_ptr<Project> Project::openSalvageCopy(const QString &path, QString *error)
{
    std::unique_ptr<ProjectStore> store =
        ProjectStore::open(path, ProjectStore::OpenMode::SalvageCopy, error);
    return store ? std::unique_ptr<Project>(new Project(std::move(store))) : nullptr;
}

std::unique_ptr<Project> Project::open(const QString &path, bool readOnly, QString *error,
                                       ProjectStore::OpenFailure *failure)
{
    std::unique_ptr<ProjectStore> store = ProjectStore::open(
        path, readOnly ? ProjectStore::OpenMode::ReadOnly : ProjectStore::OpenMode::OpenExisting, error,
        failure);
    if (!store)
        return nullptr;
    auto project = std::unique_ptr<Project>(new Project(std::move(store)));
    // A file upgraded from an older schema asks for detection to run again over it once (see schema.cpp), and
    // so does one whose findings an older detector computed (see Detector::Version).
    const QString pending = QString::fromLatin1(settingkeys::reevaluateOnOpen);
    if (!readOnly &&
        (!project->settings().value(pending).isEmpty() || findingsPredateDetector(project->settings()))) {
        ReevaluateCommand reevaluate(project.get(), pending);
        if (!project->runOnce(reevaluate, error))
            return nullptr;
    }
    return project;
}

QString Project::displayName() const
{
    return QFileInfo(path()).completeBaseName();
}

QString Project::actor() const
{
    // The same name the project's lock record gives its holder (USER, else the account the process runs as).
    return ProjectLock::userName();
}

void Project::pinAuditHead()
{
    if (isReadOnly())
        return;
    if (!m_pinTimer) {
        m_pinTimer = new QTimer(this);
        m_pinTimer->setSingleShot(true);
        m_pinTimer->setInterval(1000);
        connect(m_pinTimer, &QTimer::timeout, this, &Project::writeAuditPin);
    }
    m_pinPending = true;
    m_pinTimer->start();
}

void Project::writeAuditPin()
{
    if (!m_pinPending)
        return;
    m_pinPending = false;
    m_pinTimer->stop();
    // Through the key only: counting the events of a long trail after every edit would cost more than the edit.
    // Ids run from 1 without gaps in a trail nobody cut (it is append-only), so the last id is the count; a
    // trail cut in the middle shows at the next `audit --verify`, which counts.
    AuditTrail &trail = m_store->audit();
    const AuditEvent last = trail.lastEvent();
    if (!last.id)
        return;
    const auto holds = [&trail](const PinnedHead &p) {
        return p.head.events == 0 || trail.event(p.head.events).hash == p.head.hash;
    };
    AuditPins::pin(path(), trail.projectId(), {{last.id, last.hash}, QDateTime::currentDateTimeUtc(), actor()},
                   holds);
}

ProjectInfo Project::info()
{
    return readProjectInfo(m_store->settings());
}

QString Project::planOfActionField(const PlanOfActionField &field)
{
    return settings().value(field.key());
}

bool Project::setPlanOfActionFields(const QList<PlanOfActionValue> &values, QString *error)
{
    QList<SettingChange> changes;
    for (const PlanOfActionValue &v : values) {
        const QString key = v.field.key();
        const QString after = v.value.trimmed();
        // A field given twice takes its last value, measured against what is stored.
        const auto same = std::find_if(changes.begin(), changes.end(),
                                       [&key](const SettingChange &c) { return c.key == key; });
        if (same != changes.end()) {
            same->after = after;
            continue;
        }
        changes.append({key, v.field.label(), settings().value(key), after});
    }
    changes.removeIf([](const SettingChange &c) { return c.before == c.after; });
    if (changes.isEmpty())
        return true;
    const QString label = changes.size() == 1
                              ? tr("Change %1").arg(changes.first().label)
                              : tr("Change %n fields of the plan of action", nullptr, int(changes.size()));
    return push(new SetSettingsCommand(this, changes, label, QStringLiteral("plan-of-action")), error);
}

DirectiveRecord Project::primaryDirective()
{
    const QList<DirectiveRecord> all = directives();
    return all.isEmpty() ? DirectiveRecord{} : all.first();
}

bool Project::importFile(const QString &file, const ImportOptions &options, ProgressSink *sink,
                         ImportReport *report, ReadError *error)
{
    // A backup that cannot be written is the project's fault (exit 1), not the file's.
    if (QString why; !backupBefore(tr("before import of %1").arg(QFileInfo(file).fileName()), &why)) {
        *error = ReadError{QString(), 0, 0, why, true};
        return false;
    }
    ImportCommand import(this, nullptr, file, options, sink);
    QString ignored;
    const bool ok = runOnce(import, &ignored);
    *report = import.report();
    *error = import.error();
    return ok;
}

bool Project::importFrom(RecordReader &reader, const QString &file, const ImportOptions &options,
                         ProgressSink *sink, ImportReport *report, ReadError *error)
{
    // A backup that cannot be written is the project's fault (exit 1), not the file's.
    if (QString why; !backupBefore(tr("before import of %1").arg(QFileInfo(file).fileName()), &why)) {
        *error = ReadError{QString(), 0, 0, why, true};
        return false;
    }
    ImportCommand import(this, &reader, file, options, sink);
    QString ignored;
    const bool ok = runOnce(import, &ignored);
    *report = import.report();
    *error = import.error();
    return ok;
}

ColumnMapping Project::mappingFor(const QStringList &header, const QString &preset)
{
    return Importer(*m_store, {}).mappingFor(header, preset);
}

bool Project::readSourceRow(const FindingRow &finding, QStringList *header, QStringList *fields,
                            QString *error)
{
    QString format;
    ReaderOptions options;
    // Imports made before the settings were kept are read with every setting detected, as they were.
    ImportReport::readerSettingsFromJson(inventory().importReportOfInstallation(finding.installationId),
                                         &format, &options);
    return uproot::readSourceRow(finding.sourcePath, finding.sourceLine, format, options, header, fields,
                                 error);
}

int Project::systemsPerDay()
{
    const int value = settings().value(QString::fromLatin1(settingkeys::systemsPerDay)).toInt();
    return value > 0 ? value : PlanSettings{}.systemsPerDay;
}

bool Project::plan(PlanResult *result, QString *error)
{
    return plan(PlanOptions{}, result, error);
}

bool Project::plan(const PlanOptions &options, PlanResult *result, QString *error)
{
    *result = PlanResult{};
    const QString startKey = QString::fromLatin1(settingkeys::planStart);
    const QString targetKey = QString::fromLatin1(settingkeys::planTarget);
    PlanEdit edit;
    TaskTemplates templates;
    if (!taskTemplates(&templates, error) ||
        !buildPlan(*this, templates, {options.start, options.target, teams().all(), false}, &edit, error))
        return false;
    QList<PlanCommand::SettingChange> kept;
    const QString start = options.start.toString(Qt::ISODate);
    const QString target = options.target.toString(Qt::ISODate);
    if (options.start.isValid() && start != settings().value(startKey))
        kept.append({startKey, settings().value(startKey), start});
    if (options.target.isValid() && target != settings().value(targetKey))
        kept.append({targetKey, settings().value(targetKey), target});
    if (!backupBefore(tr("before planning"), error))
        return false;
    auto *command = new PlanCommand(this, std::move(edit), kept);
    const PlanResult planned = command->result();
    if (!push(command, error))
        return false;
    *result = planned;
    return true;
}

bool Project::previewPlan(const PlanOptions &options, PlanResult *result, QString *error)
{
    // The plan command's own computation, without the command: nothing is written.
    *result = PlanResult{};
    PlanEdit edit;
    TaskTemplates templates;
    if (!taskTemplates(&templates, error) ||
        !buildPlan(*this, templates, {options.start, options.target, teams().all(), false}, &edit, error))
        return false;
    *result = edit.result;
    return true;
}

bool Project::hasPlan()
{
    return tasks().total() > 0;
}

QDate Project::asOf()
{
    if (m_asOf.isValid())
        return m_asOf;
    const QDate kept =
        QDate::fromString(settings().value(QString::fromLatin1(settingkeys::asOf)), Qt::ISODate);
    return kept.isValid() ? kept : QDate::currentDate();
}

bool Project::keepsAsOf()
{
    return QDate::fromString(settings().value(QString::fromLatin1(settingkeys::asOf)), Qt::ISODate).isValid();
}

bool Project::setAsOf(const QDate &date, QString *error)
{
    const QString key = QString::fromLatin1(settingkeys::asOf);
    const QString before = settings().value(key);
    const QString after = date.isValid() ? date.toString(Qt::ISODate) : QString();
    if (before == after)
        return true;
    const QString label =
        date.isValid() ? tr("Set the status date to %1").arg(after) : tr("Let the status date follow today");
    return push(new SetSettingsCommand(this, {{key, QString(), before, after}}, label), error);
}

qint64 Project::overdueTasks()
{
    const QDate asOf = this->asOf();
    qint64 n = 0;
    for (const DirectiveRecord &d : directives()) {
        for (const TaskRecord &t : tasks().tasksOfDirective(d.id)) {
            if (t.due.isValid() && t.due < asOf && t.status != TaskStatus::Done &&
                t.status != TaskStatus::Skipped)
                ++n;
        }
    }
    return n;
}

bool Project::follow(const QString &directiveId, const QDate &issued, const DirectiveCatalog &catalog,
                     ReevaluationResult *result, QString *error)
{
    if (!backupBefore(tr("before following %1").arg(directiveId), error))
        return false;
    FollowDirectiveCommand follow(this, catalog, directiveId, issued);
    const bool ok = runOnce(follow, error);
    *result = follow.result();
    return ok;
}

bool Project::reevaluate(ReevaluationResult *result, QString *error)
{
    ReevaluateCommand reevaluate(this);
    const bool ok = runOnce(reevaluate, error);
    *result = reevaluate.result();
    return ok;
}

bool Project::changeDirective(Id directiveId, const QString &definitionJson, QString *error)
{
    const DirectiveRecord before = directiveRecords().find(directiveId);
    if (!before.id) {
        *error = tr("the project does not follow that directive");
        return false;
    }
    // A broken definition never reaches the undo stack.
    if (!checkDirectiveDefinition(before.code, definitionJson, error))
        return false;
    if (!backupBefore(tr("before changing the rules of %1").arg(before.code), error))
        return false;
    return push(new ChangeDirectiveCommand(this, before, before.definitionJson, definitionJson,
                                           tr("Change the rules of %1").arg(before.code)),
                error);
}

bool Project::setPlanData(const QList<Id> &systemIds, PlanField field, const QString &value, QString *error)
{
    QList<PlanAssignment> assignments;
    for (Id id : systemIds)
        assignments.append({id, field, value});
    return assignPlanData(assignments, error);
}

bool Project::assignPlanData(const QList<PlanAssignment> &assignments, QString *error)
{
    QList<PlanDataChange> changes;
    QHash<Id, SystemRecord> systems;
    for (const PlanAssignment &a : assignments) {
        QString value = a.value;
        QString why;
        if (!normalizePlanValue(a.field, &value, &why)) {
            *error = why;
            return false;
        }
        auto it = systems.find(a.systemId);
        if (it == systems.end())
            it = systems.insert(a.systemId, inventory().system(a.systemId));
        if (!it->id) {
            *error = tr("no system with id %1").arg(a.systemId);
            return false;
        }
        const QString before = planFieldValue(*it, a.field);
        if (before == value)
            continue;
        changes.append({a.systemId, it->name, a.field, before, value});
        // A later assignment of the same field starts from this one.
        setPlanFieldValue(&*it, a.field, value);
    }
    if (changes.isEmpty())
        return true;
    const QString label = systems.size() == 1
                              ? tr("Change the plan data of %1").arg(systems.cbegin()->name)
                              : tr("Change the plan data of %n systems", nullptr, int(systems.size()));
    return push(new SetPlanDataCommand(this, changes, label), error);
}

bool Project::setTeam(const TeamRecord &team, QString *error)
{
    m_lastReschedule.reset();
    const QString name = team.name.trimmed();
    if (name.isEmpty()) {
        *error = tr("a team needs a name");
        return false;
    }
    if (team.capacity < 1) {
        *error = tr("team %1: the capacity must be at least one system a working day, not %2")
                     .arg(name, QString::number(team.capacity));
        return false;
    }
    TeamRecord after = team;
    after.name = name;
    const TeamRecord stored = teams().find(name);
    std::optional<TeamRecord> before;
    if (stored.id) {
        before = stored;
        after.id = stored.id;
        if (stored.capacity == after.capacity && stored.daysOff == after.daysOff)
            return true;
    }
    return changeTeam(before, after, stored.id ? tr("Change team %1").arg(name) : tr("Add team %1").arg(name),
                      error);
}

bool Project::changeTeam(const std::optional<TeamRecord> &before, const std::optional<TeamRecord> &after,
                         const QString &label, QString *error, const QList<TeamRule> &rulesRemoved)
{
    // With a plan, the team's change re-schedules it in the same step, so one undo takes back both.
    std::optional<PlanEdit> reschedule;
    // A team removed with rules: where its systems go is known only once the rules are gone, inside the unit.
    const bool planned = hasPlan();
    const bool replanInUnit = planned && !rulesRemoved.isEmpty();
    if (planned && !replanInUnit) {
        QList<TeamRecord> all = teams().all();
        const QString name = after ? after->name : before->name;
        all.removeIf([&](const TeamRecord &t) { return t.name == name; });
        if (after)
            all.append(*after);
        PlanEdit edit;
        edit.result = {};
        TaskTemplates templates;
        if (!taskTemplates(&templates, error) ||
            !buildPlan(*this, templates, {{}, {}, all, true}, &edit, error))
            return false;
        reschedule = std::move(edit);
    }
    if (planned && !backupBefore(tr("before re-scheduling (%1)").arg(label), error))
        return false;
    auto *command =
        new SetTeamCommand(this, before, after, label, std::move(reschedule), rulesRemoved, replanInUnit);
    if (!push(command, error))
        return false;
    m_lastReschedule = command->reschedule();
    return true;
}

bool Project::removeTeam(const QString &name, QString *error)
{
    m_lastReschedule.reset();
    const TeamRecord stored = teams().find(name);
    if (!stored.id) {
        *error = tr("there is no team %1").arg(name);
        return false;
    }
    QList<TeamRule> rules = teams().rules();
    rules.removeIf([&name](const TeamRule &r) { return r.team != name; });
    return changeTeam(stored, std::nullopt, tr("Remove team %1").arg(name), error, rules);
}

bool Project::setTeamRule(TeamRuleField field, const QString &value, const QString &team, QString *error)
{
    const QString what = field == TeamRuleField::Site ? tr("site") : tr("component");
    const QString key = value.trimmed();
    if (key.isEmpty()) {
        *error = tr("a team rule needs a %1").arg(what);
        return false;
    }
    const QString name = team.trimmed();
    if (!name.isEmpty() && !teams().find(name).id) {
        *error = tr("there is no team %1").arg(name);
        return false;
    }
    QString before;
    for (const TeamRule &r : teams().rules()) {
        if (r.field == field && r.value == key)
            before = r.team;
    }
    if (name.isEmpty() && before.isEmpty()) {
        *error = tr("no team takes the %1 %2").arg(what, key);
        return false;
    }
    if (before == name)
        return true;
    const QString label = name.isEmpty() ? tr("Remove the team of %1 %2").arg(what, key)
                                         : tr("Assign %1 %2 to team %3").arg(what, key, name);
    return push(new SetTeamRulesCommand(this, {{field, key, before, name}}, label), error);
}

bool Project::taskTemplates(TaskTemplates *templates, QString *error)
{
    return templatesFromStore(m_store->templates().taskTemplates(), templates, error);
}

namespace {
// A label for the undo menu naming the one template changed, when only one was.
QString templatesLabel(const TaskTemplates &from, const TaskTemplates &to)
{
    QStringList changed;
    for (const TaskTemplate &t : to.all()) {
        const TaskTemplate *before = from.find(t.identifier());
        if (!before || *before != t)
            changed.append(t.title().isEmpty() ? t.identifier() : t.title());
    }
    for (const TaskTemplate &t : from.all()) {
        if (!to.find(t.identifier()))
            changed.append(t.title().isEmpty() ? t.identifier() : t.title());
    }
    if (changed.size() == 1 && from.rules() == to.rules())
        return tr("Change the task template \u201c%1\u201d").arg(changed.first().left(50));
    return tr("Change the task templates");
}
} // namespace

bool Project::setTaskTemplates(const TaskTemplates &templates, QString *error)
{
    const StoredTemplateSet before = m_store->templates().taskTemplates();
    const StoredTemplateSet after = storedTemplates(templates);
    if (before == after)
        return true;
    TaskTemplates current;
    QString damaged;
    if (!templatesFromStore(before, &current, &damaged))
        current =
            TaskTemplates::builtin(); // a damaged copy is replaced; the audit line compares with shipped
    return push(new SetTaskTemplatesCommand(this, before, after, describeTemplateChanges(current, templates),
                                            describeTemplateChanges(templates, current),
                                            templatesLabel(current, templates)),
                error);
}

bool Project::resetTaskTemplates(QString *error)
{
    const StoredTemplateSet before = m_store->templates().taskTemplates();
    const TaskTemplates shipped = TaskTemplates::builtin();
    const StoredTemplateSet after = storedTemplates(shipped);
    if (before == after)
        return true;
    TaskTemplates current;
    QString ignored;
    if (!templatesFromStore(before, &current, &ignored))
        current = shipped;
    return push(new SetTaskTemplatesCommand(this, before, after,
                                            QStringLiteral("reset to the shipped templates: ") +
                                                describeTemplateChanges(current, shipped),
                                            describeTemplateChanges(shipped, current),
                                            tr("Reset the task templates to the shipped ones")),
                error);
}

void Project::setFindingState(Id findingId, FindingState state, const QString &reason)
{
    const FindingRow before = findings().finding(findingId);
    // Excluded is detection's word on a finding, neither given nor overridden by a person.
    if (!before.id || (before.state == state && before.reason == reason) || state == FindingState::Excluded ||
        before.state == FindingState::Excluded)
        return;
    const QString label = state == FindingState::FalsePositive ? tr("Dismiss %1 on %2 as a false positive")
                          : state == FindingState::Exception   ? tr("Record an exception for %1 on %2")
                                                               : tr("Reopen %1 on %2");
    QString error;
    if (!push(
            new SetFindingStateCommand(this, before, state, reason, label.arg(before.product, before.system)),
            &error))
        reportFailure(error, true);
}

bool Project::runOnce(ProjectCommand &command, QString *error)
{
    command.redo();
    if (!command.succeeded() && error)
        *error = command.failure();
    return command.succeeded();
}

bool Project::push(ProjectCommand *command, QString *error)
{
    // The stack deletes a command whose first run failed (it marks itself obsolete), so the command leaves
    // its failure here rather than in itself.
    m_lastFailure.clear();
    m_undo.push(command);
    if (!m_lastFailure.isEmpty() && error)
        *error = m_lastFailure;
    return m_lastFailure.isEmpty();
}

void Project::announce(const ProjectChange &change)
{
    m_staleCounts |= change.reset;
    if (change.edited)
        m_staleCounts |= change.edited;
    emit m_changes.changed(change);
    emit countsChanged();
}

void Project::announceReevaluation(const ReevaluationResult &result)
{
    m_lastReevaluation = result;
    emit reevaluated(result);
}

void Project::reportFailure(const QString &message, bool toPerson)
{
    m_lastFailure = message;
    if (!toPerson)
        return;
    // Told once the command has returned and its unit of work has rolled back: no dialog opens while a failed
    // transaction still holds the file.
    QMetaObject::invokeMethod(
        this, [this, message] { emit writeFailed(message); }, Qt::QueuedConnection);
}

void Project::reportUndoFailure(const QString &message)
{
    m_lastFailure = message;
    // An undo or redo that failed left the file as it was, but the stack has moved its index: its history no
    // longer matches the file, so it goes, once the command has returned.
    QMetaObject::invokeMethod(
        this,
        [this, message] {
            m_undo.clear();
            emit writeFailed(message + QLatin1Char('\n') + tr("The undo history was cleared."));
        },
        Qt::QueuedConnection);
}

const ProjectCounts &Project::counts()
{
    if (m_staleCounts.testFlag(ProjectChange::Inventory)) {
        m_counts.systems = inventory().systemCount();
        m_counts.installations = inventory().installationCount();
    }
    if (m_staleCounts.testFlag(ProjectChange::Findings)) {
        m_counts.findings = findings().countAll();
        m_counts.affectedSystems = findings().affectedSystemCount();
    }
    // What the scans say depends on the status date, a setting.
    if (m_staleCounts & (ProjectChange::Findings | ProjectChange::Settings)) {
        PageQuery q;
        q.asOf = asOf();
        q.stateFilter = QStringLiteral("removed");
        m_counts.removed = findings().count(q);
        q.stateFilter = QStringLiteral("reappeared");
        m_counts.reappeared = findings().count(q);
    }
    if (m_staleCounts.testFlag(ProjectChange::Tasks)) {
        m_counts.tasks = tasks().total();
        m_counts.tasksDone = tasks().countByStatus(TaskStatus::Done);
    }
    m_staleCounts = {};
    return m_counts;
}

} // namespace uproot
