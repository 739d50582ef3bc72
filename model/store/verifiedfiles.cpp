#include "model/store/verifiedfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace uproot {

namespace {

constexpr qint64 kFirstPage = 4096;

QString keyOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return QStringLiteral("verified-projects/") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// One file's inode, size, and modification and status-change times; "-" when it is not there.
QString statOf(const QString &path)
{
#ifdef Q_OS_UNIX
    // Nanosecond times where the file system keeps them.
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("-");
    return QStringLiteral("%1 %2 %3.%4 %5.%6")
        .arg(st.st_ino)
        .arg(st.st_size)
        .arg(st.st_mtim.tv_sec)
        .arg(st.st_mtim.tv_nsec)
        .arg(st.st_ctim.tv_sec)
        .arg(st.st_ctim.tv_nsec);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("-");
    return QStringLiteral("%1 %2 %3")
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(info.metadataChangeTime().toMSecsSinceEpoch());
#endif
}

// Empty when the file cannot be read, or when commits wait in its write-ahead log (the file alone is not
// what SQLite reads).
QString fingerprintOf(const QString &path)
{
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray first = file.read(kFirstPage);
    return statOf(path) + u' ' +
           QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString VerifiedFiles::stampOf(const QString &path)
{
    // The write-ahead log too: another connection's commits, and bytes changed in the log, land there and
    // reach the file only at the next checkpoint.
    return statOf(path) + QStringLiteral(" | ") + statOf(path + QStringLiteral("-wal"));
}

bool VerifiedFiles::unchangedSinceVerified(const QString &path)
{
    const QString now = fingerprintOf(path);
    return !now.isEmpty() && QSettings().value(keyOf(path)).toString() == now;
}

void VerifiedFiles::recordVerified(const QString &path)
{
    const QString now = fingerprintOf(path);
    QSettings settings;
    if (now.isEmpty())
        settings.remove(keyOf(path));
    else
        settings.setValue(keyOf(path), now);
}

void VerifiedFiles::forget(const QString &path)
{
    QSettings().remove(keyOf(path));
}

} // namespace uproot
