#include "model/store/schema.h"

#include "model/store/database.h"
#include "model/store/statement.h"
#include "model/store/transaction.h"

namespace uproot::schema {

namespace {

// Version 1: the foundation. Every later version adds a step below; a step never edits an earlier one.
const char *const kVersion1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE directives (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    issuer     TEXT,
    issued     TEXT,
    definition TEXT
);
CREATE TABLE milestones (
    id           INTEGER PRIMARY KEY,
    directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    due          TEXT NOT NULL,
    warning      TEXT
);
CREATE TABLE import_sources (
    id            INTEGER PRIMARY KEY,
    path          TEXT NOT NULL,
    format        TEXT,
    encoding      TEXT,
    imported_at   TEXT NOT NULL,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_skipped  INTEGER NOT NULL DEFAULT 0,
    report        TEXT
);
CREATE TABLE systems (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    norm_name   TEXT NOT NULL UNIQUE,
    os          TEXT,
    site        TEXT,
    component   TEXT,
    owner       TEXT,
    ip          TEXT,
    serial      TEXT,
    first_seen  INTEGER REFERENCES import_sources(id),
    last_seen   INTEGER REFERENCES import_sources(id)
);
CREATE TABLE software_titles (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    publisher TEXT NOT NULL DEFAULT '',
    cpe       TEXT NOT NULL DEFAULT '',
    purl      TEXT NOT NULL DEFAULT '',
    package   TEXT NOT NULL DEFAULT '',
    bundle_id TEXT NOT NULL DEFAULT '',
    UNIQUE (name, publisher, cpe, purl, package, bundle_id)
);
CREATE TABLE installations (
    id           INTEGER PRIMARY KEY,
    system_id    INTEGER NOT NULL REFERENCES systems(id) ON DELETE CASCADE,
    title_id     INTEGER NOT NULL REFERENCES software_titles(id),
    version      TEXT NOT NULL DEFAULT '',
    install_date TEXT,
    source_id    INTEGER REFERENCES import_sources(id),
    source_line  INTEGER,
    first_seen   INTEGER REFERENCES import_sources(id),
    last_seen    INTEGER REFERENCES import_sources(id)
);
CREATE INDEX installations_by_system ON installations(system_id);
CREATE INDEX installations_by_title ON installations(title_id);
CREATE TABLE findings (
    id              INTEGER PRIMARY KEY,
    installation_id INTEGER NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
    directive_id    INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    confidence      TEXT NOT NULL,
    rule            TEXT NOT NULL,
    matched         TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'open',
    reason          TEXT,
    UNIQUE (installation_id, directive_id)
);
CREATE INDEX findings_by_directive ON findings(directive_id);
CREATE TABLE tasks (
    id           INTEGER PRIMARY KEY,
    system_id    INTEGER NOT NULL REFERENCES systems(id) ON DELETE CASCADE,
    directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    step         INTEGER NOT NULL,
    title        TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'to do',
    owner        TEXT,
    due          TEXT,
    notes        TEXT,
    UNIQUE (system_id, directive_id, step)
);
CREATE TABLE audit_events (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT,
    prev    TEXT NOT NULL,
    hash    TEXT NOT NULL
);
CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql";

// Version 2: an installation is one per system, title and version, which the store now enforces; the import
// upserts on it instead of looking installations up. The index also serves every lookup by system. The index by
// title goes: inserting into it in title order made a large import several times slower, and detection now
// joins from the installations to the few matched titles instead.
// Version-1 imports never stored one installation twice, but a file edited by hand might: duplicates are
// merged into the oldest row first (findings move to it unless it has one for that directive; the rest go with
// the duplicate).
const char *const kVersion2 = R"sql(
CREATE TEMP TABLE v2_duplicates AS
    SELECT d.id AS id, k.keep AS keep FROM installations d
    JOIN (SELECT min(id) AS keep, system_id, title_id, version FROM installations
          GROUP BY system_id, title_id, version HAVING count(*) > 1) k
      ON k.system_id = d.system_id AND k.title_id = d.title_id AND k.version = d.version
    WHERE d.id <> k.keep;
UPDATE OR IGNORE findings SET installation_id = (SELECT keep FROM temp.v2_duplicates WHERE id = installation_id)
    WHERE installation_id IN (SELECT id FROM temp.v2_duplicates);
DELETE FROM findings WHERE installation_id IN (SELECT id FROM temp.v2_duplicates);
DELETE FROM installations WHERE id IN (SELECT id FROM temp.v2_duplicates);
DROP TABLE temp.v2_duplicates;
DROP INDEX installations_by_system;
DROP INDEX installations_by_title;
CREATE UNIQUE INDEX installations_by_system ON installations(system_id, title_id, version);
)sql";

// Version 3: a user's decision on a finding (false positive, exception) is kept apart from the finding, keyed by
// installation and directive, so it outlives the finding: a rule change that drops a finding and its undo that
// brings it back restore the decision with it. Findings can now also be in the state 'excluded', written by
// detection when an exclusion or known false positive takes a covered title off the report. A title can be a
// device (kind 'hardware': name is the model, publisher the maker), for hardware rules such as Section 889's.
// Older files hold no excluded findings, and detection assumes every installation of a matched title has its
// finding row, so the project re-evaluates once when next opened for writing (setting reevaluate-on-open).
const char *const kVersion3 = R"sql(
CREATE TABLE finding_decisions (
    installation_id INTEGER NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
    directive_id    INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    state           TEXT NOT NULL,
    reason          TEXT,
    PRIMARY KEY (installation_id, directive_id)
) WITHOUT ROWID;
INSERT INTO finding_decisions SELECT installation_id, directive_id, state, reason FROM findings
    WHERE state <> 'open';
ALTER TABLE software_titles ADD COLUMN kind TEXT NOT NULL DEFAULT '';
)sql";
// Version 4: the plan. A system carries the plan data a planner records (team, mission function, criticality,
// kind, replacement, contract, notes; component, site and owner were there); teams have a capacity in systems a
// working day and days off beyond weekends and federal holidays.
const char *const kVersion4 = R"sql(
ALTER TABLE systems ADD COLUMN team TEXT;
ALTER TABLE systems ADD COLUMN mission_function TEXT;
ALTER TABLE systems ADD COLUMN criticality TEXT;
ALTER TABLE systems ADD COLUMN kind TEXT;
ALTER TABLE systems ADD COLUMN replacement TEXT;
ALTER TABLE systems ADD COLUMN contract TEXT;
ALTER TABLE systems ADD COLUMN notes TEXT;
CREATE TABLE teams (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    days_off TEXT NOT NULL DEFAULT ''
);
)sql";

