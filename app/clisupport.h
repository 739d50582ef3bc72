#pragma once

#include "app/cli.h"

#include <QDate>
#include <QString>
#include <memory>

class QCommandLineParser;

namespace uproot {
class Project;
class ProjectLock;
struct WriterAccess;
}

namespace uproot::cli {

// What every command shares: printing, failing with an exit status, parsing its options, opening its project.
void out(const QString &text);
int fail(int code, const QString &message);
// Something the person should know that does not stop the command ("uproot: warning: ..." on stderr).
void warn(const QString &message);
// Parses options for one command; on a usage error prints it and returns false with code set to BadInput.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional,
           const QString &synopsis, int *code);
// A project to change (readOnly false) is opened with its lock held (the lock goes with the project); when
// another writer holds it past the wait, the command fails with exit 1 naming who.
std::unique_ptr<Project> openProject(const QString &path, bool readOnly, int *code);
// Before a command reports success: false, with the message and exit status 1, when a read of the project
// failed because the file is not as expected (what was printed or written from it cannot be trusted).
bool readsSound(const Project &project, int *code);
// The lock alone, waited for with progress on stderr; null (code set, the message printed) when it is held.
std::unique_ptr<ProjectLock> lockProject(const QString &path, int *code);
// Prints what taking a lock came to: a stale lock cleared (a warning), or who holds it (exit 1).
void reportLock(const QString &path, const WriterAccess &access, bool opened, const QString &error, int *code);
// --as-of DATE: the status date for this run.
void addAsOfOption(QCommandLineParser &parser);
bool takeAsOf(const QCommandLineParser &parser, Project &project, int *code);
// A date option (YYYY-MM-DD); false with a usage error when it is set and not a date.
bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *date, int *code);

} // namespace uproot::cli
