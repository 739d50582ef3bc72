#pragma once

#include "model/readers/glpihost.h"
#include "model/readers/recordreader.h"

#include <QCoreApplication>
#include <QMap>

class QJsonObject;

namespace uproot {

// GLPI's native JSON inventory (glpi-project/inventory_format, inventory.schema.json): every entry of
// content.softwares and of content.antivirus (an antivirus product listed only there is an installation too).
// Scanned, never loaded whole, in two passes: open() reads the host (content.hardware, bios, operatingsystem,
// networks and deviceid, which the agent writes after content); read() hands out one entry at a time. A
// record's line is the line where its entry's object starts.
class GlpiJsonReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(GlpiJsonReader)
public:
    // One entry (or host section) larger than this is refused.
    static constexpr qint64 MaxEntryBytes = 64 * 1024 * 1024;

    // systemName: the system when the inventory names no computer; empty means the file's base name.
    explicit GlpiJsonReader(const QString &path, const QString &systemName = QString());

    // True when the first bytes (4 KB is plenty) are a JSON object with a "content" member beside a GLPI key
    // (deviceid, itemtype, action) or one of content's own sections.
    static bool canRead(const QByteArray &head);

    bool open() override;
    QStringList header() const override;
    ReaderInfo info() const override;
    bool read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink) override;
    ReadError error() const override { return m_error; }

private:
    bool deliver(const QString &section, const QJsonObject &entry, qint64 line, int column,
                 const RecordCallback &onRecord, const IssueCallback &onIssue);
    bool fail(qint64 line, int column, const QString &reason);

    QString m_path;
    QString m_fallbackSystem;
    GlpiHost m_host;
    QString m_encoding;
    QMap<QString, qint64> m_delivered;
    bool m_opened = false;
    ReadError m_error;
};

} // namespace uproot
