#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

struct sqlite3_stmt;

namespace uproot {

class Database;

// A prepared statement. Parameters are always bound, never spliced into SQL text. Binding is positional and
// 1-based, as in SQLite.
class Statement final
{
public:
    Statement() = default;
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    // A date as ISO text (YYYY-MM-DD), formatted without a QString; an invalid date binds NULL.
    Statement &bindDate(int index, const QDate &date);
    Statement &bindUtf8(int index, const QByteArray &utf8);
    // Binds without copying: the bytes must stay alive and unchanged until the statement has been run or
    // reset. A null view binds NULL.
    Statement &bindUtf8View(int index, QByteArrayView utf8);
    Statement &bindNull(int index);
    // Binds bytes as a BLOB (copied); a null array binds NULL.
    Statement &bindBlob(int index, const QByteArray &bytes);

    // Steps once. Returns true while a row is available; check ok() after the loop.
    bool next();
    // Steps until done (for statements without result rows). Returns false on error.
    bool run();
    bool ok() const { return m_ok; }
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // An ISO date column (YYYY-MM-DD), parsed from the stored bytes; NULL or anything else gives an invalid
    // date.
    QDate date(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
    QString m_error;
    bool m_ok = true;
};

} // namespace uproot
