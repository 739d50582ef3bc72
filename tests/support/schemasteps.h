#pragma once

// SQL that takes a current project file back to an older schema's shape, for tests of migrations.
namespace uproot::testsupport {

// Version 4 → 3: no teams, no plan data on systems.
inline const char *const kBackFromVersion4 = "DROP TABLE teams;"
                                             "ALTER TABLE systems DROP COLUMN team;"
                                             "ALTER TABLE systems DROP COLUMN mission_function;"
                                             "ALTER TABLE systems DROP COLUMN criticality;"
                                             "ALTER TABLE systems DROP COLUMN kind;"
                                             "ALTER TABLE systems DROP COLUMN replacement;"
                                             "ALTER TABLE systems DROP COLUMN contract;"
                                             "ALTER TABLE systems DROP COLUMN notes;";

} // namespace uproot::testsupport
