#include "model/readers/structuredrecord.h"

#include <QVariant>

#include <cmath>

namespace uproot {

StructuredRecord::StructuredRecord()
{
    m_fields.resize(ColumnCount);
}

QStringList StructuredRecord::header()
{
    return {QStringLiteral("system"),    QStringLiteral("software"),     QStringLiteral("version"),
            QStringLiteral("publisher"), QStringLiteral("install_date"), QStringLiteral("cpe"),
            QStringLiteral("purl"),      QStringLiteral("package"),      QStringLiteral("bundle_id"),
            QStringLiteral("os"),        QStringLiteral("ip"),           QStringLiteral("serial"),
            QStringLiteral("kind"),      QStringLiteral("source_table")};
}

bool StructuredRecord::isStructuredHeader(const QStringList &candidate)
{
    return candidate == header();
}

void StructuredRecord::set(Column column, const QString &value)
{
    m_fields[column] = value.trimmed();
}

QString StructuredRecord::value(Column column) const
{
    return m_fields.at(column);
}

SourceRecord StructuredRecord::toSourceRecord(qint64 line) const
{
    return SourceRecord{line, m_fields};
}

QString StructuredRecord::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Qt keeps integers that fit in 64 bits exactly; print them as they were written.
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QString::number(value.toInteger());
        const double number = value.toDouble();
        // Integers up to 2^53 are exact in a double; print them as integers so "1" does not become "1.0".
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    default:
        return QString();
    }
}

} // namespace uproot
