#include "model/readers/xlsxworkbook.h"

#include "model/readers/xmltokenlimiter.h"

#include <QDir>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace uproot {

namespace {

// The attribute with this local name in any namespace: transitional and strict OOXML name the relationship
// namespace differently, and r:id is all that matters.
QStringView attribute(const QXmlStreamAttributes &attributes, QStringView localName, bool namespaced = false)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName && (!namespaced || !a.namespaceUri().isEmpty()))
            return a.value();
    }
    return {};
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

} // namespace

XlsxWorkbook::XlsxWorkbook(QIODevice *device) : m_device(device) {}

XlsxWorkbook::~XlsxWorkbook() = default;

QString XlsxWorkbook::whyNotZip(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return QString();
    if (head.isEmpty())
        return tr("the file is empty");
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return tr(
            "this is an Excel 97-2003 (.xls) workbook or a password-protected one, not an XLSX workbook; "
            "save it from Excel as .xlsx or CSV");
    if (head.startsWith("<?xml") || head.startsWith("\xEF\xBB\xBF<?xml"))
        return tr(
            "this is an XML file, not an XLSX workbook (an Excel 2003 XML spreadsheet?); save it from Excel "
            "as .xlsx or CSV");
    return tr("this is not an XLSX workbook: the file is not a ZIP archive");
}

bool XlsxWorkbook::open()
{
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        m_error = tr("cannot open the file: %1").arg(m_device->errorString());
        return false;
    }
    m_error = whyNotZip(m_device->peek(8));
    if (!m_error.isEmpty())
        return false;
    m_zip = std::make_unique<QuaZip>(m_device);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_error = tr("this is not an XLSX workbook: the ZIP archive cannot be read (it may be truncated or "
                     "damaged)");
        return false;
    }

    QString workbookPart;
    const QHash<QString, Relationship> root = readRelationships(QString());
    if (!m_error.isEmpty())
        return false;
    for (const Relationship &r : root) {
        if (r.type == u"officeDocument")
            workbookPart = r.target;
    }
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!m_zip->setCurrentFile(workbookPart, QuaZip::csInsensitive)) {
        m_error =
            tr("this is not an XLSX workbook: the archive has no workbook part (is it a Word, PowerPoint or "
               "OpenDocument file, or an Intune export holding a CSV file?)");
        return false;
    }

    const QHash<QString, Relationship> relationships = readRelationships(workbookPart);
    if (!m_error.isEmpty())
        return false;
    if (!readWorkbook(workbookPart, relationships))
        return false;
    for (const Relationship &r : relationships) {
        if (r.type == u"sharedStrings")
            m_sharedStringsPart = r.target;
        else if (r.type == u"styles" && !readStyles(r.target))
            return false;
    }
    return true;
}

bool XlsxWorkbook::partError(const QString &part, const QString &what)
{
    m_error = tr("the workbook is damaged: %1 (in %2)").arg(what, part);
    return false;
}

std::unique_ptr<XmlTokenLimiter> XlsxWorkbook::openPart(const QString &part)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive)) {
        partError(part, tr("the part is missing"));
        return nullptr;
    }
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly)) {
        partError(part,
                  tr("the part cannot be unpacked (error %1; is it encrypted?)").arg(file->getZipError()));
        return nullptr;
    }
    return std::make_unique<XmlTokenLimiter>(std::move(file));
}

QString XlsxWorkbook::xmlError(const QXmlStreamReader &xml, const XmlTokenLimiter &device)
{
    if (device.exceeded())
        return tr("an XML value is longer than %1 bytes").arg(device.limit());
    return tr("XML error at line %1, column %2: %3")
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

QHash<QString, XlsxWorkbook::Relationship> XlsxWorkbook::readRelationships(const QString &sourcePart)
{
    QHash<QString, Relationship> result;
    const QString folder = folderOf(sourcePart);
    const QString relsPart =
        folder + QStringLiteral("_rels/") + sourcePart.mid(folder.size()) + QStringLiteral(".rels");
    if (!m_zip->setCurrentFile(relsPart, QuaZip::csInsensitive))
        return result; // no relationships: the caller falls back to the usual names
    std::unique_ptr<XmlTokenLimiter> device = openPart(relsPart);
    if (!device)
        return result;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QStringLiteral("TargetMode")) == u"External")
            continue;
        QString target = QUrl::fromPercentEncoding(attributes.value(QStringLiteral("Target")).toUtf8());
        target = target.startsWith(u'/') ? target.mid(1) : folder + target;
        target = QDir::cleanPath(target);
        const QString type = attributes.value(QStringLiteral("Type")).toString().section(u'/', -1);
        result.insert(attributes.value(QStringLiteral("Id")).toString(), {type, target});
    }
    if (xml.hasError()) {
        partError(relsPart, xmlError(xml, *device));
        return {};
    }
    return result;
}

