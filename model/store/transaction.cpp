#include "model/store/transaction.h"

#include <sqlite3.h>

namespace uproot {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    m_active = m_db.exec(m_nested ? "SAVEPOINT uproot_nested" : "BEGIN IMMEDIATE", &m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::rollback()
{
    m_active = false;
    if (m_nested)
        m_db.exec("ROLLBACK TO uproot_nested; RELEASE uproot_nested");
    else
        m_db.exec("ROLLBACK");
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(m_nested ? "RELEASE uproot_nested" : "COMMIT", &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace uproot
