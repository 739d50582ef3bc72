#include "model/detection/compiledrule.h"

#include "model/detection/textnormalizer.h"
#include "model/translation.h"

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Detector)

namespace {

// Inventory text goes into explanations as data; a hostile 1 MB name must not make a 1 MB explanation.
constexpr int kMaxQuoted = 200;

QString quoted(const QString &value)
{
    QString text = value.trimmed();
    if (text.size() > kMaxQuoted)
        text = text.left(kMaxQuoted) + QChar(0x2026);
    return u'"' + text + u'"';
}

} // namespace

CompiledRule::CompiledRule(const Directive &directive, const DetectionRule &rule, LiteralScanner &nameScanner,
                           LiteralScanner &publisherScanner, LiteralScanner &identifierScanner,
                           QString *error)
    : m_rule(rule), m_qualifiedId(directive.qualifiedRuleId(rule))
{
    const QStringList organizations = rule.kind == RuleKind::Publisher  ? rule.aliases
                                      : rule.kind == RuleKind::Hardware ? rule.vendors
                                                                        : QStringList();
    for (const QString &name : organizations) {
        const QString normalized = normalizeOrganizationName(name);
        if (!normalized.isEmpty() && !m_organizations.contains(normalized))
            m_organizations.insert(normalized, name);
    }
    switch (rule.kind) {
    case RuleKind::Publisher:
        m_patterns = compileAll(rule.patterns, &publisherScanner, error, &m_needsEveryTitle);
        break;
    case RuleKind::ProductName:
        m_patterns = compileAll(rule.patterns, &nameScanner, error, &m_needsEveryTitle);
        break;
    case RuleKind::BundleId:
        m_patterns = compileAll(rule.patterns, &identifierScanner, error, &m_needsEveryName);
        break;
    case RuleKind::Purl:
        m_patterns = compileAll(rule.patterns, nullptr, error);
        break;
    case RuleKind::Package:
        m_patterns = compileAll(rule.names, &identifierScanner, error, &m_needsEveryName);
        break;
    case RuleKind::Cpe:
        m_secondary = compileAll(rule.products, nullptr, error);
        for (const QString &vendor : rule.vendors)
            m_cpeVendors.insert(vendor.toLower());
        for (const QString &part : rule.parts)
            m_cpeParts.insert(part.toLower());
        break;
    case RuleKind::Hardware:
        m_secondary = compileAll(rule.vendorPatterns, nullptr, error);
        m_models = compileAll(rule.models, nullptr, error);
        break;
    }
}

QList<CompiledPattern> CompiledRule::compileAll(const QStringList &sources, LiteralScanner *scanner,
                                                QString *error, bool *lacksLiteral)
{
    QList<CompiledPattern> compiled;
    for (const QString &source : sources) {
        QString problem;
        std::optional<TextPattern> pattern = TextPattern::compile(source, m_rule.syntax, &problem);
        if (!pattern) {
            if (error && error->isEmpty())
                *error = m_qualifiedId + QLatin1String(": ") + problem;
            continue;
        }
        CompiledPattern entry{*pattern, {}};
        if (scanner) {
            for (const QString &literal : pattern->requiredLiterals()) {
                const int id = scanner->add(literal);
                if (id < 0) {
                    entry.literalIds.clear();
                    break;
                }
                entry.literalIds.append(id);
            }
            if (entry.literalIds.isEmpty() && lacksLiteral)
                *lacksLiteral = true;
        }
        compiled.append(entry);
    }
    return compiled;
}

const CompiledPattern *CompiledRule::firstMatch(const QList<CompiledPattern> &patterns, const QString &folded,
                                                const QVarLengthArray<quint8, 256> *hits) const
{
    if (folded.isEmpty())
        return nullptr;
    for (const CompiledPattern &candidate : patterns) {
        if (hits && !candidate.literalIds.isEmpty()) {
            bool present = false;
            for (int id : candidate.literalIds) {
                if (id < hits->size() && hits->at(id)) {
                    present = true;
                    break;
                }
            }
            if (!present)
                continue;
        }
        if (candidate.pattern.matches(folded))
            return &candidate;
    }
    return nullptr;
}

bool CompiledRule::match(const EvidenceView &view, const QSet<QString> &coveredPublishers,
                         QString *explanation, bool *indirect) const
{
    QString clause;
    bool fromElsewhere = false;
    if (!matchKind(view, &clause, &fromElsewhere))
        return false;
    QString condition;
    if (!publisherConditionHolds(view, coveredPublishers, &condition))
        return false;
    if (explanation && condition.isEmpty() && m_rule.kind == RuleKind::ProductName &&
        m_rule.effect == RuleEffect::Cover && m_rule.confidence == MatchConfidence::NeedsReview &&
        !coveredPublishers.isEmpty()) {
        // Say why a name alone is not conclusive: the publisher that would have settled it is missing or is
        // someone else.
        if (view.publisher.isEmpty())
            condition = tr("no publisher is recorded");
        else if (!coveredPublishers.contains(view.publisherOrganization))
            condition = tr("publisher %1 is not a covered publisher").arg(quoted(view.raw->publisher));
    }
    if (indirect)
        *indirect = fromElsewhere;
    if (explanation) {
        if (!condition.isEmpty())
            clause = tr("%1 and %2").arg(clause, condition);
        switch (m_rule.effect) {
        case RuleEffect::Cover:
            *explanation = tr("%1 (rule %2)").arg(clause, m_qualifiedId);
            break;
        case RuleEffect::Exclude:
            *explanation = tr("%1 (exclusion %2: %3)").arg(clause, m_qualifiedId, m_rule.description);
            break;
        case RuleEffect::FalsePositive:
            *explanation =
                tr("%1 (known false positive %2: %3)").arg(clause, m_qualifiedId, m_rule.description);
            break;
        }
    }
    return true;
}

