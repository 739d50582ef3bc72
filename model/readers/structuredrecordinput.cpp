#include "model/readers/structuredrecordinput.h"

#include <QIODevice>

namespace uproot {

StructuredRecordInput::StructuredRecordInput(QIODevice *device)
    : m_device(device)
{
}

StructuredRecordInput::Encoding StructuredRecordInput::detect(const QByteArray &first, qsizetype *bomLength)
{
    *bomLength = 0;
    if (first.startsWith("\xEF\xBB\xBF")) {
        *bomLength = 3;
        return Encoding::Utf8Bom;
    }
    if (first.startsWith("\xFF\xFE")) {
        *bomLength = 2;
        return Encoding::Utf16LE;
    }
    if (first.startsWith("\xFE\xFF")) {
        *bomLength = 2;
        return Encoding::Utf16BE;
    }
    // Without a BOM, UTF-16 shows as a NUL beside the first ASCII character of the text (RFC 4627 section 3).
    if (first.size() >= 2) {
        if (first.at(0) != 0 && first.at(1) == 0)
            return Encoding::Utf16LE;
        if (first.at(0) == 0 && first.at(1) != 0)
            return Encoding::Utf16BE;
    }
    return Encoding::Utf8;
}

QByteArray StructuredRecordInput::read()
{
    if (m_ended)
        return {};
    // Ask for no more than is there: QIODevice::read() allocates what is asked, and a component re-scanned
    // from memory is often a few hundred bytes.
    const qint64 available = m_device->bytesAvailable();
    QByteArray raw = m_device->read(available > 0 ? qMin(ChunkBytes, available) : ChunkBytes);
    if (raw.isEmpty()) {
        m_ended = true;
        if (!m_device->atEnd())
            m_error = m_device->errorString();
        if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
            // Flush a dangling odd byte or high surrogate: it comes out as U+FFFD, which the parser then sees.
            const QString rest = m_decoder.decode(QByteArrayView());
            if (!rest.isEmpty())
                return rest.toUtf8();
        }
        return {};
    }
    if (!m_started) {
        m_started = true;
        qsizetype bom = 0;
        m_encoding = detect(raw, &bom);
        raw.remove(0, bom);
        if (m_encoding == Encoding::Utf16LE)
            m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
        else if (m_encoding == Encoding::Utf16BE)
            m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
        if (raw.isEmpty())
            return read();
    }
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE)
        return QString(m_decoder.decode(raw)).toUtf8();
    return raw;
}

bool StructuredRecordInput::atEnd() const
{
    return m_ended;
}

QString StructuredRecordInput::encoding() const
{
    switch (m_encoding) {
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

qint64 StructuredRecordInput::position() const
{
    return m_device->pos();
}

qint64 StructuredRecordInput::size() const
{
    return m_device->size();
}

QByteArray StructuredRecordInput::utf8Head(const QByteArray &head)
{
    qsizetype bom = 0;
    const Encoding encoding = detect(head, &bom);
    const QByteArray rest = head.mid(bom);
    if (encoding == Encoding::Utf16LE)
        return QString(QStringDecoder(QStringDecoder::Utf16LE).decode(rest)).toUtf8();
    if (encoding == Encoding::Utf16BE)
        return QString(QStringDecoder(QStringDecoder::Utf16BE).decode(rest)).toUtf8();
    return rest;
}

} // namespace uproot
