#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

class QIODevice;

namespace uproot {

// The text of a JSON file as UTF-8, chunk by chunk, whatever it was saved in: UTF-8 with or without a BOM, or
// UTF-16 (PowerShell's ">" in Windows PowerShell 5 writes osqueryi's output as UTF-16LE with a BOM), so the
// JSON scanners below only ever see UTF-8. JSON has no other encodings (RFC 8259 section 8.1).
class StructuredRecordInput
{
    Q_DECLARE_TR_FUNCTIONS(StructuredRecordInput)
public:
    static constexpr qint64 ChunkBytes = 256 * 1024;

    explicit StructuredRecordInput(QIODevice *device);

    // The next UTF-8 bytes; empty at the end of the input or on a read error (see errorString()).
    QByteArray read();
    bool atEnd() const;
    QString errorString() const { return m_error; }

    // Known after the first read(): "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE".
    QString encoding() const;
    // Raw bytes consumed so far and the device size, for progress.
    qint64 position() const;
    qint64 size() const;

    // The first bytes of a file as UTF-8 without a BOM, for guessing the format from the content.
    static QByteArray utf8Head(const QByteArray &head);

private:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE };
    static Encoding detect(const QByteArray &first, qsizetype *bomLength);

    QIODevice *m_device;
    Encoding m_encoding = Encoding::Utf8;
    QStringDecoder m_decoder;
    bool m_started = false;
    bool m_ended = false;
    QString m_error;
};

} // namespace uproot
