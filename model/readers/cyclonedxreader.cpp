#include "model/readers/cyclonedxreader.h"

#include "model/readers/cyclonedxcomponent.h"
#include "model/readers/structuredrecord.h"
#include "model/readers/structuredrecordinput.h"
#include "model/readers/structuredrecordjsonfile.h"

#include <QBuffer>
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

} // namespace

CycloneDxReader::CycloneDxReader(const QString &path, const QString &systemName)
    : m_path(path)
    , m_fallbackSystem(systemName.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : systemName.trimmed())
{
}

QStringList CycloneDxReader::knownSpecVersions()
{
    return {QStringLiteral("1.2"), QStringLiteral("1.3"), QStringLiteral("1.4"), QStringLiteral("1.5"),
            QStringLiteral("1.6")};
}

bool CycloneDxReader::canRead(const QByteArray &head)
{
    const QByteArray text = StructuredRecordInput::utf8Head(head).trimmed();
    return text.startsWith('{') && text.contains("\"bomFormat\"");
}

bool CycloneDxReader::fail(qint64 line, int column, const QString &reason)
{
    m_error = ReadError{m_path, line, column, reason};
    return false;
}

bool CycloneDxReader::open()
{
    m_error = ReadError();
    m_opened = false;
    m_notes.clear();
    m_specVersion.clear();
    // bomFormat, specVersion and metadata usually open the file, but JSON members have no order: scan until
    // all three are seen, skipping the components without keeping them.
    Json json(
        m_path,
        [](const Scanner::Path &path, char) {
            if (path.isEmpty())
                return Scanner::Action::Descend;
            if (path.size() == 1
                && (isKey(path.first(), "bomFormat") || isKey(path.first(), "specVersion")
                    || isKey(path.first(), "metadata")))
                return Scanner::Action::Capture;
            return Scanner::Action::Skip;
        },
        MaxComponentBytes);
    json.requireRoot('{', tr("not a CycloneDX BOM: the JSON document is not an object"));
    Scanner::Value bomFormat;
    QJsonValue specVersion(QJsonValue::Undefined);
    QJsonObject metadata;
    bool haveBomFormat = false;
    bool haveMetadata = false;
    const bool scanned = json.scan([&](const Scanner::Value &value, ReadError *error) {
        const QJsonValue parsed = Scanner::parse(value, error);
        if (!error->isNull())
            return Json::Verdict::Fail;
        const QString key = value.path.first().key;
        if (key == QLatin1String("bomFormat")) {
            bomFormat = value;
            bomFormat.bytes = StructuredRecord::text(parsed).toUtf8();
            haveBomFormat = true;
        } else if (key == QLatin1String("specVersion")) {
            specVersion = parsed;
        } else {
            metadata = parsed.toObject();
            haveMetadata = true;
        }
        return haveBomFormat && haveMetadata && !specVersion.isUndefined() ? Json::Verdict::Stop
                                                                            : Json::Verdict::Next;
    });
    m_encoding = json.encoding();
    if (!scanned) {
        m_error = json.error();
        return false;
    }
    if (!haveBomFormat)
        return fail(0, 0, tr("not a CycloneDX BOM: the document has no bomFormat"));
    if (bomFormat.bytes != "CycloneDX")
        return fail(bomFormat.line, bomFormat.column,
                    tr("not a CycloneDX BOM: bomFormat is \"%1\", not \"CycloneDX\"").arg(QString::fromUtf8(bomFormat.bytes)));

    m_specVersion = StructuredRecord::text(specVersion).trimmed();
    if (m_specVersion.isEmpty())
        m_notes << tr("the BOM states no specVersion; it was read as CycloneDX 1.6");
    else if (!knownSpecVersions().contains(m_specVersion))
        m_notes << tr("specVersion %1 is not one this reader knows (%2); the components were read as in 1.6")
                       .arg(m_specVersion, knownSpecVersions().join(QStringLiteral(", ")));

    const QJsonObject subject = metadata.value(QLatin1String("component")).toObject();
    m_system = StructuredRecord::text(subject.value(QLatin1String("name"))).trimmed();
    if (m_system.isEmpty()) {
        m_system = m_fallbackSystem;
        m_notes << tr("the BOM does not name its subject (metadata.component.name); every component was given the "
                      "system \"%1\"")
                       .arg(m_system);
    }
    m_opened = true;
    return true;
}

QStringList CycloneDxReader::header() const
{
    return StructuredRecord::header();
}

ReaderInfo CycloneDxReader::info() const
{
    ReaderInfo info;
    info.format = QStringLiteral("cyclonedx");
    info.encoding = m_encoding;
    info.notes = m_notes;
    if (!m_specVersion.isEmpty())
        info.notes.prepend(tr("CycloneDX %1").arg(m_specVersion));
    if (m_delivered > 0)
        info.notes << tr("%n component(s) read", nullptr, int(qMin<qint64>(m_delivered, INT_MAX)));
    return info;
}

