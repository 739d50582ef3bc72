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

// One large write (an import): SQLite's foreign-key enforcement off, since the writer stores only ids it has just
// made or read (enforcement costs a lookup per reference and row), and the rollback journal instead of the
// write-ahead log, so that each page is written once rather than to the log and again at the checkpoint. The
// write stays atomic: a killed process leaves a journal that SQLite rolls back on the next open. Both settings
// come back when this goes, and the page cache is small meanwhile. SQLite takes neither inside a transaction, so create it before the Transaction;
// inside someone else's transaction, or while another connection holds the file, it leaves things as they are.
class BulkWriteMode final
{
public:
    explicit BulkWriteMode(Database &db);
    ~BulkWriteMode();
    BulkWriteMode(const BulkWriteMode &) = delete;
    BulkWriteMode &operator=(const BulkWriteMode &) = delete;

private:
    Database &m_db;
    bool m_foreignKeysWereOn = false;
    bool m_leftWal = false;
    qint64 m_cacheSize = 0;
};

} // namespace uproot