bool CompiledRule::publisherConditionHolds(const EvidenceView &view, const QSet<QString> &coveredPublishers,
                                           QString *clause) const
{
    const bool empty = view.publisher.isEmpty();
    const bool covered = !empty && coveredPublishers.contains(view.publisherOrganization);
    switch (m_rule.publisher) {
    case PublisherCondition::Any:
        return true;
    case PublisherCondition::Covered:
        if (!covered)
            return false;
        *clause = tr("publisher %1 is a covered publisher").arg(quoted(view.raw->publisher));
        return true;
    case PublisherCondition::CoveredOrEmpty:
        if (empty) {
            *clause = tr("no publisher is recorded");
            return true;
        }
        if (!covered)
            return false;
        *clause = tr("publisher %1 is a covered publisher").arg(quoted(view.raw->publisher));
        return true;
    case PublisherCondition::Other:
        if (empty || covered)
            return false;
        *clause = tr("publisher %1 is not a covered publisher").arg(quoted(view.raw->publisher));
        return true;
    case PublisherCondition::Empty:
        if (!empty)
            return false;
        *clause = tr("no publisher is recorded");
        return true;
    }
    return false;
}

bool CompiledRule::matchKind(const EvidenceView &view, QString *clause, bool *indirect) const
{
    const TitleEvidence &raw = *view.raw;
    switch (m_rule.kind) {
    case RuleKind::Publisher: {
        if (view.publisher.isEmpty())
            return false;
        if (const auto it = m_organizations.constFind(view.publisherOrganization);
            it != m_organizations.constEnd()) {
            *clause = tr("publisher %1 matched alias %2").arg(quoted(raw.publisher), quoted(it.value()));
            return true;
        }
        if (const CompiledPattern *hit = firstMatch(m_patterns, view.publisher, &view.publisherHits)) {
            *clause = tr("publisher %1 matched pattern %2")
                          .arg(quoted(raw.publisher), quoted(hit->pattern.source()));
            return true;
        }
        return false;
    }
    case RuleKind::ProductName:
        if (const CompiledPattern *hit = firstMatch(m_patterns, view.name, &view.nameHits)) {
            *clause = tr("name %1 matched pattern %2").arg(quoted(raw.name), quoted(hit->pattern.source()));
            return true;
        }
        return false;
    case RuleKind::BundleId:
        return matchBundle(view, clause, indirect);
    case RuleKind::Purl:
        if (const CompiledPattern *hit = firstMatch(m_patterns, view.purlIdentity, nullptr)) {
            *clause = tr("package URL %1 matched %2").arg(quoted(raw.purl), quoted(hit->pattern.source()));
            return true;
        }
        return false;
    case RuleKind::Package:
        return matchPackage(view, clause, indirect);
    case RuleKind::Cpe:
        return matchCpe(view, clause, indirect);
    case RuleKind::Hardware:
        return matchHardware(view, clause);
    }
    return false;
}

namespace {

const QString &fieldText(const EvidenceView &view, EvidenceField field)
{
    switch (field) {
    case EvidenceField::Name:
        return view.raw->name;
    case EvidenceField::PackageName:
        return view.raw->packageName;
    case EvidenceField::BundleId:
        return view.raw->bundleId;
    case EvidenceField::PackageUrl:
        return view.raw->purl;
    case EvidenceField::Cpe:
        break;
    }
    return view.raw->cpe;
}

QString fieldName(EvidenceField field)
{
    switch (field) {
    case EvidenceField::Name:
        return tr("name");
    case EvidenceField::PackageName:
        return tr("package name");
    case EvidenceField::BundleId:
        return tr("bundle identifier");
    case EvidenceField::PackageUrl:
        return tr("package URL");
    case EvidenceField::Cpe:
        break;
    }
    return tr("CPE");
}

} // namespace

