#include "model/detection/compiledrule.h"

#include "model/detection/textnormalizer.h"

#include <QCoreApplication>

namespace uproot {

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
                           LiteralScanner &publisherScanner, QString *error)
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
        m_patterns = compileAll(rule.patterns, &publisherScanner, error);
        break;
    case RuleKind::ProductName:
        m_patterns = compileAll(rule.patterns, &nameScanner, error);
        break;
    case RuleKind::BundleId:
    case RuleKind::Purl:
        m_patterns = compileAll(rule.patterns, nullptr, error);
        break;
    case RuleKind::Package:
        m_patterns = compileAll(rule.names, nullptr, error);
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
                                                QString *error)
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
            if (entry.literalIds.isEmpty())
                m_needsEveryTitle = true;
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
                         QString *explanation) const
{
    QString clause;
    if (!matchKind(view, &clause))
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
            condition = QCoreApplication::translate("Detector", "no publisher is recorded");
        else if (!coveredPublishers.contains(view.publisherOrganization))
            condition = QCoreApplication::translate("Detector", "publisher %1 is not a covered publisher")
                            .arg(quoted(view.raw->publisher));
    }
    if (explanation) {
        if (!condition.isEmpty())
            clause = QCoreApplication::translate("Detector", "%1 and %2").arg(clause, condition);
        switch (m_rule.effect) {
        case RuleEffect::Cover:
            *explanation = QCoreApplication::translate("Detector", "%1 (rule %2)").arg(clause, m_qualifiedId);
            break;
        case RuleEffect::Exclude:
            *explanation = QCoreApplication::translate("Detector", "%1 (exclusion %2: %3)")
                               .arg(clause, m_qualifiedId, m_rule.description);
            break;
        case RuleEffect::FalsePositive:
            *explanation = QCoreApplication::translate("Detector", "%1 (known false positive %2: %3)")
                               .arg(clause, m_qualifiedId, m_rule.description);
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
        *clause = QCoreApplication::translate("Detector", "publisher %1 is a covered publisher")
                      .arg(quoted(view.raw->publisher));
        return true;
    case PublisherCondition::CoveredOrEmpty:
        if (empty) {
            *clause = QCoreApplication::translate("Detector", "no publisher is recorded");
            return true;
        }
        if (!covered)
            return false;
        *clause = QCoreApplication::translate("Detector", "publisher %1 is a covered publisher")
                      .arg(quoted(view.raw->publisher));
        return true;
    case PublisherCondition::Other:
        if (empty || covered)
            return false;
        *clause = QCoreApplication::translate("Detector", "publisher %1 is not a covered publisher")
                      .arg(quoted(view.raw->publisher));
        return true;
    case PublisherCondition::Empty:
        if (!empty)
            return false;
        *clause = QCoreApplication::translate("Detector", "no publisher is recorded");
        return true;
    }
    return false;
}

bool CompiledRule::matchKind(const EvidenceView &view, QString *clause) const
{
    const TitleEvidence &raw = *view.raw;
    switch (m_rule.kind) {
    case RuleKind::Publisher: {
        if (view.publisher.isEmpty())
            return false;
        if (const auto it = m_organizations.constFind(view.publisherOrganization);
            it != m_organizations.constEnd()) {
            *clause = QCoreApplication::translate("Detector", "publisher %1 matched alias %2")
                          .arg(quoted(raw.publisher), quoted(it.value()));
            return true;
        }
        if (const CompiledPattern *hit = firstMatch(m_patterns, view.publisher, &view.publisherHits)) {
            *clause = QCoreApplication::translate("Detector", "publisher %1 matched pattern %2")
                          .arg(quoted(raw.publisher), quoted(hit->pattern.source()));
            return true;
        }
        return false;
    }
    case RuleKind::ProductName:
        if (const CompiledPattern *hit = firstMatch(m_patterns, view.name, &view.nameHits)) {
            *clause = QCoreApplication::translate("Detector", "name %1 matched pattern %2")
                          .arg(quoted(raw.name), quoted(hit->pattern.source()));
            return true;
        }
        return false;
    case RuleKind::BundleId:
        if (const CompiledPattern *hit = firstMatch(m_patterns, view.bundleId, nullptr)) {
            *clause = QCoreApplication::translate("Detector", "bundle identifier %1 matched %2")
                          .arg(quoted(raw.bundleId), quoted(hit->pattern.source()));
            return true;
        }
        return false;
    case RuleKind::Purl:
        if (const CompiledPattern *hit = firstMatch(m_patterns, view.purlIdentity, nullptr)) {
            *clause = QCoreApplication::translate("Detector", "package URL %1 matched %2")
                          .arg(quoted(raw.purl), quoted(hit->pattern.source()));
            return true;
        }
        return false;
    case RuleKind::Package:
        return matchPackage(view, clause);
    case RuleKind::Cpe:
        return matchCpe(view, clause);
    case RuleKind::Hardware:
        return matchHardware(view, clause);
    }
    return false;
}

bool CompiledRule::matchPackage(const EvidenceView &view, QString *clause) const
{
    if (const CompiledPattern *hit = firstMatch(m_patterns, view.packageName, nullptr)) {
        *clause = QCoreApplication::translate("Detector", "package %1 matched %2")
                      .arg(quoted(view.raw->packageName), quoted(hit->pattern.source()));
        return true;
    }
    if (view.purlName != view.packageName) {
        if (const CompiledPattern *hit = firstMatch(m_patterns, view.purlName, nullptr)) {
            *clause =
                QCoreApplication::translate("Detector", "package %1 (from package URL %2) matched %3")
                    .arg(quoted(view.purl->name), quoted(view.raw->purl), quoted(hit->pattern.source()));
            return true;
        }
    }
    return false;
}

bool CompiledRule::matchCpe(const EvidenceView &view, QString *clause) const
{
    if (!view.cpe || !m_cpeVendors.contains(view.cpe->vendor))
        return false;
    if (!m_cpeParts.isEmpty() && !m_cpeParts.contains(view.cpe->part))
        return false;
    if (m_secondary.isEmpty()) {
        *clause = QCoreApplication::translate("Detector", "CPE %1 has vendor %2")
                      .arg(quoted(view.raw->cpe), quoted(view.cpe->vendor));
        return true;
    }
    if (const CompiledPattern *hit = firstMatch(m_secondary, foldText(view.cpe->product), nullptr)) {
        *clause = QCoreApplication::translate("Detector", "CPE %1 has vendor %2 and product %3 matching %4")
                      .arg(quoted(view.raw->cpe), quoted(view.cpe->vendor), quoted(view.cpe->product),
                           quoted(hit->pattern.source()));
        return true;
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
            parts.append(QCoreApplication::translate("Detector", "hardware vendor %1 matched %2")
                             .arg(quoted(view.raw->hardwareVendor), quoted(it.value())));
        } else if (const CompiledPattern *hit = firstMatch(m_secondary, view.hardwareVendor, nullptr)) {
            parts.append(QCoreApplication::translate("Detector", "hardware vendor %1 matched pattern %2")
                             .arg(quoted(view.raw->hardwareVendor), quoted(hit->pattern.source())));
        } else {
            return false;
        }
    }
    if (!m_models.isEmpty()) {
        const CompiledPattern *hit = firstMatch(m_models, view.hardwareModel, nullptr);
        if (!hit)
            return false;
        parts.append(QCoreApplication::translate("Detector", "model %1 matched pattern %2")
                         .arg(quoted(view.raw->hardwareModel), quoted(hit->pattern.source())));
    }
    *clause = parts.join(QCoreApplication::translate("Detector", " and "));
    return true;
}

} // namespace uproot
