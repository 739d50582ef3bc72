#pragma once

#include <QString>
#include <QStringList>

namespace uproot::bench {

struct ChildRun
{
    int exitCode = -1;
    double seconds = 0;
    double peakRssMb = 0; // the child's own peak resident set size (wait4's ru_maxrss)
};

// Runs a program to completion with its output discarded, measuring wall time and peak memory of that child alone.
ChildRun runChild(const QString &program, const QStringList &arguments, const QString &stdinFile = {});

} // namespace uproot::bench
