#include "model/project/directivebinding.h"

#include "model/detection/detector.h"
#include "model/detection/directivecatalog.h"
#include "model/detection/milestonecalendar.h"
#include "model/project/projectsettings.h"
#include "model/store/directivesreader.h"
#include "model/store/settingsreader.h"
#include "model/store/unitofwork.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <memory>

namespace uproot {

namespace {
// Status reports recur every 30 days until removal is complete: up to the plan's finish, or without a plan for
// kRecurrenceYearsWithoutPlan years.
QList<MilestoneRecord> datedMilestones(const Directive &directive, const QDate &issued, const QDate &complete)
{
    MilestoneOptions options;
    options.issueDate = issued;
    if (complete.isValid())
        options.complete = complete;
    else
        options.until = issued.addYears(kRecurrenceYearsWithoutPlan);
    options.maxOccurrences = 0;
    QList<MilestoneRecord> milestones;
    int sequence = 0;
    for (const DatedMilestone &m : MilestoneCalendar::compute(directive, options)) {
        MilestoneRecord r;
        r.sequence = ++sequence;
        r.kind = m.kind;
        r.title = m.recurring && m.occurrence > 1 ? QStringLiteral("%1 (%2)").arg(m.title).arg(m.occurrence) : m.title;
        r.due = m.date;
        r.warning = m.warning;
        milestones.append(r);
    }
    return milestones;
}

} // namespace

bool followDirective(UnitOfWork &work, const DirectiveCatalog &catalog, const QString &directiveId,
                     const QDate &issued, const QDate &complete, QString *error)
{
    const Directive *directive = catalog.find(directiveId);
    if (!directive) {
        *error = QCoreApplication::translate("Project", "no directive \"%1\" in the catalog; known: %2")
                     .arg(directiveId, catalog.ids().join(QStringLiteral(", ")));
        return false;
    }
    DirectiveRecord record;
    record.code = directive->id;
    record.title = directive->title;
    record.issuer = directive->issuer;
    record.issued = issued.isValid() ? issued : directive->issueDate;
    record.definitionJson =
        QString::fromUtf8(QJsonDocument(DirectiveCatalog::toJson(*directive)).toJson(QJsonDocument::Compact));
    const QList<MilestoneRecord> milestones = datedMilestones(*directive, record.issued, complete);
    const Id id = work.upsertDirective(record);
    if (!id || !work.replaceMilestones(id, milestones)) {
        *error = work.error();
        return false;
    }
    return true;
}

bool checkDirectiveDefinition(const QString &code, const QString &definitionJson, QString *error)
{
    const auto parsed = DirectiveCatalog::parseJson(definitionJson.toUtf8(), code, error);
    if (parsed && parsed->size() != 1) {
        *error = QCoreApplication::translate("Project", "%1: expected one directive").arg(code);
        return false;
    }
    return bool(parsed);
}

bool storeDirectiveDefinition(UnitOfWork &work, const DirectiveRecord &record, const QString &definitionJson,
                              const QDate &complete, QString *error)
{
    const auto parsed = DirectiveCatalog::parseJson(definitionJson.toUtf8(), record.code, error);
    if (!parsed || parsed->size() != 1) {
        if (parsed)
            *error = QCoreApplication::translate("Project", "%1: expected one directive").arg(record.code);
        return false;
    }
    if (!work.setDirectiveDefinition(record.id, definitionJson)
        || !work.replaceMilestones(record.id, datedMilestones(parsed->first(), record.issued, complete))) {
        *error = work.error();
        return false;
    }
    return true;
}

bool datedMilestones(const DirectiveRecord &record, const QDate &complete, QList<MilestoneRecord> *milestones,
                     QString *error)
{
    const auto parsed = DirectiveCatalog::parseJson(record.definitionJson.toUtf8(), record.code, error);
    if (!parsed || parsed->size() != 1) {
        if (parsed)
            *error = QCoreApplication::translate("Project", "%1: expected one directive").arg(record.code);
        return false;
    }
    *milestones = datedMilestones(parsed->first(), record.issued, complete);
    for (MilestoneRecord &m : *milestones)
        m.directiveId = record.id;
    return true;
}

QDate keptPlanFinish(SettingsReader &settings)
{
    return QDate::fromString(settings.value(QString::fromLatin1(settingkeys::planFinish)), Qt::ISODate);
}

bool findingsPredateDetector(SettingsReader &settings)
{
    // A file from before the version was kept says nothing: its findings are version 1's.
    bool ok = false;
    const int version = settings.value(QString::fromLatin1(settingkeys::detectorVersion)).toInt(&ok);
    return (ok ? version : 1) < Detector::Version;
}

bool recordDetectorVersion(UnitOfWork &work)
{
    return work.setSetting(QString::fromLatin1(settingkeys::detectorVersion),
                           QString::number(Detector::Version));
}

TitleMatcher matcherFor(DirectivesReader &stored)
{
    // The directives as the project stored them when it started following them.
    QList<Directive> directives;
    for (const DirectiveRecord &record : stored.all()) {
        QString error;
        const auto parsed = DirectiveCatalog::parseJson(record.definitionJson.toUtf8(), record.code, &error);
        if (parsed)
            directives.append(*parsed);
        else
            qWarning("the project's copy of %s does not load: %s", qPrintable(record.code), qPrintable(error));
    }
    auto detector = std::make_shared<Detector>(directives);
    return [detector](const TitleRecord &title) {
        TitleEvidence evidence;
        evidence.name = title.name;
        evidence.publisher = title.publisher;
        evidence.cpe = title.cpe;
        evidence.purl = title.purl;
        evidence.packageName = title.package;
        evidence.bundleId = title.bundleId;
        if (title.isHardware()) {
            evidence.hardwareVendor = title.publisher;
            evidence.hardwareModel = title.name;
        }
        QList<TitleMatch> matches;
        for (const DetectionResult &r : detector->evaluate(evidence)) {
            const Confidence confidence =
                r.confidence == MatchConfidence::Confirmed ? Confidence::Confirmed : Confidence::NeedsReview;
            if (r.matched) {
                matches.append({r.directiveId, confidence, r.ruleId, r.explanation, false});
            } else if (!r.excludedBy.isEmpty()) {
                // Kept, with both sides of the argument, so the user can defend why the system is not on the
                // report.
                const QString why =
                    r.falsePositive
                        ? QCoreApplication::translate("DirectiveBinding",
                                                      "%1; but it is a known false positive: %2 (rule %3)")
                        : QCoreApplication::translate("DirectiveBinding",
                                                      "%1; but the directive excludes it: %2 (rule %3)");
                matches.append({r.directiveId, confidence, r.excludedBy,
                                why.arg(r.explanation, r.exclusionExplanation, r.excludedBy), true});
            }
        }
        return matches;
    };
}

} // namespace uproot
