#pragma once

#include "model/store/database.h"

namespace uproot {

// Rolls back unless commit() succeeded: an edit or an import lands whole or not at all. Inside another
// transaction it becomes a savepoint, so a store call that needs atomicity of its own composes with a caller's
// larger transaction.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    void rollback();

    Database &m_db;
    QString m_error;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace uproot
