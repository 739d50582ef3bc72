#pragma once

#include "model/readers/sourcerecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <functional>

namespace uproot {

class StructuredRecordInput;

// Walks a JSON text of any size without building it in memory, checking its grammar as it goes, and hands out
// only the values a reader asks for: an osquery array's rows, a BOM's components, a GLPI inventory's software
// entries. Each handed-out value keeps the line and column where it starts, so a record can point back to the
// file and a parse error names its place. A value is small enough to parse with QJsonDocument; the file is not.
class StructuredRecordJsonScanner
{
    Q_DECLARE_TR_FUNCTIONS(StructuredRecordJsonScanner)
public:
    // Deeper nesting than any inventory needs; the cap keeps hostile input from growing the stack without end.
    static constexpr int MaxDepth = 512;

    struct Step
    {
        QString key;      // for an object member
        qint64 index = -1; // for an array element (0-based)
    };
    using Path = QList<Step>;

    enum class Action {
        Descend, // look inside (containers); the selector is asked again for each member or element
        Capture, // hand out the whole value's bytes
        Locate,  // hand out where the value starts, then look inside it like Descend
        Skip     // check its grammar only
    };
    // Asked when a value starts at `path`; `first` is its first byte ('{', '[', '"', a digit, '-', 't', 'f', 'n').
    using Selector = std::function<Action(const Path &path, char first)>;

    struct Value
    {
        Path path;
        QByteArray bytes; // empty for Locate
        qint64 line = 0;
        int column = 0;
    };
    enum class Result { Found, End, Failed };

    StructuredRecordJsonScanner(StructuredRecordInput *input, Selector selector, qint64 maxValueBytes);

    // For scanning a piece cut out of a larger file: where its first byte sits in that file.
    void setStartPosition(qint64 line, int column);

    Result next(Value *value);
    // After Failed: line, column and reason (the reader fills in the file).
    ReadError error() const { return m_error; }
    // The first byte of the top-level value, 0 while none has been seen.
    char rootKind() const { return m_rootKind; }

    // Moves (line, column) from the first byte of `bytes` to the byte at `offset`.
    static void locate(const QByteArray &bytes, qsizetype offset, qint64 *line, int *column);
    // Parses a captured value; on failure fills `error` with the place in the file and the reason, and returns
    // an undefined value.
    static QJsonValue parse(const Value &value, ReadError *error);

private:
    enum class State { Value, ValueOrClose, KeyOrClose, Key, Colon, CommaOrClose, String, KeyString, Scalar, Done };
    struct Frame
    {
        bool isObject = false;
        qint64 index = 0;
        QString key;
        qint64 line = 0; // where the container opens, for "the file ends before ... is closed"
        int column = 0;
    };

    bool process(char c, bool *reprocess);
    void skipPlainStringBytes();
    bool startValue(char c);
    bool closeContainer(char c);
    bool valueEnded(qsizetype endInChunk);
    bool appendCapture(qsizetype endInChunk);
    bool stringByte(char c);
    bool finishScalar();
    bool finishInput();
    Path currentPath() const;
    int columnHere() const;
    bool fail(const QString &reason);
    bool failAt(qint64 line, int column, const QString &reason);
    static QString describe(char c);
    static bool isNumber(const QByteArray &token);
    static QString decodeKey(const QByteArray &raw);

    StructuredRecordInput *m_input;
    Selector m_selector;
    qint64 m_maxValueBytes;

    QByteArray m_chunk;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_charsOnLine = 0; // 64-bit: a minified BOM can be one line of gigabytes

    State m_state = State::Value;
    QList<Frame> m_stack;
    char m_rootKind = 0;
    qsizetype m_quietDepth = -1;   // stack depth of the value being skipped or captured, -1 when none
    qsizetype m_captureDepth = -1; // stack depth of the value being captured, -1 when none
    qsizetype m_captureFrom = 0;   // where in m_chunk the part of the capture not yet copied starts

    bool m_afterBackslash = false;
    int m_hexLeft = 0; // hex digits of a \uXXXX escape still to come
    bool m_collectKey = false;
    QByteArray m_keyBytes;
    QByteArray m_token;
    qint64 m_tokenLine = 0;
    int m_tokenColumn = 0;
    qint64 m_stringLine = 0;
    int m_stringColumn = 0;

    bool m_pending = false;
    Value m_found;
    ReadError m_error;
};

} // namespace uproot
