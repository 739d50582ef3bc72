#pragma once

#include "model/detection/matchconfidence.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A removal directive as data: what the catalog JSON holds, parsed and validated (see
// resources/directives/README.md for the file format). Plain values with value equality, so a directive can
// be copied, edited, exported and compared; the compiled form used for matching lives in the Detector.
namespace uproot {

// A named date of the instrument itself ("published in the Federal Register", "prohibition in force").
struct DirectiveDate
{
    QString name;
    QDate date;
    QString note; // e.g. "unconfirmed: ..."
    bool operator==(const DirectiveDate &) const = default;
};

// "every 30 days until complete", "every 30 days until 2018-12-31", "every 90 days, 4 times".
struct MilestoneRecurrence
{
    int everyDays = 0; // 0: the milestone happens once
    QDate until;       // null: until the work is complete (open-ended; the caller's horizon bounds it)
    int count = 0;     // 0: no limit on the number of occurrences; otherwise the total including the first
    bool isRecurring() const { return everyDays > 0; }
    bool operator==(const MilestoneRecurrence &) const = default;
};

struct DirectiveMilestone
{
    QString id; // stable within the directive: "identification-report"
    QString
        kind; // identification-report, plan-of-action, begin-removal, status-report, removal-deadline, ...
    QString title;
    QString description;
    std::optional<int> offsetDays; // calendar days after the issue date; exactly one of offsetDays and date
    QDate date;                    // a fixed calendar date named by the instrument
    MilestoneRecurrence recurrence;
    QString note;
    bool operator==(const DirectiveMilestone &) const = default;
};

// An obligation triggered by an event rather than by the issue date ("report within 1 business day of
// identifying covered equipment"): shown to the planner, not placed on the timeline.
struct EventDeadline
{
    QString title;
    QString trigger;
    int businessDays = 0; // 0: no fixed count
    QString recipient;
    QString note;
    bool operator==(const EventDeadline &) const = default;
};

// A covered vendor or product, an exclusion, a report recipient or a source: a name or description for
// people.
struct DirectiveEntry
{
    QString name;
    QString description;
    QStringList ruleIds; // for exclusions: the rules that implement it, when it can be seen in an inventory
    QString url;         // for sources
    QString note;
    bool operator==(const DirectiveEntry &) const = default;
};

// What part of a title a rule looks at.
enum class RuleKind { Publisher, ProductName, Cpe, Package, BundleId, Purl, Hardware };
// What a match means: the title is covered, or it is excluded by the directive's text, or it is a known false
// positive. Exclusions and false positives are only looked at for titles that some covering rule matched.
enum class RuleEffect { Cover, Exclude, FalsePositive };
// A condition on the title's publisher that any rule may add. "Covered" means: equal, once normalised, to an
// alias of one of this directive's publisher rules.
enum class PublisherCondition { Any, Covered, CoveredOrEmpty, Other, Empty };
enum class PatternSyntax { Wildcard, Regex };

struct DetectionRule
{
    QString id; // unique within the directive; shown as "<directive>/<rule>"
    RuleKind kind = RuleKind::ProductName;
    RuleEffect effect = RuleEffect::Cover;
    MatchConfidence confidence = MatchConfidence::Confirmed; // meaningful for Cover only
    QString description;
    PublisherCondition publisher = PublisherCondition::Any;
    PatternSyntax syntax = PatternSyntax::Wildcard;
    QStringList aliases;        // Publisher: organisation names compared after normalisation
    QStringList patterns;       // Publisher, ProductName, BundleId, Purl
    QStringList names;          // Package
    QStringList vendors;        // Cpe: vendor tokens; Hardware: organisation names (normalised like aliases)
    QStringList products;       // Cpe: product patterns (optional)
    QStringList parts;          // Cpe: "a", "o", "h" (optional)
    QStringList vendorPatterns; // Hardware (optional)
    QStringList models;         // Hardware: model patterns (optional)
    QString note;
    bool operator==(const DetectionRule &) const = default;
};

struct Directive
{
    QString id; // short and stable: "bod-17-01"
    QString title;
    QString shortTitle;
    QString issuer;
    QString instrument;
    QString authority;
    QDate issueDate;
    QString summary;
    QStringList appliesTo;
    QList<DirectiveDate> effectiveDates;
    QList<DirectiveMilestone> milestones;
    QList<EventDeadline> eventDeadlines;
    QList<DirectiveEntry> coveredVendors;
    QList<DirectiveEntry> coveredProducts;
    QList<DirectiveEntry> exclusions;
    QList<DirectiveEntry> reportRecipients;
    QList<DirectiveEntry> sources;
    QStringList notes;
    QList<DetectionRule> rules;

    const DetectionRule *rule(const QString &ruleId) const;
    // "bod-17-01/publisher-kaspersky"
    QString qualifiedRuleId(const DetectionRule &rule) const { return id + QLatin1Char('/') + rule.id; }
    bool operator==(const Directive &) const = default;
};

// The spellings used in the catalog files; fromString returns std::nullopt for anything else.
QString toString(RuleKind kind);
QString toString(RuleEffect effect);
QString toString(PublisherCondition condition);
QString toString(PatternSyntax syntax);
std::optional<RuleKind> ruleKindFromString(const QString &text);
std::optional<RuleEffect> ruleEffectFromString(const QString &text);
std::optional<PublisherCondition> publisherConditionFromString(const QString &text);
std::optional<PatternSyntax> patternSyntaxFromString(const QString &text);
std::optional<MatchConfidence> matchConfidenceFromString(const QString &text);
// "confirmed" / "needs-review" as written in the catalog (toString(MatchConfidence) is the display text).
QString catalogSpelling(MatchConfidence confidence);

} // namespace uproot
