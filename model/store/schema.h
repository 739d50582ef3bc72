#pragma once

#include <QString>

namespace uproot {

class Database;

// The project file's schema. One integer version in PRAGMA user_version; createSchema() for new files and one
// migrate() with cumulative steps, run in one transaction and rolled back on any error.
namespace schema {

constexpr int kCurrentVersion = 6;

bool create(Database &db, QString *error);
// Upgrades a file at version `from` (0 = an empty SQLite file that never had a schema) to kCurrentVersion.
bool migrate(Database &db, int from, QString *error);
int version(Database &db);

} // namespace schema
} // namespace uproot
