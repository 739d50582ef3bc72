#include "model/readers/glpixmlreader.h"

#include "model/readers/progresssink.h"
#include "model/readers/structuredrecord.h"
#include "model/readers/structuredrecordinput.h"
#include "model/readers/xmltokenlimiter.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QXmlStreamReader>

#include <climits>

namespace uproot {

GlpiXmlReader::GlpiXmlReader(const QString &path, const QString &systemName)
    : m_path(path)
    , m_fallbackSystem(systemName.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : systemName.trimmed())
{
}

bool GlpiXmlReader::canRead(const QByteArray &head)
{
    const QByteArray text = StructuredRecordInput::utf8Head(head).trimmed();
    return text.startsWith('<') && text.contains("<REQUEST");
}

QString GlpiXmlReader::bomEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8 with BOM");
    if (head.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)))
        return QStringLiteral("UTF-32LE");
    if (head.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return QStringLiteral("UTF-32BE");
    if (head.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    return QString();
}

bool GlpiXmlReader::fail(qint64 line, int column, const QString &reason)
{
    m_error = ReadError{m_path, line, column, reason};
    return false;
}

QMap<QString, QString> GlpiXmlReader::readFields(QXmlStreamReader &xml)
{
    QMap<QString, QString> fields;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        fields.insert(name, xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    return fields;
}

GlpiXmlReader::Walk GlpiXmlReader::walk(const SectionHandler &onSection)
{
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly)) {
        fail(0, 0, tr("cannot open the file: %1").arg(file->errorString()));
        return Walk::Failed;
    }
    if (file->size() == 0) {
        fail(0, 0, tr("the file is empty"));
        return Walk::Failed;
    }
    const QString byteOrderMark = bomEncoding(file->peek(4));
    // An agent's entries are short; a longer text or tag is refused rather than held whole in memory.
    XmlTokenLimiter bounded(std::move(file));
    m_file = bounded.source();
    const auto forget = qScopeGuard([this] { m_file = nullptr; });
    QXmlStreamReader xml(&bounded);
    // The parser stops inside the long token, on the line where it began.
    const auto overrun = [&] {
        return fail(xml.lineNumber(), 0,
                    tr("a text or tag longer than %n MB; this is not an agent's inventory", nullptr,
                       int(bounded.limit() / (1024 * 1024))));
    };
    // The declaration is only visible on the StartDocument token, so the prolog is walked by hand.
    QString declared;
    while (!xml.atEnd() && !xml.hasError() && xml.readNext() != QXmlStreamReader::StartElement) {
        if (xml.tokenType() == QXmlStreamReader::StartDocument)
            declared = xml.documentEncoding().toString().toUpper();
    }
    if (!xml.isStartElement()) {
        if (bounded.exceeded()) {
            overrun();
            return Walk::Failed;
        }
        fail(xml.lineNumber(), int(xml.columnNumber()),
             xml.hasError() ? tr("not XML: %1").arg(xml.errorString()) : tr("the XML document has no element"));
        return Walk::Failed;
    }
    // A byte-order mark decides the encoding whatever the declaration says (a UTF-16 file declares "UTF-16").
    m_encoding = !byteOrderMark.isEmpty() ? byteOrderMark
                 : !declared.isEmpty()    ? declared
                                          : QStringLiteral("UTF-8");
    if (xml.name() != QLatin1String("REQUEST")) {
        fail(xml.lineNumber(), int(xml.columnNumber()),
             tr("not a GLPI or FusionInventory inventory: the document is <%1>, not <REQUEST>")
                 .arg(xml.name().toString()));
        return Walk::Failed;
    }
    bool sawContent = false;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == QLatin1String("CONTENT")) {
            sawContent = true;
            while (xml.readNextStartElement()) {
                if (!onSection(xml, xml.name().toString()))
                    return m_error.isNull() ? Walk::Stopped : Walk::Failed;
                if (bounded.exceeded())
                    break;
            }
        } else if (name == QLatin1String("DEVICEID")) {
            m_deviceId = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (name == QLatin1String("QUERY")) {
            m_query = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else {
            xml.skipCurrentElement();
        }
    }
    // Read to the end, so a file cut short or with junk after </REQUEST> is not taken for a whole inventory.
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
    if (bounded.exceeded()) {
        overrun();
        return Walk::Failed;
    }
    if (xml.hasError()) {
        fail(xml.lineNumber(), int(xml.columnNumber()), tr("not well-formed XML: %1").arg(xml.errorString()));
        return Walk::Failed;
    }
    if (!sawContent) {
        fail(0, 0, tr("not an inventory: <REQUEST> has no <CONTENT>"));
        return Walk::Failed;
    }
    if (!m_query.isEmpty() && m_query.compare(QLatin1String("INVENTORY"), Qt::CaseInsensitive) != 0) {
        fail(0, 0, tr("not an inventory: the agent's message is a %1 request").arg(m_query));
        return Walk::Failed;
    }
    return Walk::Done;
}

