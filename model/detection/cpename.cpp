#include "model/detection/cpename.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace uproot {

namespace {

QString logicalValue(const QString &value)
{
    if (value == QLatin1String("*") || value == QLatin1String("-"))
        return QString();
    return value.toLower();
}

// CPE 2.3: fields are separated by ':' unless it is escaped with a backslash, and "\x" stands for x.
QStringList splitFormattedString(QStringView text)
{
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            current.append(text.at(++i));
        } else if (c == u':') {
            fields.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    fields.append(current);
    return fields;
}

} // namespace

std::optional<CpeName> CpeName::parse(const QString &input)
{
    const QString text = input.trimmed();
    CpeName name;
    if (text.startsWith(QLatin1String("cpe:2.3:"), Qt::CaseInsensitive)) {
        const QStringList fields = splitFormattedString(QStringView(text).mid(8));
        if (fields.size() < 2)
            return std::nullopt;
        name.part = logicalValue(fields.at(0));
        name.vendor = logicalValue(fields.at(1));
        name.product = fields.size() > 2 ? logicalValue(fields.at(2)) : QString();
        name.version = fields.size() > 3 ? logicalValue(fields.at(3)) : QString();
    } else if (text.startsWith(QLatin1String("cpe:/"), Qt::CaseInsensitive)) {
        const QStringList fields = text.mid(5).split(u':');
        if (fields.size() < 2)
            return std::nullopt;
        auto decode = [](const QString &value) {
            return logicalValue(QUrl::fromPercentEncoding(value.toUtf8()));
        };
        name.part = decode(fields.at(0));
        name.vendor = decode(fields.at(1));
        name.product = fields.size() > 2 ? decode(fields.at(2)) : QString();
        name.version = fields.size() > 3 ? decode(fields.at(3)) : QString();
    } else {
        return std::nullopt;
    }
    if (name.vendor.isEmpty())
        return std::nullopt;
    return name;
}

} // namespace uproot
