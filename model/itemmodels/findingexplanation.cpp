#include "model/itemmodels/findingexplanation.h"

#include <QObject>

namespace uproot {

QString explainFinding(const FindingRow &r)
{
    QString text = r.state == FindingState::Excluded
                       ? QObject::tr("%1 on %2 is not on the report under %3: %4.")
                             .arg(r.product, r.system, r.directive, r.matched)
                       : QObject::tr("%1 on %2 is %3 under %4: %5.")
                             .arg(r.product, r.system, toString(r.confidence), r.directive, r.matched);
    if (!r.sourcePath.isEmpty())
        text +=
            QLatin1Char(' ') + QObject::tr("Imported from %1, line %2.").arg(r.sourcePath, QString::number(r.sourceLine));
    if (r.state != FindingState::Open && r.state != FindingState::Excluded)
        text += QLatin1Char(' ') + QObject::tr("Marked %1: %2").arg(toString(r.state), r.reason);
    const QString scanDate = r.scanDate.toString(Qt::ISODate);
    if (r.scan == ScanState::Removed)
        text += QLatin1Char(' ') + QObject::tr("Verified removed by the scan of %1 (%2).").arg(scanDate, r.scanPath);
    else if (r.scan == ScanState::Reappeared)
        text += QLatin1Char(' ')
                + QObject::tr("Reappeared: the scan of %1 (%2) shows it again after a scan had verified its "
                              "removal.")
                      .arg(scanDate, r.scanPath);
    return text;
}

} // namespace uproot
