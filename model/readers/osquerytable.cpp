#include "model/readers/osquerytable.h"

#include "model/readers/structuredrecord.h"

#include <QDate>
#include <QRegularExpression>

namespace uproot {

namespace {

QString column(const QJsonObject &row, const char *name)
{
    return StructuredRecord::text(row.value(QLatin1String(name))).trimmed();
}

QString firstOf(const QJsonObject &row, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = column(row, name);
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

bool hasAny(const QJsonObject &row, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (row.contains(QLatin1String(name)))
            return true;
    }
    return false;
}

// The Windows registry keeps InstallDate as yyyyMMdd; anything else is passed on as written.
QString programsDate(const QString &raw)
{
    if (raw.size() == 8) {
        const QDate date = QDate::fromString(raw, QStringLiteral("yyyyMMdd"));
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return raw;
}

// dpkg's Maintainer is "Name <address>"; the name is the publisher a person recognises.
QString maintainerName(const QString &maintainer)
{
    const qsizetype open = maintainer.indexOf(QLatin1Char('<'));
    if (open <= 0 || !maintainer.endsWith(QLatin1Char('>')))
        return maintainer;
    const QString name = maintainer.left(open).trimmed();
    return name.isEmpty() ? maintainer : name;
}

// rpm keeps epoch, version and release apart; joined the way rpm and dpkg print them, versions from every
// package manager compare alike.
QString rpmVersion(const QJsonObject &row)
{
    QString version = column(row, "version");
    const QString release = column(row, "release");
    const QString epoch = column(row, "epoch");
    if (!release.isEmpty())
        version += QLatin1Char('-') + release;
    if (!epoch.isEmpty() && epoch != QLatin1String("0"))
        version = epoch + QLatin1Char(':') + version;
    return version;
}

OsqueryTable::Kind guessFromQueryName(const QString &queryName)
{
    const QString name = queryName.toLower();
    if (name.contains(QLatin1String("programs")))
        return OsqueryTable::Programs;
    if (name.contains(QLatin1String("deb_packages")))
        return OsqueryTable::DebPackages;
    if (name.contains(QLatin1String("rpm_packages")))
        return OsqueryTable::RpmPackages;
    // "apps" only as a word of its own, so "webapps_usage" does not count.
    static const QRegularExpression appsWord(QStringLiteral("(^|[^a-z0-9])apps($|[^a-z0-9])"));
    if (appsWord.match(name).hasMatch())
        return OsqueryTable::Apps;
    return OsqueryTable::Unknown;
}

} // namespace

OsqueryTable::Kind OsqueryTable::guess(const QJsonObject &row, const QString &queryName)
{
    // Columns only one of the tables has come first; then the query's name; then any row with a name and a
    // version, which is what an inventory query of another table (chocolatey_packages, ...) looks like.
    if (hasAny(row, {"bundle_identifier", "bundle_short_version", "bundle_name", "bundle_executable"}))
        return Apps;
    if (hasAny(row, {"identifying_number", "install_location", "install_source", "uninstall_string"}))
        return Programs;
    if (hasAny(row, {"maintainer", "revision", "admindir"}))
        return DebPackages;
    if (hasAny(row, {"release", "epoch", "sha1", "package_group"}))
        return RpmPackages;
    if (row.contains(QLatin1String("publisher")) && row.contains(QLatin1String("install_date")))
        return Programs;
    const Kind byName = guessFromQueryName(queryName);
    if (byName != Unknown && row.contains(QLatin1String("name")))
        return byName;
    if (row.contains(QLatin1String("name")) && row.contains(QLatin1String("version")))
        return Generic;
    return Unknown;
}

QString OsqueryTable::name(Kind kind)
{
    switch (kind) {
    case Programs:
        return QStringLiteral("programs");
    case DebPackages:
        return QStringLiteral("deb_packages");
    case RpmPackages:
        return QStringLiteral("rpm_packages");
    case Apps:
        return QStringLiteral("apps");
    case Generic:
    case Unknown:
        break;
    }
    return QString();
}

bool OsqueryTable::fill(Kind kind, const QJsonObject &row, StructuredRecord *record)
{
    switch (kind) {
    case Programs:
        record->set(StructuredRecord::Software, column(row, "name"));
        record->set(StructuredRecord::Version, column(row, "version"));
        record->set(StructuredRecord::Publisher, column(row, "publisher"));
        record->set(StructuredRecord::InstallDate, programsDate(column(row, "install_date")));
        record->set(StructuredRecord::Package, column(row, "identifying_number"));
        record->set(StructuredRecord::Kind, QStringLiteral("application"));
        break;
    case DebPackages:
        record->set(StructuredRecord::Software, column(row, "name"));
        record->set(StructuredRecord::Version, column(row, "version"));
        record->set(StructuredRecord::Publisher, maintainerName(column(row, "maintainer")));
        record->set(StructuredRecord::Package, column(row, "name"));
        record->set(StructuredRecord::Kind, QStringLiteral("package"));
        break;
    case RpmPackages:
        record->set(StructuredRecord::Software, column(row, "name"));
        record->set(StructuredRecord::Version, rpmVersion(row));
        record->set(StructuredRecord::Publisher, column(row, "vendor"));
        record->set(StructuredRecord::Package, column(row, "name"));
        record->set(StructuredRecord::Kind, QStringLiteral("package"));
        break;
    case Apps: {
        // name is the bundle's file name ("Safari.app"); the names a person sees come first.
        QString software = firstOf(row, {"display_name", "bundle_name"});
        if (software.isEmpty()) {
            software = column(row, "name");
            if (software.endsWith(QLatin1String(".app"), Qt::CaseInsensitive))
                software.chop(4);
        }
        record->set(StructuredRecord::Software, software);
        record->set(StructuredRecord::Version, firstOf(row, {"bundle_short_version", "bundle_version"}));
        // copyright ("Copyright © 2023 AO Kaspersky Lab") is a sentence, not a publisher: left out.
        record->set(StructuredRecord::BundleId, column(row, "bundle_identifier"));
        record->set(StructuredRecord::Kind, QStringLiteral("application"));
        break;
    }
    case Generic:
        record->set(StructuredRecord::Software, column(row, "name"));
        record->set(StructuredRecord::Version, column(row, "version"));
        record->set(StructuredRecord::Publisher, firstOf(row, {"publisher", "vendor", "maintainer", "author"}));
        break;
    case Unknown:
        return false;
    }
    record->set(StructuredRecord::SourceTable, name(kind));
    return !record->value(StructuredRecord::Software).isEmpty();
}

} // namespace uproot
