#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace uproot::bench {

// A benchmark prints its figures with report(); the program runs those named on the command line, or all.
struct Benchmark
{
    const char *name;
    const char *description;
    std::function<bool()> run; // false when it could not measure (the reason printed to stderr)
    QStringList alsoReports;   // other figure names it prints; naming one of them on the command line runs it
};

std::vector<Benchmark> &registry();

struct Registrar
{
    Registrar(const char *name, const char *description, std::function<bool()> run, QStringList alsoReports = {})
    {
        registry().push_back({name, description, std::move(run), std::move(alsoReports)});
    }
};

// Prints one line "BENCH <name> <value> <unit>".
void report(const QString &name, double value, const QString &unit);
// Peak resident set size of this process so far, in MB (from /proc/self/status VmHWM).
double peakRssMb();
// A scratch folder for generated data, removed at exit unless UPROOT_BENCH_KEEP is set.
QString scratchDir();

} // namespace uproot::bench
