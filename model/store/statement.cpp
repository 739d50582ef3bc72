#include "model/store/statement.h"

#include "model/store/database.h"

#include <sqlite3.h>
#include <utility>

namespace uproot {

Statement::Statement(Database &db, const char *sql)
    : m_db(&db)
{
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = db.lastError();
        m_ok = false;
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_error(std::move(other.m_error))
    , m_ok(other.m_ok)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
        m_ok = other.m_ok;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * sizeof(char16_t)),
                            SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    if (!m_stmt)
        return *this;
    if (bytes.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8View(int index, QByteArrayView utf8)
{
    if (!m_stmt)
        return *this;
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_ok = false;
        m_error = m_db->lastError();
    }
    return false;
}

bool Statement::run()
{
    if (!m_stmt)
        return false;
    while (next()) {
    }
    const bool good = m_ok;
    sqlite3_reset(m_stmt);
    return good;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_ok = m_stmt != nullptr;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return QString(reinterpret_cast<const QChar *>(data), bytes / int(sizeof(char16_t)));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, bytes) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace uproot
