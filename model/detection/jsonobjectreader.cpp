#include "model/detection/jsonobjectreader.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace uproot {

JsonObjectReader::JsonObjectReader(const QJsonObject &object, const QString &path, QString *error)
    : m_object(object), m_path(path), m_error(error)
{
}

QString JsonObjectReader::childPath(const char *key) const
{
    const QString name = QLatin1String(key);
    return m_path.isEmpty() ? name : m_path + u'.' + name;
}

QString JsonObjectReader::childPath(const char *key, qsizetype index) const
{
    return childPath(key) + u'[' + QString::number(index) + u']';
}

void JsonObjectReader::fail(const QString &child, const QString &reason)
{
    if (!m_error->isEmpty())
        return;
    QString where = m_path;
    if (!child.isEmpty()) {
        if (where.isEmpty())
            where = child;
        else if (child.startsWith(u'['))
            where += child;
        else
            where += u'.' + child;
    }
    *m_error = where.isEmpty() ? reason : where + QLatin1String(": ") + reason;
}

bool JsonObjectReader::present(const char *key, bool required)
{
    if (!ok())
        return false;
    if (m_object.contains(QLatin1String(key)) && !m_object.value(QLatin1String(key)).isNull())
        return true;
    if (required)
        fail(QString(), QCoreApplication::translate("JsonObjectReader", "needs %1").arg(QLatin1String(key)));
    return false;
}

QString JsonObjectReader::text(const char *key, bool required)
{
    if (!present(key, required))
        return QString();
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isString()) {
        fail(QLatin1String(key), QCoreApplication::translate("JsonObjectReader", "must be text"));
        return QString();
    }
    const QString result = value.toString().trimmed();
    if (required && result.isEmpty())
        fail(QLatin1String(key), QCoreApplication::translate("JsonObjectReader", "must not be empty"));
    return result;
}

QDate JsonObjectReader::date(const char *key, bool required)
{
    if (!present(key, required))
        return QDate();
    // Present means it must be a date, even when the field is optional.
    const QString value = text(key, true);
    if (!ok())
        return QDate();
    const QDate result = QDate::fromString(value, Qt::ISODate);
    if (!result.isValid() || value.size() != 10) {
        fail(QLatin1String(key),
             QCoreApplication::translate("JsonObjectReader", "\"%1\" is not a date written YYYY-MM-DD")
                 .arg(value));
        return QDate();
    }
    return result;
}

std::optional<int> JsonObjectReader::integer(const char *key, int minimum, int maximum, bool required)
{
    if (!present(key, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(QLatin1String(key));
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number) {
        fail(QLatin1String(key), QCoreApplication::translate("JsonObjectReader", "must be a whole number"));
        return std::nullopt;
    }
    if (number < minimum || number > maximum) {
        fail(QLatin1String(key), QCoreApplication::translate("JsonObjectReader", "must be between %1 and %2")
                                     .arg(minimum)
                                     .arg(maximum));
        return std::nullopt;
    }
    return int(number);
}

QStringList JsonObjectReader::textList(const char *key, bool required)
{
    if (!present(key, required))
        return QStringList();
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isArray()) {
        fail(QLatin1String(key), QCoreApplication::translate("JsonObjectReader", "must be a list of texts"));
        return QStringList();
    }
    const QJsonArray array = value.toArray();
    if (required && array.isEmpty()) {
        fail(QLatin1String(key), QCoreApplication::translate("JsonObjectReader", "must not be empty"));
        return QStringList();
    }
    QStringList result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString itemPath = QLatin1String(key) + u'[' + QString::number(i) + u']';
        if (!item.isString()) {
            fail(itemPath, QCoreApplication::translate("JsonObjectReader", "must be text"));
            return QStringList();
        }
        const QString entry = item.toString().trimmed();
        if (entry.isEmpty()) {
            fail(itemPath, QCoreApplication::translate("JsonObjectReader", "must not be empty"));
            return QStringList();
        }
        result.append(entry);
    }
    return result;
}

QJsonArray JsonObjectReader::objectList(const char *key, bool required)
{
    if (!present(key, required))
        return QJsonArray();
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isArray()) {
        fail(QLatin1String(key),
             QCoreApplication::translate("JsonObjectReader", "must be a list of objects"));
        return QJsonArray();
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            fail(QLatin1String(key) + u'[' + QString::number(i) + u']',
                 QCoreApplication::translate("JsonObjectReader", "must be an object"));
            return QJsonArray();
        }
    }
    return array;
}

QJsonObject JsonObjectReader::object(const char *key, bool required)
{
    if (!present(key, required))
        return QJsonObject();
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isObject()) {
        fail(QLatin1String(key), QCoreApplication::translate("JsonObjectReader", "must be an object"));
        return QJsonObject();
    }
    return value.toObject();
}

void JsonObjectReader::rejectUnknown(std::initializer_list<const char *> allowed)
{
    if (!ok())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        bool known = false;
        for (const char *key : allowed) {
            if (it.key() == QLatin1String(key)) {
                known = true;
                break;
            }
        }
        if (!known) {
            fail(QString(),
                 QCoreApplication::translate("JsonObjectReader", "unknown field \"%1\"").arg(it.key()));
            return;
        }
    }
}

} // namespace uproot
