#pragma once

#include <QJsonObject>
#include <QString>

namespace uproot {

class StructuredRecord;

// The osquery tables that list installed software, recognised from a row's columns (osquery prints no table
// name), and how each one's columns become the structured header. Columns follow the table specs in
// osquery/osquery specs/{windows/programs,linux/deb_packages,linux/rpm_packages,darwin/apps}.table.
class OsqueryTable
{
public:
    enum Kind {
        Unknown,     // not a software table: the row is not read
        Programs,    // Windows programs (alias programs_and_features)
        DebPackages, // Debian/Ubuntu dpkg
        RpmPackages, // Red Hat/SUSE rpm
        Apps,        // macOS application bundles
        Generic      // a software-like row (name and version) from some other query
    };

    // `queryName` is the scheduled query's name from a result log ("pack_inventory_deb_packages"); it settles
    // rows whose columns alone do not tell (a query that selects only name and version).
    static Kind guess(const QJsonObject &row, const QString &queryName = QString());
    // "programs", "deb_packages", "rpm_packages", "apps"; empty for Generic and Unknown.
    static QString name(Kind kind);
    // Fills software, version, publisher, install date, package, bundle id, kind and source table. Returns false
    // when the row names no software (it must then be reported, not delivered).
    static bool fill(Kind kind, const QJsonObject &row, StructuredRecord *record);
};

} // namespace uproot
