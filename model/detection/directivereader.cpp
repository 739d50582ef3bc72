#include "model/detection/directivereader.h"

#include "model/detection/jsonobjectreader.h"
#include "model/detection/rulereader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace uproot {

namespace {

bool isIdentifier(const QString &text, int maxLength)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[a-z0-9][a-z0-9.-]*\\z"));
    return text.size() <= maxLength && pattern.match(text).hasMatch();
}

QString notIdentifier(const QString &value)
{
    return QCoreApplication::translate(
               "DirectiveReader",
               "\"%1\" is not a usable identifier (lower-case letters, digits, '-' and '.', "
               "starting with a letter or digit, at most 64 characters)")
        .arg(value);
}

// "file:line:column" for a byte offset into UTF-8 text.
QString position(const QByteArray &bytes, int offset)
{
    const QByteArray before = bytes.left(qMax(0, offset));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return QString::number(line) + u':' + QString::number(column);
}

bool readSchemaVersion(JsonObjectReader &reader, bool required)
{
    if (!reader.has("schemaVersion") && !required)
        return true;
    const std::optional<int> version = reader.integer("schemaVersion", 0, 1000000, true);
    if (!version)
        return false;
    if (*version != DirectiveReader::SchemaVersion) {
        reader.fail(QStringLiteral("schemaVersion"),
                    QCoreApplication::translate("DirectiveReader",
                                                "unsupported version %1 (this program reads version %2)")
                        .arg(*version)
                        .arg(DirectiveReader::SchemaVersion));
        return false;
    }
    return true;
}

QList<DirectiveEntry> readEntries(JsonObjectReader &parent, const char *key, bool withRules, bool withUrl,
                                  QString *error)
{
    QList<DirectiveEntry> entries;
    const QJsonArray array = parent.objectList(key, false);
    for (qsizetype i = 0; i < array.size() && parent.ok(); ++i) {
        JsonObjectReader reader(array.at(i).toObject(), parent.childPath(key, i), error);
        if (withRules)
            reader.rejectUnknown({"name", "description", "rules", "note"});
        else if (withUrl)
            reader.rejectUnknown({"name", "description", "url", "note"});
        else
            reader.rejectUnknown({"name", "description", "note"});
        DirectiveEntry entry;
        entry.name = reader.text("name", false);
        entry.description = reader.text("description", false);
        if (withRules)
            entry.ruleIds = reader.textList("rules", false);
        if (withUrl)
            entry.url = reader.text("url", false);
        entry.note = reader.text("note", false);
        if (reader.ok() && entry.name.isEmpty() && entry.description.isEmpty())
            reader.fail(QString(),
                        QCoreApplication::translate("DirectiveReader", "needs name or description"));
        entries.append(entry);
    }
    return entries;
}

QList<DirectiveDate> readDates(JsonObjectReader &parent, QString *error)
{
    QList<DirectiveDate> dates;
    const QJsonArray array = parent.objectList("effectiveDates", false);
    for (qsizetype i = 0; i < array.size() && parent.ok(); ++i) {
        JsonObjectReader reader(array.at(i).toObject(), parent.childPath("effectiveDates", i), error);
        reader.rejectUnknown({"name", "date", "note"});
        DirectiveDate date;
        date.name = reader.text("name", true);
        date.date = reader.date("date", true);
        date.note = reader.text("note", false);
        dates.append(date);
    }
    return dates;
}

MilestoneRecurrence readRecurrence(JsonObjectReader &milestone, QString *error)
{
    MilestoneRecurrence recurrence;
    if (!milestone.has("recurrence"))
        return recurrence;
    JsonObjectReader reader(milestone.object("recurrence", true), milestone.childPath("recurrence"), error);
    reader.rejectUnknown({"everyDays", "until", "count"});
    recurrence.everyDays = reader.integer("everyDays", 1, 3650, true).value_or(0);
    const QString until = reader.text("until", false);
    if (reader.ok() && !until.isEmpty() && until != QLatin1String("complete"))
        recurrence.until = reader.date("until", true);
    recurrence.count = reader.integer("count", 1, 100000, false).value_or(0);
    return recurrence;
}

