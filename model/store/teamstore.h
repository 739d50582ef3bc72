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

    Id save(const TeamRecord &team);
    bool remove(const QString &name);

private:
    Database &m_db;
};

} // namespace uproot
