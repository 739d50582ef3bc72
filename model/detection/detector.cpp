#include "model/detection/detector.h"

#include "model/detection/compiledrule.h"
#include "model/detection/textnormalizer.h"
#include "model/translation.h"

#include <algorithm>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Detector)

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
    // The literals of package names and bundle identifiers: a name that contains none of them is not read for
    // identifiers at all.
    LiteralScanner identifierScanner;
    QSet<QString> publisherAliases; // every publisher rule's, to rule out most titles with one lookup
    // The longest word of each alias: a publisher that contains none of them cannot equal an alias, and need
    // not be normalised at all.
    LiteralScanner aliasAnchors;
    bool normalizeEveryPublisher = false; // an alias without a word long enough to be an anchor
    bool needsEveryTitle = false;
    bool readEveryName = false; // a package or bundle pattern without a literal
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
            CompiledRule entry(directive, rule, data->nameScanner, data->publisherScanner,
                               data->identifierScanner, error);
            data->needsEveryTitle = data->needsEveryTitle || entry.needsEveryTitle();
            data->readEveryName = data->readEveryName || entry.needsEveryName();
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

QString Detector::methodOf(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Publisher:
        return tr(
            "publisher names compared with the covered companies' names, legal forms and scripts ignored");
    case RuleKind::ProductName:
        return tr("product names");
    case RuleKind::Cpe:
        return tr("CPE names by their vendor, read from the CPE, software-name or package column");
    case RuleKind::Package:
        return tr(
            "package names, read from the package, bundle-identifier or software-name column as they are "
            "or in the forms rpm, dpkg, apt, pacman and Homebrew print, with version, release, epoch and "
            "architecture attached");
    case RuleKind::BundleId:
        return tr(
            "bundle identifiers, read from the bundle-identifier column or, written as reverse-DNS names, "
            "from the package or software-name column, as they are or in the form pkgutil prints");
    case RuleKind::Purl:
        return tr("package URLs in software bills of materials");
    case RuleKind::Hardware:
        return tr("hardware makers and models");
    }
    return QString();
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

    // Package names and bundle identifiers are found wherever an inventory writes them, the name included
    // ("klnagent64-14.0.0-4490.x86_64" in a software-name column); a name that contains none of their
    // literals is not read for them.
    const bool identifierRules = data.hasPackageRules || data.hasBundleRules;
    bool nameMayBeIdentifier = false;
    if (identifierRules && !view.name.isEmpty()) {
        nameMayBeIdentifier = data.readEveryName;
        if (!nameMayBeIdentifier && data.identifierScanner.count() > 0) {
            QVarLengthArray<quint8, 256> hits(data.identifierScanner.count());
            std::fill(hits.begin(), hits.end(), quint8(0));
            data.identifierScanner.scan(view.name, hits.data());
            nameMayBeIdentifier = std::any_of(hits.begin(), hits.end(), [](quint8 hit) { return hit != 0; });
        }
    }
    const auto isCpe = [](const QString &folded) { return folded.startsWith(QLatin1String("cpe:")); };
    const bool nameIsCpe = data.hasCpeRules && isCpe(view.name);

    // Most titles mention no covered vendor anywhere: decide that before preparing anything else.
    const auto anyHit = [](const QVarLengthArray<quint8, 256> &hits) {
        return std::any_of(hits.begin(), hits.end(), [](quint8 hit) { return hit != 0; });
    };
    const bool worthALook =
        data.needsEveryTitle || anyHit(view.nameHits) || anyHit(view.publisherHits) ||
        data.publisherAliases.contains(view.publisherOrganization) ||
        (data.hasCpeRules && (hasText(title.cpe) || nameIsCpe || hasText(title.packageName))) ||
        (identifierRules && (hasText(title.packageName) || hasText(title.purl) || hasText(title.bundleId) ||
                             nameMayBeIdentifier)) ||
        (data.hasPurlRules && hasText(title.purl)) ||
        (data.hasHardwareRules && (hasText(title.hardwareVendor) || hasText(title.hardwareModel)));
    if (!worthALook)
        return {};

    const QString packageName = foldText(title.packageName);
    for (const PackageIdentifier &reading : PackageIdentifier::read(packageName, true))
        view.identifiers.append({reading, EvidenceField::PackageName});
    view.purl = PackageUrl::parse(title.purl);
    if (view.purl) {
        view.purlIdentity = foldText(view.purl->identity());
        view.identifiers.append(
            {{foldText(view.purl->name), PackageIdentifier::Form::Plain}, EvidenceField::PackageUrl});
    }
    if (const QString bundleId = foldText(title.bundleId); !bundleId.isEmpty())
        view.identifiers.append({{bundleId, PackageIdentifier::Form::Plain}, EvidenceField::BundleId});
    // A title with a package URL is a component identified by it (a bill of materials' library named
    // "com.kaspersky.sdk" is embedded code, left to the purl rules), so its name is not read as an
    // identifier.
    if (nameMayBeIdentifier && !view.purl) {
        for (const PackageIdentifier &reading : PackageIdentifier::read(view.name, false))
            view.identifiers.append({reading, EvidenceField::Name});
    }
    view.hardwareVendor = foldText(title.hardwareVendor);
    if (!view.hardwareVendor.isEmpty())
        view.hardwareVendorOrganization = normalizeOrganizationName(title.hardwareVendor);
    view.hardwareModel = foldText(title.hardwareModel);
    if (data.hasCpeRules) {
        if (hasText(title.cpe)) {
            if (const auto cpe = CpeName::parse(title.cpe))
                view.cpes.append({*cpe, EvidenceField::Cpe});
        }
        // A CPE name written in the name or package column (some scanners' exports do).
        if (nameIsCpe) {
            if (const auto cpe = CpeName::parse(title.name))
                view.cpes.append({*cpe, EvidenceField::Name});
        }
        if (isCpe(packageName)) {
            if (const auto cpe = CpeName::parse(title.packageName))
                view.cpes.append({*cpe, EvidenceField::PackageName});
        }
    }

    QList<DetectionResult> results;
    for (const CompiledDirective &directive : data.directives) {
        QList<RuleMatch> matches;
        QVarLengthArray<bool, 16> indirect; // beside matches
        for (const CompiledRule &rule : directive.covers) {
            QString explanation;
            bool fromElsewhere = false;
            if (rule.match(view, directive.coveredPublishers, &explanation, &fromElsewhere)) {
                matches.append(
                    RuleMatch{rule.qualifiedId(), RuleEffect::Cover, rule.rule().confidence, explanation});
                indirect.append(fromElsewhere);
            }
        }
        if (matches.isEmpty())
            continue;
        // Confirmed first; among equals, a match in the rule's own field before one read from another field
        // or a package manager's form (a package name in the package column before the same name in the
        // bundle column); then catalog order.
        QVarLengthArray<qsizetype, 16> order;
        for (qsizetype i = 0; i < matches.size(); ++i)
            order.append(i);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const bool confirmedA = matches[a].confidence == MatchConfidence::Confirmed;
            const bool confirmedB = matches[b].confidence == MatchConfidence::Confirmed;
            if (confirmedA != confirmedB)
                return confirmedA;
            return !indirect[a] && indirect[b];
        });
        QList<RuleMatch> sorted;
        sorted.reserve(matches.size());
        for (qsizetype i : order)
            sorted.append(matches[i]);
        matches = sorted;
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
