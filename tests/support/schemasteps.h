#pragma once

// SQL that takes a current project file back to an older schema's shape, for tests of migrations.
namespace uproot::testsupport {

// Version 8 → 7: no hold on a task moved by hand.
inline const char *const kBackFromVersion8 = "ALTER TABLE tasks DROP COLUMN not_before;";

// Version 7 → 6: no register of documents sent (its triggers go with the table).
inline const char *const kBackFromVersion7 = "DROP TABLE documents_sent;";

// Version 6 → 5: no indexes for sorting systems and titles.
inline const char *const kBackFromVersion6 = "DROP INDEX systems_by_name;"
                                             "DROP INDEX systems_by_component;"
                                             "DROP INDEX systems_by_site;"
                                             "DROP INDEX titles_by_name;"
                                             "DROP INDEX titles_by_publisher;";

// Version 5 → 4: no task start, reason or evidence, no project templates or team rules, no scan dates.
inline const char *const kBackFromVersion5 = "DROP TABLE task_evidence;"
                                             "DROP TABLE task_templates;"
                                             "DROP TABLE template_rules;"
                                             "DROP TABLE team_rules;"
                                             "ALTER TABLE tasks DROP COLUMN start;"
                                             "ALTER TABLE tasks DROP COLUMN reason;"
                                             "ALTER TABLE import_sources DROP COLUMN scanned_at;"
                                             "ALTER TABLE installations DROP COLUMN missing_since;"
                                             "ALTER TABLE installations DROP COLUMN reappeared_in;";

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
