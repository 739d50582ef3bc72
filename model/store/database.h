#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_mutex;

namespace uproot {

class Statement;

// Owns one SQLite connection. Opened in defensive mode with extension loading off: a project file from
// elsewhere is untrusted input.
class Database final
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, bool create, bool readOnly, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements without parameters (DDL, pragmas). Returns false and sets error on failure.
    bool exec(const char *sql, QString *error = nullptr);
    QString lastError() const;
    // The first read that failed because the file is not what the SQL expects (a table or column missing, a
    // damaged page): empty while every read has worked. Readers return nothing on such a failure; a command
    // asks here before it reports success.
    QString fault() const { return m_fault; }
    // How many reads have failed so far, and the latest: a reader of a salvage copy, where one damaged table
    // has failed already, asks whether its own reads did.
    qint64 faultCount() const { return m_faults; }
    QString lastFault() const { return m_lastFault; }
    void noteFault(const QString &message);
    // While a file is judged (model/store/schemacheck.h) nothing may reach it: no statement writes, and
    // closing does not checkpoint the write-ahead log into it.
    void setWritesHeld(bool held);
    // A salvage copy: triggers and views of a file that failed its check do not run.
    void disableTriggersAndViews();
    qint64 lastInsertId() const;
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_fault;
    QString m_lastFault;
    qint64 m_faults = 0;
};

// Holds the connection's mutex for a run of calls (a batch of writes): calls from other threads wait until it
// goes, and the holder's own calls take the recursive mutex again at no real cost.
class DatabaseLock final
{
public:
    explicit DatabaseLock(Database &db);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

private:
    sqlite3_mutex *m_mutex;
};

} // namespace uproot
