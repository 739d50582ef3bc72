// libFuzzer target for XlsxReader. An even first byte: the rest is the file as it is (a zip archive, or not).
// An odd first byte: the rest is the text of the parts, separated by "\n--\n" (sheet, shared strings, styles,
// workbook), which this target packs into a stored (uncompressed) zip, so that mutations reach the XML the
// reader interprets instead of dying in the archive's checksums.
#include "model/readers/xlsxreader.h"

#include <QBuffer>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstdint>
#include <cstdlib>

using namespace uproot;

namespace {

QByteArray packParts(const QByteArray &text)
{
    QList<QByteArray> parts;
    for (qsizetype from = 0; parts.size() < 4;) {
        const qsizetype at = text.indexOf("\n--\n", from);
        parts.append(text.mid(from, at < 0 ? -1 : at - from));
        if (at < 0)
            break;
        from = at + 4;
    }
    static const char *const defaults[] = {
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
        "t=\"inlineStr\"><is><t>h</t></is></c></row></sheetData>"
        "</worksheet>",
        "<sst/>",
        "<styleSheet/>",
        "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"S\" sheetId=\"1\" r:id=\"a\"/></sheets></workbook>",
    };
    auto part = [&](int i) { return i < parts.size() ? parts.at(i) : QByteArray(defaults[i]); };
    const QByteArray rels =
        "<Relationships>"
        "<Relationship Id=\"a\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"b\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"c\" Type=\"x/styles\" Target=\"styles.xml\"/></Relationships>";
    const QList<QPair<QString, QByteArray>> entries = {
        {QStringLiteral("xl/workbook.xml"), part(3)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
        {QStringLiteral("xl/worksheets/sheet1.xml"), part(0)},
        {QStringLiteral("xl/sharedStrings.xml"), part(1)},
        {QStringLiteral("xl/styles.xml"), part(2)},
    };
    QByteArray zipped;
    QBuffer buffer(&zipped);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return QByteArray();
    for (const auto &entry : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first), nullptr, 0, 0, 0))
            return QByteArray();
        file.write(entry.second);
        file.close();
    }
    zip.close();
    return zipped;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 1)
        bytes = packParts(bytes);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);

    XlsxOptions options;
    if (data[0] & 2)
        options.sheet = QStringLiteral("S");
    XlsxReader reader(&buffer, QStringLiteral("fuzz.xlsx"), options);
    if (!reader.open()) {
        if (reader.error().reason.isEmpty())
            abort();
        return 0;
    }
    const qsizetype width = reader.header().size();
    if (width == 0)
        abort();
    const bool ok = reader.read(
        [&](const SourceRecord &record) {
            if (record.fields.size() != width || record.line < 1)
                abort();
            return true;
        },
        [&](const ReadIssue &issue) {
            if (issue.reason.isEmpty())
                abort();
        },
        nullptr);
    if (!ok && reader.error().reason.isEmpty())
        abort();
    return 0;
}
