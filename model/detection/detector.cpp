#include "model/detection/detector.h"

#include "model/detection/compiledrule.h"
#include "model/detection/textnormalizer.h"

#include <algorithm>

namespace uproot {

namespace {

struct CompiledDirective
{
    QString id;
    QList<CompiledRule> covers;
    QList<CompiledRule> exclusions; // exclusions and false positives, in catalog order
    QSet<QString> coveredPublishers;
};

} // namespace

struct Detector::Data
{
    QList<CompiledDirective> directives;
    LiteralScanner nameScanner;
    LiteralScanner publisherScanner;
    QSet<QString> publisherAliases; // every publisher rule's, to rule out most titles with one lookup
    // The longest word of each alias: a publisher that contains none of them cannot equal an alias, and need
    // not be normalised at all.
    LiteralScanner aliasAnchors;
    bool normalizeEveryPublisher = false; // an alias without a word long enough to be an anchor
    bool needsEveryTitle = false;
    bool hasCpeRules = false;
    bool hasPackageRules = false;
    bool hasBundleRules = false;
    bool hasPurlRules = false;
    bool hasHardwareRules = false;
};

namespace {

// Whether a value has anything but white space, without making a trimmed copy (this runs for every title).
bool hasText(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) { return !c.isSpace(); });
}

} // namespace

bool Detector::publisherMayBeAnAlias(const Data &data, const QString &foldedPublisher)
{
    if (data.normalizeEveryPublisher)
        return true;
    if (data.aliasAnchors.count() == 0)
        return false;
    // Normalising drops dots and apostrophes inside words ("L.L.C."); drop them here too so an anchor is
    // found.
    const auto joins = [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'.' || u == u'\'' || u == 0x2019 || u == 0x02BC;
    };
    QString squeezed = foldedPublisher;
    if (std::any_of(foldedPublisher.cbegin(), foldedPublisher.cend(), joins))
        squeezed.removeIf(joins);
    QVarLengthArray<quint8, 256> hits(data.aliasAnchors.count());
    std::fill(hits.begin(), hits.end(), quint8(0));
    data.aliasAnchors.scan(squeezed, hits.data());
    return std::any_of(hits.begin(), hits.end(), [](quint8 hit) { return hit != 0; });
}

Detector::Detector(const QList<Directive> &directives, QString *error)
{
    auto data = std::make_shared<Data>();
    for (const Directive &directive : directives) {
        CompiledDirective compiled;
        compiled.id = directive.id;
        for (const DetectionRule &rule : directive.rules) {
            CompiledRule entry(directive, rule, data->nameScanner, data->publisherScanner, error);
            data->needsEveryTitle = data->needsEveryTitle || entry.needsEveryTitle();
            switch (rule.kind) {
            case RuleKind::Publisher:
                for (const QString &alias : entry.organizationNames()) {
                    data->publisherAliases.insert(alias);
                    QString anchor;
                    for (const QString &word : alias.split(u' '))
                        anchor = word.size() > anchor.size() ? word : anchor;
                    if (data->aliasAnchors.add(anchor) < 0)
                        data->normalizeEveryPublisher = true;
                    if (rule.effect == RuleEffect::Cover)
                        compiled.coveredPublishers.insert(alias);
                }
                break;
            case RuleKind::Cpe:
                data->hasCpeRules = true;
                break;
            case RuleKind::Package:
                data->hasPackageRules = true;
                break;
            case RuleKind::BundleId:
                data->hasBundleRules = true;
                break;
            case RuleKind::Purl:
                data->hasPurlRules = true;
                break;
            case RuleKind::Hardware:
                data->hasHardwareRules = true;
                break;
            case RuleKind::ProductName:
                break;
            }
            if (rule.effect == RuleEffect::Cover)
                compiled.covers.append(entry);
            else
                compiled.exclusions.append(entry);
        }
        data->directives.append(compiled);
    }
    m_data = data;
}

QStringList Detector::directiveIds() const
{
    QStringList ids;
    for (const CompiledDirective &directive : m_data->directives)
        ids.append(directive.id);
    return ids;
}

