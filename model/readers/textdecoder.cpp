#include "model/readers/textdecoder.h"

#include <QIODevice>
#include <QtEndian>

#include <utility>

namespace uproot {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five bytes it leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D) keep their C1 control value, as MultiByteToWideChar does, so no byte is ever lost.
constexpr char16_t Cp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                     0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

constexpr QByteArrayView Utf8Bom("\xEF\xBB\xBF", 3);
constexpr QByteArrayView Utf16LeBom("\xFF\xFE", 2);
constexpr QByteArrayView Utf16BeBom("\xFE\xFF", 2);
constexpr QByteArrayView Utf32LeBom("\xFF\xFE\0\0", 4);
constexpr QByteArrayView Utf32BeBom("\0\0\xFE\xFF", 4);

// The length of the UTF-8 sequence at p if it is a valid one (1-4), 0 if it is not, and -1 if it is a valid
// start cut off by the end of the data. Overlong forms, surrogates and code points above U+10FFFF are invalid
// (RFC 3629).
int utf8SequenceLength(const uchar *p, qsizetype avail)
{
    const uchar b = p[0];
    if (b < 0x80)
        return 1;
    int length;
    uchar low = 0x80, high = 0xBF; // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0)
            low = 0xA0;
        else if (b == 0xED)
            high = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0)
            low = 0x90;
        else if (b == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (i >= avail)
            return -1;
        const uchar lo = i == 1 ? low : 0x80;
        const uchar hi = i == 1 ? high : 0xBF;
        if (p[i] < lo || p[i] > hi)
            return 0;
    }
    return length;
}

// Offset of the first byte that is not valid UTF-8, or -1. A sequence cut off at the end of a sample is not
// counted: the rest of it is beyond the sample.
qsizetype firstInvalidUtf8(const uchar *data, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(data + i, n - i);
        if (length < 0)
            return -1;
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

} // namespace

TextDecoder::TextDecoder(QIODevice *device)
    : m_device(device)
      // Stateless because every chunk ends on a whole character (completeLength()), which lets a chunk with
      // an error be decoded again leniently; the BOM is skipped by start(), so a U+FEFF later in the text
      // stays.
      ,
      m_utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{
}

bool TextDecoder::start(Encoding forced)
{
    if (!fill(SampleBytes))
        return false;
    if (forced != Encoding::Auto) {
        m_encoding = forced;
    } else {
        m_encoding = detect(&m_notes, &m_error);
        if (!m_error.isEmpty())
            return false;
    }
    qsizetype bom = 0;
    if (m_encoding == Encoding::Utf8 || m_encoding == Encoding::Utf8Bom) {
        bom = m_raw.startsWith(Utf8Bom) ? Utf8Bom.size() : 0;
        m_encoding = bom ? Encoding::Utf8Bom : Encoding::Utf8;
    } else if (m_encoding == Encoding::Utf16LE) {
        bom = m_raw.startsWith(Utf16LeBom) ? Utf16LeBom.size() : 0;
    } else if (m_encoding == Encoding::Utf16BE) {
        bom = m_raw.startsWith(Utf16BeBom) ? Utf16BeBom.size() : 0;
    }
    m_rawPos = bom;
    m_consumed = bom;
    return true;
}

