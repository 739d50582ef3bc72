#include "model/store/teamstore.h"

#include "model/store/database.h"
#include "model/store/statement.h"

#include <QStringList>

namespace uproot {

namespace {

TeamRecord teamFrom(const Statement &st)
{
    TeamRecord t;
    t.id = st.int64(0);
    t.name = st.text(1);
    t.capacity = st.integer(2);
    for (const QString &day : st.text(3).split(u',', Qt::SkipEmptyParts))
        t.daysOff.append(QDate::fromString(day, Qt::ISODate));
    return t;
}

QString daysOffText(const QList<QDate> &days)
{
    QStringList text;
    for (const QDate &d : days)
        text.append(d.toString(Qt::ISODate));
    // Not NULL: the column holds "" for a team with no days off (a null QString would bind NULL).
    return text.isEmpty() ? QStringLiteral("") : text.join(u',');
}

} // namespace

TeamStore::TeamStore(Database &db)
    : m_db(db)
{
}

QList<TeamRecord> TeamStore::all()
{
    QList<TeamRecord> teams;
    Statement st(m_db, "SELECT id, name, capacity, days_off FROM teams ORDER BY name");
    while (st.next())
        teams.append(teamFrom(st));
    return teams;
}

TeamRecord TeamStore::find(const QString &name)
{
    Statement st(m_db, "SELECT id, name, capacity, days_off FROM teams WHERE name = ?1");
    st.bind(1, name);
    return st.next() ? teamFrom(st) : TeamRecord{};
}

Id TeamStore::save(const TeamRecord &team)
{
    Statement st(m_db, "INSERT INTO teams(name, capacity, days_off) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT(name) DO UPDATE SET capacity = excluded.capacity, days_off = excluded.days_off "
                       "RETURNING id");
    st.bind(1, team.name).bind(2, team.capacity).bind(3, daysOffText(team.daysOff));
    const Id id = st.next() ? st.int64(0) : 0;
    st.reset();
    return id;
}

bool TeamStore::remove(const QString &name)
{
    Statement st(m_db, "DELETE FROM teams WHERE name = ?1");
    st.bind(1, name);
    return st.run() && m_db.changes() == 1;
}

} // namespace uproot
