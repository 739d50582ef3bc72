#include "app/clisupport.h"

#include "model/project/project.h"
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

std::unique_ptr<Project> openProject(const QString &path, bool readOnly, int *code)
{
    QString error;
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
