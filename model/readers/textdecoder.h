#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace uproot {

// Turns the bytes of a text file into UTF-16, chunk by chunk, whatever the exporting tool saved it in: UTF-8
// with or without a BOM, UTF-16 LE/BE (PowerShell and Configuration Manager write these, usually with a BOM),
// or Windows-1252 when the bytes are not UTF-8. The encoding is decided once from a sample at the start; a
// file that turns out to hold invalid UTF-8 further on is not mangled silently: the bad bytes are read as
// Windows-1252 and reported (takeInvalidBytes()) so that the reader can name their line and column.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
public:
    enum class Encoding { Auto, Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    // A place in the decoded text where the bytes could not be read in the file's encoding.
    struct InvalidByte
    {
        enum Kind { InvalidUtf8, TruncatedUtf16 };
        qint64 offset = 0; // in UTF-16 units from the start of the decoded text
        uchar byte = 0;
        Kind kind = InvalidUtf8;
    };

    static constexpr qsizetype SampleBytes = 64 * 1024;

    explicit TextDecoder(QIODevice *device);

    // Reads the sample, decides the encoding (unless forced) and skips a byte-order mark. False when the
    // device cannot be read or holds UTF-32, which no inventory tool writes and which would otherwise read as
    // garbage.
    bool start(Encoding forced = Encoding::Auto);

    // Decodes at most maxBytes further bytes and appends the text to out. False at the end of the input or on
    // a read error (errorString() is then set).
    bool decodeChunk(QString &out, qint64 maxBytes);

    Encoding encoding() const { return m_encoding; }
    QString encodingName() const { return nameOf(m_encoding); }
    qint64 bytesRead() const { return m_consumed; }
    QString errorString() const { return m_error; }
    // What the import report should say about the encoding, e.g. that Windows-1252 was a fallback.
    QStringList notes() const { return m_notes; }
    // The places decoded leniently since the last call, in text order.
    QList<InvalidByte> takeInvalidBytes();

    static QString nameOf(Encoding encoding);
    // Accepts the names nameOf() gives and common spellings ("utf8", "cp1252", "latin1"); Auto when unknown.
    static Encoding fromName(const QString &name);
    // The encodings a user can force, in the order a wizard would list them.
    static QList<Encoding> choices();

    // The Windows-1252 character for a byte (bytes that code page leaves undefined map to the C1 control of
    // the same value, as Windows itself does).
    static char16_t windows1252(uchar byte);

private:
    bool fill(qint64 wanted);
    Encoding detect(QStringList *notes, QString *error) const;
    qsizetype completeLength(qsizetype n) const;
    void decode(const char *data, qsizetype n, QString &out);
    char16_t *decodeUtf8Leniently(const uchar *data, qsizetype n, char16_t *out, qint64 textBase);

    QIODevice *m_device;
    QByteArray m_raw; // bytes read but not yet decoded start at m_rawPos
    qsizetype m_rawPos = 0;
    bool m_eof = false;
    qint64 m_consumed = 0; // bytes taken from the device and decoded (a BOM counts)
    qint64 m_textOffset = 0;
    Encoding m_encoding = Encoding::Utf8;
    QStringDecoder m_utf8;
    QList<InvalidByte> m_invalid;
    QStringList m_notes;
    QString m_error;
};

} // namespace uproot
