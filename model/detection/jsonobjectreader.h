#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace uproot {

// Typed access to one JSON object of a catalog file that knows where the object is ("milestones[2]") and
// records the first problem as "<path>: <reason>". Every accessor is safe to call after a failure (it then
// returns an empty value), so a reader can read a whole object and check ok() once.
class JsonObjectReader
{
public:
    // error must outlive the reader; an error already set there is kept (the first problem wins).
    JsonObjectReader(const QJsonObject &object, const QString &path, QString *error);

    bool ok() const { return m_error->isEmpty(); }
    const QString &path() const { return m_path; }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    QString text(const char *key, bool required);
    QDate date(const char *key, bool required);
    std::optional<int> integer(const char *key, int minimum, int maximum, bool required);
    // A list of non-empty strings; a missing optional list is empty.
    QStringList textList(const char *key, bool required);
    // A list of objects; a missing optional list is empty.
    QJsonArray objectList(const char *key, bool required);
    QJsonObject object(const char *key, bool required);

    // Fails on any key not in the list (typos in a catalog should not pass silently).
    void rejectUnknown(std::initializer_list<const char *> allowed);

    // Records a problem with this object (child empty) or with one of its fields ("offsetDays",
    // "patterns[2]").
    void fail(const QString &child, const QString &reason);
    QString childPath(const char *key) const;
    QString childPath(const char *key, qsizetype index) const;

private:
    bool present(const char *key, bool required);

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace uproot
