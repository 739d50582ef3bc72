#include "model/readers/osqueryresultlog.h"

#include "model/readers/osquerylinereader.h"
#include "model/readers/osquerytable.h"
#include "model/readers/progresssink.h"
#include "model/readers/structuredrecord.h"
#include "model/readers/structuredrecordinput.h"
#include "model/readers/structuredrecordjsonscanner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <climits>

namespace uproot {

namespace {

QString entryText(const QJsonObject &object, const char *key)
{
    return StructuredRecord::text(object.value(QLatin1String(key))).trimmed();
}

// Where in a line Qt's parser gave up, as a 1-based character column. Qt's offset points just past the byte it
// stumbled on, or at the end when the line stops too soon.
int columnOf(const QByteArray &line, int offset)
{
    qint64 lineNumber = 1;
    int column = 1;
    const qsizetype at = offset >= line.size() ? line.size() : qMax(0, offset - 1);
    StructuredRecordJsonScanner::locate(line, at, &lineNumber, &column);
    return column;
}

bool isBlank(const QByteArray &line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

OsqueryResultLog::OsqueryResultLog(const QString &path, const QString &fallbackSystem)
    : m_path(path)
    , m_fallbackSystem(fallbackSystem)
{
}

bool OsqueryResultLog::isEntry(const QJsonObject &entry)
{
    const bool named = entry.contains(QLatin1String("name"))
        && (entry.contains(QLatin1String("hostIdentifier")) || entry.contains(QLatin1String("host_identifier")));
    return named || entry.contains(QLatin1String("snapshot")) || entry.contains(QLatin1String("diffResults"))
        || entry.contains(QLatin1String("columns"));
}

bool OsqueryResultLog::lineError(OsqueryLineReader &lines, ReadError *error) const
{
    error->file = m_path;
    error->line = lines.lineNumber();
    error->column = 0;
    error->reason = tr("the line is longer than %1 MB, more than an osquery result-log line can sensibly be")
                        .arg(MaxLineBytes / (1024 * 1024));
    return false;
}

bool OsqueryResultLog::check(ReadError *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReadError{m_path, 0, 0, tr("cannot open the file: %1").arg(file.errorString())};
        return false;
    }
    StructuredRecordInput input(&file);
    OsqueryLineReader lines(&input, MaxLineBytes);
    QByteArray text;
    for (;;) {
        switch (lines.next(&text)) {
        case OsqueryLineReader::Result::End:
            *error = ReadError{m_path, 0, 0, tr("the file holds no osquery results")};
            return false;
        case OsqueryLineReader::Result::TooLong:
            return lineError(lines, error);
        case OsqueryLineReader::Result::Failed:
            *error = ReadError{m_path, 0, 0, tr("the file could not be read: %1").arg(input.errorString())};
            return false;
        case OsqueryLineReader::Result::Line:
            break;
        }
        if (isBlank(text))
            continue;
        m_encoding = input.encoding();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = ReadError{m_path, lines.lineNumber(), columnOf(text, parseError.offset),
                               tr("not an osquery result log: the line is not a JSON object on its own (%1); a "
                                  "result log has one entry per line")
                                   .arg(parseError.errorString())};
            return false;
        }
        if (!document.isObject() || !isEntry(document.object())) {
            *error = ReadError{m_path, lines.lineNumber(), 1,
                               tr("not an osquery result log: the entry has no name and hostIdentifier, and no "
                                  "snapshot, diffResults or columns")};
            return false;
        }
        return true;
    }
}

OsqueryResultLog::Envelope OsqueryResultLog::envelopeOf(const QJsonObject &entry) const
{
    Envelope envelope;
    envelope.query = entryText(entry, "name");
    // Decorations carry the name people use for the machine; hostIdentifier is often a UUID.
    const QJsonObject decorations = entry.value(QLatin1String("decorations")).toObject();
    for (const char *key : {"hostname", "computer_name", "host_name", "local_hostname"}) {
        const QString host = entryText(decorations, key);
        if (!host.isEmpty()) {
            envelope.host = host;
            envelope.hostSource = QStringLiteral("decorations.") + QLatin1String(key);
            return envelope;
        }
    }
    for (const char *key : {"hostIdentifier", "host_identifier"}) {
        const QString host = entryText(entry, key);
        if (!host.isEmpty()) {
            envelope.host = host;
            envelope.hostSource = QLatin1String(key);
            return envelope;
        }
    }
    envelope.host = m_fallbackSystem;
    return envelope;
}

QByteArray OsqueryResultLog::rowKey(const Envelope &envelope, const QJsonObject &row) const
{
    // QJsonObject keeps its keys sorted, so the compact text is the same for equal rows.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(envelope.host.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(envelope.query.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(QJsonDocument(row).toJson(QJsonDocument::Compact));
    return hash.result();
}

QString OsqueryResultLog::snapshotKey(const Envelope &envelope)
{
    return envelope.host + QChar(0x1f) + envelope.query;
}

void OsqueryResultLog::noteRemovals(const QJsonObject &entry, qint64 line)
{
    const Envelope envelope = envelopeOf(entry);
    if (entry.value(QLatin1String("snapshot")).isArray())
        m_latestSnapshot.insert(snapshotKey(envelope), line);
    const auto remember = [&](const QJsonValue &row) {
        if (row.isObject())
            m_lastRemoval.insert(rowKey(envelope, row.toObject()), line);
    };
    const QJsonArray removed =
        entry.value(QLatin1String("diffResults")).toObject().value(QLatin1String("removed")).toArray();
    for (const QJsonValue &row : removed)
        remember(row);
    if (entryText(entry, "action") == QLatin1String("removed"))
        remember(entry.value(QLatin1String("columns")));
}

bool OsqueryResultLog::collectLatest(ProgressSink *sink, ReadError *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReadError{m_path, 0, 0, tr("cannot open the file: %1").arg(file.errorString())};
        return false;
    }
    StructuredRecordInput input(&file);
    OsqueryLineReader lines(&input, MaxLineBytes);
    QByteArray text;
    qint64 reported = -1;
    for (;;) {
        const OsqueryLineReader::Result result = lines.next(&text);
        if (result == OsqueryLineReader::Result::End)
            return true;
        if (result == OsqueryLineReader::Result::TooLong)
            return lineError(lines, error);
        if (result == OsqueryLineReader::Result::Failed) {
            *error = ReadError{m_path, 0, 0, tr("the file could not be read: %1").arg(input.errorString())};
            return false;
        }
        if (sink) {
            if (sink->isCancelled()) {
                *error = ReadError{m_path, 0, 0, QCoreApplication::translate("uproot::RecordReader", "cancelled")};
                return false;
            }
            if (input.position() != reported) {
                reported = input.position();
                sink->progress(reported, 2 * m_size);
            }
        }
        // Only entries that remove rows or hold a snapshot matter here; the others are parsed once, later.
        if (!text.contains("\"removed\"") && !text.contains("\"snapshot\""))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(text);
        if (document.isObject())
            noteRemovals(document.object(), lines.lineNumber());
    }
}