QList<DetectionResult> Detector::evaluate(const TitleEvidence &title) const
{
    const Data &data = *m_data;
    EvidenceView view;
    view.raw = &title;
    view.name = foldText(title.name);
    view.publisher = foldText(title.publisher);
    view.nameHits.resize(data.nameScanner.count());
    std::fill(view.nameHits.begin(), view.nameHits.end(), quint8(0));
    view.publisherHits.resize(data.publisherScanner.count());
    std::fill(view.publisherHits.begin(), view.publisherHits.end(), quint8(0));
    data.nameScanner.scan(view.name, view.nameHits.data());
    data.publisherScanner.scan(view.publisher, view.publisherHits.data());
    if (!view.publisher.isEmpty() && publisherMayBeAnAlias(data, view.publisher))
        view.publisherOrganization = normalizeOrganizationName(title.publisher);

    // Most titles mention no covered vendor anywhere: decide that before preparing anything else.
    const auto anyHit = [](const QVarLengthArray<quint8, 256> &hits) {
        return std::any_of(hits.begin(), hits.end(), [](quint8 hit) { return hit != 0; });
    };
    const bool worthALook =
        data.needsEveryTitle || anyHit(view.nameHits) || anyHit(view.publisherHits) ||
        data.publisherAliases.contains(view.publisherOrganization) ||
        (data.hasCpeRules && hasText(title.cpe)) ||
        (data.hasPackageRules && (hasText(title.packageName) || hasText(title.purl))) ||
        (data.hasBundleRules && hasText(title.bundleId)) || (data.hasPurlRules && hasText(title.purl)) ||
        (data.hasHardwareRules && (hasText(title.hardwareVendor) || hasText(title.hardwareModel)));
    if (!worthALook)
        return {};

    view.packageName = foldText(title.packageName);
    view.purl = PackageUrl::parse(title.purl);
    if (view.purl) {
        view.purlIdentity = foldText(view.purl->identity());
        view.purlName = foldText(view.purl->name);
    }
    view.bundleId = foldText(title.bundleId);
    view.hardwareVendor = foldText(title.hardwareVendor);
    if (!view.hardwareVendor.isEmpty())
        view.hardwareVendorOrganization = normalizeOrganizationName(title.hardwareVendor);
    view.hardwareModel = foldText(title.hardwareModel);
    if (hasText(title.cpe))
        view.cpe = CpeName::parse(title.cpe);

    QList<DetectionResult> results;
    for (const CompiledDirective &directive : data.directives) {
        QList<RuleMatch> matches;
        for (const CompiledRule &rule : directive.covers) {
            QString explanation;
            if (rule.match(view, directive.coveredPublishers, &explanation)) {
                matches.append(
                    RuleMatch{rule.qualifiedId(), RuleEffect::Cover, rule.rule().confidence, explanation});
            }
        }
        if (matches.isEmpty())
            continue;
        std::stable_sort(matches.begin(), matches.end(), [](const RuleMatch &a, const RuleMatch &b) {
            return a.confidence == MatchConfidence::Confirmed && b.confidence != MatchConfidence::Confirmed;
        });
        DetectionResult result;
        result.directiveId = directive.id;
        result.matched = true;
        result.confidence = matches.first().confidence;
        result.ruleId = matches.first().ruleId;
        result.explanation = matches.first().explanation;
        for (const CompiledRule &rule : directive.exclusions) {
            QString explanation;
            if (rule.match(view, directive.coveredPublishers, &explanation)) {
                result.matched = false;
                result.excludedBy = rule.qualifiedId();
                result.falsePositive = rule.rule().effect == RuleEffect::FalsePositive;
                result.exclusionExplanation = explanation;
                matches.append(
                    RuleMatch{rule.qualifiedId(), rule.rule().effect, rule.rule().confidence, explanation});
                break;
            }
        }
        result.matches = matches;
        results.append(result);
    }
    return results;
}

} // namespace uproot