// Version 5: the plan carried out. A task has a scheduled start as well as its due date, and the reason it is
// blocked or skipped; evidence (a file copied into the project with its SHA-256, or a reference such as a ticket
// number) is kept per task. A project keeps its own copy of the task templates (the JSON of resources/templates/
// per template, and the rules that choose one by directive and system kind), copied from the shipped set when the
// project is created; without rows (a file made before) the shipped set applies until the templates are edited. Teams can take systems by component or site (a system's own team wins). An import
// records the date of the scan it holds; after it, an installation the scan of its system no longer shows is
// missing since that scan (a removal verified), and one seen again after that has reappeared in it.
const char *const kVersion5 = R"sql(
ALTER TABLE tasks ADD COLUMN start TEXT;
ALTER TABLE tasks ADD COLUMN reason TEXT;
CREATE TABLE task_evidence (
    id       INTEGER PRIMARY KEY,
    task_id  INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('file', 'reference')),
    name     TEXT NOT NULL,
    sha256   TEXT,
    size     INTEGER,
    content  BLOB,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
);
CREATE INDEX task_evidence_by_task ON task_evidence(task_id);
CREATE TABLE task_templates (
    identifier TEXT PRIMARY KEY,
    definition TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE template_rules (
    seq       INTEGER PRIMARY KEY,
    directive TEXT NOT NULL DEFAULT '',
    kind      TEXT NOT NULL DEFAULT '',
    template  TEXT NOT NULL
);
CREATE TABLE team_rules (
    seq   INTEGER PRIMARY KEY,
    field TEXT NOT NULL CHECK (field IN ('component', 'site')),
    value TEXT NOT NULL,
    team  TEXT NOT NULL,
    UNIQUE (field, value)
);
ALTER TABLE import_sources ADD COLUMN scanned_at TEXT;
ALTER TABLE installations ADD COLUMN missing_since INTEGER REFERENCES import_sources(id);
ALTER TABLE installations ADD COLUMN reappeared_in INTEGER REFERENCES import_sources(id);
)sql";

