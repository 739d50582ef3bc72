#include "model/store/schemacheck.h"

#include "model/store/database.h"
#include "model/store/schema.h"
#include "model/store/statement.h"

#include "model/translation.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(ProjectStore)

namespace {

// More than this many differences are summed up: a file that is not the schema it claims (user_version 1 on a
// current file) differs everywhere, and the first ones say enough.
constexpr qsizetype kMaxDifferences = 20;
// SQLite's own statistics tables: ANALYZE and PRAGMA optimize make them, with a shape SQLite fixes.
const char *const kSqliteStatistics[] = {"sqlite_stat1", "sqlite_stat4"};

struct Column
{
    QString name;
    QString type;
    bool notNull = false;
    QString defaultValue;
    int primaryKey = 0;
    int hidden = 0;

    bool operator==(const Column &) const = default;
    QString describe() const
    {
        QString text = type.isEmpty() ? QStringLiteral("untyped") : type;
        if (notNull)
            text += QStringLiteral(" NOT NULL");
        if (!defaultValue.isNull())
            text += QStringLiteral(" DEFAULT ") + defaultValue;
        if (primaryKey)
            text += QStringLiteral(" PRIMARY KEY");
        if (hidden)
            text += QStringLiteral(" (generated or hidden)");
        return text;
    }
};

struct Object
{
    QString type;
    QString name;
    QString table;
    QString sql; // normalised
};

// What one schema holds: its objects keyed by "type name" (lower case, as SQLite compares names) and each
// table's columns in order.
struct Snapshot
{
    QMap<QString, Object> objects;
    QHash<QString, QList<Column>> columns;
    QString error; // the schema could not be read
};

// Whitespace does not change what SQL means, and ALTER TABLE ADD COLUMN and DROP COLUMN leave it differently
// from the CREATE TABLE they edit: runs become one space, and none is kept next to brackets and commas.
QString normalised(const QString &sql)
{
    static const QRegularExpression runs(QStringLiteral("\\s+"));
    static const QRegularExpression aroundPunctuation(QStringLiteral(" ?([(),;]) ?"));
    QString text = sql;
    text.replace(runs, QStringLiteral(" "));
    text.replace(aroundPunctuation, QStringLiteral("\\1"));
    return text.trimmed();
}

QString keyOf(const QString &type, const QString &name)
{
    return type + QLatin1Char(' ') + name.toLower();
}

Snapshot snapshotOf(Database &db)
{
    Snapshot s;
    Statement objects(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
    if (!objects.isValid()) {
        s.error = objects.error();
        return s;
    }
    while (objects.next()) {
        Object o{objects.text(0), objects.text(1), objects.text(2), normalised(objects.text(3))};
        if (o.type == QLatin1String("table")) {
            if (std::any_of(std::begin(kSqliteStatistics), std::end(kSqliteStatistics),
                            [&](const char *name) { return o.name == QLatin1String(name); }))
                continue;
            QList<Column> &columns = s.columns[o.name.toLower()];
            Statement st(
                db, "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1)");
            st.bind(1, o.name);
            while (st.next())
                columns.append(
                    {st.text(0), st.text(1), st.integer(2) != 0, st.text(3), st.integer(4), st.integer(5)});
            if (!st.ok())
                s.error = st.error();
        }
        s.objects.insert(keyOf(o.type, o.name), o);
    }
    if (!objects.ok())
        s.error = objects.error();
    return s;
}

// The schema this version makes at `version`, built once per process in an in-memory database by the same
// steps that make and upgrade files.
Snapshot expectedAt(int version)
{
    static QMutex mutex;
    static QHash<int, Snapshot> built;
    const QMutexLocker lock(&mutex);
    auto found = built.constFind(version);
    if (found != built.cend())
        return *found;
    Database memory;
    QString error;
    Snapshot s;
    if (!memory.open(QStringLiteral(":memory:"), true, false, &error) ||
        !schema::migrate(memory, 0, &error, version))
        s.error = error;
    else
        s = snapshotOf(memory);
    built.insert(version, s);
    return s;
}

QString typeName(const QString &type)
{
    if (type == QLatin1String("table"))
        return tr("table");
    if (type == QLatin1String("index"))
        return tr("index");
    if (type == QLatin1String("trigger"))
        return tr("trigger");
    if (type == QLatin1String("view"))
        return tr("view");
    return type;
}

// "trigger x on findings", "table findings": what a person looks for in the file.
QString named(const Object &o)
{
    if (o.type == QLatin1String("table") || o.type == QLatin1String("view"))
        return QStringLiteral("%1 %2").arg(typeName(o.type), o.name);
    return tr("%1 %2 on %3").arg(typeName(o.type), o.name, o.table);
}

void compareColumns(const QString &table, const QList<Column> &expected, const QList<Column> &found,
                    QStringList *problems)
{
    QHash<QString, Column> present;
    for (const Column &c : found)
        present.insert(c.name.toLower(), c);
    QSet<QString> known;
    for (const Column &c : expected) {
        known.insert(c.name.toLower());
        const auto it = present.constFind(c.name.toLower());
        if (it == present.cend())
            problems->append(tr("column %1.%2 is missing").arg(table, c.name));
        else if (!(*it == c))
            problems->append(
                tr("column %1.%2 is %3 instead of %4").arg(table, c.name, it->describe(), c.describe()));
    }
    for (const Column &c : found) {
        if (!known.contains(c.name.toLower()))
            problems->append(tr("column %1.%2 was not created by Uproot").arg(table, c.name));
    }
}

} // namespace

ProjectCheck::Verdict SchemaCheck::identify(Database &db, int *version, QStringList *problems)
{
    *version = -1;
    // Reading the schema is the first thing that fails on a file that is not SQLite at all.
    Statement probe(db, "SELECT count(*) FROM sqlite_schema");
    if (!probe.isValid() || !probe.next()) {
        const QString why = probe.isValid() ? db.lastError() : probe.error();
        if (why.contains(QLatin1String("not a database"))) {
            problems->append(tr("it is not an Uproot project (not an SQLite database)"));
            return ProjectCheck::Verdict::NotAProject;
        }
        problems->append(tr("its schema cannot be read: %1").arg(why));
        return ProjectCheck::Verdict::Refused;
    }
    const qint64 objects = probe.int64(0);
    probe = Statement();
    Statement appId(db, "PRAGMA application_id");
    const qint64 id = appId.next() ? appId.int64(0) : 0;
    appId = Statement();
    *version = schema::version(db);
    if (id != 0 && id != schema::kApplicationId) {
        problems->append(tr("it is an SQLite database of another program, not an Uproot project"));
        return ProjectCheck::Verdict::NotAProject;
    }
    if (id == 0 && objects > 0) {
        problems->append(tr("it is an SQLite database that is not an Uproot project"));
        return ProjectCheck::Verdict::NotAProject;
    }
    if (*version > schema::kCurrentVersion) {
        problems->append(
            tr("it was written by a newer version of Uproot (schema %1; this version reads up to %2). "
               "Open it with a newer Uproot.")
                .arg(*version)
                .arg(schema::kCurrentVersion));
        return ProjectCheck::Verdict::Refused;
    }
    if (*version < 0) {
        problems->append(tr("its schema version cannot be read: %1").arg(db.lastError()));
        return ProjectCheck::Verdict::Refused;
    }
    return ProjectCheck::Verdict::Sound;
}

QStringList SchemaCheck::differences(Database &db, int version)
{
    const Snapshot expected = expectedAt(version);
    const Snapshot found = snapshotOf(db);
    if (!expected.error.isEmpty())
        return {tr("the schema of version %1 cannot be built to compare with: %2")
                    .arg(version)
                    .arg(expected.error)};
    if (!found.error.isEmpty())
        return {tr("its schema cannot be read: %1").arg(found.error)};
    // Code that runs by itself (a trigger, a view) comes first: it is what changes what Uproot reads or
    // writes.
    QStringList code;
    QStringList problems;
    const auto runs = [](const Object &o) {
        return o.type == QLatin1String("trigger") || o.type == QLatin1String("view");
    };
    // SQLite names the index behind a UNIQUE or PRIMARY KEY constraint itself; the table's definition says
    // whether it should be there.
    const auto automatic = [](const Object &o) {
        return o.name.startsWith(QLatin1String("sqlite_autoindex_"));
    };
    for (const Object &want : expected.objects) {
        if (automatic(want))
            continue;
        const auto have = found.objects.constFind(keyOf(want.type, want.name));
        if (have == found.objects.cend()) {
            (runs(want) ? code : problems).append(tr("%1 is missing").arg(named(want)));
            continue;
        }
        if (want.type == QLatin1String("table")) {
            const qsizetype before = problems.size();
            compareColumns(want.name, expected.columns.value(want.name.toLower()),
                           found.columns.value(want.name.toLower()), &problems);
            // The same columns with other constraints (a CHECK, a UNIQUE, a foreign key) or in another order.
            if (problems.size() == before && have->sql != want.sql)
                problems.append(tr("table %1 is not defined as Uproot defines it").arg(want.name));
        } else if (have->table.compare(want.table, Qt::CaseInsensitive) != 0 || have->sql != want.sql) {
            (runs(want) ? code : problems)
                .append(tr("%1 is not defined as Uproot defines it").arg(named(*have)));
        }
    }
    qsizetype unknownObjects = 0;
    for (const Object &have : found.objects) {
        if (expected.objects.contains(keyOf(have.type, have.name)) || automatic(have))
            continue;
        ++unknownObjects;
        // A file that says it has no schema yet has only objects Uproot did not make: only code is named.
        if (runs(have) || version > 0)
            (runs(have) ? code : problems).append(tr("%1 was not created by Uproot").arg(named(have)));
    }
    if (version == 0 && unknownObjects > 0)
        problems.prepend(
            tr("the file says it holds no schema yet (version 0), but it has %n table(s), index(es), "
               "trigger(s) or view(s)",
               nullptr, int(unknownObjects)));
    problems = code + problems;
    if (problems.size() > kMaxDifferences) {
        const qsizetype more = problems.size() - kMaxDifferences;
        problems.resize(kMaxDifferences);
        problems.append(tr("and %n more difference(s)", nullptr, int(more)));
    }
    if (!problems.isEmpty() && version > 0 && version < schema::kCurrentVersion)
        problems.prepend(
            tr("the file says it holds the schema of version %1, but it differs from it:").arg(version));
    return problems;
}

bool SchemaCheck::hasSidecars(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-shm"));
}

void SchemaCheck::removeEmptySidecars(const QString &path)
{
    // Reading a file in write-ahead-log mode makes an empty log and its index beside it, and a connection
    // that must not checkpoint into the file leaves them; a refused file is left as it was found.
    if (QFileInfo(path + QStringLiteral("-wal")).size() != 0)
        return;
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

QStringList SchemaCheck::integrity(Database &db, ProjectCheck::Depth depth)
{
    // Ten lines say what is wrong; the rest is more of the same.
    Statement st(db, depth == ProjectCheck::Depth::Full ? "PRAGMA integrity_check(10)"
                                                        : "PRAGMA quick_check(10)");
    QStringList lines;
    while (st.next())
        lines.append(st.text(0));
    if (!st.ok() || !st.isValid())
        return {tr("SQLite's integrity check stopped: %1").arg(st.error())};
    if (lines == QStringList{QStringLiteral("ok")})
        return {};
    QStringList problems;
    for (const QString &line : std::as_const(lines))
        problems.append(tr("SQLite's integrity check: %1").arg(line));
    return problems;
}

ProjectCheck::Verdict SchemaCheck::judge(Database &db, ProjectCheck::Depth depth, int *version,
                                         QStringList *problems)
{
    const ProjectCheck::Verdict identified = identify(db, version, problems);
    if (identified != ProjectCheck::Verdict::Sound)
        return identified;
    // Both, so that a tampered file that is also damaged says so at once.
    *problems = differences(db, *version) + integrity(db, depth);
    return problems->isEmpty() ? ProjectCheck::Verdict::Sound : ProjectCheck::Verdict::Refused;
}

} // namespace uproot
