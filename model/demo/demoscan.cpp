#include "model/demo/demoscan.h"

#include "model/documents/spreadsheetcell.h"
#include "model/project/project.h"
#include "model/readers/readerfactory.h"
#include "model/readers/recordreader.h"
#include "model/store/findingsreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>

namespace uproot {

namespace {

// The demo inventory's columns (DemoInventory::write).
constexpr int HostColumn = 0;
constexpr int SoftwareColumn = 5;
constexpr int VersionColumn = 7;

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoScan", text);
}

QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted.append(csvField(c));
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

bool importScan(Project &project, const QString &path, const QDate &date, QString *error)
{
    ImportOptions options;
    options.scanDate = date;
    ImportReport report;
    ReadError readError;
    if (!project.importFile(path, options, nullptr, &report, &readError)) {
        *error = readError.message();
        return false;
    }
    return true;
}

} // namespace

QString demoRowKey(const QString &host, const QString &software, const QString &version)
{
    return host + QChar(0x1f) + software + QChar(0x1f) + version;
}

bool writeDemoScan(const QString &inventoryCsv, const QString &scanCsv, const DemoScan &scan,
                   const QSet<QString> &coveredRows, QString *error)
{
    ReadError readError;
    std::unique_ptr<RecordReader> reader = openReader(inventoryCsv, QStringLiteral("csv"), &readError);
    if (!reader || !reader->open()) {
        *error = reader ? reader->error().message() : readError.message();
        return false;
    }
    QSaveFile file(scanCsv);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(scanCsv, file.errorString());
        return false;
    }
    bool written = file.write(csvLine(reader->header()).toUtf8()) >= 0;
    const bool read = reader->read(
        [&](const SourceRecord &r) {
            const QString host = r.fields.value(HostColumn);
            if (!scan.systems.contains(host))
                return true;
            if (scan.removedFrom.contains(host)
                && coveredRows.contains(demoRowKey(host, r.fields.value(SoftwareColumn), r.fields.value(VersionColumn))))
                return true;
            written = written && file.write(csvLine(r.fields).toUtf8()) >= 0;
            return written;
        },
        [](const ReadIssue &) {}, nullptr);
    if (!read) {
        *error = reader->error().message();
        return false;
    }
    if (!written || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(scanCsv, file.errorString());
        return false;
    }
    // A tool's export carries the date it was taken; the import reads it from there when not told otherwise.
    QFile stamped(scanCsv);
    if (stamped.open(QIODevice::ReadWrite))
        stamped.setFileTime(QDateTime(scan.date, QTime(8, 0)), QFileDevice::FileModificationTime);
    return true;
}

bool addDemoScans(Project &project, const QString &inventoryCsv, const QList<qint64> &finished,
                  const QList<qint64> &underway, const QList<qint64> &waiting, const QString &scanPrefix,
                  QString *followUpCsv, QString *error)
{
    if (finished.size() < 4) {
        *error = tr("the demo has too few finished systems for its scans");
        return false;
    }
    const Id directiveId = project.primaryDirective().id;
    QHash<Id, QString> names;
    for (const AffectedSystemRow &s : project.findings().affectedSystems(directiveId))
        names.insert(s.systemId, s.name);
    QSet<QString> coveredRows;
    project.findings().forEach({}, [&](const FindingRow &f) {
        coveredRows.insert(demoRowKey(f.system, f.product, f.version));
        return true;
    });
    auto namesOf = [&](const QList<qint64> &ids) {
        QSet<QString> out;
        for (const qint64 id : ids)
            out.insert(names.value(id));
        return out;
    };
    const QList<qint64> firstHalf = finished.mid(0, finished.size() / 2);
    // The first finished system's product comes back between the two scans (a restored image, say).
    const QString reappears = names.value(finished.at(0));
    const QString comesBackLater = names.value(finished.at(1));

    auto pathOf = [&](const QDate &date) -> QString {
        return scanPrefix + date.toString(Qt::ISODate) + QStringLiteral(".csv");
    };
    DemoScan first{demoscans::firstDate(), namesOf(firstHalf), namesOf(firstHalf)};
    DemoScan second{demoscans::secondDate(), namesOf(finished), namesOf(finished)};
    second.removedFrom.remove(reappears);
    DemoScan later{demoscans::followUpDate(), namesOf(underway) + namesOf(waiting), namesOf(underway)};
    later.systems.insert(comesBackLater);
    *followUpCsv = pathOf(later.date);
    return writeDemoScan(inventoryCsv, pathOf(first.date), first, coveredRows, error)
           && importScan(project, pathOf(first.date), first.date, error)
           && writeDemoScan(inventoryCsv, pathOf(second.date), second, coveredRows, error)
           && importScan(project, pathOf(second.date), second.date, error)
           && writeDemoScan(inventoryCsv, *followUpCsv, later, coveredRows, error);
}

} // namespace uproot
