#include "model/project/auditexport.h"

#include "model/documents/spreadsheetcell.h"
#include "model/documents/xlsxtable.h"
#include "model/project/project.h"
#include "model/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace uproot::auditexport {

namespace {

UPROOT_DECLARE_TR_FUNCTION(AuditExport)

QStringList cells(const AuditEvent &e)
{
    return {
        QString::number(e.id), e.at.toUTC().toString(Qt::ISODateWithMs), e.actor, e.action, e.detail, e.hash};
}

} // namespace

QStringList header()
{
    return {QStringLiteral("id"),     QStringLiteral("at"),     QStringLiteral("who"),
            QStringLiteral("action"), QStringLiteral("detail"), QStringLiteral("hash")};
}

bool writeCsv(Project &project, QIODevice *out, QString *error)
{
    const auto line = [out](const QStringList &row) {
        QStringList fields;
        for (const QString &c : row)
            fields.append(csvField(c));
        const QByteArray bytes = fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        return out->write(bytes) == bytes.size();
    };
    bool ok = line(header());
    for (const AuditEvent &e : project.audit().events()) {
        if (!ok)
            break;
        ok = line(cells(e));
    }
    if (!ok)
        *error = tr("cannot write: %1").arg(out->errorString());
    return ok;
}

bool writeXlsx(Project &project, const QString &path, QString *error)
{
    const QList<AuditEvent> events = project.audit().events();
    qsizetype i = 0;
    return writeXlsxTable(
        path, QStringLiteral("Audit trail"), header(),
        [&](QStringList *row) {
            if (i >= events.size())
                return false;
            *row = cells(events.at(i++));
            return true;
        },
        error);
}

bool writeFile(Project &project, const QString &path, QString *error)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("xlsx"))
        return writeXlsx(project, path, error);
    if (ext != QLatin1String("csv")) {
        *error = tr("%1: the audit trail is exported as .csv or .xlsx").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (!writeCsv(project, &file, error)) {
        *error = tr("%1: %2").arg(path, *error);
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace uproot::auditexport
