// The tasks grouped by system (TaskStore's part for the tasks view). Split from taskstore.cpp, which writes
// and reads single tasks.
#include "model/store/database.h"
#include "model/store/inventorystore.h"
#include "model/store/taskstore.h"
#include "model/store/teamstore.h"

namespace uproot {

namespace {

// A task the filter lets through (k the task, s its system). Parameters: ?1 search pattern, ?2 status, ?3 and
// ?4 the due window's first and last day, ?5 1 for open tasks only, ?6 team, ?7 component.
QByteArray taskMatchSql()
{
    return "(?1 IS NULL OR s.name LIKE ?1 ESCAPE '\\' OR k.title LIKE ?1 ESCAPE '\\' OR k.owner LIKE ?1 "
           "ESCAPE '\\'"
           " OR s.component LIKE ?1 ESCAPE '\\')"
           " AND (?2 IS NULL OR k.status = ?2)"
           " AND (?3 IS NULL OR k.due >= ?3) AND (?4 IS NULL OR k.due <= ?4)"
           " AND (?5 = 0 OR k.status NOT IN ('done', 'skipped'))";
}

QByteArray systemMatchSql()
{
    return "(?6 IS NULL OR " + TeamStore::effectiveTeamSql("s") +
           " = ?6) AND (?7 IS NULL OR coalesce(s.component, '') = ?7)";
}

// Systems that have a task the filter lets through.
QByteArray matchingSystemsSql()
{
    return " FROM systems s WHERE " + systemMatchSql() +
           " AND EXISTS (SELECT 1 FROM tasks k WHERE k.system_id = s.id AND " + taskMatchSql() + ")";
}

void bindOptional(Statement &st, int index, const QString &value)
{
    if (value.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, value);
}

void bindOptional(Statement &st, int index, const QDate &date)
{
    if (date.isValid())
        st.bind(index, date.toString(Qt::ISODate));
    else
        st.bindNull(index);
}

void bindFilter(Statement &st, const TaskGroupFilter &f)
{
    bindOptional(st, 1, f.search.isEmpty() ? QString() : likePattern(f.search));
    bindOptional(st, 2, f.status);
    const QDate asOf = f.asOf.isValid() ? f.asOf : QDate::currentDate();
    QDate first;
    QDate last;
    switch (f.due) {
    case TaskGroupFilter::DueWindow::Any:
        break;
    case TaskGroupFilter::DueWindow::Overdue:
        last = asOf.addDays(-1);
        break;
    case TaskGroupFilter::DueWindow::ThisWeek:
        first = asOf.addDays(1 - asOf.dayOfWeek());
        last = first.addDays(6);
        break;
    case TaskGroupFilter::DueWindow::Next30Days:
        first = asOf;
        last = asOf.addDays(30);
        break;
    }
    bindOptional(st, 3, first);
    bindOptional(st, 4, last);
    st.bind(5, qint64(f.due == TaskGroupFilter::DueWindow::Overdue ? 1 : 0));
    bindOptional(st, 6, f.team);
    bindOptional(st, 7, f.component);
}

// A page of groups: the systems first (by name, through systems_by_name, stopping at the page), then their
// tasks summed through the tasks' unique index. ?8 the status date, ?9 limit, ?10 offset, ?11 one system (or
// NULL).
QByteArray groupsSql(bool oneSystem)
{
    const QByteArray systems =
        oneSystem ? QByteArray("SELECT s.id AS sid, s.name AS sname FROM systems s WHERE s.id = ?11")
                  : "SELECT s.id AS sid, s.name AS sname" + matchingSystemsSql() +
                        " ORDER BY s.name, s.id LIMIT ?9 OFFSET ?10";
    return "SELECT s.id, s.name, s.component, " + TeamStore::effectiveTeamSql("s") +
           ", count(k.id), sum(k.status IN ('done', 'skipped')), sum(k.status = 'blocked'),"
           " sum(k.status = 'in progress'), sum(k.status NOT IN ('done', 'skipped') AND k.due < ?8),"
           " sum(" +
           taskMatchSql() +
           "), min(coalesce(k.start, k.due)), max(k.due)"
           " FROM (" +
           systems +
           ") p JOIN systems s ON s.id = p.sid JOIN tasks k ON k.system_id = s.id"
           " GROUP BY s.id ORDER BY p.sname, p.sid";
}

TaskGroupRecord groupFrom(const Statement &st)
{
    TaskGroupRecord g;
    g.systemId = st.int64(0);
    g.system = st.text(1);
    g.component = st.text(2);
    g.team = st.text(3);
    g.total = st.int64(4);
    g.done = st.int64(5);
    g.blocked = st.int64(6);
    g.inProgress = st.int64(7);
    g.overdue = st.int64(8);
    g.matching = st.int64(9);
    g.start = QDate::fromString(st.text(10), Qt::ISODate);
    g.finish = QDate::fromString(st.text(11), Qt::ISODate);
    return g;
}

QStringList texts(Database &db, const char *sql)
{
    Statement st(db, sql);
    QStringList all;
    while (st.next())
        all.append(st.text(0));
    return all;
}

} // namespace

qint64 TaskStore::countTaskGroups(const TaskGroupFilter &filter)
{
    const QByteArray sql = "SELECT count(*)" + matchingSystemsSql();
    Statement st(m_db, sql.constData());
    bindFilter(st, filter);
    return st.next() ? st.int64(0) : 0;
}

QList<TaskGroupRecord> TaskStore::taskGroups(const TaskGroupFilter &filter, qint64 offset, int limit)
{
    const QByteArray sql = groupsSql(false);
    Statement st(m_db, sql.constData());
    bindFilter(st, filter);
    st.bind(8, (filter.asOf.isValid() ? filter.asOf : QDate::currentDate()).toString(Qt::ISODate));
    st.bind(9, qint64(limit)).bind(10, offset);
    QList<TaskGroupRecord> all;
    while (st.next())
        all.append(groupFrom(st));
    return all;
}

TaskGroupRecord TaskStore::taskGroup(Id systemId, const TaskGroupFilter &filter)
{
    const QByteArray sql = groupsSql(true);
    Statement st(m_db, sql.constData());
    bindFilter(st, filter);
    st.bind(8, (filter.asOf.isValid() ? filter.asOf : QDate::currentDate()).toString(Qt::ISODate));
    st.bind(11, systemId);
    return st.next() ? groupFrom(st) : TaskGroupRecord{};
}

QList<TaskRecord> TaskStore::groupTasks(Id systemId, const TaskGroupFilter &filter)
{
    const QByteArray sql = QByteArray(selectSql()) + " WHERE k.system_id = ?8 AND " + taskMatchSql() +
                           " ORDER BY k.directive_id, k.step, k.id";
    Statement st(m_db, sql.constData());
    bindFilter(st, filter);
    st.bind(8, systemId);
    QList<TaskRecord> all;
    while (st.next())
        all.append(recordFrom(st));
    return all;
}

QStringList TaskStore::taskTeams()
{
    const QByteArray sql =
        "SELECT DISTINCT " + TeamStore::effectiveTeamSql("s") +
        " AS team FROM systems s WHERE EXISTS (SELECT 1 FROM tasks k WHERE k.system_id = s.id)"
        " AND team <> '' ORDER BY team";
    return texts(m_db, sql.constData());
}

QStringList TaskStore::taskComponents()
{
    return texts(m_db, "SELECT DISTINCT s.component FROM systems s WHERE coalesce(s.component, '') <> ''"
                       " AND EXISTS (SELECT 1 FROM tasks k WHERE k.system_id = s.id) ORDER BY s.component");
}

} // namespace uproot
