#pragma once

#include "model/readers/glpihost.h"
#include "model/readers/recordreader.h"

#include <QCoreApplication>
#include <QMap>

class QIODevice;
class QXmlStreamReader;

namespace uproot {

class StructuredRecord;

// The XML inventory a FusionInventory or GLPI agent sends (<REQUEST><CONTENT>...): every <SOFTWARES> entry,
// and every <ANTIVIRUS> entry too, since Windows Security Center lists some products (Kaspersky among them)
// only there. Streamed with QXmlStreamReader in two passes over the file, because the agent writes sections in
// alphabetical order: <ANTIVIRUS> and <BIOS> come before <HARDWARE>, which names the computer. open() reads
// the host (HARDWARE, BIOS, OPERATINGSYSTEM, NETWORKS, DEVICEID) and checks the document; read() streams
// the entries. A record's line is the line of its <SOFTWARES> or <ANTIVIRUS> start tag.
class GlpiXmlReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(GlpiXmlReader)
public:
    // systemName: the system when the inventory names no computer; empty means the file's base name.
    explicit GlpiXmlReader(const QString &path, const QString &systemName = QString());

    // True when the first bytes (4 KB is plenty) are XML with a <REQUEST> element.
    static bool canRead(const QByteArray &head);

    bool open() override;
    QStringList header() const override;
    ReaderInfo info() const override;
    bool read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink) override;
    ReadError error() const override { return m_error; }

private:
    enum class Walk { Done, Stopped, Failed };
    using SectionHandler = std::function<bool(QXmlStreamReader &xml, const QString &section)>;

    Walk walk(const SectionHandler &onSection);
    static QMap<QString, QString> readFields(QXmlStreamReader &xml);
    // The encoding a byte-order mark at the start of the file names, or empty.
    static QString bomEncoding(const QByteArray &head);
    bool deliver(const QString &section, const QMap<QString, QString> &fields, qint64 line,
                 const RecordCallback &onRecord, const IssueCallback &onIssue);
    bool fail(qint64 line, int column, const QString &reason);

    QString m_path;
    const QIODevice *m_file = nullptr; // while walk() runs: the file, for progress
    QString m_fallbackSystem;
    GlpiHost m_host;
    QString m_deviceId;
    QString m_query;
    QString m_encoding;
    QMap<QString, qint64> m_delivered;
    bool m_opened = false;
    ReadError m_error;
};

} // namespace uproot
