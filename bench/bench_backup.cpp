// backup_1m_ratio_vs_import (issue 14 "Performance"): the rolling backup Uproot takes before a bulk change,
// of a project with 1,000,000 installations, against the `uproot import` that made that project. The import
// runs as the real program in a child process; the backup is the one a command takes (SQLite's online backup
// into the project's backup folder, then pruning), timed in this process on a store opened as a command opens
// it.
#include "bench/benchmark.h"
#include "bench/childprocess.h"
#include "bench/sccmcsvgenerator.h"
#include "model/project/projectbackup.h"
#include "model/project/projectbackups.h"
#include "model/store/projectstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

namespace uproot::bench {

namespace {

bool backup1m()
{
    const QString csv = generatedSccmCsv(1000000);
    if (csv.isEmpty())
        return false;
    const QString project = scratchDir() + QStringLiteral("/bench-backup.uproot");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(project + suffix);
    QDir(ProjectBackups(project).folder()).removeRecursively();
    const QString exe = QStringLiteral(UPROOT_EXE);
    if (runChild(exe,
                 {QStringLiteral("new"), project, QStringLiteral("--directive"), QStringLiteral("bod-17-01")})
            .exitCode != 0) {
        std::fprintf(stderr, "uproot new failed\n");
        return false;
    }
    const ChildRun import = runChild(exe, {QStringLiteral("import"), project, csv});
    if (import.exitCode != 0) {
        std::fprintf(stderr, "uproot import failed with %d\n", import.exitCode);
        return false;
    }
    QString error;
    std::unique_ptr<ProjectStore> store =
        ProjectStore::open(project, ProjectStore::OpenMode::OpenExisting, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const qint64 installations = store->inventory().installationCount();
    ProjectBackups backups(project);
    ProjectBackup taken;
    QElapsedTimer timer;
    timer.start();
    if (!backups.take(*store, QStringLiteral("benchmark"), &error, &taken)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::fprintf(stderr, "%lld installations; project %.1f MB, backup %.1f MB\n",
                 static_cast<long long>(installations), QFile(project).size() / 1e6, taken.size / 1e6);
    report(QStringLiteral("backup_1m_seconds"), seconds, QStringLiteral("s"));
    report(QStringLiteral("backup_1m_import_seconds"), import.seconds, QStringLiteral("s"));
    report(QStringLiteral("backup_1m_ratio_vs_import"), seconds / import.seconds, QStringLiteral("ratio"));
    report(QStringLiteral("backup_1m_mb"), taken.size / 1e6, QStringLiteral("MB"));
    return true;
}

const Registrar
    r("backup_1m_ratio_vs_import",
      "a rolling backup of a 1,000,000-installation project vs the import that made it (at most 1)", backup1m,
      {QStringLiteral("backup_1m_seconds"), QStringLiteral("backup_1m_mb")});

} // namespace
} // namespace uproot::bench