bool OsqueryResultLog::read(const RecordReader::RecordCallback &onRecord, const RecordReader::IssueCallback &onIssue,
                            ProgressSink *sink, ReadError *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReadError{m_path, 0, 0, tr("cannot open the file: %1").arg(file.errorString())};
        return false;
    }
    m_size = file.size();
    if (!collectLatest(sink, error))
        return false;

    StructuredRecordInput input(&file);
    OsqueryLineReader lines(&input, MaxLineBytes);
    QByteArray text;
    qint64 reported = -1;
    for (;;) {
        const OsqueryLineReader::Result result = lines.next(&text);
        if (result == OsqueryLineReader::Result::End)
            break;
        if (result == OsqueryLineReader::Result::TooLong)
            return lineError(lines, error);
        if (result == OsqueryLineReader::Result::Failed) {
            *error = ReadError{m_path, 0, 0, tr("the file could not be read: %1").arg(input.errorString())};
            return false;
        }
        if (sink) {
            if (sink->isCancelled()) {
                *error = ReadError{m_path, 0, 0, QCoreApplication::translate("uproot::RecordReader", "cancelled")};
                return false;
            }
            if (input.position() != reported) {
                reported = input.position();
                sink->progress(m_size + reported, 2 * m_size);
            }
        }
        if (deliverLine(text, lines.lineNumber(), onRecord, onIssue) == LineOutcome::Stop)
            return true;
    }
    m_encoding = input.encoding();
    if (sink)
        sink->progress(2 * m_size, 2 * m_size);
    return true;
}

