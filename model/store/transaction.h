#pragma once

#include "model/store/database.h"

namespace uproot {

// Rolls back unless commit() succeeded: an edit or an import lands whole or not at all.
class Transaction final
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {
        m_active = m_db.exec("BEGIN IMMEDIATE", &m_error);
    }
    ~Transaction()
    {
        if (m_active)
            m_db.exec("ROLLBACK");
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (!m_db.exec("COMMIT", &m_error)) {
            m_db.exec("ROLLBACK");
            return false;
        }
        return true;
    }

private:
    Database &m_db;
    QString m_error;
    bool m_active = false;
};

} // namespace uproot