TextDecoder::Encoding TextDecoder::detect(QStringList *notes, QString *error) const
{
    const auto *bytes = reinterpret_cast<const uchar *>(m_raw.constData());
    const qsizetype size = m_raw.size();
    if (m_raw.startsWith(Utf32LeBom) || m_raw.startsWith(Utf32BeBom)) {
        *error = tr("the file is UTF-32, which Uproot does not read; save it as UTF-8 or UTF-16");
        return Encoding::Auto;
    }
    if (m_raw.startsWith(Utf8Bom))
        return Encoding::Utf8Bom;
    if (m_raw.startsWith(Utf16LeBom))
        return Encoding::Utf16LE;
    if (m_raw.startsWith(Utf16BeBom))
        return Encoding::Utf16BE;

    // UTF-16 without a BOM: text that is mostly ASCII has a zero in every other byte, which UTF-8 and
    // Windows-1252 text never has.
    const qsizetype pairs = qMin<qsizetype>(size, 1024) / 2;
    if (pairs >= 2) {
        qsizetype zeroEven = 0, zeroOdd = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            zeroEven += bytes[2 * i] == 0;
            zeroOdd += bytes[2 * i + 1] == 0;
        }
        if (zeroOdd * 2 >= pairs && zeroEven * 20 <= zeroOdd) {
            notes->append(
                tr("There is no byte-order mark; the text was read as UTF-16LE because every other byte "
                   "is zero."));
            return Encoding::Utf16LE;
        }
        if (zeroEven * 2 >= pairs && zeroOdd * 20 <= zeroEven) {
            notes->append(
                tr("There is no byte-order mark; the text was read as UTF-16BE because every other byte "
                   "is zero."));
            return Encoding::Utf16BE;
        }
    }

    const qsizetype bad = firstInvalidUtf8(bytes, size);
    if (bad < 0)
        return Encoding::Utf8;
    // In Windows-1252 every byte is one character, so the column is exact.
    qint64 line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bad; ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= size || bytes[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    notes->append(tr("The bytes are not valid UTF-8 (byte 0x%1 at line %2, column %3); the text was read as "
                     "Windows-1252.")
                      .arg(QString::number(bytes[bad], 16).toUpper())
                      .arg(line)
                      .arg(bad - lineStart + 1));
    return Encoding::Windows1252;
}

bool TextDecoder::fill(qint64 wanted)
{
    qsizetype available = m_raw.size() - m_rawPos;
    if (m_eof || available >= wanted)
        return true;
    if (m_rawPos > 0) {
        m_raw.remove(0, m_rawPos);
        m_rawPos = 0;
    }
    while (available < wanted) {
        const qsizetype before = m_raw.size();
        qint64 request = wanted - available;
        // A small file needs no chunk-sized buffer; asking for one byte past the end finds the end.
        if (!m_device->isSequential())
            request = qMin(request, qMax<qint64>(m_device->bytesAvailable(), 1));
        m_raw.resize(before + request);
        const qint64 got = m_device->read(m_raw.data() + before, request);
        if (got < 0) {
            m_raw.resize(before);
            m_error = m_device->errorString();
            return false;
        }
        m_raw.resize(before + got);
        available += got;
        // Files, buffers and zip entries only return short at their end.
        if (got == 0) {
            m_eof = true;
            break;
        }
    }
    return true;
}

qsizetype TextDecoder::completeLength(qsizetype n) const
{
    const auto *bytes = reinterpret_cast<const uchar *>(m_raw.constData()) + m_rawPos;
    switch (m_encoding) {
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return n & ~qsizetype(1);
    case Encoding::Windows1252:
    case Encoding::Auto:
        return n;
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        break;
    }
    // Step back over continuation bytes to the start of the last sequence; cut before it if it is incomplete.
    for (qsizetype i = n - 1; i >= 0 && i >= n - 4; --i) {
        const uchar b = bytes[i];
        if ((b & 0xC0) == 0x80)
            continue;
        const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return i + length > n ? i : n;
    }
    return n;
}

bool TextDecoder::decodeChunk(QString &out, qint64 maxBytes)
{
    maxBytes =
        qMax<qint64>(maxBytes, 4); // room for the longest UTF-8 sequence, so every chunk makes progress
    if (!fill(maxBytes))
        return false;
    const qsizetype available = m_raw.size() - m_rawPos;
    if (available == 0)
        return false;
    qsizetype n = qMin<qint64>(available, maxBytes);
    if (!(m_eof && n == available))
        n = completeLength(n);
    decode(m_raw.constData() + m_rawPos, n, out);
    m_rawPos += n;
    m_consumed += n;
    return true;
}

