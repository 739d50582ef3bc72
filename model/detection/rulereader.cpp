#include "model/detection/rulereader.h"

#include "model/detection/jsonobjectreader.h"
#include "model/detection/textnormalizer.h"
#include "model/detection/textpattern.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace uproot {

namespace {

QString knownKinds()
{
    QStringList names;
    for (RuleKind kind : {RuleKind::Publisher, RuleKind::ProductName, RuleKind::Cpe, RuleKind::Package,
                          RuleKind::BundleId, RuleKind::Purl, RuleKind::Hardware})
        names.append(toString(kind));
    return names.join(QLatin1String(", "));
}

void checkPatterns(JsonObjectReader &reader, const char *key, const QStringList &patterns,
                   PatternSyntax syntax)
{
    for (qsizetype i = 0; i < patterns.size() && reader.ok(); ++i) {
        QString problem;
        if (!TextPattern::compile(patterns.at(i), syntax, &problem))
            reader.fail(QLatin1String(key) + u'[' + QString::number(i) + u']', problem);
    }
}

void checkOrganizationNames(JsonObjectReader &reader, const char *key, const QStringList &names)
{
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < names.size() && reader.ok(); ++i) {
        const QString where = QLatin1String(key) + u'[' + QString::number(i) + u']';
        const QString normalized = normalizeOrganizationName(names.at(i));
        if (normalized.isEmpty()) {
            reader.fail(where, QCoreApplication::translate("RuleReader", "\"%1\" has no letters or digits")
                                   .arg(names.at(i)));
        } else if (seen.contains(normalized)) {
            reader.fail(where, QCoreApplication::translate(
                                   "RuleReader", "\"%1\" is the same as \"%2\" once case, punctuation "
                                                 "and legal form are ignored")
                                   .arg(names.at(i), seen.value(normalized)));
        }
        seen.insert(normalized, names.at(i));
    }
}

void checkCpe(JsonObjectReader &reader, const DetectionRule &rule)
{
    static const QRegularExpression token(QStringLiteral("\\A[a-z0-9_.~!%-]+\\z"));
    for (qsizetype i = 0; i < rule.vendors.size() && reader.ok(); ++i) {
        if (!token.match(rule.vendors.at(i)).hasMatch()) {
            reader.fail(QStringLiteral("vendors[%1]").arg(i),
                        QCoreApplication::translate(
                            "RuleReader", "\"%1\" is not a CPE vendor value (lower case, no spaces or "
                                          "colons, e.g. kaspersky_lab)")
                            .arg(rule.vendors.at(i)));
        }
    }
    for (qsizetype i = 0; i < rule.parts.size() && reader.ok(); ++i) {
        const QString &part = rule.parts.at(i);
        if (part != QLatin1String("a") && part != QLatin1String("o") && part != QLatin1String("h")) {
            reader.fail(
                QStringLiteral("parts[%1]").arg(i),
                QCoreApplication::translate("RuleReader", "\"%1\" is not a CPE part (a, o or h)").arg(part));
        }
    }
    checkPatterns(reader, "products", rule.products, rule.syntax);
}