QList<DirectiveMilestone> readMilestones(JsonObjectReader &parent, QString *error)
{
    QList<DirectiveMilestone> milestones;
    QSet<QString> ids;
    const QJsonArray array = parent.objectList("milestones", false);
    for (qsizetype i = 0; i < array.size() && parent.ok(); ++i) {
        JsonObjectReader reader(array.at(i).toObject(), parent.childPath("milestones", i), error);
        reader.rejectUnknown(
            {"id", "kind", "title", "description", "offsetDays", "date", "recurrence", "note"});
        DirectiveMilestone milestone;
        milestone.id = reader.text("id", true);
        if (reader.ok() && !isIdentifier(milestone.id, 64))
            reader.fail(QStringLiteral("id"), notIdentifier(milestone.id));
        if (reader.ok() && ids.contains(milestone.id)) {
            reader.fail(QStringLiteral("id"), QCoreApplication::translate(
                                                  "DirectiveReader", "\"%1\" is used by an earlier milestone")
                                                  .arg(milestone.id));
        }
        ids.insert(milestone.id);
        milestone.kind = reader.text("kind", true);
        if (reader.ok() && !isIdentifier(milestone.kind, 64))
            reader.fail(QStringLiteral("kind"), notIdentifier(milestone.kind));
        milestone.title = reader.text("title", true);
        milestone.description = reader.text("description", false);
        if (reader.ok()) {
            if (reader.has("offsetDays") && reader.has("date")) {
                reader.fail(QString(), QCoreApplication::translate("DirectiveReader",
                                                                   "has both offsetDays and date; give one"));
            } else if (!reader.has("offsetDays") && !reader.has("date")) {
                reader.fail(QString(),
                            QCoreApplication::translate("DirectiveReader", "needs offsetDays or date"));
            }
        }
        milestone.offsetDays = reader.integer("offsetDays", -36500, 36500, false);
        milestone.date = reader.date("date", false);
        milestone.recurrence = readRecurrence(reader, error);
        milestone.note = reader.text("note", false);
        milestones.append(milestone);
    }
    return milestones;
}

QList<EventDeadline> readEventDeadlines(JsonObjectReader &parent, QString *error)
{
    QList<EventDeadline> deadlines;
    const QJsonArray array = parent.objectList("eventDeadlines", false);
    for (qsizetype i = 0; i < array.size() && parent.ok(); ++i) {
        JsonObjectReader reader(array.at(i).toObject(), parent.childPath("eventDeadlines", i), error);
        reader.rejectUnknown({"title", "trigger", "businessDays", "recipient", "note"});
        EventDeadline deadline;
        deadline.title = reader.text("title", true);
        deadline.trigger = reader.text("trigger", true);
        deadline.businessDays = reader.integer("businessDays", 0, 3650, false).value_or(0);
        deadline.recipient = reader.text("recipient", false);
        deadline.note = reader.text("note", false);
        deadlines.append(deadline);
    }
    return deadlines;
}

void checkExclusionLinks(JsonObjectReader &reader, const Directive &directive)
{
    for (qsizetype i = 0; i < directive.exclusions.size() && reader.ok(); ++i) {
        const QStringList &ids = directive.exclusions.at(i).ruleIds;
        for (qsizetype j = 0; j < ids.size(); ++j) {
            const DetectionRule *rule = directive.rule(ids.at(j));
            const QString where = QStringLiteral("exclusions[%1].rules[%2]").arg(i).arg(j);
            if (!rule) {
                reader.fail(where, QCoreApplication::translate("DirectiveReader", "no rule has the id \"%1\"")
                                       .arg(ids.at(j)));
                return;
            }
            if (rule->effect == RuleEffect::Cover) {
                reader.fail(where, QCoreApplication::translate(
                                       "DirectiveReader", "rule \"%1\" covers titles; an exclusion needs an "
                                                          "exclude or false-positive rule")
                                       .arg(ids.at(j)));
                return;
            }
        }
    }
}

} // namespace

