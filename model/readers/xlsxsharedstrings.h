#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTemporaryFile;

namespace uproot {

// A workbook's shared strings: cells refer to them by index, in any order, so they must all be at hand while
// a sheet streams by. They are kept as strings until there are a few megabytes of them; then their text
// moves to a temporary file as UTF-16, with an offset per string, read back through a memory map, so a
// workbook with millions of distinct strings does not hold them all in memory.
class XlsxSharedStrings
{
public:
    // Characters kept in memory before the text moves to a temporary file.
    static constexpr qsizetype DefaultSpillChars = 8 * 1024 * 1024;

    explicit XlsxSharedStrings(qsizetype spillChars = DefaultSpillChars);
    ~XlsxSharedStrings();
    XlsxSharedStrings(const XlsxSharedStrings &) = delete;
    XlsxSharedStrings &operator=(const XlsxSharedStrings &) = delete;

    // False with errorString() when the temporary file cannot be written.
    bool append(const QString &text);
    // Ends the appending; the strings can be read from then on. False with errorString() when the temporary
    // file cannot be mapped.
    bool finish();

    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    bool isEmpty() const { return size() == 0; }
    qsizetype totalChars() const { return m_offsets.back(); }
    bool spilled() const { return m_file != nullptr; }
    QString at(qsizetype index) const;
    QString errorString() const { return m_error; }

private:
    static constexpr qsizetype WriteChunkBytes = 1024 * 1024;
    void appendUtf16(const QString &text);
    // Sets the error from a message naming the temporary file (%1) and what went wrong (%2); false.
    bool fileError(const char *message);
    bool spill(); // writes the buffer to the temporary file, making it first

    qsizetype m_spillChars;
    std::vector<qint64> m_offsets{0}; // in characters; string i is [offsets[i], offsets[i + 1])
    QStringList m_kept;               // the strings, until they move to the file
    QByteArray m_buffer;              // UTF-16 text not yet written to the file
    std::unique_ptr<QTemporaryFile> m_file;
    const uchar *m_mapped = nullptr;
    QString m_error;
};

} // namespace uproot