bool XlsxWorkbook::readWorkbook(const QString &part, const QHash<QString, Relationship> &relationships)
{
    std::unique_ptr<XmlTokenLimiter> device = openPart(part);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            m_date1904 = isTrue(xml.attributes().value(QStringLiteral("date1904")));
        } else if (xml.name() == u"sheet") {
            const QXmlStreamAttributes attributes = xml.attributes();
            const Relationship r = relationships.value(attribute(attributes, u"id", true).toString());
            if (r.type != u"worksheet")
                continue; // chart sheets and macro sheets have no cells
            const QStringView state = attributes.value(QStringLiteral("state"));
            m_sheets.append({attributes.value(QStringLiteral("name")).toString(), r.target,
                             state == u"hidden" || state == u"veryHidden"});
        }
    }
    if (xml.hasError())
        return partError(part, xmlError(xml, *device));
    if (m_sheets.isEmpty())
        return partError(part, tr("the workbook has no worksheet"));
    return true;
}

bool XlsxWorkbook::readStyles(const QString &part)
{
    std::unique_ptr<XmlTokenLimiter> device = openPart(part);
    if (!device)
        return false;
    QHash<int, QString> custom;
    QList<int> cellFormats;
    bool inCellXfs = false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt")
            custom.insert(attributes.value(QStringLiteral("numFmtId")).toInt(),
                          attributes.value(QStringLiteral("formatCode")).toString());
        else if (xml.name() == u"cellXfs")
            inCellXfs = true;
        else if (inCellXfs && xml.name() == u"xf")
            cellFormats.append(attributes.value(QStringLiteral("numFmtId")).toInt());
    }
    if (xml.hasError())
        return partError(part, xmlError(xml, *device));
    m_styleKinds.reserve(cellFormats.size());
    for (int id : std::as_const(cellFormats)) {
        const auto code = custom.constFind(id);
        m_styleKinds.append(code != custom.cend() ? XlsxNumberFormat::classify(*code)
                                                  : XlsxNumberFormat::builtIn(id));
    }
    return true;
}

bool XlsxWorkbook::loadSharedStrings()
{
    if (m_sharedStringsPart.isEmpty() || m_sharedStringsLoaded)
        return true;
    // The temporary file, not the workbook, failed.
    const auto failedOutside = [this] {
        m_error = m_sharedStrings.errorString();
        m_failedOutside = true;
        return false;
    };
    std::unique_ptr<XmlTokenLimiter> device = openPart(m_sharedStringsPart);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    QString current;
    qsizetype total = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si") {
                current.clear();
            } else if (xml.name() == u"rPh") {
                xml.skipCurrentElement(); // a phonetic reading for East Asian text, not part of the value
            } else if (xml.name() == u"t") {
                current += unescape(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"si") {
            total += current.size();
            if (total > MaxSharedChars)
                return partError(m_sharedStringsPart,
                                 tr("the shared strings hold more than %1 characters").arg(MaxSharedChars));
            if (!m_sharedStrings.append(current))
                return failedOutside();
        }
    }
    if (xml.hasError())
        return partError(m_sharedStringsPart, xmlError(xml, *device));
    if (!m_sharedStrings.finish())
        return failedOutside();
    m_sharedStringsLoaded = true;
    return true;
}

QString XlsxWorkbook::unescape(const QString &text)
{
    if (!text.contains(QStringLiteral("_x")))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                result.append(QChar(code));
                i += 6;
                continue;
            }
        }
        result.append(text.at(i));
    }
    return result;
}

int XlsxWorkbook::sheetIndex(const QString &name) const
{
    if (name.isEmpty()) {
        for (int i = 0; i < m_sheets.size(); ++i) {
            if (!m_sheets.at(i).hidden)
                return i;
        }
        return m_sheets.isEmpty() ? -1 : 0;
    }
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name == name)
            return i;
    }
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace uproot