bool CycloneDxReader::read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink)
{
    if (!m_opened) {
        if (m_error.isNull())
            m_error = ReadError{m_path, 0, 0, tr("the reader was not opened")};
        return false;
    }
    m_error = ReadError();
    m_delivered = 0;
    Json json(
        m_path,
        [](const Scanner::Path &path, char first) {
            if (path.isEmpty())
                return Scanner::Action::Descend;
            if (!isKey(path.first(), "components"))
                return Scanner::Action::Skip;
            // A components member that is not an array is handed out too, so it can be reported where it is.
            if (path.size() == 1)
                return first == '[' ? Scanner::Action::Descend : Scanner::Action::Capture;
            return Scanner::Action::Capture;
        },
        MaxComponentBytes);
    const bool read = json.scan(
        [&](const Scanner::Value &value, ReadError *error) {
            if (value.path.size() == 1)
                return Json::failAt(value, tr("components is not an array"), error);
            bool stop = false;
            readTopLevel(value, onRecord, onIssue, &stop);
            return stop ? Json::Verdict::Stop : Json::Verdict::Next;
        },
        sink);
    if (!read)
        m_error = json.error();
    return read;
}

QList<Scanner::Value> CycloneDxReader::nestedPositions(const Scanner::Value &value)
{
    // Scans the component's own bytes again, noting where each element of each nested "components" array
    // starts; in document order, that is the order of a depth-first walk, parent before children.
    QBuffer buffer;
    buffer.setData(value.bytes);
    buffer.open(QIODevice::ReadOnly);
    StructuredRecordInput input(&buffer);
    Scanner scanner(
        &input,
        [](const Scanner::Path &path, char) {
            if (path.isEmpty())
                return Scanner::Action::Descend;
            const Scanner::Step &last = path.last();
            if (last.index >= 0)
                return Scanner::Action::Locate;
            return last.key == QLatin1String("components") ? Scanner::Action::Descend : Scanner::Action::Skip;
        },
        MaxComponentBytes);
    scanner.setStartPosition(value.line, value.column);
    QList<Scanner::Value> positions;
    Scanner::Value found;
    while (scanner.next(&found) == Scanner::Result::Found)
        positions.append(found);
    return positions;
}

void CycloneDxReader::readTopLevel(const Scanner::Value &value, const RecordCallback &onRecord,
                                   const IssueCallback &onIssue, bool *stop)
{
    ReadError parseError;
    const QJsonValue top = Scanner::parse(value, &parseError);
    // The scanner has checked the grammar, so the component's bounds are sure: one Qt still refuses (invalid
    // UTF-8 in a string) is reported and the next one read.
    if (!parseError.isNull()) {
        onIssue(ReadIssue{parseError.line, parseError.column,
                          tr("%1; the component and its nested components were not read").arg(parseError.reason),
                          true});
        return;
    }

    // Depth first, a component before its own components, with an explicit stack so hostile nesting cannot
    // exhaust the call stack.
    QList<QJsonValue> order;
    QList<QJsonValue> pending{top};
    while (!pending.isEmpty()) {
        const QJsonValue current = pending.takeLast();
        order.append(current);
        const QJsonArray children = current.toObject().value(QLatin1String("components")).toArray();
        for (qsizetype i = children.size() - 1; i >= 0; --i)
            pending.append(children.at(i));
    }
    QList<Scanner::Value> positions;
    if (order.size() > 1) {
        positions = nestedPositions(value);
        // Duplicate "components" members (Qt keeps the last) would break the pairing: fall back to the
        // top-level component's line rather than point at the wrong place.
        if (positions.size() != order.size() - 1)
            positions.clear();
    }

    for (qsizetype i = 0; i < order.size(); ++i) {
        const bool nested = i > 0;
        const qint64 line = nested && !positions.isEmpty() ? positions.at(i - 1).line : value.line;
        const int column = nested && !positions.isEmpty() ? positions.at(i - 1).column : value.column;
        const QJsonValue &component = order.at(i);
        if (!component.isObject()) {
            onIssue(ReadIssue{line, column, tr("the component is not a JSON object; it was not read"), true});
            continue;
        }
        StructuredRecord record;
        if (!CycloneDxComponent::fill(component.toObject(), &record)) {
            onIssue(ReadIssue{line, column, tr("the component has no name; it was not read"), true});
            continue;
        }
        record.set(StructuredRecord::System, m_system);
        record.set(StructuredRecord::SourceTable, QStringLiteral("components"));
        ++m_delivered;
        if (!onRecord(record.toSourceRecord(line))) {
            *stop = true;
            return;
        }
    }
}

} // namespace uproot
