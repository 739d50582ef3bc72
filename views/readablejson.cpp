#include "views/readablejson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace uproot {

namespace {
constexpr int kIndent = 4;
constexpr int kInlineWidth = 72;

// The catalog format's fields in reading order (resources/directives/README.md); any other key follows them
// alphabetically.
const char *const kKeyOrder[] = {"schemaVersion",
                                 "id",
                                 "kind",
                                 "effect",
                                 "confidence",
                                 "name",
                                 "title",
                                 "shortTitle",
                                 "issuer",
                                 "instrument",
                                 "authority",
                                 "issueDate",
                                 "description",
                                 "summary",
                                 "publisher",
                                 "syntax",
                                 "aliases",
                                 "patterns",
                                 "names",
                                 "vendors",
                                 "vendorPatterns",
                                 "products",
                                 "parts",
                                 "models",
                                 "offsetDays",
                                 "date",
                                 "recurrence",
                                 "everyDays",
                                 "until",
                                 "count",
                                 "trigger",
                                 "businessDays",
                                 "recipient",
                                 "appliesTo",
                                 "effectiveDates",
                                 "milestones",
                                 "eventDeadlines",
                                 "coveredVendors",
                                 "coveredProducts",
                                 "exclusions",
                                 "reportRecipients",
                                 "sources",
                                 "rules",
                                 "url",
                                 "notes",
                                 "note",
                                 "directives"};

int rank(const QString &key)
{
    for (int i = 0; i < int(std::size(kKeyOrder)); ++i) {
        if (key == QLatin1String(kKeyOrder[i]))
            return i;
    }
    return int(std::size(kKeyOrder));
}

// A scalar as JSON text, escaped by Qt's own writer.
QString scalar(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

void write(QString &out, const QJsonValue &value, int depth)
{
    const QString inner(kIndent * (depth + 1), u' ');
    const QString outer(kIndent * depth, u' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += QStringLiteral("{}");
            return;
        }
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const int ra = rank(a);
            const int rb = rank(b);
            return ra != rb ? ra < rb : a < b;
        });
        out += QStringLiteral("{\n");
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += inner + scalar(keys.at(i)) + QStringLiteral(": ");
            write(out, object.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += outer + u'}';
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += QStringLiteral("[]");
            return;
        }
        // A short list of names or patterns reads best on one line.
        const bool scalars = std::none_of(array.begin(), array.end(),
                                          [](const QJsonValue &v) { return v.isObject() || v.isArray(); });
        if (scalars) {
            QStringList items;
            for (const QJsonValue &v : array)
                items << scalar(v);
            const QString line = u'[' + items.join(QStringLiteral(", ")) + u']';
            if (line.size() + outer.size() <= kInlineWidth) {
                out += line;
                return;
            }
        }
        out += QStringLiteral("[\n");
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += inner;
            write(out, array.at(i), depth + 1);
            out += i + 1 < array.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += outer + u']';
        return;
    }
    out += scalar(value);
}
} // namespace

QString readableJson(const QJsonObject &object)
{
    QString out;
    write(out, object, 0);
    out += u'\n';
    return out;
}

} // namespace uproot
