#include "model/detection/directive.h"

#include <array>
#include <utility>

namespace uproot {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, QLatin1String>, N> &table, const QString &text)
{
    for (const auto &[value, spelling] : table) {
        if (text == spelling)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString spell(const std::array<std::pair<Enum, QLatin1String>, N> &table, Enum value)
{
    for (const auto &[candidate, spelling] : table) {
        if (candidate == value)
            return spelling;
    }
    return QString();
}

const std::array<std::pair<RuleKind, QLatin1String>, 7> kRuleKinds{{
    {RuleKind::Publisher, QLatin1String("publisher")},
    {RuleKind::ProductName, QLatin1String("product-name")},
    {RuleKind::Cpe, QLatin1String("cpe")},
    {RuleKind::Package, QLatin1String("package")},
    {RuleKind::BundleId, QLatin1String("bundle-id")},
    {RuleKind::Purl, QLatin1String("purl")},
    {RuleKind::Hardware, QLatin1String("hardware")},
}};

const std::array<std::pair<RuleEffect, QLatin1String>, 3> kRuleEffects{{
    {RuleEffect::Cover, QLatin1String("cover")},
    {RuleEffect::Exclude, QLatin1String("exclude")},
    {RuleEffect::FalsePositive, QLatin1String("false-positive")},
}};

const std::array<std::pair<PublisherCondition, QLatin1String>, 5> kPublisherConditions{{
    {PublisherCondition::Any, QLatin1String("any")},
    {PublisherCondition::Covered, QLatin1String("covered")},
    {PublisherCondition::CoveredOrEmpty, QLatin1String("covered-or-empty")},
    {PublisherCondition::Other, QLatin1String("other")},
    {PublisherCondition::Empty, QLatin1String("empty")},
}};

const std::array<std::pair<PatternSyntax, QLatin1String>, 2> kSyntaxes{{
    {PatternSyntax::Wildcard, QLatin1String("wildcard")},
    {PatternSyntax::Regex, QLatin1String("regex")},
}};

const std::array<std::pair<MatchConfidence, QLatin1String>, 2> kConfidences{{
    {MatchConfidence::Confirmed, QLatin1String("confirmed")},
    {MatchConfidence::NeedsReview, QLatin1String("needs-review")},
}};

} // namespace

const DetectionRule *Directive::rule(const QString &ruleId) const
{
    for (const DetectionRule &candidate : rules) {
        if (candidate.id == ruleId)
            return &candidate;
    }
    return nullptr;
}

QString toString(RuleKind kind)
{
    return spell(kRuleKinds, kind);
}
QString toString(RuleEffect effect)
{
    return spell(kRuleEffects, effect);
}
QString toString(PublisherCondition condition)
{
    return spell(kPublisherConditions, condition);
}
QString toString(PatternSyntax syntax)
{
    return spell(kSyntaxes, syntax);
}
QString catalogSpelling(MatchConfidence confidence)
{
    return spell(kConfidences, confidence);
}

std::optional<RuleKind> ruleKindFromString(const QString &text)
{
    return lookup(kRuleKinds, text);
}
std::optional<RuleEffect> ruleEffectFromString(const QString &text)
{
    return lookup(kRuleEffects, text);
}
std::optional<PublisherCondition> publisherConditionFromString(const QString &text)
{
    return lookup(kPublisherConditions, text);
}
std::optional<PatternSyntax> patternSyntaxFromString(const QString &text)
{
    return lookup(kSyntaxes, text);
}
std::optional<MatchConfidence> matchConfidenceFromString(const QString &text)
{
    return lookup(kConfidences, text);
}

} // namespace uproot
