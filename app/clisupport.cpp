#include "app/clisupport.h"

#include "app/lockwaitprogress.h"
#include "model/project/project.h"
#include "model/project/projectaccess.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>

namespace uproot::cli {

UPROOT_DECLARE_TR_FUNCTION(cli)

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

void warn(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("uproot: warning: ") + message + QLatin1Char('\n')), stderr);
}

int fail(int code, const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("uproot: ") + message + QLatin1Char('\n')), stderr);
    return code;
}


bool parse(QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional,
           const QString &synopsis, int *code)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *code = fail(BadInput, parser.errorText() + QLatin1Char('\n') + tr("usage: %1").arg(synopsis));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(tr("usage: %1").arg(synopsis));
        *code = Success;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size() - 1; // the first is the command
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        *code = fail(BadInput, tr("usage: %1").arg(synopsis));
        return false;
    }
    return true;
}

namespace {

// How long a writer waits for another to finish: UPROOT_LOCK_WAIT seconds (scripts that would rather fail at
// once set 0), else 10.
int lockWaitMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("UPROOT_LOCK_WAIT", &ok);
    return ok && seconds >= 0 ? seconds * 1000 : 10000;
}

} // namespace

std::unique_ptr<ProjectLock> lockProject(const QString &path, int *code)
{
    WriterAccess access;
    std::unique_ptr<ProjectLock> lock;
    QString error;
    {
        LockWaitProgress progress(path);
        access.waitMs = lockWaitMs();
        access.waiting = [&progress](int remainingMs, const LockHolder &holder) {
            progress.waiting(remainingMs, holder);
        };
        lock = lockForWriting(path, &access, &error);
    }
    reportLock(path, access, lock != nullptr, error, code);
    return lock;
}

void reportLock(const QString &path, const WriterAccess &access, bool opened, const QString &error, int *code)
{
    if (!access.clearedStale.isNull())
        warn(tr("%1: cleared the lock left by %2, which no longer runs").arg(path, access.clearedStale.describe()));
    if (opened)
        return;
    if (!access.heldBy.isNull())
        *code = fail(Failure, error + QLatin1Char('\n') +
                                  tr("Nothing was changed. Try again when it is done (waited %n s).", nullptr,
                                     lockWaitMs() / 1000));
    else
        *code = fail(Failure, error);
}

std::unique_ptr<Project> openProject(const QString &path, bool readOnly, int *code)
{
    QString error;
    if (!readOnly && QFileInfo::exists(path)) {
        // A writer keeps the project's lock record while it runs, and waits a while for another to finish.
        std::unique_ptr<ProjectLock> lock = lockProject(path, code);
        if (!lock)
            return nullptr;
        ProjectStore::OpenFailure failure = ProjectStore::OpenFailure::None;
        std::unique_ptr<Project> project = Project::open(path, false, &error, &failure);
        if (!project) {
            *code = fail(failure == ProjectStore::OpenFailure::NotAProject ? BadInput : Failure, error);
            return nullptr;
        }
        lock.release()->setParent(project.get());
        return project;
    }
    // A command that only reads still opens a writable file normally: a read-only SQLite connection cannot
    // checkpoint the write-ahead log, and would leave -wal and -shm files beside the project.
    const QFileInfo info(path);
    if (readOnly && info.exists() && info.isWritable())
        readOnly = false;
    ProjectStore::OpenFailure failure = ProjectStore::OpenFailure::None;
    std::unique_ptr<Project> project = Project::open(path, readOnly, &error, &failure);
    // Naming something that is no project is the user's mistake; a project refused by its check, or one that
    // cannot be opened, is not: nothing is done with it either way.
    if (!project)
        *code = fail(failure == ProjectStore::OpenFailure::NotAProject ? BadInput : Failure, error);
    return project;
}

bool readsSound(const Project &project, int *code)
{
    const QString fault = project.readFault();
    if (fault.isEmpty())
        return true;
    *code = fail(Failure, tr("%1: a read from the project failed, so what was read is incomplete: %2")
                              .arg(project.path(), fault));
    return false;
}

void addAsOfOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("as-of"),
                      tr("The status date overdue and remaining work count from (default: today)."), tr("DATE")});
}

bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *date, int *code)
{
    if (!parser.isSet(name))
        return true;
    *date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date->isValid()) {
        *code = fail(BadInput, tr("--%1 wants a date as YYYY-MM-DD, not \u201c%2\u201d").arg(name, parser.value(name)));
        return false;
    }
    return true;
}

bool takeAsOf(const QCommandLineParser &parser, Project &project, int *code)
{
    QDate asOf;
    if (!dateOption(parser, QStringLiteral("as-of"), &asOf, code))
        return false;
    if (asOf.isValid())
        project.setAsOfForSession(asOf);
    return true;
}

} // namespace uproot::cli