QString CompiledRule::identifierClause(const EvidenceView &view, const IdentifierReading &reading,
                                       const CompiledPattern &hit) const
{
    const bool package = m_rule.kind == RuleKind::Package;
    const EvidenceField own = package ? EvidenceField::PackageName : EvidenceField::BundleId;
    const QString text = quoted(fieldText(view, reading.field));
    const QString pattern = quoted(hit.pattern.source());
    if (reading.field == EvidenceField::PackageUrl) {
        return tr("package %1 (from package URL %2) matched %3").arg(quoted(view.purl->name), text, pattern);
    }
    if (reading.identifier.form == PackageIdentifier::Form::Plain) {
        if (reading.field == own)
            return (package ? tr("package %1 matched %2") : tr("bundle identifier %1 matched %2"))
                .arg(text, pattern);
        return (package ? tr("package %1, from the %2, matched %3")
                        : tr("bundle identifier %1, from the %2, matched %3"))
            .arg(text, fieldName(reading.field), pattern);
    }
    // "package "klnagent64", from the rpm form "klnagent64-14.0.0-4490.x86_64" in the name, matched …"
    return (package ? tr("package %1, from the %2 form %3 in the %4, matched %5")
                    : tr("bundle identifier %1, from the %2 form %3 in the %4, matched %5"))
        .arg(quoted(reading.identifier.name), toString(reading.identifier.form), text,
             fieldName(reading.field), pattern);
}

bool CompiledRule::matchPackage(const EvidenceView &view, QString *clause, bool *indirect) const
{
    for (const IdentifierReading &reading : view.identifiers) {
        if (const CompiledPattern *hit = firstMatch(m_patterns, reading.identifier.name, nullptr)) {
            *clause = identifierClause(view, reading, *hit);
            *indirect =
                reading.identifier.form != PackageIdentifier::Form::Plain ||
                (reading.field != EvidenceField::PackageName && reading.field != EvidenceField::PackageUrl);
            return true;
        }
    }
    return false;
}

bool CompiledRule::matchBundle(const EvidenceView &view, QString *clause, bool *indirect) const
{
    // The bundle field as it is first, then reverse-DNS names from the package field and the name. Not the
    // name in a package URL: that is a library's name in its ecosystem (a Maven artifact), which purl rules
    // judge.
    for (const bool own : {true, false}) {
        for (const IdentifierReading &reading : view.identifiers) {
            if ((reading.field == EvidenceField::BundleId) != own ||
                reading.field == EvidenceField::PackageUrl)
                continue;
            if (!own && !PackageIdentifier::isReverseDns(reading.identifier.name))
                continue;

            if (const CompiledPattern *hit = firstMatch(m_patterns, reading.identifier.name, nullptr)) {
                *clause = identifierClause(view, reading, *hit);
                *indirect = !own || reading.identifier.form != PackageIdentifier::Form::Plain;
                return true;
            }
        }
    }
    return false;
}

bool CompiledRule::matchCpe(const EvidenceView &view, QString *clause, bool *indirect) const
{
    for (const CpeReading &reading : view.cpes) {
        const CpeName &cpe = reading.cpe;
        if (!m_cpeVendors.contains(cpe.vendor))
            continue;
        if (!m_cpeParts.isEmpty() && !m_cpeParts.contains(cpe.part))
            continue;
        const QString text = quoted(fieldText(view, reading.field));
        const bool own = reading.field == EvidenceField::Cpe;
        *indirect = !own;
        if (m_secondary.isEmpty()) {
            *clause = own ? tr("CPE %1 has vendor %2").arg(text, quoted(cpe.vendor))
                          : tr("CPE %1, from the %2, has vendor %3")
                                .arg(text, fieldName(reading.field), quoted(cpe.vendor));
            return true;
        }
        if (const CompiledPattern *hit = firstMatch(m_secondary, foldText(cpe.product), nullptr)) {
            *clause =
                own ? tr("CPE %1 has vendor %2 and product %3 matching %4")
                          .arg(text, quoted(cpe.vendor), quoted(cpe.product), quoted(hit->pattern.source()))
                    : tr("CPE %1, from the %2, has vendor %3 and product %4 matching %5")
                          .arg(text, fieldName(reading.field), quoted(cpe.vendor), quoted(cpe.product),
                               quoted(hit->pattern.source()));
            return true;
        }
    }
    return false;
}

bool CompiledRule::matchHardware(const EvidenceView &view, QString *clause) const
{
    QStringList parts;
    if (!m_organizations.isEmpty() || !m_secondary.isEmpty()) {
        if (view.hardwareVendor.isEmpty())
            return false;
        if (const auto it = m_organizations.constFind(view.hardwareVendorOrganization);
            it != m_organizations.constEnd()) {
            parts.append(tr("hardware vendor %1 matched %2")
                             .arg(quoted(view.raw->hardwareVendor), quoted(it.value())));
        } else if (const CompiledPattern *hit = firstMatch(m_secondary, view.hardwareVendor, nullptr)) {
            parts.append(tr("hardware vendor %1 matched pattern %2")
                             .arg(quoted(view.raw->hardwareVendor), quoted(hit->pattern.source())));
        } else {
            return false;
        }
    }
    if (!m_models.isEmpty()) {
        const CompiledPattern *hit = firstMatch(m_models, view.hardwareModel, nullptr);
        if (!hit)
            return false;
        parts.append(tr("model %1 matched pattern %2")
                         .arg(quoted(view.raw->hardwareModel), quoted(hit->pattern.source())));
    }
    *clause = parts.join(tr(" and "));
    return true;
}

} // namespace uproot
