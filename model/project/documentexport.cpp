#include "model/project/documentexport.h"

#include "model/detection/detector.h"
#include "model/detection/directivecatalog.h"
#include "model/documents/affectedsystemlist.h"
#include "model/documents/documenttext.h"
#include "model/documents/identificationreportdocument.h"
#include "model/documents/planofactiondocument.h"
#include "model/documents/statusreportdocument.h"
#include "model/project/project.h"
#include "model/store/findingsreader.h"
#include "model/store/inventoryreader.h"
#include "model/store/tasksreader.h"
#include "model/translation.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <map>
#include <optional>

namespace uproot {

namespace {

UPROOT_DECLARE_TR_FUNCTION(DocumentExport)

// How many recurring status reports the documents list when the project has no plan (the milestones then run for a
// fixed span that says nothing about when removal ends); with a plan, every one up to the plan's finish is listed.
constexpr int kListedStatusReportsWithoutPlan = 4;

struct Context
{
    Project &project;
    DirectiveRecord record;
    DirectiveReference reference;
    ContactPerson contact;
    QString agency;
    std::optional<Directive> directive; // the project's copy of the primary directive, when it loads
};

Context contextOf(Project &project)
{
    Context c{project, project.primaryDirective(), {}, {}, {}, {}};
    const ProjectInfo info = project.info();
    c.agency = info.agency;
    c.contact = {info.contactName, info.contactPhone, info.contactEmail};
    c.reference.id = c.record.code;
    c.reference.title = c.record.title;
    c.reference.issuer = c.record.issuer;
    c.reference.issued = c.record.issued;
    QString error;
    if (const auto parsed = DirectiveCatalog::parseJson(c.record.definitionJson.toUtf8(), c.record.code, &error);
        parsed && !parsed->isEmpty()) {
        const Directive &d = parsed->first();
        c.directive = d;
        c.reference.shortName = d.shortTitle;
        // How the directive itself names what it bans ("Kaspersky-branded products"), else by its short title.
        static const QRegularExpression branded(QStringLiteral("(\\S+-branded products)"),
                                                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = branded.match(d.summary + QLatin1Char(' ') + d.title);
        c.reference.coveredProducts = m.hasMatch() ? m.captured(1).replace(QLatin1String("Products"),
                                                                            QLatin1String("products"))
                                                   : tr("products covered by %1").arg(d.shortTitle);
    }
    return c;
}

QList<DocumentMilestone> milestonesOf(Project &project, Id directiveId)
{
    QList<DocumentMilestone> out;
    int statusReports = 0;
    const bool planned = project.hasPlan();
    for (const MilestoneRecord &m : project.directiveRecords().milestones(directiveId)) {
        if (!planned && m.kind == QLatin1String("status-report") && ++statusReports > kListedStatusReportsWithoutPlan)
            continue;
        out.append({m.title, m.due, m.warning});
    }
    return out;
}

// The inventories searched, then how detection works and which of the directive's rules found the products on
// the report, each with the endpoints it confirmed and where it looks (a package name is also read from the
// software-name column and from the forms rpm, dpkg and the others print).
QStringList methodsOf(Project &project, const Context &c)
{
    QStringList methods;
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    for (const ImportSourceRecord &s : project.inventory().importSources()) {
        methods << tr("Inventory %1 (%2, imported %3, %4 rows)")
                       .arg(QFileInfo(s.path).fileName(), s.format,
                            s.importedAt.date().toString(Qt::ISODate), locale.toString(s.rowsImported));
    }
    methods << tr("Automated detection by publisher aliases, product names, CPE vendors, package names and "
                  "bundle identifiers, reviewed by the planner");

    std::map<QString, QSet<QString>> systemsByRule;
    PageQuery open;
    open.directiveFilter = c.record.code;
    open.stateFilter = QStringLiteral("open");
    project.findings().forEach(open, [&](const FindingRow &r) {
        if (r.confidence == Confidence::Confirmed)
            systemsByRule[r.rule].insert(r.system);
        return true;
    });
    const QString prefix = c.record.code + QLatin1Char('/');
    const auto ruleLine = [&](const QString &ruleId, qsizetype endpoints) {
        const DetectionRule *rule =
            c.directive && ruleId.startsWith(prefix) ? c.directive->rule(ruleId.mid(prefix.size())) : nullptr;
        const QString method = rule ? Detector::methodOf(rule->kind) : tr("detection rule");
        return endpoints == 1 ? tr("Rule %1 found products on one endpoint by %2").arg(ruleId, method)
                              : tr("Rule %1 found products on %2 endpoints by %3")
                                    .arg(ruleId, locale.toString(qint64(endpoints)), method);
    };
    // In the directive's order of rules, then any the project's copy no longer has.
    if (c.directive) {
        for (const DetectionRule &rule : c.directive->rules) {
            const auto it = systemsByRule.find(c.directive->qualifiedRuleId(rule));
            if (it == systemsByRule.end())
                continue;
            methods << ruleLine(it->first, it->second.size());
            systemsByRule.erase(it);
        }
    }
    for (const auto &[ruleId, systems] : systemsByRule)
        methods << ruleLine(ruleId, systems.size());
    return methods;
}

QList<ProductCount> productsOf(Project &project, Id directiveId)
{
    QList<ProductCount> products;
    for (const ProductSummary &p : project.findings().productCounts(directiveId))
        products.append({p.product, p.versions, p.endpoints});
    return products;
}

// The appendix rows and per-component schedule, from findings and tasks.
struct SystemsAndComponents
{
    std::shared_ptr<AffectedSystemList> systems = std::make_shared<AffectedSystemList>();
    std::map<QString, ComponentPlan> components; // by the component's name as stored ("" for none)
    std::map<QString, ComponentProgress> progress;
    std::map<QString, QStringList> missionFunctions; // by component: the distinct ones recorded on its systems
    QDate projectedFinish;
    qint64 cleared = 0;
    qint64 overdue = 0;
    qint64 reappeared = 0;      // systems with a finding seen again after a verified removal
    qint64 verifiedRemoved = 0; // systems whose every finding a scan verified removed
};

SystemsAndComponents systemsOf(Project &project, Id directiveId, const QDate &asOf)
{
    SystemsAndComponents out;
    const QHash<Id, SystemProgress> progress = project.tasks().progressBySystem(directiveId);
    const QHash<Id, SystemScanState> scans = project.findings().scanStateBySystem(directiveId, asOf);
    const QList<AffectedSystemRow> rows = project.findings().affectedSystems(directiveId);
    out.systems->reserve(size_t(rows.size()));
    for (const AffectedSystemRow &r : rows) {
        const SystemProgress p = progress.value(r.systemId);
        const SystemScanState scan = scans.value(r.systemId);
        const QString component = planComponentName(r.component);
        // Issue 12: a system is cleared when its tasks are done and no later scan shows the product. A scan
        // shows it again as a reappearance (after a scan had verified it gone); scans dated after the status
        // date do not count yet.
        const bool done = p.total > 0 && p.done == p.total && scan.reappeared == 0;
        if (scan.reappeared > 0)
            ++out.reappeared;
        if (scan.findings > 0 && scan.removed == scan.findings)
            ++out.verifiedRemoved;
        out.systems->append(
            {r.name, r.component, r.site, r.owner, r.products, int(p.done), int(p.total), p.due, done});
        ComponentPlan &plan = out.components[r.component];
        plan.component = component;
        QStringList &missions = out.missionFunctions[r.component];
        const QString mission = r.missionFunction.trimmed();
        if (!mission.isEmpty() && !missions.contains(mission))
            missions.append(mission);
        ++plan.endpoints;
        if (p.due.isValid()) {
            if (!plan.plannedStart.isValid() || p.due < plan.plannedStart)
                plan.plannedStart = p.due;
            if (p.due > plan.plannedFinish)
                plan.plannedFinish = p.due;
            if (p.due > out.projectedFinish)
                out.projectedFinish = p.due;
        }
        ComponentProgress &cp = out.progress[component];
        cp.component = component;
        ++cp.affected;
        if (done) {
            ++cp.cleared;
            ++out.cleared;
        } else {
            ++cp.remaining;
            if (p.due.isValid() && p.due < asOf) {
                ++cp.overdue;
                ++out.overdue;
            }
        }
    }
    return out;
}

// The trail as it stands when the document is made; the document pins it (model/documents/documentaudithead.h).
DocumentAuditHead auditHeadOf(Project &project)
{
    const AuditHead head = project.audit().head();
    return {head.events, head.hash};
}

QString setting(Project &project, const char *key)
{
    return project.settings().value(QString::fromLatin1(key));
}

bool writePlan(Project &project, const QString &path, QString *error, int *pages)
{
    Context c = contextOf(project);
    PlanOfActionData data;
    data.agency = c.agency;
    data.pointOfContact = c.contact;
    data.directive = c.reference;
    data.preparedOn = QDate::currentDate();
    data.milestones = milestonesOf(project, c.record.id);
    data.products = productsOf(project, c.record.id);
    data.methods = methodsOf(project, c);
    SystemsAndComponents sc = systemsOf(project, c.record.id, data.preparedOn);
    for (auto &[name, plan] : sc.components) {
        plan.missionFunction = project.planOfActionField({PlanOfActionField::MissionFunction, name});
        // Without a statement for the component, the plan says what is recorded on its systems.
        if (plan.missionFunction.trimmed().isEmpty()) {
            QStringList missions = sc.missionFunctions[name];
            missions.sort(Qt::CaseInsensitive);
            plan.missionFunction = missions.join(QStringLiteral("; "));
        }
        data.components.append(plan);
    }
    data.projectedFinish = sc.projectedFinish;
    if (sc.projectedFinish.isValid()) {
        data.scheduleNote = tr("At %1 systems a working day, removal finishes on %2.")
                                .arg(project.systemsPerDay())
                                .arg(longDateText(sc.projectedFinish));
    }
    data.contracts = setting(project, settingkeys::planContracts);
    data.securityControls = setting(project, settingkeys::planSecurityControls);
    data.replacementProducts = setting(project, settingkeys::planReplacementProducts);
    data.replacementTimeline = setting(project, settingkeys::planReplacementTimeline);
    data.challenges = setting(project, settingkeys::planChallenges);
    data.costs = setting(project, settingkeys::planCosts);
    data.affectedSystems = sc.systems;
    data.auditHead = auditHeadOf(project);
    return writePlanOfActionPdf(data, path, error, pages);
}

bool writeIdentification(Project &project, const QString &path, QString *error, int *pages)
{
    Context c = contextOf(project);
    IdentificationReportData data;
    data.agency = c.agency;
    data.pointOfContact = c.contact;
    data.directive = c.reference;
    data.preparedOn = QDate::currentDate();
    for (const MilestoneRecord &m : project.directiveRecords().milestones(c.record.id)) {
        if (m.kind == QLatin1String("identification-report")) {
            data.dueOn = m.due;
            break;
        }
    }
    data.products = productsOf(project, c.record.id);
    data.endpointsAffected = project.findings().affectedSystemCount(c.record.id);
    data.systemsSearched = project.inventory().systemCount();
    data.methods = methodsOf(project, c);
    PageQuery review;
    review.confidenceFilter = QStringLiteral("needs review");
    review.stateFilter = QStringLiteral("open");
    data.findingsNeedingReview = project.findings().count(review);
    data.auditHead = auditHeadOf(project);
    return writeIdentificationReportPdf(data, path, error, pages);
}

bool writeStatus(Project &project, const QString &path, QString *error, int *pages)
{
    Context c = contextOf(project);
    StatusReportData data;
    data.agency = c.agency;
    data.pointOfContact = c.contact;
    data.directive = c.reference;
    data.asOf = project.asOf();
    data.milestones = milestonesOf(project, c.record.id);
    int number = 0;
    for (const MilestoneRecord &m : project.directiveRecords().milestones(c.record.id)) {
        if (m.kind == QLatin1String("status-report") && m.due <= data.asOf)
            ++number;
        if (m.kind == QLatin1String("removal-deadline") && !data.deadline.isValid())
            data.deadline = m.due;
    }
    data.reportNumber = number;
    SystemsAndComponents sc = systemsOf(project, c.record.id, data.asOf);
    data.affected = sc.systems->count();
    data.cleared = sc.cleared;
    data.remaining = data.affected - data.cleared;
    data.overdue = sc.overdue;
    data.reappeared = sc.reappeared;
    data.verifiedRemoved = sc.verifiedRemoved;
    data.projectedFinish = sc.projectedFinish;
    for (const auto &[name, progress] : sc.progress)
        data.components.append(progress);
    auto remaining = std::make_shared<AffectedSystemList>();
    for (int i = 0; i < sc.systems->count(); ++i) {
        const AffectedSystem s = sc.systems->at(i);
        if (!s.cleared)
            remaining->append(s);
    }
    data.remainingSystems = remaining;
    data.notes = setting(project, "status/notes");
    data.auditHead = auditHeadOf(project);
    return writeStatusReportPdf(data, path, error, pages);
}

} // namespace

QStringList documentKinds()
{
    return {QStringLiteral("identification"), QStringLiteral("plan"), QStringLiteral("status")};
}

bool exportDocument(Project &project, const QString &kind, const QString &pdfPath, QString *error, int *pageCount)
{
    if (project.directives().isEmpty()) {
        *error = tr("%1: the project follows no directive").arg(project.path());
        return false;
    }
    if (kind == QLatin1String("plan"))
        return writePlan(project, pdfPath, error, pageCount);
    if (kind == QLatin1String("identification"))
        return writeIdentification(project, pdfPath, error, pageCount);
    if (kind == QLatin1String("status"))
        return writeStatus(project, pdfPath, error, pageCount);
    *error = tr("unknown document \"%1\"; one of: %2").arg(kind, documentKinds().join(QStringLiteral(", ")));
    return false;
}

} // namespace uproot