bool GlpiXmlReader::open()
{
    m_error = ReadError();
    m_opened = false;
    m_host = GlpiHost();
    m_deviceId.clear();
    m_query.clear();
    QString hardwareName;
    QString hardwareOs;
    const Walk result = walk([&](QXmlStreamReader &xml, const QString &section) {
        if (section == QLatin1String("HARDWARE")) {
            const QMap<QString, QString> fields = readFields(xml);
            hardwareName = fields.value(QStringLiteral("NAME"));
            hardwareOs = fields.value(QStringLiteral("OSNAME"));
        } else if (section == QLatin1String("BIOS")) {
            m_host.serial = readFields(xml).value(QStringLiteral("SSN"));
        } else if (section == QLatin1String("OPERATINGSYSTEM")) {
            m_host.os = readFields(xml).value(QStringLiteral("FULL_NAME"));
        } else if (section == QLatin1String("NETWORKS")) {
            const QMap<QString, QString> fields = readFields(xml);
            m_host.ipv4 << fields.value(QStringLiteral("IPADDRESS"));
            m_host.ipv6 << fields.value(QStringLiteral("IPADDRESS6"));
        } else {
            xml.skipCurrentElement();
        }
        return true;
    });
    if (result != Walk::Done)
        return false;
    if (m_host.os.isEmpty())
        m_host.os = hardwareOs;
    m_host.chooseName(hardwareName, QStringLiteral("HARDWARE/NAME"), m_deviceId, QStringLiteral("DEVICEID"),
                      m_fallbackSystem);
    m_opened = true;
    return true;
}

QStringList GlpiXmlReader::header() const
{
    return StructuredRecord::header();
}

ReaderInfo GlpiXmlReader::info() const
{
    ReaderInfo info;
    info.format = QStringLiteral("glpi");
    info.encoding = m_encoding;
    if (!m_opened)
        return info;
    if (m_host.nameSource.isEmpty())
        info.notes << tr("the inventory names no computer (no HARDWARE/NAME or DEVICEID); its software was given "
                         "the system \"%1\"")
                          .arg(m_host.name);
    else
        info.notes << tr("the computer \"%1\" is named by %2").arg(m_host.name, m_host.nameSource);
    for (auto it = m_delivered.cbegin(); it != m_delivered.cend(); ++it)
        info.notes << tr("%n <%1> entries read", nullptr, int(qMin<qint64>(it.value(), INT_MAX))).arg(it.key());
    return info;
}

bool GlpiXmlReader::deliver(const QString &section, const QMap<QString, QString> &fields, qint64 line,
                            const RecordCallback &onRecord, const IssueCallback &onIssue)
{
    const QString name = fields.value(QStringLiteral("NAME"));
    if (name.isEmpty()) {
        onIssue(ReadIssue{line, 0, tr("a <%1> entry has no NAME; it was not read").arg(section), true});
        return true;
    }
    StructuredRecord record;
    m_host.fill(&record);
    record.set(StructuredRecord::Software, name);
    record.set(StructuredRecord::Version, fields.value(QStringLiteral("VERSION")));
    record.set(StructuredRecord::Package, fields.value(QStringLiteral("GUID")));
    record.set(StructuredRecord::SourceTable, section);
    if (section == QLatin1String("ANTIVIRUS")) {
        record.set(StructuredRecord::Publisher, fields.value(QStringLiteral("COMPANY")));
        record.set(StructuredRecord::Kind, QStringLiteral("antivirus"));
    } else {
        record.set(StructuredRecord::Publisher, fields.value(QStringLiteral("PUBLISHER")));
        record.set(StructuredRecord::Kind, GlpiHost::softwareKind(fields.value(QStringLiteral("FROM")),
                                                                  fields.value(QStringLiteral("RELEASE_TYPE"))));
        bool understood = true;
        const QString raw = fields.value(QStringLiteral("INSTALLDATE"));
        record.set(StructuredRecord::InstallDate, GlpiHost::isoDate(raw, &understood));
        if (!understood)
            onIssue(ReadIssue{line, 0,
                              tr("INSTALLDATE \"%1\" is not a date in dd/mm/yyyy; it was kept as written").arg(raw),
                              false});
    }
    ++m_delivered[section];
    return onRecord(record.toSourceRecord(line));
}

bool GlpiXmlReader::read(const RecordCallback &onRecord, const IssueCallback &onIssue, ProgressSink *sink)
{
    if (!m_opened) {
        if (m_error.isNull())
            m_error = ReadError{m_path, 0, 0, tr("the reader was not opened")};
        return false;
    }
    m_error = ReadError();
    m_delivered.clear();
    const qint64 size = QFileInfo(m_path).size();
    const Walk result = walk([&](QXmlStreamReader &xml, const QString &section) {
        if (section != QLatin1String("SOFTWARES") && section != QLatin1String("ANTIVIRUS")) {
            xml.skipCurrentElement();
            return true;
        }
        if (sink) {
            if (sink->isCancelled())
                return fail(0, 0, QCoreApplication::translate("uproot::RecordReader", "cancelled"));
            if (m_file)
                sink->progress(m_file->pos(), size);
        }
        const qint64 line = xml.lineNumber();
        const QMap<QString, QString> fields = readFields(xml);
        // A section cut short by a syntax error is not delivered; walk() reports the error.
        if (xml.hasError())
            return true;
        return deliver(section, fields, line, onRecord, onIssue);
    });
    if (result == Walk::Failed)
        return false;
    if (sink && result == Walk::Done)
        sink->progress(size, size);
    return true;
}

} // namespace uproot
