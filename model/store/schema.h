#pragma once

#include <QString>

namespace uproot {

class Database;

// The project file's schema. One integer version in PRAGMA user_version; createSchema() for new files and one
// migrate() with cumulative steps, run in one transaction and rolled back on any error.
namespace schema {

constexpr int kCurrentVersion = 8;
// PRAGMA application_id, "UPRT": marks a file as an Uproot project, so a foreign SQLite file is refused
// instead of altered.
constexpr qint64 kApplicationId = 0x55505254;

bool create(Database &db, QString *error);
// Upgrades a file at version `from` (0 = an empty SQLite file that never had a schema) to version `to`
// (kCurrentVersion, or an older one to build the schema a file of that version holds, for checking it).
bool migrate(Database &db, int from, QString *error, int to = kCurrentVersion);
int version(Database &db);

} // namespace schema
} // namespace uproot
