#pragma once

#include <QStringList>

namespace uproot::cli {

enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

// The arguments without the Qt window options (-style fusion, -platform offscreen ...) that come before the
// command or project; Qt reads them itself from argv. Only leading ones are taken, so a command's own option
// value that happens to look like one ("--agency -reverse") stays. namesPlatform: whether -platform was
// given.
QStringList withoutLeadingQtOptions(const QStringList &arguments, bool *namesPlatform = nullptr);
// True when the arguments name a command-line command (new, import, ...), --help or --version, rather than
// asking for the GUI.
bool isCommand(const QStringList &arguments);
// Runs the command; prints to stdout/stderr; returns the exit status (product.md §8).
int run(const QStringList &arguments);

QString usage();

} // namespace uproot::cli
