#include "model/store/statement.h"

#include "model/store/database.h"

#include <QVarLengthArray>
#include <sqlite3.h>
#include <utility>

namespace uproot {

Statement::Statement(Database &db, const char *sql) : m_db(&db)
{
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = db.lastError();
        m_ok = false;
        m_stmt = nullptr;
        // The SQL here is the program's own: it fails to prepare only on a file without what it names.
        db.noteFault(m_error);
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_error(std::move(other.m_error)),
      m_ok(other.m_ok)
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
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    // The file is UTF-8: text bound as UTF-16 is copied by SQLite and then translated into a second buffer.
    // Most text here is ASCII (titles, statuses, dates, host names), narrowed on the stack and copied once;
    // the rest is converted by Qt. Planning binds a dozen texts for each of 110,000 tasks, so this shows.
    const qsizetype size = value.size();
    QVarLengthArray<char, 256> ascii(size);
    const auto *from = reinterpret_cast<const char16_t *>(value.utf16());
    for (qsizetype i = 0; i < size; ++i) {
        if (from[i] >= 0x80) {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            return *this;
        }
        ascii[i] = char(from[i]);
    }
    sqlite3_bind_text(m_stmt, index, ascii.constData(), int(size), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindDate(int index, const QDate &date)
{
    if (!m_stmt)
        return *this;
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day); // one conversion from the Julian day, not three
    if (year < 1 || year > 9999) {
        if (date.isValid())
            bind(index, date.toString(Qt::ISODate));
        else
            sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    const char text[10] = {char('0' + year / 1000),
                           char('0' + year / 100 % 10),
                           char('0' + year / 10 % 10),
                           char('0' + year % 10),
                           '-',
                           char('0' + month / 10),
                           char('0' + month % 10),
                           '-',
                           char('0' + day / 10),
                           char('0' + day % 10)};
    sqlite3_bind_text(m_stmt, index, text, 10, SQLITE_TRANSIENT);
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
        // A damaged page, or a statement prepared before another program changed the schema that cannot be
        // prepared again; not a write refused by a constraint or a full disk, which the writer reports.
        const bool structural =
            (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB ||
            ((rc & 0xff) == SQLITE_ERROR &&
             (m_error.startsWith(QLatin1String("no such ")) || m_error.contains(QLatin1String("malformed"))));
        if (structural)
            m_db->noteFault(m_error);
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
    // The stored UTF-8 converted by Qt: asking SQLite for UTF-16 would translate into a buffer of its own
    // first.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QDate Statement::date(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    const int size = sqlite3_column_bytes(m_stmt, column);
    const auto digit = [&](int at) { return data[at] >= '0' && data[at] <= '9'; };
    if (size != 10 || data[4] != '-' || data[7] != '-' ||
        !(digit(0) && digit(1) && digit(2) && digit(3) && digit(5) && digit(6) && digit(8) && digit(9)))
        return QDate::fromString(QString::fromUtf8(data, size), Qt::ISODate);
    const auto number = [&](int at, int width) {
        int value = 0;
        for (int i = 0; i < width; ++i)
            value = value * 10 + (data[at + i] - '0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2),
                 number(8, 2)); // invalid when the day does not exist, as fromString
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
