#include "views/tableexport.h"

#include "model/project/project.h"
#include "model/project/tabularexport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace uproot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableExport", text);
}

QString filterFor(const QString &ext)
{
    if (ext == QLatin1String("xlsx"))
        return tr("Excel workbook (*.xlsx)");
    if (ext == QLatin1String("csv"))
        return tr("CSV (*.csv)");
    if (ext == QLatin1String("json"))
        return tr("JSON (*.json)");
    return tr("iCalendar (*.ics)");
}

QString titleFor(const QString &kind)
{
    if (kind == QLatin1String("findings"))
        return tr("Export findings");
    if (kind == QLatin1String("tasks"))
        return tr("Export tasks");
    return tr("Export milestone calendar");
}

} // namespace

QString exportTableDialog(QWidget *parent, Project &project, const QString &kind, QString *error)
{
    // A workbook first where there is one: most people open these in a spreadsheet.
    QStringList exts = tabularexport::extensionsOf(kind);
    if (exts.removeOne(QStringLiteral("xlsx")))
        exts.prepend(QStringLiteral("xlsx"));
    QStringList filters;
    for (const QString &ext : std::as_const(exts))
        filters.append(filterFor(ext));
    QString filter = filters.value(0);
    QString path = QFileDialog::getSaveFileName(parent, titleFor(kind),
                                                project.displayName() + u'-' + kind + u'.' + exts.value(0),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    // A name typed without one of the table's extensions takes the filter's. The dialog asked about replacing
    // the name as typed, not this one, so a file already there is asked about here.
    if (!exts.contains(QFileInfo(path).suffix().toLower())) {
        path += u'.' + exts.value(std::max<qsizetype>(0, filters.indexOf(filter)));
        if (QFileInfo::exists(path) &&
            QMessageBox::question(
                parent, titleFor(kind),
                tr("%1 already exists. Do you want to replace it?").arg(QFileInfo(path).fileName())) !=
                QMessageBox::Yes)
            return {};
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = tabularexport::writeFile(project, kind, path, error);
    QApplication::restoreOverrideCursor();
    return ok ? path : QString();
}

} // namespace uproot
