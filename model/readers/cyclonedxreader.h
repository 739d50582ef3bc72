#pragma once

#include "model/readers/recordreader.h"
#include "model/readers/structuredrecordjsonscanner.h"

#include <QCoreApplication>

namespace uproot {

class StructuredRecord;

// CycloneDX JSON SBOMs, schemas 1.2 to 1.6. Every component becomes a row of the structured header, nested
// components too (depth first, a component before its own components); the system is the BOM's subject,
// metadata.component.name. The file is scanned, never loaded whole: a first pass in open() reads bomFormat,
// specVersion and metadata wherever they stand; read() then hands out one top-level component (with its
// nested ones) at a time. A record's line is the line where its component's object starts.
class CycloneDxReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CycloneDxReader)
public:
    // One top-level component, with everything nested in it, larger than this is refused.
    static constexpr qint64 MaxComponentBytes = 64 * 1024 * 1024;

    // systemName: the system when the BOM does not name its subject; empty means the file's base name.
    explicit CycloneDxReader(const QString &path, const QString &systemName = QString());

    // True when the first bytes (4 KB is plenty) are a JSON object with a bomFormat member.
    static bool canRead(const QByteArray &head);

    bool open() override;
    QStringList header() const override;
    ReaderInfo info() const override;
    bool read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink) override;
    ReadError error() const override { return m_error; }

    // The specVersions whose schemas this reader follows.
    static QStringList knownSpecVersions();

private:
    void readTopLevel(const StructuredRecordJsonScanner::Value &value, const RecordCallback &onRecord,
                      const IssueCallback &onIssue, bool *stop);
    QList<StructuredRecordJsonScanner::Value> nestedPositions(const StructuredRecordJsonScanner::Value &value);
    bool fail(qint64 line, int column, const QString &reason);

    QString m_path;
    QString m_fallbackSystem;
    QString m_system;
    QString m_specVersion;
    QString m_encoding;
    QStringList m_notes;
    qint64 m_delivered = 0;
    bool m_opened = false;
    ReadError m_error;
};

} // namespace uproot