void TextDecoder::decode(const char *data, qsizetype n, QString &out)
{
    const qsizetype old = out.size();
    out.resize(old + n); // no encoding here yields more UTF-16 units than bytes
    auto *begin = reinterpret_cast<char16_t *>(out.data()) + old;
    char16_t *end = begin;
    const auto *bytes = reinterpret_cast<const uchar *>(data);

    switch (m_encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
    case Encoding::Auto:
        m_utf8.resetState();
        end = reinterpret_cast<char16_t *>(
            m_utf8.appendToBuffer(reinterpret_cast<QChar *>(begin), QByteArrayView(data, n)));
        if (m_utf8.hasError())
            end = decodeUtf8Leniently(bytes, n, begin, m_textOffset);
        break;
    case Encoding::Windows1252:
        for (qsizetype i = 0; i < n; ++i) {
            const uchar b = bytes[i];
            *end++ = (b & 0xE0) == 0x80 ? Cp1252High[b - 0x80] : char16_t(b);
        }
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const qsizetype units = n / 2;
        if (m_encoding == Encoding::Utf16LE) {
            for (qsizetype i = 0; i < units; ++i)
                *end++ = qFromLittleEndian<quint16>(bytes + 2 * i);
        } else {
            for (qsizetype i = 0; i < units; ++i)
                *end++ = qFromBigEndian<quint16>(bytes + 2 * i);
        }
        if (n % 2) { // only at the end of the file: half a character
            m_invalid.append({m_textOffset + units, bytes[n - 1], InvalidByte::TruncatedUtf16});
            *end++ = u'\uFFFD';
        }
        break;
    }
    }
    const qsizetype produced = end - begin;
    out.resize(old + produced);
    m_textOffset += produced;
}

char16_t *TextDecoder::decodeUtf8Leniently(const uchar *data, qsizetype n, char16_t *out, qint64 textBase)
{
    char16_t *const begin = out;
    qsizetype i = 0;
    while (i < n) {
        const uchar b = data[i];
        if (b < 0x80) {
            *out++ = b;
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(data + i, n - i);
        if (length <= 0) {
            m_invalid.append({textBase + (out - begin), b, InvalidByte::InvalidUtf8});
            *out++ = windows1252(b);
            ++i;
            continue;
        }
        char32_t cp = b & (0x7F >> length);
        for (int k = 1; k < length; ++k)
            cp = (cp << 6) | (data[i + k] & 0x3F);
        if (cp >= 0x10000) {
            *out++ = char16_t(0xD800 + ((cp - 0x10000) >> 10));
            *out++ = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            *out++ = char16_t(cp);
        }
        i += length;
    }
    return out;
}

QList<TextDecoder::InvalidByte> TextDecoder::takeInvalidBytes()
{
    return std::exchange(m_invalid, {});
}

char16_t TextDecoder::windows1252(uchar byte)
{
    return (byte & 0xE0) == 0x80 ? Cp1252High[byte - 0x80] : char16_t(byte);
}

QString TextDecoder::nameOf(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QString();
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

TextDecoder::Encoding TextDecoder::fromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-').remove(u'_').remove(u' ');
    if (key == u"utf8")
        return Encoding::Utf8;
    if (key == u"utf8withbom" || key == u"utf8bom")
        return Encoding::Utf8Bom;
    if (key == u"utf16le" || key == u"utf16" || key == u"unicode")
        return Encoding::Utf16LE;
    if (key == u"utf16be")
        return Encoding::Utf16BE;
    if (key == u"windows1252" || key == u"cp1252" || key == u"latin1" || key == u"iso88591" || key == u"ansi")
        return Encoding::Windows1252;
    return Encoding::Auto;
}

QList<TextDecoder::Encoding> TextDecoder::choices()
{
    return {Encoding::Auto, Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Windows1252};
}

} // namespace uproot
