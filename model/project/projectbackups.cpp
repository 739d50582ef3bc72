#include "model/project/projectbackups.h"

#include "model/project/auditpins.h"
#include "model/project/project.h"
#include "model/project/projectlock.h"
#include "model/store/projectfiles.h"
#include "model/store/projectstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>
#include <cstdio>

namespace uproot {

namespace {

const char *const kTimeFormat = "yyyy-MM-dd HH.mm.ss.zzz";
const QLatin1String kSuffix(".uproot");

const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2} \\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{3}) UTC (.*)\\.uproot$"));
    return pattern;
}

// A reason as part of a file name: no folder separators, no characters a file system refuses, not too long.
QString fileNamePart(const QString &reason)
{
    QString part;
    for (const QChar c : reason) {
        const bool refused =
            c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c);
        part += refused ? QChar(u'_') : c;
    }
    return part.simplified().left(100);
}

qint64 fileSizeWithLog(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Copies of a project that a killed process left half written are removed once that process is gone.
void removeAbandonedCopies(const QDir &folder)
{
    const QString marker = projectfiles::partialSuffix();
    for (const QString &name : folder.entryList(QDir::Files)) {
        const qsizetype at = name.lastIndexOf(marker);
        if (at < 0)
            continue;
        bool ok = false;
        LockHolder writer;
        writer.host = QSysInfo::machineHostName();
        writer.pid = name.mid(at + marker.size()).section(u'-', 0, 0).toLongLong(&ok);
        if (ok && ProjectLock::isStale(writer))
            QFile::remove(folder.filePath(name));
    }
}

} // namespace

ProjectBackups::ProjectBackups(const QString &projectPath)
    : m_projectPath(QFileInfo(projectPath).absoluteFilePath())
{
}

QString ProjectBackups::folder() const
{
    return m_projectPath + QStringLiteral("-backups");
}

ProjectBackup ProjectBackups::describe(const QString &path)
{
    ProjectBackup b;
    const QRegularExpressionMatch m = namePattern().match(QFileInfo(path).fileName());
    if (!m.hasMatch())
        return b;
    b.path = path;
    b.when = QDateTime::fromString(m.captured(1), QLatin1String(kTimeFormat));
    b.when.setTimeSpec(Qt::UTC);
    b.reason = m.captured(2);
    b.size = fileSizeWithLog(path);
    return b;
}

QList<ProjectBackup> ProjectBackups::list() const
{
    QList<ProjectBackup> all;
    const QDir dir(folder());
    // The names begin with the time in a fixed width: reverse name order is newest first.
    for (const QString &name :
         dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed)) {
        const ProjectBackup b = describe(dir.filePath(name));
        if (!b.path.isEmpty() && b.when.isValid())
            all.append(b);
    }
    return all;
}

QString ProjectBackups::newName(const QString &reason, QDateTime *when) const
{
    QDateTime at = QDateTime::currentDateTimeUtc();
    const QString part = fileNamePart(reason);
    // Two backups in the same millisecond (a script, a test) still get names of their own, in order.
    for (;;) {
        const QString name =
            QStringLiteral("%1 UTC %2%3").arg(at.toString(QLatin1String(kTimeFormat)), part, kSuffix);
        const QString path = QDir(folder()).filePath(name);
        bool taken = QFile::exists(path);
        for (const ProjectBackup &b : list())
            taken = taken || b.when >= at;
        if (!taken) {
            *when = at;
            return path;
        }
        at = at.addMSecs(1);
    }
}

bool ProjectBackups::prepareFolder(QString *error) const
{
    if (!QDir().mkpath(folder())) {
        *error = tr("cannot create the backup folder %1").arg(QDir::toNativeSeparators(folder()));
        return false;
    }
    removeAbandonedCopies(QDir(folder()));
    return true;
}

qint64 ProjectBackups::projectSize() const
{
    return fileSizeWithLog(m_projectPath);
}

