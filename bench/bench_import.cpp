// import_1m_ratio_vs_sqlite3, import_1m_peak_rss, import_10m_peak_rss (issue 3, product.md "Performance"):
// the real `uproot import` against Debian's sqlite3 CLI `.import` of the same file into a scratch database,
// each in a child process so wall time and peak memory are those of that program alone.
#include "bench/benchmark.h"
#include "bench/childprocess.h"
#include "bench/sccmcsvgenerator.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <cstdio>

namespace uproot::bench {

namespace {

QString uprootExe()
{
    return QStringLiteral(UPROOT_EXE);
}

struct ImportFigures
{
    bool ok = false;
    double seconds = 0;
    double peakRssMb = 0;
};

ImportFigures importInto(const QString &csv, const QString &tag)
{
    const QString project = scratchDir() + QStringLiteral("/bench-%1.uproot").arg(tag);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(project + suffix);
    if (runChild(uprootExe(), {QStringLiteral("new"), project, QStringLiteral("--directive"),
                               QStringLiteral("bod-17-01")})
            .exitCode != 0) {
        std::fprintf(stderr, "uproot new failed\n");
        return {};
    }
    const ChildRun run = runChild(uprootExe(), {QStringLiteral("import"), project, csv});
    if (run.exitCode != 0) {
        std::fprintf(stderr, "uproot import failed with %d\n", run.exitCode);
        return {};
    }
    return {true, run.seconds, run.peakRssMb};
}


bool import1m()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "sqlite3 (Debian's package sqlite3) is not installed\n");
        return false;
    }
    const QString csv = generatedSccmCsv(1000000);
    if (csv.isEmpty())
        return false;
    std::fprintf(stderr, "file: %.1f MB\n", QFile(csv).size() / 1e6);
    // Baseline: sqlite3 storing the raw text into a fresh table, nothing else.
    const QString scratch = scratchDir() + QStringLiteral("/scratch.db");
    QFile::remove(scratch);
    const ChildRun baseline =
        runChild(sqlite3, {scratch, QStringLiteral(".import --csv %1 raw").arg(csv)});
    if (baseline.exitCode != 0) {
        std::fprintf(stderr, "sqlite3 .import failed\n");
        return false;
    }
    const ImportFigures ours = importInto(csv, QStringLiteral("1m"));
    if (!ours.ok)
        return false;
    report(QStringLiteral("import_1m_seconds"), ours.seconds, QStringLiteral("s"));
    report(QStringLiteral("import_1m_sqlite3_seconds"), baseline.seconds, QStringLiteral("s"));
    report(QStringLiteral("import_1m_ratio_vs_sqlite3"), ours.seconds / baseline.seconds, QStringLiteral("ratio"));
    report(QStringLiteral("import_1m_peak_rss"), ours.peakRssMb, QStringLiteral("MB"));
    return true;
}

bool import10m()
{
    const QString csv = generatedSccmCsv(10000000);
    if (csv.isEmpty())
        return false;
    const ImportFigures ours = importInto(csv, QStringLiteral("10m"));
    if (!ours.ok)
        return false;
    report(QStringLiteral("import_10m_seconds"), ours.seconds, QStringLiteral("s"));
    report(QStringLiteral("import_10m_peak_rss"), ours.peakRssMb, QStringLiteral("MB"));
    return true;
}

const Registrar r1("import_1m_ratio_vs_sqlite3",
                   "import + detect 1,000,000 Configuration Manager rows vs sqlite3 .import; also peak RSS",
                   import1m, {QStringLiteral("import_1m_peak_rss"), QStringLiteral("import_1m_seconds")});
const Registrar r2("import_10m_peak_rss", "import + detect 10,000,000 rows: peak RSS", import10m,
                   {QStringLiteral("import_10m_seconds")});

} // namespace
} // namespace uproot::bench
