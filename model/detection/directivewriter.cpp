#include "model/detection/directivewriter.h"

#include "model/detection/directivereader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace uproot {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

void putText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void putList(QJsonObject &object, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}

void putEntries(QJsonObject &object, const char *key, const QList<DirectiveEntry> &entries)
{
    if (entries.isEmpty())
        return;
    QJsonArray array;
    for (const DirectiveEntry &entry : entries) {
        QJsonObject item;
        putText(item, "name", entry.name);
        putText(item, "description", entry.description);
        putList(item, "rules", entry.ruleIds);
        putText(item, "url", entry.url);
        putText(item, "note", entry.note);
        array.append(item);
    }
    object.insert(QLatin1String(key), array);
}

QJsonObject milestoneJson(const DirectiveMilestone &milestone)
{
    QJsonObject item;
    item.insert(QLatin1String("id"), milestone.id);
    item.insert(QLatin1String("kind"), milestone.kind);
    item.insert(QLatin1String("title"), milestone.title);
    putText(item, "description", milestone.description);
    if (milestone.offsetDays)
        item.insert(QLatin1String("offsetDays"), *milestone.offsetDays);
    else if (milestone.date.isValid())
        item.insert(QLatin1String("date"), isoDate(milestone.date));
    if (milestone.recurrence.isRecurring()) {
        QJsonObject recurrence;
        recurrence.insert(QLatin1String("everyDays"), milestone.recurrence.everyDays);
        recurrence.insert(QLatin1String("until"), milestone.recurrence.until.isValid()
                                                      ? isoDate(milestone.recurrence.until)
                                                      : QStringLiteral("complete"));
        if (milestone.recurrence.count > 0)
            recurrence.insert(QLatin1String("count"), milestone.recurrence.count);
        item.insert(QLatin1String("recurrence"), recurrence);
    }
    putText(item, "note", milestone.note);
    return item;
}

QJsonObject ruleJson(const DetectionRule &rule)
{
    QJsonObject item;
    item.insert(QLatin1String("id"), rule.id);
    item.insert(QLatin1String("kind"), toString(rule.kind));
    if (rule.effect == RuleEffect::Cover)
        item.insert(QLatin1String("confidence"), catalogSpelling(rule.confidence));
    else
        item.insert(QLatin1String("effect"), toString(rule.effect));
    item.insert(QLatin1String("description"), rule.description);
    if (rule.publisher != PublisherCondition::Any)
        item.insert(QLatin1String("publisher"), toString(rule.publisher));
    if (rule.syntax != PatternSyntax::Wildcard)
        item.insert(QLatin1String("syntax"), toString(rule.syntax));
    putList(item, "aliases", rule.aliases);
    putList(item, "patterns", rule.patterns);
    putList(item, "names", rule.names);
    putList(item, "vendors", rule.vendors);
    putList(item, "products", rule.products);
    putList(item, "parts", rule.parts);
    putList(item, "vendorPatterns", rule.vendorPatterns);
    putList(item, "models", rule.models);
    putText(item, "note", rule.note);
    return item;
}

} // namespace

QJsonObject DirectiveWriter::toJson(const Directive &directive)
{
    QJsonObject object;
    object.insert(QLatin1String("schemaVersion"), DirectiveReader::SchemaVersion);
    object.insert(QLatin1String("id"), directive.id);
    object.insert(QLatin1String("title"), directive.title);
    putText(object, "shortTitle", directive.shortTitle);
    object.insert(QLatin1String("issuer"), directive.issuer);
    object.insert(QLatin1String("instrument"), directive.instrument);
    putText(object, "authority", directive.authority);
    object.insert(QLatin1String("issueDate"), isoDate(directive.issueDate));
    putText(object, "summary", directive.summary);
    putList(object, "appliesTo", directive.appliesTo);
    if (!directive.effectiveDates.isEmpty()) {
        QJsonArray dates;
        for (const DirectiveDate &date : directive.effectiveDates) {
            QJsonObject item;
            item.insert(QLatin1String("name"), date.name);
            item.insert(QLatin1String("date"), isoDate(date.date));
            putText(item, "note", date.note);
            dates.append(item);
        }
        object.insert(QLatin1String("effectiveDates"), dates);
    }
    if (!directive.milestones.isEmpty()) {
        QJsonArray milestones;
        for (const DirectiveMilestone &milestone : directive.milestones)
            milestones.append(milestoneJson(milestone));
        object.insert(QLatin1String("milestones"), milestones);
    }
    if (!directive.eventDeadlines.isEmpty()) {
        QJsonArray deadlines;
        for (const EventDeadline &deadline : directive.eventDeadlines) {
            QJsonObject item;
            item.insert(QLatin1String("title"), deadline.title);
            item.insert(QLatin1String("trigger"), deadline.trigger);
            if (deadline.businessDays > 0)
                item.insert(QLatin1String("businessDays"), deadline.businessDays);
            putText(item, "recipient", deadline.recipient);
            putText(item, "note", deadline.note);
            deadlines.append(item);
        }
        object.insert(QLatin1String("eventDeadlines"), deadlines);
    }
    putEntries(object, "coveredVendors", directive.coveredVendors);
    putEntries(object, "coveredProducts", directive.coveredProducts);
    putEntries(object, "exclusions", directive.exclusions);
    putEntries(object, "reportRecipients", directive.reportRecipients);
    putEntries(object, "sources", directive.sources);
    putList(object, "notes", directive.notes);
    if (!directive.rules.isEmpty()) {
        QJsonArray rules;
        for (const DetectionRule &rule : directive.rules)
            rules.append(ruleJson(rule));
        object.insert(QLatin1String("rules"), rules);
    }
    return object;
}

QByteArray DirectiveWriter::toBytes(const QList<Directive> &directives)
{
    if (directives.size() == 1)
        return QJsonDocument(toJson(directives.first())).toJson(QJsonDocument::Indented);
    QJsonArray list;
    for (const Directive &directive : directives) {
        QJsonObject object = toJson(directive);
        object.remove(QLatin1String("schemaVersion"));
        list.append(object);
    }
    QJsonObject top;
    top.insert(QLatin1String("schemaVersion"), DirectiveReader::SchemaVersion);
    top.insert(QLatin1String("directives"), list);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

} // namespace uproot
