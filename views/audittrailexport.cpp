#include "views/audittrailexport.h"

#include "model/project/auditexport.h"
#include "model/project/project.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace uproot {

QString exportAuditTrailDialog(QWidget *parent, Project &project)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("AuditTrailExport", text); };
    const QString csv = tr("CSV (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString filter = xlsx;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export audit trail"),
                                                project.displayName() + QStringLiteral("-audit-trail.xlsx"),
                                                xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return {};
    // A name typed without .csv or .xlsx takes the filter's.
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext != QLatin1String("csv") && ext != QLatin1String("xlsx"))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = auditexport::writeFile(project, path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(parent, tr("Export failed"), error);
        return {};
    }
    return path;
}

} // namespace uproot
