// libFuzzer target for the GLPI/FusionInventory XML reader: no crash, no hang, no leak, every refusal says
// where and why, and every record has the structured header's shape.
#include "model/readers/glpixmlreader.h"
#include "model/readers/structuredrecord.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace uproot;

namespace {

// The reader takes a path: one scratch file per process, rewritten for every input.
QString scratchPath()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("input.xml"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)GlpiXmlReader::canRead(bytes.left(4096));

    const QString path = scratchPath();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    file.close();

    GlpiXmlReader reader(path, QStringLiteral("fuzz"));
    if (!reader.open()) {
        if (reader.error().isNull())
            std::abort();
        return 0;
    }
    if (reader.header() != StructuredRecord::header())
        std::abort();
    const bool read = reader.read(
        [](const SourceRecord &record) {
            if (record.fields.size() != StructuredRecord::ColumnCount || record.line < 1
                || record.fields.at(StructuredRecord::Software).isEmpty())
                std::abort();
            return true;
        },
        [](const ReadIssue &issue) {
            if (issue.reason.isEmpty())
                std::abort();
        },
        nullptr);
    if (!read && reader.error().isNull())
        std::abort();
    (void)reader.info();
    return 0;
}
