#include "app/templatecommands.h"

#include "app/clisupport.h"
#include "model/documents/writefailure.h"
#include "model/project/project.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <cerrno>

namespace uproot::cli {

UPROOT_DECLARE_TR_FUNCTION(cli)

namespace {

QString anyOr(const QString &value)
{
    return value.isEmpty() ? tr("any") : value;
}

void list(Project &project, const TaskTemplates &set)
{
    out(project.keepsTaskTemplates() ? tr("task templates kept in the project:")
                                     : tr("task templates: the shipped set (the project keeps no copy yet)"));
    for (const TaskTemplate &t : set.all()) {
        out(QString());
        out(tr("%1: %2").arg(t.identifier(), t.title()));
        for (qsizetype i = 0; i < t.steps().size(); ++i) {
            const TaskTemplate::Step &s = t.steps()[i];
            const QString days = s.days == 1 ? tr("1 working day") : tr("%1 working days").arg(s.days);
            out(tr("  %1. [%2] %3 (%4, %5%6)")
                    .arg(i + 1)
                    .arg(s.id, s.title, s.planning ? tr("planning") : tr("removal"), days,
                         s.after.isEmpty() ? QString() : tr("; after %1").arg(s.after.join(QStringLiteral(", ")))));
        }
    }
    out(QString());
    out(tr("rules (the first that matches a system's directive and kind chooses):"));
    for (qsizetype i = 0; i < set.rules().size(); ++i) {
        const TaskTemplates::Rule &r = set.rules()[i];
        out(tr("  %1. directive %2, kind %3 -> %4")
                .arg(i + 1)
                .arg(anyOr(r.directive), anyOr(r.kind), r.templateId));
    }
}

} // namespace

int cmdTemplate(const QStringList &args)
{
    QCommandLineParser p;
    int code = Success;
    const QString synopsis = QStringLiteral("uproot template PROJECT list | export FILE | import FILE");
    if (!parse(p, args, 2, 3, synopsis, &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.at(2);
    const bool isList = action == QLatin1String("list");
    if (!isList && action != QLatin1String("export") && action != QLatin1String("import"))
        return fail(BadInput, tr("template: unknown action \u201c%1\u201d\nusage: %2").arg(action, synopsis));
    if (isList != (pos.size() == 3))
        return fail(BadInput, tr("usage: %1").arg(synopsis));
    const bool isImport = action == QLatin1String("import");
    std::unique_ptr<Project> project = openProject(pos.at(1), !isImport, &code);
    if (!project)
        return code;
    QString error;
    if (isImport) {
        const QString path = pos.at(3);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(BadInput, tr("%1: cannot read: %2").arg(path, file.errorString()));
        TaskTemplates set;
        // Checked whole before anything is written: a refused file leaves the project as it was.
        if (!TaskTemplates::fromJson(file.readAll(), path, &set, &error))
            return fail(BadInput, error);
        if (!project->setTaskTemplates(set, &error))
            return fail(Failure, error);
        out(tr("%1: %n task template(s) and their rules now in the project", nullptr, int(set.all().size()))
                .arg(project->path()));
        return Success;
    }
    TaskTemplates set;
    if (!project->taskTemplates(&set, &error))
        return fail(Failure, error);
    if (isList) {
        list(*project, set);
        return Success;
    }
    const QString output = pos.at(3);
    // Written to a temporary file and renamed at the end: a failed export leaves no half file behind.
    QSaveFile file(output);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly) || file.write(set.toJson()) < 0 || !file.commit()) {
        const int systemError = errno;
        return fail(Failure, tr("%1: cannot write: %2").arg(output, writeFailureReason(file, systemError)));
    }
    out(tr("wrote %1").arg(output));
    return Success;
}

} // namespace uproot::cli
