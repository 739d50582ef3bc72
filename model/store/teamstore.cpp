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

QList<TeamRule> TeamStore::rules()
{
    QList<TeamRule> rules;
    Statement st(m_db, "SELECT field, value, team FROM team_rules ORDER BY field = 'site', value");
    while (st.next())
        rules.append({st.text(0) == QLatin1String("site") ? TeamRuleField::Site : TeamRuleField::Component,
                      st.text(1), st.text(2)});
    return rules;
}

QList<QPair<QString, qint64>> TeamStore::systemCounts(TeamRuleField field)
{
    // The column comes from this fixed choice, never from user text.
    Statement st(m_db, field == TeamRuleField::Site
                           ? "SELECT site, count(*) FROM systems WHERE coalesce(site, '') <> '' GROUP BY 1 ORDER BY 1"
                           : "SELECT component, count(*) FROM systems WHERE coalesce(component, '') <> ''"
                             " GROUP BY 1 ORDER BY 1");
    QList<QPair<QString, qint64>> counts;
    while (st.next())
        counts.append({st.text(0), st.int64(1)});
    return counts;
}

bool TeamStore::setRule(TeamRuleField field, const QString &value, const QString &team)
{
    if (team.isEmpty()) {
        Statement st(m_db, "DELETE FROM team_rules WHERE field = ?1 AND value = ?2");
        st.bind(1, teamRuleFieldName(field)).bind(2, value);
        return st.run() && m_db.changes() == 1;
    }
    Statement st(m_db, "INSERT INTO team_rules(field, value, team) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT(field, value) DO UPDATE SET team = excluded.team");
    st.bind(1, teamRuleFieldName(field)).bind(2, value).bind(3, team);
    return st.run();
}

QByteArray TeamStore::effectiveTeamSql(const char *alias)
{
    const QByteArray a(alias);
    return "coalesce(nullif(" + a + ".team, ''),"
           " (SELECT r.team FROM team_rules r WHERE r.field = 'component' AND r.value = " + a + ".component),"
           " (SELECT r.team FROM team_rules r WHERE r.field = 'site' AND r.value = " + a + ".site), '')";
}

QByteArray TeamStore::teamSourceSql(const char *alias)
{
    const QByteArray a(alias);
    // The numbers are TeamSource's: None 0, Own 1, ComponentRule 2, SiteRule 3.
    return "CASE WHEN coalesce(" + a + ".team, '') <> '' THEN 1"
           " WHEN EXISTS (SELECT 1 FROM team_rules r WHERE r.field = 'component' AND r.value = " + a + ".component)"
           " THEN 2"
           " WHEN EXISTS (SELECT 1 FROM team_rules r WHERE r.field = 'site' AND r.value = " + a + ".site) THEN 3"
           " ELSE 0 END";
}

} // namespace uproot
