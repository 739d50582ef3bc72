#include "model/store/taskstore.h"

#include "model/store/database.h"
#include "model/store/inventorystore.h"

namespace uproot {

namespace {
const char *const kSelect =
    "SELECT k.id, k.system_id, k.directive_id, s.name, k.step, k.title, k.status, k.owner,"
    " k.due, k.notes, s.component, k.start, k.reason,"
    " (SELECT count(*) FROM task_evidence e WHERE e.task_id = k.id), k.not_before"
    " FROM tasks k JOIN systems s ON s.id = k.system_id";
// Evidence as listed: everything but the file's bytes (a BLOB), which only evidenceItem reads.
const char *const kEvidence =
    "SELECT e.id, e.task_id, e.kind, e.name, e.sha256, e.size, e.added_at, e.added_by"
    " FROM task_evidence e";
const char *const kWhere = " WHERE (?1 IS NULL OR s.name LIKE ?1 ESCAPE '\\' OR k.title LIKE ?1 ESCAPE '\\'"
                           " OR k.owner LIKE ?1 ESCAPE '\\' OR s.component LIKE ?1 ESCAPE '\\')"
                           " AND (?2 IS NULL OR k.status = ?2)";

// ORDER BY cannot take a bound parameter: the column comes from this fixed list, never from user text.
const char *order(int column)
{
    switch (column) {
    case TaskStore::System:
        return "s.name";
    case TaskStore::Component:
        return "s.component";
    case TaskStore::Step:
        return "k.step";
    case TaskStore::Title:
        return "k.title";
    case TaskStore::Status:
        return "k.status";
    case TaskStore::Owner:
        return "k.owner";
    case TaskStore::Due:
        return "k.due";
    default:
        return "s.name";
    }
}

TaskRecord taskFrom(const Statement &st)
{
    TaskRecord t;
    t.id = st.int64(0);
    t.systemId = st.int64(1);
    t.directiveId = st.int64(2);
    t.system = st.text(3);
    t.step = st.integer(4);
    t.title = st.text(5);
    t.status = taskStatusFromString(st.text(6));
    t.owner = st.text(7);
    t.due = st.date(8);
    t.notes = st.text(9);
    t.component = st.text(10);
    t.start = st.date(11);
    t.reason = st.text(12);
    t.evidence = st.integer(13);
    t.notBefore = st.date(14);
    return t;
}

TaskEvidenceRecord evidenceFrom(const Statement &st)
{
    TaskEvidenceRecord e;
    e.id = st.int64(0);
    e.taskId = st.int64(1);
    e.kind = st.text(2) == QLatin1String("file") ? TaskEvidenceRecord::Kind::File
                                                 : TaskEvidenceRecord::Kind::Reference;
    e.name = st.text(3);
    e.sha256 = st.text(4);
    e.size = st.int64(5);
    e.addedAt = QDateTime::fromString(st.text(6), Qt::ISODateWithMs);
    if (!e.addedAt.isValid())
        e.addedAt = QDateTime::fromString(st.text(6), Qt::ISODate);
    e.addedBy = st.text(7);
    return e;
}

void bindFilters(Statement &st, const PageQuery &q)
{
    if (q.search.isEmpty())
        st.bindNull(1);
    else
        st.bind(1, likePattern(q.search));
    if (q.stateFilter.isEmpty())
        st.bindNull(2);
    else
        st.bind(2, q.stateFilter);
}
} // namespace

const char *TaskStore::selectSql()
{
    return kSelect;
}

TaskRecord TaskStore::recordFrom(const Statement &st)
{
    return taskFrom(st);
}

TaskStore::TaskStore(Database &db)
    : m_db(db),
      m_add(db,
            "INSERT OR IGNORE INTO tasks(id, system_id, directive_id, step, title, status, owner, due, notes,"
            " start, reason, not_before) VALUES (?9, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11, ?12)"),
      m_setDates(db, "UPDATE tasks SET start = ?2, due = ?3 WHERE id = ?1"),
      m_setNotBefore(db, "UPDATE tasks SET not_before = ?2 WHERE id = ?1")
{
}

Id TaskStore::addTask(const TaskRecord &t)
{
    m_add.bind(1, t.systemId).bind(2, t.directiveId).bind(3, t.step).bind(4, t.title);
    m_add.bind(5, toString(t.status)).bind(6, t.owner).bindDate(7, t.due).bind(8, t.notes);
    if (t.id)
        m_add.bind(9, t.id);
    else
        m_add.bindNull(9);
    m_add.bindDate(10, t.start);
    m_add.bind(11, t.reason);
    m_add.bindDate(12, t.notBefore);
    return m_add.run() && m_db.changes() == 1 ? m_db.lastInsertId() : 0;
}

bool TaskStore::removeTask(Id id)
{
    Statement st(m_db, "DELETE FROM tasks WHERE id = ?1");
    st.bind(1, id);
    return st.run() && m_db.changes() == 1;
}

bool TaskStore::setDates(Id id, const QDate &start, const QDate &due)
{
    m_setDates.bind(1, id).bindDate(2, start).bindDate(3, due);
    return m_setDates.run() && m_db.changes() == 1;
}

bool TaskStore::setNotBefore(Id id, const QDate &day)
{
    m_setNotBefore.bind(1, id).bindDate(2, day);
    return m_setNotBefore.run() && m_db.changes() == 1;
}

bool TaskStore::setStatus(Id id, TaskStatus status, const QString &reason)
{
    // An empty reason is stored as NULL, as a task that was never blocked has it.
    Statement st(m_db, "UPDATE tasks SET status = ?2, reason = ?3 WHERE id = ?1");
    st.bind(1, id).bind(2, toString(status));
    if (reason.isEmpty())
        st.bindNull(3);
    else
        st.bind(3, reason);
    return st.run() && m_db.changes() == 1;
}

bool TaskStore::setNotes(Id id, const QString &notes)
{
    Statement st(m_db, "UPDATE tasks SET notes = ?2 WHERE id = ?1");
    st.bind(1, id);
    if (notes.isEmpty())
        st.bindNull(2);
    else
        st.bind(2, notes);
    return st.run() && m_db.changes() == 1;
}

Id TaskStore::addEvidence(const TaskEvidenceRecord &e)
{
    Statement st(
        m_db, "INSERT INTO task_evidence(id, task_id, kind, name, sha256, size, content, added_at, added_by)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (e.id)
        st.bind(1, e.id);
    else
        st.bindNull(1);
    const bool file = e.kind == TaskEvidenceRecord::Kind::File;
    st.bind(2, e.taskId).bind(3, file ? QStringLiteral("file") : QStringLiteral("reference")).bind(4, e.name);
    if (file) {
        st.bind(5, e.sha256).bind(6, e.size);
        // An empty file is zero bytes, not a missing one.
        st.bindBlob(7, e.content.isNull() ? QByteArray("", 0) : e.content);
    } else {
        st.bindNull(5).bindNull(6).bindNull(7);
    }
    st.bind(8, e.addedAt.toString(Qt::ISODateWithMs)).bind(9, e.addedBy);
    return st.run() && m_db.changes() == 1 ? m_db.lastInsertId() : 0;
}

bool TaskStore::removeEvidence(Id evidenceId)
{
    Statement st(m_db, "DELETE FROM task_evidence WHERE id = ?1");
    st.bind(1, evidenceId);
    return st.run() && m_db.changes() == 1;
}

QList<TaskEvidenceRecord> TaskStore::evidenceOfTask(Id taskId)
{
    const QByteArray sql = QByteArray(kEvidence) + " WHERE e.task_id = ?1 ORDER BY e.id";
    Statement st(m_db, sql.constData());
    st.bind(1, taskId);
    QList<TaskEvidenceRecord> all;
    while (st.next())
        all.append(evidenceFrom(st));
    return all;
}

TaskEvidenceRecord TaskStore::evidenceItem(Id evidenceId)
{
    Statement st(
        m_db, "SELECT id, task_id, kind, name, sha256, size, added_at, added_by, content FROM task_evidence"
              " WHERE id = ?1");
    st.bind(1, evidenceId);
    if (!st.next())
        return {};
    TaskEvidenceRecord e = evidenceFrom(st);
    e.content = st.blob(8);
    return e;
}

TaskRecord TaskStore::task(Id id)
{
    const QByteArray sql = QByteArray(kSelect) + " WHERE k.id = ?1";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    return st.next() ? taskFrom(st) : TaskRecord{};
}

qint64 TaskStore::count(const PageQuery &q)
{
    const QByteArray sql =
        QByteArray("SELECT count(*) FROM tasks k JOIN systems s ON s.id = k.system_id") + kWhere;
    Statement st(m_db, sql.constData());
    bindFilters(st, q);
    return st.next() ? st.int64(0) : 0;
}

QList<TaskRecord> TaskStore::page(const PageQuery &q)
{
    const QByteArray sql = QByteArray(kSelect) + kWhere + " ORDER BY " + order(q.sortColumn) +
                           (q.descending ? " DESC" : " ASC") + ", s.name, k.step LIMIT ?3 OFFSET ?4";
    Statement st(m_db, sql.constData());
    bindFilters(st, q);
    st.bind(3, q.limit).bind(4, q.offset);
    QList<TaskRecord> rows;
    while (st.next())
        rows.append(taskFrom(st));
    return rows;
}

QList<TaskRecord> TaskStore::tasksOfSystem(Id systemId, Id directiveId)
{
    const QByteArray sql =
        QByteArray(kSelect) + " WHERE k.system_id = ?1 AND k.directive_id = ?2 ORDER BY k.step";
    Statement st(m_db, sql.constData());
    st.bind(1, systemId).bind(2, directiveId);
    QList<TaskRecord> rows;
    while (st.next())
        rows.append(taskFrom(st));
    return rows;
}

QList<TaskRecord> TaskStore::allTasksOfSystem(Id systemId)
{
    const QByteArray sql = QByteArray(kSelect) + " WHERE k.system_id = ?1 ORDER BY k.directive_id, k.step";
    Statement st(m_db, sql.constData());
    st.bind(1, systemId);
    QList<TaskRecord> rows;
    while (st.next())
        rows.append(taskFrom(st));
    return rows;
}

QList<TaskEvidenceRecord> TaskStore::evidenceOfSystem(Id systemId)
{
    const QByteArray sql =
        QByteArray(kEvidence) +
        " JOIN tasks k ON k.id = e.task_id WHERE k.system_id = ?1 ORDER BY e.added_at, e.id";
    Statement st(m_db, sql.constData());
    st.bind(1, systemId);
    QList<TaskEvidenceRecord> rows;
    while (st.next())
        rows.append(evidenceFrom(st));
    return rows;
}

QList<TaskRecord> TaskStore::tasksOfDirective(Id directiveId)
{
    const QByteArray sql = QByteArray(kSelect) + " WHERE k.directive_id = ?1 ORDER BY k.system_id, k.step";
    Statement st(m_db, sql.constData());
    st.bind(1, directiveId);
    QList<TaskRecord> rows;
    while (st.next())
        rows.append(taskFrom(st));
    return rows;
}

QList<TaskRecord> TaskStore::tasksToSchedule(Id directiveId)
{
    // kSelect's columns, read by taskFrom, with NULL for the system's name and component (no join) and
    // whether there is evidence instead of how much.
    Statement st(m_db,
                 "SELECT k.id, k.system_id, k.directive_id, NULL, k.step, k.title, k.status, k.owner, k.due,"
                 " k.notes, NULL, k.start, k.reason,"
                 " EXISTS (SELECT 1 FROM task_evidence e WHERE e.task_id = k.id), k.not_before"
                 " FROM tasks k WHERE k.directive_id = ?1");
    st.bind(1, directiveId);
    QList<TaskRecord> rows;
    while (st.next())
        rows.append(taskFrom(st));
    return rows;
}

qint64 TaskStore::countByStatus(TaskStatus status)
{
    Statement st(m_db, "SELECT count(*) FROM tasks WHERE status = ?1");
    st.bind(1, toString(status));
    return st.next() ? st.int64(0) : 0;
}

qint64 TaskStore::total()
{
    Statement st(m_db, "SELECT count(*) FROM tasks");
    return st.next() ? st.int64(0) : 0;
}

QHash<Id, SystemProgress> TaskStore::progressBySystem(Id directiveId)
{
    Statement st(m_db, "SELECT system_id, sum(status IN ('done', 'skipped')), count(*), max(due) FROM tasks"
                       " WHERE directive_id = ?1 GROUP BY system_id");
    st.bind(1, directiveId);
    QHash<Id, SystemProgress> all;
    while (st.next())
        all.insert(st.int64(0), {st.int64(1), st.int64(2), st.date(3)});
    return all;
}

} // namespace uproot
