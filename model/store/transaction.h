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

// One large write (an import): SQLite's foreign-key enforcement off, since the writer stores only ids it has
// just made or read (enforcement costs a lookup per reference and row); the rollback journal instead of the
// write-ahead log, so that each page is written once rather than to the log and again at the checkpoint; and a
// small page cache. Everything comes back when this goes.
//
// The write stays atomic: a killed process leaves a journal that SQLite rolls back on the next open, and with
// synchronous = FULL meanwhile, so does a power cut. The price: while the load commits it needs the file to
// itself, so a reader in another process at that moment makes the commit wait (2 s) and then fail, where WAL
// would have let both go on.
//
// SQLite takes none of this inside a transaction, so create it before the Transaction; inside someone else's
// transaction, or while another connection holds the file, it leaves things as they are.
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
    int m_synchronous = 1; // NORMAL
};

} // namespace uproot
