// Project's register of documents sent (product.md §8: `export --final`, `uproot documents`): a final
// document is kept whole in the project, with its SHA-256 and the audit head it prints, and can be written
// out again byte for byte.
#include "model/project/project.h"

#include "model/documents/pdfaudithead.h"
#include "model/documents/writefailure.h"
#include "model/project/keepsentdocumentcommand.h"
#include "model/project/taskevidencefile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace uproot {

QString sentDocumentTitle(const QString &kind)
{
    if (kind == QLatin1String("identification"))
        return Project::tr("Identification report");
    if (kind == QLatin1String("plan"))
        return Project::tr("Plan of action");
    if (kind == QLatin1String("status"))
        return Project::tr("Status report");
    if (kind == QLatin1String("timeline"))
        return Project::tr("Timeline");
    return kind;
}

bool Project::keepSentDocument(const QString &kind, const QString &pdfPath, int pages, QString *error,
                               SentDocument *kept)
{
    if (isReadOnly() || isSalvageCopy()) {
        *error = tr("%1 is open read-only; a document can only be kept as sent in a project open for writing")
                     .arg(path());
        return false;
    }
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(pdfPath, file.errorString());
        return false;
    }
    if (file.size() > kMaxSentDocumentBytes) {
        *error = tr("%1: %2 bytes is more than a document kept as sent may have (%3)")
                     .arg(pdfPath)
                     .arg(file.size())
                     .arg(kMaxSentDocumentBytes);
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size()) {
        *error = tr("%1: cannot read: %2").arg(pdfPath, file.errorString());
        return false;
    }
    DocumentAuditHead printed;
    if (!readPdfAuditHead(bytes, pdfPath, &printed, error))
        return false;
    // The register says which state of the trail the document was made from; a document made from another
    // state (another project, or this one before its trail was cut) is not this project's to keep.
    if (printed.events > 0 && audit().eventAt(printed.events).hash != printed.hash) {
        *error =
            tr("%1 prints the audit head %2 events, SHA-256 %3, which this project's trail does not hold: "
               "it was not made from this project as it is")
                .arg(pdfPath)
                .arg(printed.events)
                .arg(printed.hash);
        return false;
    }
    SentDocument d;
    d.kind = kind;
    d.fileName = QFileInfo(pdfPath).fileName();
    d.sentAt = QDateTime::currentDateTimeUtc();
    d.sentBy = actor();
    d.asOf = asOf();
    d.pages = pages;
    d.size = bytes.size();
    d.sha256 = sha256Hex(bytes);
    d.auditHead = {printed.events, printed.hash};
    KeepSentDocumentCommand command(this, d, bytes);
    if (!runOnce(command, error))
        return false;
    if (kept)
        *kept = command.document();
    return true;
}

bool Project::saveSentDocumentCopy(Id id, const QString &outputPath, QString *error)
{
    QByteArray bytes;
    const SentDocument d = sentDocuments().find(id, &bytes);
    if (!d.id) {
        *error = tr("%1: there is no document %2 in the register of documents sent").arg(path()).arg(id);
        return false;
    }
    const QString actual = sha256Hex(bytes);
    if (actual != d.sha256 || bytes.size() != d.size) {
        *error =
            tr("document %1 (\u201c%2\u201d) in the register no longer matches the SHA-256 recorded when it "
               "was sent (%3, now %4); nothing was written to %5")
                .arg(QString::number(id), d.fileName, d.sha256, actual, outputPath);
        return false;
    }
    QSaveFile out(outputPath);
    errno = 0;
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        const int systemError = errno;
        *error = tr("%1: cannot be written: %2").arg(outputPath, writeFailureReason(out, systemError));
        return false;
    }
    return true;
}

} // namespace uproot
