// The store's copies of itself and its view of other writers: backups through SQLite's online backup API, and
// PRAGMA data_version, which changes when another connection commits and never for this connection's own.
#include "model/store/sqliteprojectstore.h"

#include "model/store/sqlitebackup.h"
#include "model/store/statement.h"

#include <sqlite3.h>

namespace uproot {

bool SqliteProjectStore::backupTo(const QString &file, QString *error)
{
    return SqliteBackup::copy(m_db, file, error);
}

bool SqliteProjectStore::changedElsewhere()
{
    // Inside a transaction (a unit of work, an import with its progress dialog) the connection sees its own
    // snapshot; the look waits for the next call after the commit.
    if (!m_db.isOpen() || !sqlite3_get_autocommit(m_db.handle()))
        return false;
    Statement st(m_db, "PRAGMA data_version");
    if (!st.next())
        return false;
    const qint64 version = st.int64(0);
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

} // namespace uproot
