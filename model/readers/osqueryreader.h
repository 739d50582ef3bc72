#pragma once

#include "model/readers/recordreader.h"

#include <QCoreApplication>
#include <QMap>
#include <memory>

namespace uproot {

class OsqueryResultLog;

// osquery output in both shapes people hand over:
//  - the JSON array `osqueryi --json "select * from programs"` prints (one object per row, every value a string).
//    It names no host, so every row gets the system given to the constructor (the name the user typed, or the
//    file's base name); record lines are the lines where each object starts.
//  - a result log from osqueryd (JSON lines), see OsqueryResultLog; record lines are the log's lines.
// Rows of programs, deb_packages, rpm_packages and apps (recognised from their columns) reach the importer in
// the structured header (StructuredRecord).
class OsqueryReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(OsqueryReader)
public:
    // One row object larger than this is refused rather than read into memory.
    static constexpr qint64 MaxRowBytes = 64 * 1024 * 1024;

    // systemName: the host for rows that name none (all of an osqueryi array); empty means the file's base name.
    explicit OsqueryReader(const QString &path, const QString &systemName = QString());
    ~OsqueryReader() override;

    // True when the first bytes of a file (any amount; 4 KB is plenty) look like osquery output: a JSON array
    // whose first element is an object, or a JSON object with hostIdentifier/host_identifier or a result-log
    // payload (snapshot, diffResults, columns + action) on its first line.
    static bool canRead(const QByteArray &head);

    bool open() override;
    QStringList header() const override;
    ReaderInfo info() const override;
    bool read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink) override;
    ReadError error() const override { return m_error; }

private:
    enum class Form { Unknown, Array, ResultLog };

    bool readArray(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink);
    bool fail(qint64 line, int column, const QString &reason);

    QString m_path;
    QString m_system;
    Form m_form = Form::Unknown;
    QString m_encoding;
    std::unique_ptr<OsqueryResultLog> m_log;
    QMap<QString, qint64> m_rowsPerTable;
    ReadError m_error;
};

} // namespace uproot
