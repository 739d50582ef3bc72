#include "model/readers/osqueryreader.h"

#include "model/readers/osqueryresultlog.h"
#include "model/readers/osquerytable.h"
#include "model/readers/structuredrecord.h"
#include "model/readers/structuredrecordinput.h"
#include "model/readers/structuredrecordjsonfile.h"
#include "model/readers/structuredrecordjsonscanner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <climits>

namespace uproot {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

qsizetype firstNonSpace(const QByteArray &bytes, qsizetype from = 0)
{
    for (qsizetype i = from; i < bytes.size(); ++i) {
        if (!isSpace(bytes.at(i)))
            return i;
    }
    return -1;
}

} // namespace

OsqueryReader::OsqueryReader(const QString &path, const QString &systemName)
    : m_path(path)
    , m_system(systemName.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : systemName.trimmed())
{
}

OsqueryReader::~OsqueryReader() = default;

bool OsqueryReader::canRead(const QByteArray &head)
{
    const QByteArray text = StructuredRecordInput::utf8Head(head);
    const qsizetype first = firstNonSpace(text);
    if (first < 0)
        return false;
    if (text.at(first) == '[') {
        const qsizetype second = firstNonSpace(text, first + 1);
        return second >= 0 && text.at(second) == '{';
    }
    if (text.at(first) != '{')
        return false;
    // osqueryd writes one entry per line, and a snapshot entry can put its rows before hostIdentifier: any of
    // the envelope's own keys on the first line will do.
    const qsizetype end = text.indexOf('\n', first);
    const QByteArray line = end < 0 ? text.mid(first) : text.mid(first, end - first);
    if (line.contains("\"bomFormat\"") || line.contains("\"deviceid\""))
        return false;
    for (const char *key : {"\"hostIdentifier\"", "\"host_identifier\"", "\"diffResults\"", "\"calendarTime\"",
                            "\"snapshot\""}) {
        if (line.contains(key))
            return true;
    }
    return false;
}

bool OsqueryReader::fail(qint64 line, int column, const QString &reason)
{
    m_error = ReadError{m_path, line, column, reason};
    return false;
}

bool OsqueryReader::open()
{
    m_error = ReadError();
    m_form = Form::Unknown;
    m_log.reset();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, 0, tr("cannot open the file: %1").arg(file.errorString()));
    StructuredRecordInput input(&file);
    qint64 line = 1;
    int column = 1;
    for (;;) {
        const QByteArray chunk = input.read();
        if (chunk.isEmpty()) {
            if (!input.errorString().isEmpty())
                return fail(0, 0, tr("the file could not be read: %1").arg(input.errorString()));
            return fail(0, 0, tr("the file is empty"));
        }
        const qsizetype first = firstNonSpace(chunk);
        if (first < 0) {
            StructuredRecordJsonScanner::locate(chunk, chunk.size(), &line, &column);
            continue;
        }
        StructuredRecordJsonScanner::locate(chunk, first, &line, &column);
        m_encoding = input.encoding();
        if (chunk.at(first) == '[') {
            m_form = Form::Array;
            return true;
        }
        if (chunk.at(first) == '{') {
            m_form = Form::ResultLog;
            m_log = std::make_unique<OsqueryResultLog>(m_path, m_system);
            if (!m_log->check(&m_error)) {
                m_form = Form::Unknown;
                return false;
            }
            return true;
        }
        return fail(line, column,
                    tr("not osquery output: it should start with '[' (osqueryi --json) or '{' (a result log)"));
    }
}

QStringList OsqueryReader::header() const
{
    return StructuredRecord::header();
}

ReaderInfo OsqueryReader::info() const
{
    ReaderInfo info;
    info.format = QStringLiteral("osquery");
    info.encoding = m_encoding;
    if (m_form == Form::Array) {
        info.notes << tr("osqueryi output names no host: every row was given the system \"%1\"").arg(m_system);
        for (auto it = m_rowsPerTable.cbegin(); it != m_rowsPerTable.cend(); ++it) {
            const QString table = it.key().isEmpty() ? tr("another software query") : it.key();
            info.notes << tr("%n row(s) read from %1", nullptr, int(qMin<qint64>(it.value(), INT_MAX))).arg(table);
        }
    } else if (m_form == Form::ResultLog) {
        info.notes << m_log->notes();
    }
    return info;
}

bool OsqueryReader::read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink)
{
    if (m_form == Form::Unknown) {
        if (m_error.isNull())
            m_error = ReadError{m_path, 0, 0, tr("the reader was not opened")};
        return false;
    }
    m_error = ReadError();
    if (m_form == Form::ResultLog) {
        m_log = std::make_unique<OsqueryResultLog>(m_path, m_system);
        return m_log->read(onRecord, onIssue, sink, &m_error);
    }
    m_rowsPerTable.clear();
    return readArray(onRecord, onIssue, sink);
}

bool OsqueryReader::readArray(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink)
{
    using Json = StructuredRecordJsonFile;
    // Only the top-level array's elements are wanted; each one is one row.
    Json json(
        m_path,
        [](const Json::Scanner::Path &path, char) {
            return path.size() == 1 ? Json::Scanner::Action::Capture : Json::Scanner::Action::Descend;
        },
        MaxRowBytes);
    json.requireRoot('[', tr("not osquery output: the file is not a JSON array"));
    const bool read = json.scan(
        [&](const Json::Scanner::Value &value, ReadError *) {
            // The scanner has checked the grammar, so the element's bounds are sure: a row Qt still refuses
            // (invalid UTF-8 in a string) is skipped and reported, and the rest is read.
            ReadError rowError;
            const QJsonValue row = Json::Scanner::parse(value, &rowError);
            if (!rowError.isNull()) {
                onIssue(ReadIssue{rowError.line, rowError.column, rowError.reason, true});
                return Json::Verdict::Next;
            }
            if (!row.isObject()) {
                onIssue(ReadIssue{value.line, value.column,
                                  tr("the array element is not an object; it was not read"), true});
                return Json::Verdict::Next;
            }
            const QJsonObject columns = row.toObject();
            const OsqueryTable::Kind kind = OsqueryTable::guess(columns);
            StructuredRecord record;
            if (kind == OsqueryTable::Unknown) {
                onIssue(ReadIssue{value.line, value.column,
                                  tr("the row's columns (%1) are not those of programs, deb_packages, "
                                     "rpm_packages or apps; it was not read")
                                      .arg(columns.keys().join(QStringLiteral(", "))),
                                  true});
                return Json::Verdict::Next;
            }
            if (!OsqueryTable::fill(kind, columns, &record)) {
                onIssue(
                    ReadIssue{value.line, value.column, tr("the row has no name; it was not read"), true});
                return Json::Verdict::Next;
            }
            record.set(StructuredRecord::System, m_system);
            ++m_rowsPerTable[OsqueryTable::name(kind)];
            return onRecord(record.toSourceRecord(value.line)) ? Json::Verdict::Next : Json::Verdict::Stop;
        },
        sink);
    if (!read)
        m_error = json.error();
    return read;
}

} // namespace uproot