OsqueryResultLog::LineOutcome OsqueryResultLog::deliverLine(const QByteArray &text, qint64 line,
                                                            const RecordReader::RecordCallback &onRecord,
                                                            const RecordReader::IssueCallback &onIssue)
{
    if (isBlank(text))
        return LineOutcome::Continue;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    // One broken line (osqueryd stopped mid-write) does not make the rest of the log unreadable.
    if (parseError.error != QJsonParseError::NoError) {
        ++m_unreadLines;
        onIssue(ReadIssue{line, columnOf(text, parseError.offset),
                          tr("not valid JSON (%1); the line's rows were not read").arg(parseError.errorString()),
                          true});
        return LineOutcome::Continue;
    }
    const QJsonObject entry = document.object();
    if (!document.isObject() || !isEntry(entry)) {
        ++m_unreadLines;
        onIssue(ReadIssue{line, 1,
                          tr("not an osquery result-log entry (no snapshot, diffResults or columns); the line was "
                             "not read"),
                          true});
        return LineOutcome::Continue;
    }
    const Envelope envelope = envelopeOf(entry);
    if (envelope.hostSource.isEmpty())
        ++m_fallbackEntries;
    else
        ++m_hostSources[envelope.hostSource];

    QStringList unknownColumns;
    qint64 unknownRows = 0;
    const auto deliverAll = [&](const QJsonArray &rows, bool checkRemoval) {
        for (const QJsonValue &row : rows) {
            if (!deliverRow(row, line, envelope, checkRemoval, onRecord, onIssue, &unknownColumns, &unknownRows))
                return false;
        }
        return true;
    };

    bool goOn = true;
    if (entry.contains(QLatin1String("snapshot"))) {
        const QJsonArray rows = entry.value(QLatin1String("snapshot")).toArray();
        if (m_latestSnapshot.value(snapshotKey(envelope), line) != line)
            m_supersededRows += rows.size();
        else
            goOn = deliverAll(rows, false);
    } else if (entry.contains(QLatin1String("diffResults"))) {
        const QJsonObject diff = entry.value(QLatin1String("diffResults")).toObject();
        m_removedRows += diff.value(QLatin1String("removed")).toArray().size();
        goOn = deliverAll(diff.value(QLatin1String("added")).toArray(), true);
    } else {
        const QString action = entryText(entry, "action");
        if (action == QLatin1String("removed")) {
            ++m_removedRows;
        } else if (action == QLatin1String("added") || action == QLatin1String("snapshot")) {
            goOn = deliverRow(entry.value(QLatin1String("columns")), line, envelope, true, onRecord, onIssue,
                              &unknownColumns, &unknownRows);
        } else {
            ++m_unreadLines;
            onIssue(ReadIssue{line, 0,
                              tr("the entry's action is \"%1\", not added or removed; the line was not read").arg(action),
                              true});
        }
    }
    if (unknownRows > 0) {
        onIssue(ReadIssue{line, 0,
                          tr("%n row(s) of query \"%1\" were not read: their columns (%2) are not those of "
                             "programs, deb_packages, rpm_packages or apps",
                             nullptr, int(qMin<qint64>(unknownRows, INT_MAX)))
                              .arg(envelope.query, unknownColumns.join(QStringLiteral(", "))),
                          true, unknownRows});
    }
    return goOn ? LineOutcome::Continue : LineOutcome::Stop;
}

bool OsqueryResultLog::deliverRow(const QJsonValue &row, qint64 line, const Envelope &envelope, bool checkRemoval,
                                  const RecordReader::RecordCallback &onRecord,
                                  const RecordReader::IssueCallback &onIssue, QStringList *unknownColumns,
                                  qint64 *unknownRows)
{
    if (!row.isObject()) {
        onIssue(ReadIssue{line, 0, tr("a row of query \"%1\" is not a JSON object; it was not read").arg(envelope.query),
                          true});
        return true;
    }
    const QJsonObject columns = row.toObject();
    if (checkRemoval && m_lastRemoval.value(rowKey(envelope, columns), 0) > line) {
        ++m_supersededRows;
        return true;
    }
    const OsqueryTable::Kind kind = OsqueryTable::guess(columns, envelope.query);
    if (kind == OsqueryTable::Unknown) {
        ++*unknownRows;
        if (unknownColumns->isEmpty())
            *unknownColumns = columns.keys();
        return true;
    }
    StructuredRecord record;
    if (!OsqueryTable::fill(kind, columns, &record)) {
        onIssue(ReadIssue{line, 0, tr("a row of query \"%1\" has no name; it was not read").arg(envelope.query), true});
        return true;
    }
    record.set(StructuredRecord::System, envelope.host);
    ++m_rowsPerTable[OsqueryTable::name(kind)];
    return onRecord(record.toSourceRecord(line));
}

QStringList OsqueryResultLog::notes() const
{
    QStringList notes;
    for (auto it = m_hostSources.cbegin(); it != m_hostSources.cend(); ++it)
        notes << tr("host names from %1 (%n entries)", nullptr, int(qMin<qint64>(it.value(), INT_MAX))).arg(it.key());
    if (m_fallbackEntries > 0)
        notes << tr("%n entries name no host; their rows were given the system \"%1\"", nullptr,
                    int(qMin<qint64>(m_fallbackEntries, INT_MAX)))
                     .arg(m_fallbackSystem);
    for (auto it = m_rowsPerTable.cbegin(); it != m_rowsPerTable.cend(); ++it) {
        const QString table = it.key().isEmpty() ? tr("other software queries") : it.key();
        notes << tr("%n row(s) read from %1", nullptr, int(qMin<qint64>(it.value(), INT_MAX))).arg(table);
    }
    if (m_removedRows > 0)
        notes << tr("%n removed row(s) were not read: they record software that went away", nullptr,
                    int(qMin<qint64>(m_removedRows, INT_MAX)));
    if (m_supersededRows > 0)
        notes << tr("%n row(s) were not read because the log shows them gone later (removed afterwards, or part "
                    "of an older snapshot of the same query and host)",
                    nullptr, int(qMin<qint64>(m_supersededRows, INT_MAX)));
    if (m_unreadLines > 0)
        notes << tr("%n line(s) could not be read; they are listed as skipped", nullptr,
                    int(qMin<qint64>(m_unreadLines, INT_MAX)));
    return notes;
}

} // namespace uproot
