#include "model/readers/glpijsonreader.h"

#include "model/readers/structuredrecord.h"
#include "model/readers/structuredrecordinput.h"
#include "model/readers/structuredrecordjsonfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <climits>

namespace uproot {

namespace {

using Json = StructuredRecordJsonFile;
using Scanner = StructuredRecordJsonScanner;

bool isKey(const Scanner::Step &step, const char *key)
{
    return step.index < 0 && step.key == QLatin1String(key);
}

QString field(const QJsonObject &object, const char *key)
{
    return StructuredRecord::text(object.value(QLatin1String(key))).trimmed();
}

} // namespace

GlpiJsonReader::GlpiJsonReader(const QString &path, const QString &systemName)
    : m_path(path)
    , m_fallbackSystem(systemName.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : systemName.trimmed())
{
}

bool GlpiJsonReader::canRead(const QByteArray &head)
{
    const QByteArray text = StructuredRecordInput::utf8Head(head).trimmed();
    if (!text.startsWith('{') || !text.contains("\"content\""))
        return false;
    // An osquery result-log entry has an "action" too, and its rows may have a "content" column.
    for (const char *foreign : {"\"bomFormat\"", "\"hostIdentifier\"", "\"host_identifier\"", "\"diffResults\"",
                                "\"calendarTime\""}) {
        if (text.contains(foreign))
            return false;
    }
    for (const char *key : {"\"deviceid\"", "\"itemtype\"", "\"action\"", "\"versionclient\"", "\"softwares\"",
                            "\"hardware\"", "\"bios\"", "\"antivirus\"", "\"accesslog\""}) {
        if (text.contains(key))
            return true;
    }
    return false;
}

bool GlpiJsonReader::fail(qint64 line, int column, const QString &reason)
{
    m_error = ReadError{m_path, line, column, reason};
    return false;
}

bool GlpiJsonReader::open()
{
    m_error = ReadError();
    m_opened = false;
    m_host = GlpiHost();
    bool sawContent = false;
    Json json(
        m_path,
        [&sawContent](const Scanner::Path &path, char first) {
            if (path.isEmpty())
                return Scanner::Action::Descend;
            if (path.size() == 1) {
                if (isKey(path.first(), "deviceid"))
                    return Scanner::Action::Capture;
                // content is captured when it is not an object, so that can be reported where it stands.
                if (isKey(path.first(), "content")) {
                    sawContent = true;
                    return first == '{' ? Scanner::Action::Descend : Scanner::Action::Capture;
                }
                return Scanner::Action::Skip;
            }
            const Scanner::Step &section = path.at(1);
            if (path.size() == 2
                && (isKey(section, "hardware") || isKey(section, "bios") || isKey(section, "operatingsystem")
                    || isKey(section, "networks")))
                return Scanner::Action::Capture;
            return Scanner::Action::Skip;
        },
        MaxEntryBytes);
    json.requireRoot('{', tr("not a GLPI inventory: the JSON document is not an object"));
    QString deviceId;
    QString hardwareName;
    const bool scanned = json.scan([&](const Scanner::Value &value, ReadError *error) {
        const QJsonValue parsed = Scanner::parse(value, error);
        if (!error->isNull())
            return Json::Verdict::Fail;
        if (value.path.size() == 1 && isKey(value.path.first(), "content"))
            return Json::failAt(value, tr("not a GLPI inventory: content is not an object"), error);
        if (value.path.size() == 1) {
            deviceId = StructuredRecord::text(parsed).trimmed();
            return Json::Verdict::Next;
        }
        const QString section = value.path.at(1).key;
        const QJsonObject object = parsed.toObject();
        if (section == QLatin1String("hardware")) {
            hardwareName = field(object, "name");
            if (m_host.os.isEmpty())
                m_host.os = field(object, "osname");
        } else if (section == QLatin1String("bios")) {
            m_host.serial = field(object, "ssn");
        } else if (section == QLatin1String("operatingsystem")) {
            const QString fullName = field(object, "full_name");
            if (!fullName.isEmpty())
                m_host.os = fullName;
        } else if (section == QLatin1String("networks")) {
            const QJsonArray networks = parsed.toArray();
            for (const QJsonValue &network : networks) {
                m_host.ipv4 << field(network.toObject(), "ipaddress");
                m_host.ipv6 << field(network.toObject(), "ipaddress6");
            }
        }
        return Json::Verdict::Next;
    });
    m_encoding = json.encoding();
    if (!scanned) {
        m_error = json.error();
        return false;
    }
    if (!sawContent)
        return fail(0, 0, tr("not a GLPI inventory: the document has no content member"));
    m_host.chooseName(hardwareName, QStringLiteral("content.hardware.name"), deviceId, QStringLiteral("deviceid"),
                      m_fallbackSystem);
    m_opened = true;
    return true;
}

QStringList GlpiJsonReader::header() const
{
    return StructuredRecord::header();
}

ReaderInfo GlpiJsonReader::info() const
{
    ReaderInfo info;
    info.format = QStringLiteral("glpi");
    info.encoding = m_encoding;
    if (!m_opened)
        return info;
    if (m_host.nameSource.isEmpty())
        info.notes << tr("the inventory names no computer (no content.hardware.name or deviceid); its software "
                         "was given the system \"%1\"")
                          .arg(m_host.name);
    else
        info.notes << tr("the computer \"%1\" is named by %2").arg(m_host.name, m_host.nameSource);
    for (auto it = m_delivered.cbegin(); it != m_delivered.cend(); ++it)
        info.notes << tr("%n content.%1 entries read", nullptr, int(qMin<qint64>(it.value(), INT_MAX))).arg(it.key());
    return info;
}

bool GlpiJsonReader::deliver(const QString &section, const QJsonObject &entry, qint64 line, int column,
                             const RecordCallback &onRecord, const IssueCallback &onIssue)
{
    const QString name = field(entry, "name");
    if (name.isEmpty()) {
        onIssue(ReadIssue{line, column, tr("a content.%1 entry has no name; it was not read").arg(section), true});
        return true;
    }
    StructuredRecord record;
    m_host.fill(&record);
    record.set(StructuredRecord::Software, name);
    record.set(StructuredRecord::Version, field(entry, "version"));
    record.set(StructuredRecord::Package, field(entry, "guid"));
    record.set(StructuredRecord::SourceTable, section);
    if (section == QLatin1String("antivirus")) {
        record.set(StructuredRecord::Publisher, field(entry, "company"));
        record.set(StructuredRecord::Kind, QStringLiteral("antivirus"));
    } else {
        record.set(StructuredRecord::Publisher, field(entry, "publisher"));
        record.set(StructuredRecord::Kind, GlpiHost::softwareKind(field(entry, "from"), field(entry, "release_type")));
        bool understood = true;
        const QString raw = field(entry, "install_date");
        record.set(StructuredRecord::InstallDate, GlpiHost::isoDate(raw, &understood));
        if (!understood)
            onIssue(ReadIssue{line, column,
                              tr("install_date \"%1\" is not a date in yyyy-mm-dd; it was kept as written").arg(raw),
                              false});
    }
    ++m_delivered[section];
    return onRecord(record.toSourceRecord(line));
}

bool GlpiJsonReader::read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink)
{
    if (!m_opened) {
        if (m_error.isNull())
            m_error = ReadError{m_path, 0, 0, tr("the reader was not opened")};
        return false;
    }
    m_error = ReadError();
    m_delivered.clear();
    Json json(
        m_path,
        [](const Scanner::Path &path, char first) {
            if (path.isEmpty())
                return Scanner::Action::Descend;
            if (!isKey(path.first(), "content"))
                return Scanner::Action::Skip;
            if (path.size() == 1)
                return Scanner::Action::Descend;
            const Scanner::Step &section = path.at(1);
            if (!isKey(section, "softwares") && !isKey(section, "antivirus"))
                return Scanner::Action::Skip;
            // A section that is not an array is handed out whole, to be reported where it stands.
            if (path.size() == 2)
                return first == '[' ? Scanner::Action::Descend : Scanner::Action::Capture;
            return Scanner::Action::Capture;
        },
        MaxEntryBytes);
    const bool read = json.scan(
        [&](const Scanner::Value &value, ReadError *error) {
            const QString section = value.path.at(1).key;
            if (value.path.size() == 2)
                return Json::failAt(value, tr("content.%1 is not an array").arg(section), error);
            ReadError parseError;
            const QJsonValue entry = Scanner::parse(value, &parseError);
            if (!parseError.isNull()) {
                onIssue(ReadIssue{parseError.line, parseError.column,
                                  tr("%1; the entry was not read").arg(parseError.reason), true});
                return Json::Verdict::Next;
            }
            if (!entry.isObject()) {
                onIssue(ReadIssue{value.line, value.column,
                                  tr("a content.%1 entry is not a JSON object; it was not read").arg(section),
                                  true});
                return Json::Verdict::Next;
            }
            return deliver(section, entry.toObject(), value.line, value.column, onRecord, onIssue)
                       ? Json::Verdict::Next
                       : Json::Verdict::Stop;
        },
        sink);
    if (!read)
        m_error = json.error();
    return read;
}

} // namespace uproot
