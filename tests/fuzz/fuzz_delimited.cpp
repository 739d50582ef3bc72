// libFuzzer target for DelimitedReader. The first byte chooses the options (chunk size, forced encoding,
// forced separator) so that chunk boundaries fall everywhere and every decoder path is reached; the rest is
// the file.
#include "model/readers/delimitedreader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace uproot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);

    DelimitedOptions options;
    static const qint64 chunks[] = {1024 * 1024, 4, 5, 7};
    options.chunkBytes = chunks[selector & 3];
    const QList<TextDecoder::Encoding> encodings = TextDecoder::choices();
    options.encoding = encodings.at(((selector >> 2) & 7) % encodings.size());
    static const char16_t separators[] = {0, u',', u';', u'\t', u'|', 0, 0, 0};
    if (separators[selector >> 5])
        options.separator = QChar(separators[selector >> 5]);

    DelimitedReader reader(&buffer, QStringLiteral("fuzz.csv"), options);
    if (!reader.open()) {
        if (reader.error().reason.isEmpty())
            abort();
        return 0;
    }
    const qsizetype width = reader.header().size();
    if (width == 0)
        abort();
    qint64 lastLine = 0;
    const bool ok = reader.read(
        [&](const SourceRecord &record) {
            if (record.fields.size() != width || record.line <= lastLine)
                abort();
            lastLine = record.line;
            return true;
        },
        [&](const ReadIssue &issue) {
            if (issue.line < 1 || issue.column < 0 || issue.reason.isEmpty())
                abort();
        },
        nullptr);
    if (!ok && reader.error().reason.isEmpty())
        abort();
    return 0;
}
