#include "model/readers/xlsxsharedstrings.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>

namespace uproot {

XlsxSharedStrings::XlsxSharedStrings(qsizetype spillChars) : m_spillChars(spillChars) {}

XlsxSharedStrings::~XlsxSharedStrings() = default;

bool XlsxSharedStrings::append(const QString &text)
{
    m_offsets.push_back(m_offsets.back() + text.size());
    if (!m_file) {
        // Kept as strings, which cells then share without a copy, until there are too many characters.
        m_kept.append(text);
        if (m_offsets.back() <= m_spillChars)
            return true;
        for (const QString &kept : std::as_const(m_kept)) {
            appendUtf16(kept);
            if (m_buffer.size() >= WriteChunkBytes && !spill())
                return false;
        }
        m_kept.clear();
        return spill();
    }
    appendUtf16(text);
    return m_buffer.size() < WriteChunkBytes || spill();
}

bool XlsxSharedStrings::fileError(const char *message)
{
    m_error = QCoreApplication::translate("XlsxSharedStrings", message)
                  .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
    return false;
}

void XlsxSharedStrings::appendUtf16(const QString &text)
{
    m_buffer.append(reinterpret_cast<const char *>(text.constData()), text.size() * qsizetype(sizeof(QChar)));
}

bool XlsxSharedStrings::spill()
{
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                  QStringLiteral("/uproot-sharedstrings-XXXXXX"));
        if (!m_file->open()) {
            m_error = QCoreApplication::translate("XlsxSharedStrings",
                                                  "cannot make a temporary file for the shared strings: %1")
                          .arg(m_file->errorString());
            return false;
        }
    }
    if (m_file->write(m_buffer) != m_buffer.size())
        return fileError(QT_TRANSLATE_NOOP("XlsxSharedStrings", "cannot write the shared strings to %1: %2"));
    m_buffer.clear();
    return true;
}

bool XlsxSharedStrings::finish()
{
    if (!m_file)
        return true;
    if (!m_buffer.isEmpty() && !spill())
        return false;
    if (!m_file->flush())
        return fileError(QT_TRANSLATE_NOOP("XlsxSharedStrings", "cannot write the shared strings to %1: %2"));
    if (m_file->size() == 0)
        return true;
    m_mapped = m_file->map(0, m_file->size());
    if (!m_mapped)
        return fileError(
            QT_TRANSLATE_NOOP("XlsxSharedStrings", "cannot read the shared strings back from %1: %2"));
    return true;
}

QString XlsxSharedStrings::at(qsizetype index) const
{
    if (index < 0 || index >= size())
        return QString();
    if (!m_file)
        return m_kept.at(index);
    const qint64 begin = m_offsets[size_t(index)];
    const qint64 length = m_offsets[size_t(index) + 1] - begin;
    const char *base = reinterpret_cast<const char *>(m_mapped);
    if (!base)
        return QString();
    return QString(reinterpret_cast<const QChar *>(base + begin * qint64(sizeof(QChar))), qsizetype(length));
}

} // namespace uproot