DetectionRule readRule(JsonObjectReader &reader)
{
    DetectionRule rule;
    rule.id = reader.text("id", true);
    static const QRegularExpression identifier(QStringLiteral("\\A[a-z0-9][a-z0-9.-]{0,63}\\z"));
    if (reader.ok() && !identifier.match(rule.id).hasMatch()) {
        reader.fail(QStringLiteral("id"),
                    QCoreApplication::translate("RuleReader", "\"%1\" is not a usable identifier (lower-case "
                                                              "letters, digits, '-' and '.')")
                        .arg(rule.id));
    }
    const QString kind = reader.text("kind", true);
    if (!reader.ok())
        return rule;
    const std::optional<RuleKind> parsedKind = ruleKindFromString(kind);
    if (!parsedKind) {
        reader.fail(QStringLiteral("kind"),
                    QCoreApplication::translate("RuleReader", "unknown rule kind \"%1\" (known: %2)")
                        .arg(kind, knownKinds()));
        return rule;
    }
    rule.kind = *parsedKind;
    switch (rule.kind) {
    case RuleKind::Publisher:
        reader.rejectUnknown(
            {"id", "kind", "effect", "confidence", "description", "syntax", "note", "aliases", "patterns"});
        break;
    case RuleKind::ProductName:
    case RuleKind::BundleId:
    case RuleKind::Purl:
        reader.rejectUnknown(
            {"id", "kind", "effect", "confidence", "description", "publisher", "syntax", "note", "patterns"});
        break;
    case RuleKind::Cpe:
        reader.rejectUnknown({"id", "kind", "effect", "confidence", "description", "publisher", "syntax",
                              "note", "vendors", "products", "parts"});
        break;
    case RuleKind::Package:
        reader.rejectUnknown(
            {"id", "kind", "effect", "confidence", "description", "publisher", "syntax", "note", "names"});
        break;
    case RuleKind::Hardware:
        reader.rejectUnknown({"id", "kind", "effect", "confidence", "description", "publisher", "syntax",
                              "note", "vendors", "vendorPatterns", "models"});
        break;
    }
    if (const QString effect = reader.text("effect", false); !effect.isEmpty()) {
        if (const std::optional<RuleEffect> parsed = ruleEffectFromString(effect))
            rule.effect = *parsed;
        else
            reader.fail(QStringLiteral("effect"),
                        QCoreApplication::translate(
                            "RuleReader", "unknown effect \"%1\" (known: cover, exclude, false-positive)")
                            .arg(effect));
    }
    if (const QString confidence = reader.text("confidence", false); !confidence.isEmpty() && reader.ok()) {
        if (rule.effect != RuleEffect::Cover) {
            reader.fail(QStringLiteral("confidence"),
                        QCoreApplication::translate("RuleReader", "only covering rules have a confidence"));
        } else if (const std::optional<MatchConfidence> parsed = matchConfidenceFromString(confidence)) {
            rule.confidence = *parsed;
        } else {
            reader.fail(QStringLiteral("confidence"),
                        QCoreApplication::translate(
                            "RuleReader", "unknown confidence \"%1\" (known: confirmed, needs-review)")
                            .arg(confidence));
        }
    }
    rule.description = reader.text("description", true);
    if (const QString publisher = reader.text("publisher", false); !publisher.isEmpty() && reader.ok()) {
        if (const std::optional<PublisherCondition> parsed = publisherConditionFromString(publisher))
            rule.publisher = *parsed;
        else
            reader.fail(QStringLiteral("publisher"),
                        QCoreApplication::translate(
                            "RuleReader", "unknown publisher condition \"%1\" (known: any, covered, "
                                          "covered-or-empty, other, empty)")
                            .arg(publisher));
    }
    if (const QString syntax = reader.text("syntax", false); !syntax.isEmpty() && reader.ok()) {
        if (const std::optional<PatternSyntax> parsed = patternSyntaxFromString(syntax))
            rule.syntax = *parsed;
        else
            reader.fail(
                QStringLiteral("syntax"),
                QCoreApplication::translate("RuleReader", "unknown syntax \"%1\" (known: wildcard, regex)")
                    .arg(syntax));
    }
    rule.note = reader.text("note", false);

    switch (rule.kind) {
    case RuleKind::Publisher:
        rule.aliases = reader.textList("aliases", false);
        rule.patterns = reader.textList("patterns", false);
        if (reader.ok() && rule.aliases.isEmpty() && rule.patterns.isEmpty())
            reader.fail(QString(), QCoreApplication::translate("RuleReader", "needs aliases or patterns"));
        checkOrganizationNames(reader, "aliases", rule.aliases);
        checkPatterns(reader, "patterns", rule.patterns, rule.syntax);
        break;
    case RuleKind::ProductName:
    case RuleKind::BundleId:
    case RuleKind::Purl:
        rule.patterns = reader.textList("patterns", true);
        checkPatterns(reader, "patterns", rule.patterns, rule.syntax);
        break;
    case RuleKind::Cpe:
        rule.vendors = reader.textList("vendors", true);
        rule.products = reader.textList("products", false);
        rule.parts = reader.textList("parts", false);
        checkCpe(reader, rule);
        break;
    case RuleKind::Package:
        rule.names = reader.textList("names", true);
        checkPatterns(reader, "names", rule.names, rule.syntax);
        break;
    case RuleKind::Hardware:
        rule.vendors = reader.textList("vendors", false);
        rule.vendorPatterns = reader.textList("vendorPatterns", false);
        rule.models = reader.textList("models", false);
        if (reader.ok() && rule.vendors.isEmpty() && rule.vendorPatterns.isEmpty() && rule.models.isEmpty())
            reader.fail(QString(),
                        QCoreApplication::translate("RuleReader", "needs vendors, vendorPatterns or models"));
        checkOrganizationNames(reader, "vendors", rule.vendors);
        checkPatterns(reader, "vendorPatterns", rule.vendorPatterns, rule.syntax);
        checkPatterns(reader, "models", rule.models, rule.syntax);
        break;
    }
    return rule;
}

} // namespace

QList<DetectionRule> RuleReader::readRules(JsonObjectReader &directive, QString *error)
{
    QList<DetectionRule> rules;
    QSet<QString> ids;
    const QJsonArray array = directive.objectList("rules", false);
    for (qsizetype i = 0; i < array.size() && directive.ok(); ++i) {
        JsonObjectReader reader(array.at(i).toObject(), directive.childPath("rules", i), error);
        DetectionRule rule = readRule(reader);
        if (reader.ok() && ids.contains(rule.id)) {
            reader.fail(
                QStringLiteral("id"),
                QCoreApplication::translate("RuleReader", "\"%1\" is used by an earlier rule").arg(rule.id));
        }
        ids.insert(rule.id);
        rules.append(rule);
    }
    bool hasAliases = false;
    for (const DetectionRule &rule : std::as_const(rules))
        hasAliases = hasAliases || (rule.kind == RuleKind::Publisher && rule.effect == RuleEffect::Cover &&
                                    !rule.aliases.isEmpty());
    for (qsizetype i = 0; i < rules.size() && directive.ok() && !hasAliases; ++i) {
        const PublisherCondition condition = rules.at(i).publisher;
        if (condition == PublisherCondition::Covered || condition == PublisherCondition::CoveredOrEmpty ||
            condition == PublisherCondition::Other) {
            directive.fail(QStringLiteral("rules[%1].publisher").arg(i),
                           QCoreApplication::translate(
                               "RuleReader", "\"%1\" compares with the covered publishers, but no "
                                             "covering publisher rule of this directive lists aliases")
                               .arg(toString(condition)));
        }
    }
    return rules;
}

} // namespace uproot
