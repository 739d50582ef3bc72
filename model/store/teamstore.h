#pragma once

#include "model/store/teamsreader.h"

namespace uproot {

class Database;

// The teams table: read through TeamsReader, written by SqliteUnitOfWork.
class TeamStore final : public TeamsReader
{
public:
    explicit TeamStore(Database &db);

    QList<TeamRecord> all() override;
    TeamRecord find(const QString &name) override;
    QList<TeamRule> rules() override;
    QList<QPair<QString, qint64>> systemCounts(TeamRuleField field) override;

    Id save(const TeamRecord &team);
    bool remove(const QString &name);
    // Sets the rule for one component or site (an empty team removes it).
    bool setRule(TeamRuleField field, const QString &value, const QString &team);

    // The SQL expressions of a system's effective team and of where it comes from (a TeamSource as an integer),
    // for queries over `systems` aliased as `alias`; one place for the precedence (own, component, site).
    static QByteArray effectiveTeamSql(const char *alias);
    static QByteArray teamSourceSql(const char *alias);

private:
    Database &m_db;
};

} // namespace uproot