bool ProjectBackups::take(ProjectStore &store, const QString &reason, QString *error, ProjectBackup *taken)
{
    if (!prepareFolder(error))
        return false;
    QDateTime when;
    const QString path = newName(reason, &when);
    QString why;
    if (!store.backupTo(path, &why)) {
        *error = tr("cannot write the backup %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    if (taken)
        *taken = describe(path);
    prune();
    return true;
}

bool ProjectBackups::takeOfFile(const QString &reason, QString *error, ProjectBackup *taken)
{
    if (!prepareFolder(error))
        return false;
    QDateTime when;
    const QString path = newName(reason, &when);
    QString why;
    if (!projectfiles::copy(m_projectPath, path, &why)) {
        // A file SQLite cannot read (a damaged header) is still someone's data: kept byte for byte, with the
        // write-ahead log under the name SQLite would look for beside the copy.
        removeWithCompanions(path);
        bool copied = QFile::copy(m_projectPath, path);
        if (copied && QFile::exists(m_projectPath + QStringLiteral("-wal")))
            copied = QFile::copy(m_projectPath + QStringLiteral("-wal"), path + QStringLiteral("-wal"));
        if (!copied) {
            removeWithCompanions(path);
            *error = tr("cannot write the backup %1: %2").arg(QDir::toNativeSeparators(path), why);
            return false;
        }
    }
    if (taken)
        *taken = describe(path);
    prune();
    return true;
}

void ProjectBackups::prune()
{
    const QList<ProjectBackup> all = list();
    const qint64 bound = qint64(kSizeFactor) * projectSize();
    qint64 total = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        total += all.at(i).size;
        // The newest is always kept, however large.
        if (i > 0 && (i >= kKept || total > bound))
            removeWithCompanions(all.at(i).path);
    }
}

bool ProjectBackups::restore(const QString &backupPath, QString *error, ProjectBackup *keptAs)
{
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    QString why;
    if (!QFileInfo::exists(backup)) {
        *error = tr("%1: no such backup").arg(QDir::toNativeSeparators(backupPath));
        return false;
    }
    if (!projectfiles::quickCheck(backup, &why)) {
        *error = tr("%1 is damaged and was not restored: %2").arg(QDir::toNativeSeparators(backupPath), why);
        return false;
    }
    {
        // What this version opens: an Uproot project it can read (the store's own checks on open).
        std::unique_ptr<ProjectStore> check =
            ProjectStore::open(backup, ProjectStore::OpenMode::ReadOnly, &why);
        if (!check) {
            *error = tr("the backup was not restored: %1").arg(why);
            return false;
        }
    }
    // What the trail held before: said in the restored file's audit line, since that trail is set aside.
    AuditHead before;
    if (QFileInfo::exists(m_projectPath)) {
        QString unreadable;
        if (std::unique_ptr<ProjectStore> current =
                ProjectStore::open(m_projectPath, ProjectStore::OpenMode::ReadOnly, &unreadable))
            before = current->audit().head();
    }
    ProjectBackup kept;
    if (QFileInfo::exists(m_projectPath) && !takeOfFile(tr("before restore"), &why, &kept)) {
        *error = tr("the project was not replaced, because it could not be backed up first: %1").arg(why);
        return false;
    }
    bool notADatabase = false;
    if (!QFileInfo::exists(m_projectPath) ||
        !projectfiles::restore(backup, m_projectPath, &why, &notADatabase)) {
        if (QFileInfo::exists(m_projectPath) && !notADatabase) {
            *error = tr("the backup could not be restored: %1; the project is as it was").arg(why);
            return false;
        }
        // Not a database any more (or gone): nothing can read it page by page, so the file itself is
        // replaced; its old bytes are in the backup just taken.
        const QString incoming = m_projectPath + QStringLiteral(".restoring");
        QFile::remove(incoming);
        if (!QFile::copy(backup, incoming)) {
            QFile::remove(incoming);
            *error = tr("cannot write %1").arg(QDir::toNativeSeparators(incoming));
            return false;
        }
        removeWithCompanions(m_projectPath);
        if (!QFile::rename(incoming, m_projectPath)) {
            *error = tr("cannot put the backup in place of %1; it is at %2")
                         .arg(QDir::toNativeSeparators(m_projectPath), QDir::toNativeSeparators(incoming));
            return false;
        }
    }
    if (keptAs)
        *keptAs = kept;
    recordRestore(backup, before, kept);
    return true;
}

void ProjectBackups::recordRestore(const QString &backup, const AuditHead &before,
                                   const ProjectBackup &kept) const
{
    // The heads pinned in the user's settings describe the trail set aside; the restored one starts again
    // from its own head, with a note of the restore, and then gets an audit line saying what was restored
    // from where. The project is restored either way: a note that cannot be written is said by `audit
    // --verify` (the pins then still describe the trail before).
    QString why;
    std::unique_ptr<Project> project = Project::open(m_projectPath, false, &why);
    if (!project)
        return;
    const AuditHead head = project->audit().head();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString beforeText = before.events > 0
                                   ? tr("%1 events, last SHA-256 %2").arg(before.events).arg(before.hash)
                                   : tr("a trail that could not be read");
    const QString keptText =
        kept.path.isEmpty() ? tr("no file was there") : tr("kept as %1").arg(QFileInfo(kept.path).fileName());
    AuditPins::restart(
        m_projectPath, project->audit().projectId(), {head, now, project->actor()},
        tr("restored on %1 by %2 from %3, which holds %4 events; the trail before (%5) was set "
           "aside, %6")
            .arg(now.toString(Qt::ISODate), project->actor(), QFileInfo(backup).fileName())
            .arg(head.events)
            .arg(beforeText, keptText));
    project->recordAuditNote(
        QStringLiteral("restore"),
        QStringLiteral("restored from the backup %1 (%2 events); the trail before the "
                       "restore had %3; %4")
            .arg(QFileInfo(backup).fileName(), QString::number(head.events), beforeText, keptText),
        &why);
}

} // namespace uproot
