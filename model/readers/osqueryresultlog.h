#pragma once

#include "model/readers/recordreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace uproot {

class OsqueryLineReader;

// The result log osqueryd writes (filesystem logger): one JSON entry per line with the query's name, the host
// and either a snapshot, a batch of differential results or one differential row (columns + action).
//
// A log is a history, and the import wants the state it ends in. So the log is read twice: the first pass
// notes, per host and query, the last snapshot and the last time each row was removed; the second pass
// delivers only rows still there at the end of the log — an "added" row not removed later in the file, and the
// rows of the latest snapshot. Removed rows and superseded rows are never delivered as installations (that
// would report software that is gone); their counts go to the notes. The file's order is taken as time order,
// as osqueryd appends. Memory grows with the number of removed rows, not with the log.
class OsqueryResultLog
{
    Q_DECLARE_TR_FUNCTIONS(OsqueryResultLog)
public:
    static constexpr qint64 MaxLineBytes = 64 * 1024 * 1024;

    OsqueryResultLog(const QString &path, const QString &fallbackSystem);

    // Checks that the first line that is not blank is a result-log entry.
    bool check(ReadError *error);
    bool read(const RecordReader::RecordCallback &onRecord, const RecordReader::IssueCallback &onIssue,
              ProgressSink *sink, ReadError *error);
    QStringList notes() const;
    QString encoding() const { return m_encoding; }

private:
    struct Envelope
    {
        QString host;
        QString hostSource;
        QString query;
    };
    enum class LineOutcome { Continue, Stop };

    Envelope envelopeOf(const QJsonObject &entry) const;
    static bool isEntry(const QJsonObject &entry);
    QByteArray rowKey(const Envelope &envelope, const QJsonObject &row) const;
    static QString snapshotKey(const Envelope &envelope);

    bool collectLatest(ProgressSink *sink, ReadError *error);
    void noteRemovals(const QJsonObject &entry, qint64 line);
    LineOutcome deliverLine(const QByteArray &text, qint64 line, const RecordReader::RecordCallback &onRecord,
                            const RecordReader::IssueCallback &onIssue);
    bool deliverRow(const QJsonValue &row, qint64 line, const Envelope &envelope, bool checkRemoval,
                    const RecordReader::RecordCallback &onRecord, const RecordReader::IssueCallback &onIssue,
                    QStringList *unknownColumns, qint64 *unknownRows);
    bool lineError(OsqueryLineReader &lines, ReadError *error) const;

    QString m_path;
    QString m_fallbackSystem;
    QString m_encoding;
    qint64 m_size = 0;
    QHash<QString, qint64> m_latestSnapshot; // host + query -> line of its last snapshot
    QHash<QByteArray, qint64> m_lastRemoval; // host + query + row -> line where it was last removed
    QMap<QString, qint64> m_hostSources;     // where host names came from -> entries
    QMap<QString, qint64> m_rowsPerTable;
    qint64 m_removedRows = 0;
    qint64 m_supersededRows = 0;
    qint64 m_fallbackEntries = 0;
    qint64 m_unreadLines = 0;
};

} // namespace uproot