std::optional<Directive> DirectiveReader::readDirective(const QJsonObject &object, const QString &path,
                                                        QString *error)
{
    QString problem;
    JsonObjectReader reader(object, path, &problem);
    reader.rejectUnknown({"schemaVersion",
                          "id",
                          "title",
                          "shortTitle",
                          "issuer",
                          "instrument",
                          "authority",
                          "issueDate",
                          "summary",
                          "appliesTo",
                          "effectiveDates",
                          "milestones",
                          "eventDeadlines",
                          "coveredVendors",
                          "coveredProducts",
                          "exclusions",
                          "reportRecipients",
                          "sources",
                          "notes",
                          "rules"});
    readSchemaVersion(reader, false);
    Directive directive;
    directive.id = reader.text("id", true);
    if (reader.ok() && !isIdentifier(directive.id, 64))
        reader.fail(QStringLiteral("id"), notIdentifier(directive.id));
    directive.title = reader.text("title", true);
    directive.shortTitle = reader.text("shortTitle", false);
    directive.issuer = reader.text("issuer", true);
    directive.instrument = reader.text("instrument", true);
    directive.authority = reader.text("authority", false);
    directive.issueDate = reader.date("issueDate", true);
    directive.summary = reader.text("summary", false);
    directive.appliesTo = reader.textList("appliesTo", false);
    directive.effectiveDates = readDates(reader, &problem);
    directive.milestones = readMilestones(reader, &problem);
    directive.eventDeadlines = readEventDeadlines(reader, &problem);
    directive.coveredVendors = readEntries(reader, "coveredVendors", false, false, &problem);
    directive.coveredProducts = readEntries(reader, "coveredProducts", false, false, &problem);
    directive.exclusions = readEntries(reader, "exclusions", true, false, &problem);
    directive.reportRecipients = readEntries(reader, "reportRecipients", false, false, &problem);
    directive.sources = readEntries(reader, "sources", false, true, &problem);
    directive.notes = reader.textList("notes", false);
    directive.rules = RuleReader::readRules(reader, &problem);
    if (reader.ok())
        checkExclusionLinks(reader, directive);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return directive;
}

std::optional<QList<Directive>> DirectiveReader::read(const QByteArray &bytes, const QString &sourceName,
                                                      QString *error)
{
    auto reject = [&](const QString &message) -> std::optional<QList<Directive>> {
        if (error)
            *error = sourceName + QLatin1String(": ") + message;
        return std::nullopt;
    };
    if (bytes.size() > MaxFileSize) {
        return reject(QCoreApplication::translate("DirectiveReader",
                                                  "the file is larger than %1 MB; a directive "
                                                  "catalog is far smaller")
                          .arg(MaxFileSize / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = sourceName + u':' + position(bytes, parseError.offset) + QLatin1String(": ") +
                     QCoreApplication::translate("DirectiveReader", "not valid JSON: %1")
                         .arg(parseError.errorString());
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        return reject(QCoreApplication::translate("DirectiveReader",
                                                  "the file must hold a JSON object: one directive, or "
                                                  "\"directives\" with a list of them"));
    }
    const QJsonObject top = document.object();
    QString problem;
    QList<Directive> directives;
    if (top.contains(QLatin1String("directives"))) {
        JsonObjectReader reader(top, QString(), &problem);
        reader.rejectUnknown({"schemaVersion", "directives"});
        readSchemaVersion(reader, true);
        const QJsonArray list = reader.objectList("directives", true);
        for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
            std::optional<Directive> directive =
                readDirective(list.at(i).toObject(), reader.childPath("directives", i), &problem);
            if (directive)
                directives.append(*directive);
        }
    } else {
        JsonObjectReader reader(top, QString(), &problem);
        if (readSchemaVersion(reader, true)) {
            if (std::optional<Directive> directive = readDirective(top, QString(), &problem))
                directives.append(*directive);
        }
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < directives.size() && problem.isEmpty(); ++i) {
        if (ids.contains(directives.at(i).id)) {
            problem = QStringLiteral("directives[%1].id: ").arg(i) +
                      QCoreApplication::translate("DirectiveReader", "\"%1\" appears twice in this file")
                          .arg(directives.at(i).id);
        }
        ids.insert(directives.at(i).id);
    }
    if (!problem.isEmpty())
        return reject(problem);
    return directives;
}

} // namespace uproot
