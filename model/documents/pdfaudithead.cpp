#include "model/documents/pdfaudithead.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace uproot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Document", text);
}

// The text between <tag> and </tag> after a position; empty when absent.
QByteArray element(QByteArrayView bytes, QByteArrayView tag)
{
    const QByteArray open = '<' + tag.toByteArray() + '>';
    const QByteArray close = "</" + tag.toByteArray() + '>';
    const qsizetype start = bytes.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype from = start + open.size();
    const qsizetype end = bytes.indexOf(close, from);
    // A head is a number or 64 hex digits; anything longer is not one.
    if (end < 0 || end - from > 128)
        return {};
    return bytes.sliced(from, end - from).toByteArray().trimmed();
}

} // namespace

bool readPdfAuditHead(const QString &path, DocumentAuditHead *head, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    // Mapped, not read: a plan of action with a 10,000-system appendix runs to megabytes.
    const qint64 size = file.size();
    const uchar *data = size > 0 ? file.map(0, size) : nullptr;
    const QByteArray readBytes = data ? QByteArray() : file.readAll();
    const QByteArrayView bytes =
        data ? QByteArrayView(reinterpret_cast<const char *>(data), size) : readBytes;
    return readPdfAuditHead(bytes, path, head, error);
}

bool readPdfAuditHead(QByteArrayView bytes, const QString &path, DocumentAuditHead *head, QString *error)
{
    if (!bytes.startsWith("%PDF-")) {
        *error = tr("%1: not a PDF document").arg(path);
        return false;
    }
    const QByteArray events = element(bytes, "uproot:auditEvents");
    const QByteArray hash = element(bytes, "uproot:auditHash");
    bool ok = false;
    head->events = events.toLongLong(&ok);
    head->hash = QString::fromLatin1(hash).toLower();
    head->made = QDateTime::fromString(QString::fromLatin1(element(bytes, "xmp:CreateDate")), Qt::ISODate);
    static const QByteArray hex = "0123456789abcdef";
    const bool hexHash = hash.size() == 64 && std::all_of(hash.begin(), hash.end(), [](char c) {
                             return hex.contains(char(QChar::toLower(uint(uchar(c)))));
                         });
    if (!ok || head->events < 0 || !hexHash) {
        *error =
            tr("%1: the document carries no audit trail head (it was made before Uproot printed one, or not "
               "by Uproot)")
                .arg(path);
        return false;
    }
    return true;
}

} // namespace uproot
