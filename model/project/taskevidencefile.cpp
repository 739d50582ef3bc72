#include "model/project/taskevidencefile.h"

#include "model/translation.h"

#include "model/documents/writefailure.h"
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <QSaveFile>
#include <cerrno>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(TaskEvidence)

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool readEvidenceFile(const QString &path, TaskEvidenceRecord *evidence, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: there is no such file").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("%1: not a file (evidence is one file)").arg(path);
        return false;
    }
    if (info.size() > kMaxEvidenceBytes) {
        *error =
            tr("%1: %2 MB is larger than the %3 MB a file of evidence can be; attach a smaller file or add a "
               "reference to where it is kept")
                .arg(path)
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(kMaxEvidenceBytes / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    // Read one byte past the limit, so that a file that grew since it was measured is still refused.
    QByteArray bytes = file.read(kMaxEvidenceBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    if (bytes.size() > kMaxEvidenceBytes) {
        *error = tr("%1: larger than the %2 MB a file of evidence can be")
                     .arg(path)
                     .arg(kMaxEvidenceBytes / (1024 * 1024));
        return false;
    }
    evidence->kind = TaskEvidenceRecord::Kind::File;
    evidence->name = info.fileName();
    evidence->size = bytes.size();
    evidence->sha256 = sha256Hex(bytes);
    evidence->content = std::move(bytes);
    return true;
}

bool saveEvidenceCopy(const TaskEvidenceRecord &evidence, const QString &path, QString *error)
{
    if (evidence.kind != TaskEvidenceRecord::Kind::File) {
        *error = tr("\u201c%1\u201d is a reference, not a file; there is nothing to save").arg(evidence.name);
        return false;
    }
    const QString actual = sha256Hex(evidence.content);
    if (actual != evidence.sha256 || evidence.content.size() != evidence.size) {
        *error =
            tr("the copy of \u201c%1\u201d in the project no longer matches the SHA-256 recorded when it was "
               "attached (%2, now %3); nothing was written to %4")
                .arg(evidence.name, evidence.sha256, actual, path);
        return false;
    }
    QSaveFile out(path);
    errno = 0;
    if (!out.open(QIODevice::WriteOnly) || out.write(evidence.content) != evidence.content.size() ||
        !out.commit()) {
        const int systemError = errno;
        *error = tr("%1: cannot be written: %2").arg(path, writeFailureReason(out, systemError));
        return false;
    }
    return true;
}

} // namespace uproot
