#pragma once

#include <QStringList>

namespace uproot::cli {

enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

// True when the arguments name a command-line command (new, import, ...), --help or --version, rather than
// asking for the GUI.
bool isCommand(const QStringList &arguments);
// Runs the command; prints to stdout/stderr; returns the exit status (product.md §8).
int run(const QStringList &arguments);

QString usage();

} // namespace uproot::cli
