#include "model/readers/structuredrecordjsonscanner.h"

#include "model/readers/structuredrecordinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <climits>
#include <cstring>

namespace uproot {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isTokenByte(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '-' || c == '.';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isContinuation(char c)
{
    return (static_cast<uchar>(c) & 0xC0) == 0x80;
}

constexpr qsizetype MaxTokenBytes = 256;
constexpr qsizetype MaxKeyBytes = 64 * 1024;

} // namespace

StructuredRecordJsonScanner::StructuredRecordJsonScanner(StructuredRecordInput *input, Selector selector,
                                                         qint64 maxValueBytes)
    : m_input(input)
    , m_selector(std::move(selector))
    , m_maxValueBytes(maxValueBytes)
{
}

void StructuredRecordJsonScanner::setStartPosition(qint64 line, int column)
{
    m_line = line;
    m_charsOnLine = column - 1;
}

StructuredRecordJsonScanner::Result StructuredRecordJsonScanner::next(Value *value)
{
    if (!m_error.isNull())
        return Result::Failed;
    for (;;) {
        if (m_pos >= m_chunk.size()) {
            if (m_captureDepth >= 0) {
                if (!appendCapture(m_chunk.size()))
                    return Result::Failed;
                m_captureFrom = 0;
            }
            m_chunk = m_input->read();
            m_pos = 0;
            if (m_chunk.isEmpty()) {
                if (!m_input->errorString().isEmpty()) {
                    fail(tr("the file could not be read: %1").arg(m_input->errorString()));
                    return Result::Failed;
                }
                if (!finishInput())
                    return Result::Failed;
                if (m_pending) {
                    m_pending = false;
                    *value = std::move(m_found);
                    m_found = Value();
                    return Result::Found;
                }
                return Result::End;
            }
        }
        if ((m_state == State::String || m_state == State::KeyString) && !m_afterBackslash && m_hexLeft == 0)
            skipPlainStringBytes();
        if (m_pos >= m_chunk.size())
            continue;
        const char c = m_chunk.at(m_pos);
        bool reprocess = false;
        if (!process(c, &reprocess))
            return Result::Failed;
        if (!reprocess) {
            if (c == '\n') {
                ++m_line;
                m_charsOnLine = 0;
            } else if (!isContinuation(c)) {
                ++m_charsOnLine;
            }
            ++m_pos;
        }
        if (m_pending) {
            m_pending = false;
            *value = std::move(m_found);
            m_found = Value();
            return Result::Found;
        }
    }
}

void StructuredRecordJsonScanner::skipPlainStringBytes()
{
    // Most of a file is string contents with nothing to decide: pass over them in one go. Strings hold no raw
    // line breaks (they are refused below), so only the column moves.
    const char *data = m_chunk.constData();
    const qsizetype size = m_chunk.size();
    const qsizetype start = m_pos;
    qsizetype pos = m_pos;
    qint64 characters = 0;
    while (pos < size) {
        const auto byte = static_cast<uchar>(data[pos]);
        if (byte == '"' || byte == '\\' || byte < 0x20)
            break;
        if ((byte & 0xC0) != 0x80)
            ++characters;
        ++pos;
    }
    if (pos == start)
        return;
    if (m_state == State::KeyString && m_collectKey) {
        if (m_keyBytes.size() + (pos - start) > MaxKeyBytes) {
            pos = start + (MaxKeyBytes - m_keyBytes.size()); // let the byte-wise path report the long name
            characters = 0;
            for (qsizetype i = start; i < pos; ++i)
                characters += isContinuation(data[i]) ? 0 : 1;
        }
        m_keyBytes.append(data + start, pos - start);
    }
    m_charsOnLine += characters;
    m_pos = pos;
}

bool StructuredRecordJsonScanner::process(char c, bool *reprocess)
{
    switch (m_state) {
    case State::String:
    case State::KeyString:
        return stringByte(c);
    case State::Scalar:
        if (isTokenByte(c)) {
            if (m_token.size() >= MaxTokenBytes)
                return failAt(m_tokenLine, m_tokenColumn,
                              tr("a number or literal longer than %1 characters").arg(MaxTokenBytes));
            m_token.append(c);
            return true;
        }
        *reprocess = true; // the byte after a number belongs to what follows it
        return finishScalar();
    case State::Done:
        if (isSpace(c))
            return true;
        return fail(tr("unexpected %1 after the end of the JSON document").arg(describe(c)));
    default:
        break;
    }
    if (isSpace(c))
        return true;
    switch (m_state) {
    case State::Value:
        return startValue(c);
    case State::ValueOrClose:
        return c == ']' ? closeContainer(c) : startValue(c);
    case State::KeyOrClose:
        if (c == '}')
            return closeContainer(c);
        [[fallthrough]];
    case State::Key:
        if (c != '"')
            return fail(tr("expected a member name in double quotes, found %1").arg(describe(c)));
        m_state = State::KeyString;
        m_collectKey = m_quietDepth < 0;
        m_keyBytes.clear();
        m_stringLine = m_line;
        m_stringColumn = columnHere();
        return true;
    case State::Colon:
        if (c != ':')
            return fail(tr("expected ':' after the member name, found %1").arg(describe(c)));
        m_state = State::Value;
        return true;
    case State::CommaOrClose:
        if (c == ',') {
            Frame &top = m_stack.last();
            if (top.isObject) {
                m_state = State::Key;
            } else {
                ++top.index;
                m_state = State::Value;
            }
            return true;
        }
        if (c == '}' || c == ']')
            return closeContainer(c);
        return fail(m_stack.last().isObject ? tr("expected ',' or '}' after an object member, found %1").arg(describe(c))
                                            : tr("expected ',' or ']' after an array element, found %1").arg(describe(c)));
    default:
        return true;
    }
}

bool StructuredRecordJsonScanner::startValue(char c)
{
    const bool container = c == '{' || c == '[';
    if (!container && c != '"' && c != '-' && c != '.' && !isDigit(c) && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
        return fail(tr("expected a value, found %1").arg(describe(c)));
    const qsizetype depth = m_stack.size();
    if (depth == 0)
        m_rootKind = c;
    const qint64 line = m_line;
    const int column = columnHere();
    if (m_quietDepth < 0) {
        const Path path = currentPath();
        const Action action = m_selector ? m_selector(path, c) : Action::Descend;
        switch (action) {
        case Action::Capture:
            m_quietDepth = depth;
            m_captureDepth = depth;
            m_captureFrom = m_pos;
            m_found = Value{path, {}, line, column};
            break;
        case Action::Skip:
            m_quietDepth = depth;
            break;
        case Action::Locate:
            m_found = Value{path, {}, line, column};
            m_pending = true;
            break;
        case Action::Descend:
            break;
        }
    }
    if (container) {
        if (depth >= MaxDepth)
            return fail(tr("the JSON is nested deeper than %1 levels").arg(MaxDepth));
        Frame frame;
        frame.isObject = c == '{';
        frame.line = line;
        frame.column = column;
        m_stack.append(frame);
        m_state = frame.isObject ? State::KeyOrClose : State::ValueOrClose;
        return true;
    }
    if (c == '"') {
        m_state = State::String;
        m_stringLine = line;
        m_stringColumn = column;
        m_afterBackslash = false;
        m_hexLeft = 0;
        return true;
    }
    m_state = State::Scalar;
    m_token = QByteArray(1, c);
    m_tokenLine = line;
    m_tokenColumn = column;
    return true;
}

bool StructuredRecordJsonScanner::closeContainer(char c)
{
    const bool closesObject = c == '}';
    if (m_stack.last().isObject != closesObject) {
        const Frame &open = m_stack.last();
        return fail(open.isObject
                        ? tr("expected '}' to close the object that starts at line %1, column %2, found ']'")
                              .arg(open.line)
                              .arg(open.column)
                        : tr("expected ']' to close the array that starts at line %1, column %2, found '}'")
                              .arg(open.line)
                              .arg(open.column));
    }
    m_stack.removeLast();
    return valueEnded(m_pos + 1);
}

bool StructuredRecordJsonScanner::appendCapture(qsizetype endInChunk)
{
    m_found.bytes.append(m_chunk.constData() + m_captureFrom, endInChunk - m_captureFrom);
    if (m_found.bytes.size() > m_maxValueBytes)
        return failAt(m_found.line, m_found.column,
                      tr("the value that starts here is larger than %1 MB, more than this reader accepts")
                          .arg(m_maxValueBytes / (1024 * 1024)));
    return true;
}

bool StructuredRecordJsonScanner::valueEnded(qsizetype endInChunk)
{
    const qsizetype depth = m_stack.size();
    if (m_captureDepth == depth) {
        if (!appendCapture(endInChunk))
            return false;
        m_captureDepth = -1;
        m_pending = true;
    }
    if (m_quietDepth == depth)
        m_quietDepth = -1;
    m_state = depth == 0 ? State::Done : State::CommaOrClose;
    return true;
}

bool StructuredRecordJsonScanner::stringByte(char c)
{
    const bool isKey = m_state == State::KeyString;
    if (m_hexLeft > 0) {
        if (!isHex(c))
            return fail(tr("a \\u escape needs four hexadecimal digits, found %1").arg(describe(c)));
        --m_hexLeft;
    } else if (m_afterBackslash) {
        m_afterBackslash = false;
        if (c == 'u')
            m_hexLeft = 4;
        else if (c == 0 || !std::strchr("\"\\/bfnrt", c))
            return fail(tr("%1 cannot follow a backslash in a JSON string").arg(describe(c)));
    } else if (c == '\\') {
        m_afterBackslash = true;
    } else if (c == '"') {
        if (isKey) {
            if (m_collectKey)
                m_stack.last().key = decodeKey(m_keyBytes);
            m_state = State::Colon;
            return true;
        }
        return valueEnded(m_pos + 1);
    } else if (static_cast<uchar>(c) < 0x20) {
        if (c == '\n' || c == '\r')
            return fail(tr("a line break inside the string that starts at line %1, column %2 (a quote is missing)")
                            .arg(m_stringLine)
                            .arg(m_stringColumn));
        return fail(tr("%1 inside a string must be written as an escape").arg(describe(c)));
    }
    if (isKey && m_collectKey) {
        if (m_keyBytes.size() >= MaxKeyBytes)
            return failAt(m_stringLine, m_stringColumn, tr("a member name longer than %1 bytes").arg(MaxKeyBytes));
        m_keyBytes.append(c);
    }
    return true;
}

bool StructuredRecordJsonScanner::finishScalar()
{
    if (m_token != "true" && m_token != "false" && m_token != "null" && !isNumber(m_token)) {
        const char first = m_token.at(0);
        if (isDigit(first) || first == '-' || first == '.')
            return failAt(m_tokenLine, m_tokenColumn,
                          tr("'%1' is not a JSON number (RFC 8259 wants digits on both sides of a '.', no leading "
                             "zeros and digits after an exponent)")
                              .arg(QString::fromLatin1(m_token)));
        return failAt(m_tokenLine, m_tokenColumn,
                      tr("'%1' is not a JSON value (strings need double quotes)").arg(QString::fromLatin1(m_token)));
    }
    return valueEnded(m_pos);
}

bool StructuredRecordJsonScanner::finishInput()
{
    if (m_state == State::Scalar && !finishScalar())
        return false;
    if (m_state == State::Done)
        return true;
    if (m_rootKind == 0)
        return fail(tr("there is no JSON here: the file is empty or holds only white space"));
    if (m_state == State::String || m_state == State::KeyString)
        return fail(tr("the file ends inside the string that starts at line %1, column %2")
                        .arg(m_stringLine)
                        .arg(m_stringColumn));
    const Frame &open = m_stack.last();
    return fail(open.isObject ? tr("the file ends before the object that starts at line %1, column %2 is closed")
                                    .arg(open.line)
                                    .arg(open.column)
                              : tr("the file ends before the array that starts at line %1, column %2 is closed")
                                    .arg(open.line)
                                    .arg(open.column));
}

StructuredRecordJsonScanner::Path StructuredRecordJsonScanner::currentPath() const
{
    Path path;
    path.reserve(m_stack.size());
    for (const Frame &frame : m_stack)
        path.append(frame.isObject ? Step{frame.key, -1} : Step{QString(), frame.index});
    return path;
}

int StructuredRecordJsonScanner::columnHere() const
{
    const qint64 column =
        m_pos < m_chunk.size() && isContinuation(m_chunk.at(m_pos)) ? m_charsOnLine : m_charsOnLine + 1;
    return int(qMin<qint64>(column, INT_MAX));
}

bool StructuredRecordJsonScanner::fail(const QString &reason)
{
    return failAt(m_line, columnHere(), reason);
}

bool StructuredRecordJsonScanner::failAt(qint64 line, int column, const QString &reason)
{
    m_error.line = line;
    m_error.column = column;
    m_error.reason = reason;
    return false;
}

QString StructuredRecordJsonScanner::describe(char c)
{
    const auto byte = static_cast<uchar>(c);
    if (byte >= 0x20 && byte < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return tr("byte 0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

bool StructuredRecordJsonScanner::isNumber(const QByteArray &token)
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?  (RFC 8259 section 6)
    qsizetype i = 0;
    const qsizetype n = token.size();
    auto digits = [&] {
        const qsizetype start = i;
        while (i < n && isDigit(token.at(i)))
            ++i;
        return i > start;
    };
    if (i < n && token.at(i) == '-')
        ++i;
    if (i < n && token.at(i) == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < n && token.at(i) == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < n && (token.at(i) == 'e' || token.at(i) == 'E')) {
        ++i;
        if (i < n && (token.at(i) == '+' || token.at(i) == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

QString StructuredRecordJsonScanner::decodeKey(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // The scanner has already checked the escapes; let Qt's parser turn them into text.
    const QByteArray wrapped = "[\"" + raw + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

void StructuredRecordJsonScanner::locate(const QByteArray &bytes, qsizetype offset, qint64 *line, int *column)
{
    const qsizetype end = qBound<qsizetype>(0, offset, bytes.size());
    qint64 at = *column;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++*line;
            at = 1;
        } else if (!isContinuation(c)) {
            ++at;
        }
    }
    *column = int(qMin<qint64>(at, INT_MAX));
}

QJsonValue StructuredRecordJsonScanner::parse(const Value &value, ReadError *error)
{
    // QJsonDocument takes only objects and arrays; a scalar is read as the one element of an array.
    const bool container = value.bytes.startsWith('{') || value.bytes.startsWith('[');
    const qsizetype shift = container ? 0 : 1;
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(container ? value.bytes : '[' + value.bytes + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qint64 line = value.line;
        int column = value.column;
        // Qt's offset points just past the byte it stumbled on, or at the end when the text stops too soon.
        const qsizetype offset = parseError.offset - shift;
        locate(value.bytes, offset >= value.bytes.size() ? value.bytes.size() : qMax<qsizetype>(0, offset - 1),
               &line, &column);
        error->line = line;
        error->column = column;
        error->reason = tr("not valid JSON: %1").arg(parseError.errorString());
        return QJsonValue(QJsonValue::Undefined);
    }
    if (!container)
        return document.array().at(0);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

} // namespace uproot
