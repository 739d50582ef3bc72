#include "model/readers/readerfactory.h"

#include "model/readers/cyclonedxreader.h"
#include "model/readers/glpijsonreader.h"
#include "model/readers/glpixmlreader.h"
#include "model/readers/importpreset.h"
#include "model/readers/osqueryreader.h"
#include "model/readers/structuredrecordinput.h"
#include "model/readers/xlsxworkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace uproot {

namespace {

constexpr qint64 HeadBytes = 4096;

bool isZip(const QByteArray &head)
{
    return XlsxWorkbook::whyNotZip(head).isEmpty();
}

// An archive that is not a workbook but holds a single delimited file (Intune's report export) is read from
// inside the archive; anything else gets a message saying what the archive holds.
std::unique_ptr<RecordReader> readerForArchive(const QString &path, const ReaderOptions &options,
                                               QString *error)
{
    QStringList entries;
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip)) {
            *error = QCoreApplication::translate(
                "ReaderFactory", "the ZIP archive cannot be read (it may be truncated or damaged)");
            return nullptr;
        }
        const QStringList names = zip.getFileNameList();
        for (const QString &name : names) {
            if (name.compare(QStringLiteral("xl/workbook.xml"), Qt::CaseInsensitive) == 0 ||
                name.compare(QStringLiteral("[Content_Types].xml"), Qt::CaseInsensitive) == 0)
                return std::make_unique<XlsxReader>(path, options.xlsx);
            if (!name.endsWith(u'/'))
                entries.append(name);
        }
    }
    static const QStringList delimitedSuffixes = {QStringLiteral(".csv"), QStringLiteral(".tsv"),
                                                  QStringLiteral(".txt")};
    if (entries.size() == 1) {
        for (const QString &suffix : delimitedSuffixes) {
            if (entries.front().endsWith(suffix, Qt::CaseInsensitive))
                return std::make_unique<DelimitedReader>(std::make_unique<QuaZipFile>(path, entries.front()),
                                                         path + u'/' + entries.front(), options.delimited);
        }
    }
    *error =
        QCoreApplication::translate(
            "ReaderFactory",
            "this ZIP archive is not an XLSX workbook and does not hold exactly one CSV file (it holds: %1); "
            "unpack it and import the files inside")
            .arg(entries.mid(0, 10).join(QStringLiteral(", ")));
    return nullptr;
}

std::unique_ptr<RecordReader> readerForContent(const QString &path, const QByteArray &head,
                                               const ReaderOptions &options, QString *error)
{
    if (isZip(head))
        return readerForArchive(path, options, error);
    // A file named as a workbook that is not a ZIP archive (truncated, renamed, saved as something else) gets
    // the workbook reader's explanation, not garbage columns from the delimited reader. (Not ".xls": some
    // report tools write tab-separated text under that name, which the delimited reader reads well.)
    static const QStringList workbookSuffixes = {QStringLiteral("xlsx"), QStringLiteral("xlsm")};
    if (workbookSuffixes.contains(QFileInfo(path).suffix().toLower()))
        return std::make_unique<XlsxReader>(path, options.xlsx);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return std::make_unique<XlsxReader>(path, options.xlsx); // it explains what an .xls file is
    if (CycloneDxReader::canRead(head))
        return std::make_unique<CycloneDxReader>(path, options.systemName);
    if (GlpiJsonReader::canRead(head))
        return std::make_unique<GlpiJsonReader>(path, options.systemName);
    if (OsqueryReader::canRead(head))
        return std::make_unique<OsqueryReader>(path, options.systemName);
    if (GlpiXmlReader::canRead(head))
        return std::make_unique<GlpiXmlReader>(path, options.systemName);

    // A JSON object or an XML document nothing above recognised would only read as garbage columns.
    const QByteArray text = StructuredRecordInput::utf8Head(head).trimmed();
    if (text.startsWith('{')) {
        *error = QCoreApplication::translate(
            "ReaderFactory", "this JSON file is not osquery output, a CycloneDX BOM or a GLPI inventory");
        return nullptr;
    }
    if (text.startsWith("<?xml") || text.startsWith("<!")) {
        *error = QCoreApplication::translate("ReaderFactory",
                                             "this XML file is not a GLPI or FusionInventory inventory");
        return nullptr;
    }
    return std::make_unique<DelimitedReader>(path, options.delimited);
}

} // namespace

QStringList readerFormats()
{
    return QStringList{QStringLiteral("auto"), QStringLiteral("csv"), QStringLiteral("xlsx")} + toolPresetNames() +
           QStringList{QStringLiteral("osquery"), QStringLiteral("cyclonedx"), QStringLiteral("glpi")};
}

std::unique_ptr<RecordReader> openReader(const QString &path, const QString &format, ReadError *error,
                                         const ReaderOptions &given)
{
    ReaderOptions options = given;
    if (options.headerLine > 0) {
        options.delimited.headerLine = options.headerLine;
        options.xlsx.headerRow = options.headerLine;
    }
    ReadError ignored;
    if (!error)
        error = &ignored;
    *error = ReadError();
    const QString name = format.isEmpty() ? QStringLiteral("auto") : format.toLower();
    if (!readerFormats().contains(name)) {
        error->reason =
            QCoreApplication::translate("ReaderFactory", "unknown format \u201c%1\u201d; the formats are: %2")
                .arg(format, readerFormats().join(QStringLiteral(", ")));
        return nullptr;
    }

    QByteArray head;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ReadError{path, 0, 0,
                               QCoreApplication::translate("ReaderFactory", "cannot open the file: %1")
                                   .arg(file.errorString())};
            return nullptr;
        }
        head = file.read(HeadBytes);
    }

    std::unique_ptr<RecordReader> reader;
    QString why; // what is wrong with the file, when no reader takes it
    if (name == u"csv") {
        reader = std::make_unique<DelimitedReader>(path, options.delimited);
    } else if (name == u"xlsx") {
        reader = std::make_unique<XlsxReader>(path, options.xlsx);
    } else if (name == u"osquery") {
        reader = std::make_unique<OsqueryReader>(path, options.systemName);
    } else if (name == u"cyclonedx") {
        reader = std::make_unique<CycloneDxReader>(path, options.systemName);
    } else if (name == u"glpi") {
        if (StructuredRecordInput::utf8Head(head).trimmed().startsWith('<'))
            reader = std::make_unique<GlpiXmlReader>(path, options.systemName);
        else
            reader = std::make_unique<GlpiJsonReader>(path, options.systemName);
    } else if (name == u"auto") {
        reader = readerForContent(path, head, options, &why);
    } else if (isZip(head)) { // a preset: the tools behind them export CSV or XLSX
        reader = readerForArchive(path, options, &why);
    } else {
        reader = std::make_unique<DelimitedReader>(path, options.delimited);
    }
    if (!reader) {
        *error = ReadError{path, 0, 0, why};
        return nullptr;
    }
    if (!reader->open()) {
        *error = reader->error();
        return nullptr;
    }
    return reader;
}

std::unique_ptr<RecordReader> openReader(const QString &path, const QString &format, QString *error,
                                         const ReaderOptions &options)
{
    ReadError why;
    std::unique_ptr<RecordReader> reader = openReader(path, format, &why, options);
    if (!reader && error)
        *error = why.message();
    return reader;
}

} // namespace uproot
