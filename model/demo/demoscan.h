#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace uproot {

class Project;

// A later scan of some of the demo's systems, written from the demo inventory as a tool would write it again:
// every row of the systems it covers, less the covered products that are gone from some of them. The rows of a
// system it does not cover are not in it, so it says nothing about that system.
struct DemoScan
{
    QDate date;
    QSet<QString> systems;     // host names as the inventory writes them
    QSet<QString> removedFrom; // of those, the systems whose covered products are gone
};

// Writes `scan` from the inventory at inventoryCsv; coveredRows holds the rows of covered products as
// demoRowKey(host, software, version). The file's modification date is the scan's date, which an import takes as
// the date of the scan when none is given.
bool writeDemoScan(const QString &inventoryCsv, const QString &scanCsv, const DemoScan &scan,
                   const QSet<QString> &coveredRows, QString *error);
QString demoRowKey(const QString &host, const QString &software, const QString &version);

// The scans that close the loop in the demo, once its tasks have their statuses: `finished` are the systems
// whose work is done, in the order it was scheduled, `underway` those under way, `waiting` some not started
// (all as affected-system ids). Two scans taken during the removal are imported, verifying the removals of the
// finished systems and, on one of them, a reappearance; a third, later scan is written for the person trying the
// demo to import (its path in followUpCsv): the products gone from the systems under way, and back on a second
// finished system. Each scan is the file scanPrefix + its date + ".csv".
bool addDemoScans(Project &project, const QString &inventoryCsv, const QList<qint64> &finished,
                  const QList<qint64> &underway, const QList<qint64> &waiting, const QString &scanPrefix,
                  QString *followUpCsv, QString *error);

// The dates of the demo's scans: the inventory, the two taken during the removal, and the later one written.
namespace demoscans {
inline QDate inventoryDate() { return QDate(2017, 10, 2); }
inline QDate firstDate() { return QDate(2018, 1, 5); }
inline QDate secondDate() { return QDate(2018, 1, 12); }
inline QDate followUpDate() { return QDate(2018, 1, 16); }
} // namespace demoscans

} // namespace uproot
