#include "bench/benchmark.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace uproot::bench {

std::vector<Benchmark> &registry()
{
    static std::vector<Benchmark> all;
    return all;
}

void report(const QString &name, double value, const QString &unit)
{
    std::printf("BENCH %s %.4g %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QString scratchDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    if (!dir) {
        dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/uproot-bench-XXXXXX"));
        dir->setAutoRemove(qEnvironmentVariableIsEmpty("UPROOT_BENCH_KEEP"));
    }
    return dir->path();
}

} // namespace uproot::bench

int main(int argc, char **argv)
{
    // QtGui is needed by the document benchmarks (fonts, QPdfWriter); the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    using namespace uproot::bench;
    QStringList wanted = app.arguments().mid(1);
    if (wanted.contains(QStringLiteral("--list"))) {
        for (const Benchmark &b : registry()) {
            std::printf("%-28s %s\n", b.name, b.description);
            for (const QString &other : b.alsoReports)
                std::printf("%-28s (figure printed by %s)\n", qPrintable(other), b.name);
        }
        return 0;
    }
    int failures = 0;
    int ran = 0;
    for (const Benchmark &b : registry()) {
        const QString name = QString::fromLatin1(b.name);
        const bool named = wanted.contains(name)
            || std::any_of(b.alsoReports.cbegin(), b.alsoReports.cend(),
                           [&](const QString &other) { return wanted.contains(other); });
        if (!wanted.isEmpty() && !named)
            continue;
        ++ran;
        std::fprintf(stderr, "running %s: %s\n", b.name, b.description);
        if (!b.run()) {
            std::fprintf(stderr, "benchmark %s could not measure\n", b.name);
            ++failures;
        }
    }
    if (ran == 0) {
        std::fprintf(stderr, "no benchmark matched; --list shows them\n");
        return 2;
    }
    return failures ? 1 : 0;
}
