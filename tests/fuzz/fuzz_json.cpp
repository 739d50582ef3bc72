// libFuzzer target for the JSON readers (osquery, CycloneDX, GLPI JSON) and the streaming scanner beneath them.
// Besides "no crash, no hang, no leak", it checks that the scanner and Qt's own parser agree on what is JSON,
// and that every record has the structured header's shape.
#include "model/readers/cyclonedxreader.h"
#include "model/readers/glpijsonreader.h"
#include "model/readers/osqueryreader.h"
#include "model/readers/structuredrecord.h"
#include "model/readers/structuredrecordinput.h"
#include "model/readers/structuredrecordjsonscanner.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace uproot;

namespace {

// The readers take a path: one scratch file per process, rewritten for every input.
QString scratchPath()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("input.json"));
}

void drain(RecordReader &reader)
{
    if (!reader.open()) {
        if (reader.error().isNull())
            std::abort(); // a refusal must say why
        return;
    }
    if (reader.header() != StructuredRecord::header())
        std::abort();
    const bool read = reader.read(
        [](const SourceRecord &record) {
            if (record.fields.size() != StructuredRecord::ColumnCount || record.line < 1)
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
}

// Both parsers must accept and refuse the same texts, but for what only one of them checks: Qt refuses a
// scalar at the top, strings that are not UTF-8 and numbers it cannot hold; the scanner refuses nesting
// deeper than its cap, unescaped control characters in strings and escapes RFC 8259 does not have. Input the scanner would read as UTF-16 or after a BOM is left out: Qt reads neither.
void compareWithQt(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
        || (bytes.size() >= 2 && (bytes.at(0) == 0 || bytes.at(1) == 0)))
        return;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    StructuredRecordInput input(&buffer);
    StructuredRecordJsonScanner scanner(
        &input, [](const StructuredRecordJsonScanner::Path &, char) { return StructuredRecordJsonScanner::Action::Descend; },
        qint64(1) << 30);
    StructuredRecordJsonScanner::Value value;
    StructuredRecordJsonScanner::Result result;
    while ((result = scanner.next(&value)) == StructuredRecordJsonScanner::Result::Found) {
    }
    const bool scannerAccepts = result == StructuredRecordJsonScanner::Result::End;
    if (!scannerAccepts && (scanner.error().line < 1 || scanner.error().reason.isEmpty()))
        std::abort();

    QJsonParseError parseError;
    QJsonDocument::fromJson(bytes, &parseError);
    const bool qtAccepts = parseError.error == QJsonParseError::NoError;
    // The scanner follows RFC 8259 where Qt is lenient: control characters inside strings must be escaped, and
    // only the escapes the RFC lists are escapes, and a number has digits on both sides of its '.'.
    const QString refusal = scanner.error().reason;
    const bool stricter = refusal.contains(QLatin1String("nested deeper"))
        || refusal.contains(QLatin1String("inside a string")) || refusal.contains(QLatin1String("line break inside"))
        || refusal.contains(QLatin1String("cannot follow a backslash"))
        || refusal.contains(QLatin1String("escape needs four hexadecimal digits"))
        || refusal.contains(QLatin1String("is not a JSON number")); // Qt takes "1." and ".5"
    if (qtAccepts && !scannerAccepts && !stricter)
        std::abort();
    if (scannerAccepts && !qtAccepts) {
        const char root = scanner.rootKind();
        const bool explained = (root != '{' && root != '[') || parseError.error == QJsonParseError::IllegalUTF8String
            || parseError.error == QJsonParseError::IllegalNumber || parseError.error == QJsonParseError::DeepNesting;
        if (!explained)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    compareWithQt(bytes);
    (void)OsqueryReader::canRead(bytes.left(4096));
    (void)CycloneDxReader::canRead(bytes.left(4096));
    (void)GlpiJsonReader::canRead(bytes.left(4096));

    const QString path = scratchPath();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    file.close();
    OsqueryReader osquery(path, QStringLiteral("fuzz"));
    drain(osquery);
    CycloneDxReader cyclonedx(path);
    drain(cyclonedx);
    GlpiJsonReader glpi(path);
    drain(glpi);
    return 0;
}
