#include "app/taskcommands.h"

#include "app/clisupport.h"
#include "model/project/project.h"
#include "model/project/taskevidencecommand.h"
#include "model/project/taskevidencefile.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QHash>

namespace uproot::cli {

UPROOT_DECLARE_TR_FUNCTION(cli)

namespace {

const char kSynopsis[] =
    "uproot task PROJECT list [--system NAME] [--status S] [--directive ID]\n"
    "       uproot task PROJECT set SYSTEM STEP [--status S] [--reason TEXT] [--notes TEXT]\n"
    "       uproot task PROJECT attach SYSTEM STEP FILE\n"
    "       uproot task PROJECT reference SYSTEM STEP TEXT\n"
    "       uproot task PROJECT show SYSTEM STEP\n"
    "       uproot task PROJECT detach SYSTEM STEP EVIDENCE\n"
    "       uproot task PROJECT save SYSTEM STEP EVIDENCE FILE\n"
    "  S: to-do, in-progress, blocked, done, skipped (blocked and skipped need --reason)";

// "in-progress", "In Progress", "todo" and "to do" all name a status.
bool statusOption(const QString &text, TaskStatus *status)
{
    QString words = text.trimmed().toLower();
    words.replace(u'-', u' ').replace(u'_', u' ');
    if (words == QLatin1String("todo"))
        words = QStringLiteral("to do");
    bool ok = false;
    *status = taskStatusFromString(words, &ok);
    return ok;
}

// Every task of the project, or of the directive with that code.
QList<TaskRecord> tasksOf(Project &project, const QString &directive)
{
    QList<TaskRecord> all;
    for (const DirectiveRecord &d : project.directives()) {
        if (directive.isEmpty() || d.code.compare(directive, Qt::CaseInsensitive) == 0)
            all += project.tasks().tasksOfDirective(d.id);
    }
    return all;
}

// The one task of SYSTEM at STEP; a usage error naming what is wrong otherwise.
bool findTask(Project &project, const QString &directive, const QString &system, const QString &stepText,
              TaskRecord *task, int *code)
{
    bool ok = false;
    const int step = stepText.toInt(&ok);
    if (!ok || step < 1) {
        *code = fail(BadInput, tr("task: the step is a number from 1, not \u201c%1\u201d").arg(stepText));
        return false;
    }
    QList<TaskRecord> found;
    bool systemKnown = false;
    for (const TaskRecord &t : tasksOf(project, directive)) {
        if (t.system.compare(system, Qt::CaseInsensitive) != 0)
            continue;
        systemKnown = true;
        if (t.step == step)
            found.append(t);
    }
    if (found.size() == 1) {
        *task = found.first();
        return true;
    }
    if (found.size() > 1)
        *code = fail(BadInput,
                     tr("task: %1 has a step %2 under more than one directive; name one with --directive ID")
                         .arg(system, QString::number(step)));
    else if (systemKnown)
        *code = fail(BadInput, tr("task: %1 has no step %2").arg(system, QString::number(step)));
    else
        *code = fail(
            BadInput,
            tr("task: %1 has no tasks in %2 (plan first: uproot plan PROJECT)").arg(system, project.path()));
    return false;
}

QString line(const TaskRecord &t)
{
    QString text =
        QStringLiteral("%1\tstep %2\t%3\t%4\t%5")
            .arg(t.system, QString::number(t.step), taskStatusText(t.status, t.reason),
                 t.due.isValid() ? tr("due %1").arg(t.due.toString(Qt::ISODate)) : tr("no due date"),
                 t.title);
    if (t.evidence > 0)
        text += tr("\t%n evidence item(s)", nullptr, t.evidence);
    return text;
}

int show(Project &project, const TaskRecord &t)
{
    out(tr("%1 step %2: %3").arg(t.system, QString::number(t.step), t.title));
    out(tr("status: %1").arg(taskStatusText(t.status, t.reason)));
    if (t.due.isValid())
        out(tr("due: %1").arg(t.due.toString(Qt::ISODate)));
    if (!t.owner.isEmpty())
        out(tr("owner: %1").arg(t.owner));
    if (!t.notes.isEmpty())
        out(tr("notes: %1").arg(t.notes));
    const QList<TaskEvidenceRecord> evidence = project.tasks().evidenceOfTask(t.id);
    if (evidence.isEmpty())
        out(tr("evidence: none"));
    for (const TaskEvidenceRecord &e : evidence) {
        out(tr("evidence %1: %2, added by %3 at %4")
                .arg(QString::number(e.id), describeEvidence(e), e.addedBy, e.addedAt.toString(Qt::ISODate)));
    }
    return Success;
}

// detach EVIDENCE, or save EVIDENCE FILE: the evidence is named by the number `show` prints, and must belong
// to the task named, so that a mistyped number cannot remove another system's evidence.
int evidenceOf(Project &project, const TaskRecord &task, const QStringList &args, bool save)
{
    bool number = false;
    const Id id = args.first().toLongLong(&number);
    const TaskEvidenceRecord e = number ? project.tasks().evidenceItem(id) : TaskEvidenceRecord{};
    if (!number || !e.id || e.taskId != task.id)
        return fail(BadInput,
                    tr("%1 step %2 has no evidence \u201c%3\u201d (uproot task PROJECT show %1 %2 lists it)")
                        .arg(task.system, QString::number(task.step), args.first()));
    QString error;
    if (save) {
        if (e.kind != TaskEvidenceRecord::Kind::File)
            return fail(BadInput,
                        tr("evidence %1 is a reference (%2), not a file").arg(args.first(), e.name));
        if (!project.saveTaskEvidenceCopy(e.id, args.at(1), &error))
            return fail(Failure, error);
        out(tr("evidence %1: saved \u201c%2\u201d to %3 (SHA-256 checked)")
                .arg(args.first(), e.name, args.at(1)));
        return Success;
    }
    if (!project.removeTaskEvidence(e.id, &error))
        return fail(Failure, error);
    out(tr("%1 step %2: evidence %3 removed: %4")
            .arg(task.system, QString::number(task.step), args.first(), describeEvidence(e)));
    return Success;
}

int list(Project &project, const QCommandLineParser &p)
{
    const QString system = p.value(QStringLiteral("system"));
    TaskStatus status = TaskStatus::ToDo;
    const bool byStatus = p.isSet(QStringLiteral("status"));
    if (byStatus && !statusOption(p.value(QStringLiteral("status")), &status))
        return fail(BadInput,
                    tr("--status: \u201c%1\u201d is not a status; one of to-do, in-progress, blocked, done, "
                       "skipped")
                        .arg(p.value(QStringLiteral("status"))));
    int shown = 0;
    for (const TaskRecord &t : tasksOf(project, p.value(QStringLiteral("directive")))) {
        if ((!system.isEmpty() && t.system.compare(system, Qt::CaseInsensitive) != 0) ||
            (byStatus && t.status != status))
            continue;
        out(line(t));
        ++shown;
    }
    if (shown == 0)
        out(tr("no tasks match"));
    return Success;
}

int set(Project &project, const QCommandLineParser &p, const TaskRecord &task)
{
    const bool hasStatus = p.isSet(QStringLiteral("status"));
    const bool hasReason = p.isSet(QStringLiteral("reason"));
    const bool hasNotes = p.isSet(QStringLiteral("notes"));
    if (!hasStatus && !hasReason && !hasNotes)
        return fail(BadInput, tr("task set: give --status, --reason or --notes\nusage: %1")
                                  .arg(QString::fromLatin1(kSynopsis)));
    TaskStatus status = task.status;
    if (hasStatus && !statusOption(p.value(QStringLiteral("status")), &status))
        return fail(BadInput,
                    tr("--status: \u201c%1\u201d is not a status; one of to-do, in-progress, blocked, done, "
                       "skipped")
                        .arg(p.value(QStringLiteral("status"))));
    const QString reason = hasReason ? p.value(QStringLiteral("reason")).simplified() : task.reason;
    if (taskStatusNeedsReason(status) && reason.isEmpty())
        return fail(BadInput, tr("%1 step %2: --status %3 needs --reason TEXT (why)")
                                  .arg(task.system, QString::number(task.step), toString(status)));
    if (hasReason && !taskStatusNeedsReason(status))
        return fail(BadInput, tr("--reason goes with --status blocked or skipped; %1 step %2 would be %3")
                                  .arg(task.system, QString::number(task.step), toString(status)));
    QString error;
    const QString notes = p.value(QStringLiteral("notes"));
    // Status and notes together are one step (both land or neither does).
    const bool done = (hasStatus || hasReason) && hasNotes
                          ? project.setTaskStatusAndNotes(task.id, status, reason, notes, &error)
                      : hasNotes ? project.setTaskNotes(task.id, notes, &error)
                                 : project.setTaskStatuses({task.id}, status, reason, &error);
    if (!done)
        return fail(Failure, error);
    const TaskRecord now = project.tasks().task(task.id);
    out(tr("%1 step %2: %3")
            .arg(now.system, QString::number(now.step), taskStatusText(now.status, now.reason)));
    return Success;
}

} // namespace

int cmdTask(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("system"), tr("Only the tasks of this system (list)."), tr("NAME")});
    p.addOption({QStringLiteral("status"), tr("to-do, in-progress, blocked, done or skipped."), tr("S")});
    p.addOption({QStringLiteral("reason"), tr("Why the task is blocked or skipped."), tr("TEXT")});
    p.addOption({QStringLiteral("notes"), tr("The task's notes (an empty value clears them)."), tr("TEXT")});
    p.addOption({QStringLiteral("directive"),
                 tr("The directive whose tasks are meant, when there are several."), tr("ID")});
    int code = Success;
    const QString synopsis = QString::fromLatin1(kSynopsis);
    if (!parse(p, args, 2, 6, synopsis, &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.at(2);
    // Positional arguments after the action: SYSTEM STEP and, for attach, reference and detach, one more
    // (save: two).
    static const QHash<QString, int> kArguments{
        {QStringLiteral("list"), 0},   {QStringLiteral("set"), 2},       {QStringLiteral("show"), 2},
        {QStringLiteral("attach"), 3}, {QStringLiteral("reference"), 3}, {QStringLiteral("detach"), 3},
        {QStringLiteral("save"), 4}};
    if (!kArguments.contains(action))
        return fail(BadInput, tr("task: unknown action \u201c%1\u201d\nusage: %2").arg(action, synopsis));
    if (pos.size() - 3 != kArguments.value(action))
        return fail(BadInput, tr("usage: %1").arg(synopsis));
    const bool reads =
        action == QLatin1String("list") || action == QLatin1String("show") || action == QLatin1String("save");
    // A file that cannot be taken as evidence is refused before the project is opened for writing.
    TaskEvidenceRecord file;
    QString error;
    if (action == QLatin1String("attach") && !readEvidenceFile(pos.at(5), &file, &error))
        return fail(BadInput, error);
    std::unique_ptr<Project> project = openProject(pos.at(1), reads, &code);
    if (!project)
        return code;
    const QString directive = p.value(QStringLiteral("directive"));
    if (!directive.isEmpty() && tasksOf(*project, directive).isEmpty()) {
        bool followed = false;
        for (const DirectiveRecord &d : project->directives())
            followed = followed || d.code.compare(directive, Qt::CaseInsensitive) == 0;
        if (!followed)
            return fail(BadInput,
                        tr("--directive: %1 does not follow \u201c%2\u201d").arg(pos.at(1), directive));
    }
    if (action == QLatin1String("list"))
        return list(*project, p);
    TaskRecord task;
    if (!findTask(*project, directive, pos.at(3), pos.at(4), &task, &code))
        return code;
    if (action == QLatin1String("show"))
        return show(*project, task);
    if (action == QLatin1String("set"))
        return set(*project, p, task);
    if (action == QLatin1String("detach") || action == QLatin1String("save"))
        return evidenceOf(*project, task, pos.mid(5), action == QLatin1String("save"));
    Id id = 0;
    if (action == QLatin1String("attach")) {
        if (!project->addTaskEvidence(task.id, file, &error, &id))
            return fail(Failure, error);
    } else {
        if (pos.at(5).simplified().isEmpty())
            return fail(BadInput, tr("task reference: the reference is empty"));
        if (!project->addTaskReference(task.id, pos.at(5), &error, &id))
            return fail(Failure, error);
    }
    out(tr("%1 step %2: evidence %3: %4")
            .arg(task.system, QString::number(task.step), QString::number(id),
                 describeEvidence(project->tasks().evidenceItem(id))));
    return Success;
}

} // namespace uproot::cli
