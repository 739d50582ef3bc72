#include "app/backupcommands.h"

#include "app/clisupport.h"
#include "model/project/projectbackups.h"
#include "model/project/projectlock.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace uproot::cli {

namespace {

UPROOT_DECLARE_TR_FUNCTION(cli)

QString describe(const ProjectBackup &b)
{
    return QStringLiteral("%1  %2  %3")
        .arg(b.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), b.reason,
             QLocale::c().formattedDataSize(b.size));
}

} // namespace

int cmdBackups(const QStringList &args)
{
    QCommandLineParser p;
    int code = Success;
    if (!parse(p, args, 1, 1, QStringLiteral("uproot backups PROJECT"), &code))
        return code;
    const QString path = p.positionalArguments().at(1);
    const ProjectBackups backups(path);
    const QList<ProjectBackup> all = backups.list();
    if (!QFileInfo::exists(path) && all.isEmpty())
        return fail(BadInput, tr("%1: no such project file, and no backups of one").arg(path));
    if (all.isEmpty()) {
        out(tr("%1 has no backups yet; they are taken before an import, planning and a change of a "
               "directive, "
               "in %2")
                .arg(path, QDir::toNativeSeparators(backups.folder())));
        return Success;
    }
    for (qsizetype i = 0; i < all.size(); ++i)
        out(QStringLiteral("%1  %2  %3")
                .arg(i + 1)
                .arg(describe(all.at(i)), QDir::toNativeSeparators(all.at(i).path)));
    return Success;
}

int cmdRestore(const QStringList &args)
{
    QCommandLineParser p;
    int code = Success;
    if (!parse(p, args, 2, 2, QStringLiteral("uproot restore PROJECT BACKUP"), &code))
        return code;
    const QString path = p.positionalArguments().at(1);
    const QString which = p.positionalArguments().at(2);
    ProjectBackups backups(path);
    const QList<ProjectBackup> all = backups.list();
    bool isNumber = false;
    const int number = which.toInt(&isNumber);
    QString backup;
    if (isNumber && !QFileInfo::exists(which)) {
        if (number < 1 || number > all.size())
            return fail(BadInput, all.isEmpty()
                                      ? tr("%1 has no backups").arg(path)
                                      : tr("BACKUP is a number from 1 to %1 (uproot backups %2), or a file")
                                            .arg(all.size())
                                            .arg(path));
        backup = all.at(number - 1).path;
    } else if (QFileInfo(which).isFile()) {
        backup = which;
    } else {
        return fail(BadInput, tr("%1: no such backup").arg(which));
    }
    // A restore is a writer like any other: it waits for the project's lock and holds it while it replaces.
    std::unique_ptr<ProjectLock> lock = lockProject(path, &code);
    if (!lock)
        return code;
    QString error;
    ProjectBackup kept;
    if (!backups.restore(backup, &error, &kept))
        return fail(Failure, tr("%1: %2").arg(path, error));
    out(tr("restored %1 from %2").arg(path, QDir::toNativeSeparators(backup)));
    if (!kept.path.isEmpty())
        out(tr("the project as it was is kept as %1").arg(QDir::toNativeSeparators(kept.path)));
    return Success;
}

} // namespace uproot::cli