// Version 6: the big tables sort and group without sorting a million rows. The inventory sorts by a column of
// a system or a title by walking that small table in the column's order through these indexes and reading
// each one's installations through installations_by_system; no index is added on installations itself, whose
// every index makes a million-row import slower. Nor on tasks: two indexes for the tasks view's status and
// due-window filters made planning 10,000 systems (110,000 inserts) take 600 ms instead of 340 against its
// 500 ms target, and those filters scan at most a few hundred thousand short rows.
const char *const kVersion6 = R"sql(
CREATE INDEX systems_by_name ON systems(name);
CREATE INDEX systems_by_component ON systems(component, name);
CREATE INDEX systems_by_site ON systems(site, name);
CREATE INDEX titles_by_name ON software_titles(name);
CREATE INDEX titles_by_publisher ON software_titles(publisher, name);
)sql";

// Version 7: the register of documents sent (product.md §8, `export --final`, `uproot documents`). A final
// document is kept whole, with its SHA-256 and the audit trail head it printed, so that what was sent can be
// shown again byte for byte and checked against the trail. Like the trail it is append-only: a document once
// sent stays sent.
const char *const kVersion7 = R"sql(
CREATE TABLE documents_sent (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    sent_at      TEXT NOT NULL,
    sent_by      TEXT NOT NULL,
    as_of        TEXT,
    pages        INTEGER NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    audit_events INTEGER NOT NULL,
    audit_hash   TEXT NOT NULL,
    content      BLOB NOT NULL
);
CREATE TRIGGER documents_sent_append_only_update BEFORE UPDATE ON documents_sent
    BEGIN SELECT RAISE(ABORT, 'the register of documents sent is append-only'); END;
CREATE TRIGGER documents_sent_append_only_delete BEFORE DELETE ON documents_sent
    BEGIN SELECT RAISE(ABORT, 'the register of documents sent is append-only'); END;
)sql";

// Version 8: a task moved by hand on the timeline holds its new start. Re-planning starts it no earlier than
// that day (a "start no earlier than" constraint, as in project planners), so that the next re-plan does not
// undo a planner's move. Empty: the plan places the task freely.
const char *const kVersion8 = R"sql(
ALTER TABLE tasks ADD COLUMN not_before TEXT;
)sql";

// Only for files that had data before version 3, not for new ones.
const char *const kVersion3Upgrade = "INSERT OR REPLACE INTO settings(key, value) VALUES ('reevaluate-on-open', '1')";

bool setVersion(Database &db, int version, QString *error)
{
    // PRAGMA takes no bound parameters; the value is an integer we produce, never user text.
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return db.exec(sql.constData(), error);
}

} // namespace

int version(Database &db)
{
    Statement st(db, "PRAGMA user_version");
    return st.next() ? st.integer(0) : -1;
}

bool create(Database &db, QString *error)
{
    return migrate(db, 0, error);
}

bool migrate(Database &db, int from, QString *error, int to)
{
    if (from > kCurrentVersion || to > kCurrentVersion) {
        if (error)
            *error = QStringLiteral("the file has schema version %1; this program knows up to %2")
                         .arg(from)
                         .arg(kCurrentVersion);
        return false;
    }
    if (from >= to)
        return true;
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    if (from < 1 && to >= 1 && !db.exec(kVersion1, error))
        return false;
    if (from < 2 && to >= 2 && !db.exec(kVersion2, error))
        return false;
    if (from < 3 && to >= 3 && !db.exec(kVersion3, error))
        return false;
    if (from >= 1 && from < 3 && to >= 3 && !db.exec(kVersion3Upgrade, error))
        return false;
    if (from < 4 && to >= 4 && !db.exec(kVersion4, error))
        return false;
    if (from < 5 && to >= 5 && !db.exec(kVersion5, error))
        return false;
    if (from < 6 && to >= 6 && !db.exec(kVersion6, error))
        return false;
    if (from < 7 && to >= 7 && !db.exec(kVersion7, error))
        return false;
    if (from < 8 && to >= 8 && !db.exec(kVersion8, error))
        return false;
    if (!setVersion(db, to, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

} // namespace uproot::schema
