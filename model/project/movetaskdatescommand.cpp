#include "model/project/movetaskdatescommand.h"

#include <QCoreApplication>

namespace uproot {

namespace {

QString span(const QDate &start, const QDate &due)
{
    const QString end = due.isValid() ? due.toString(Qt::ISODate) : QStringLiteral("-");
    return start.isValid() ? QStringLiteral("%1..%2").arg(start.toString(Qt::ISODate), end) : end;
}

} // namespace

MoveTaskDatesCommand::MoveTaskDatesCommand(Project *project, QList<TaskDateMove> moves, const QString &label)
    : ProjectCommand(project, label), m_moves(std::move(moves))
{
}

bool MoveTaskDatesCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not move the task's dates");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    QList<Id> ids;
    for (const TaskDateMove &m : std::as_const(m_moves)) {
        const PlanChanges::DateChange &d = m.dates;
        const QString before = span(d.fromStart, d.fromDue);
        const QString after = span(d.toStart, d.toDue);
        // One arg() call: a chained one would fill a "%1" inside a system's name.
        QString detail =
            QStringLiteral("%1 step %2: %3 -> %4")
                .arg(m.system, QString::number(m.step), forward ? before : after, forward ? after : before);
        const QDate hold = forward ? m.toNotBefore : m.fromNotBefore;
        const QDate held = forward ? m.fromNotBefore : m.toNotBefore;
        if (hold != held)
            detail += hold.isValid()
                          ? QStringLiteral("; held to start no earlier than %1 when re-planned")
                                .arg(hold.toString(Qt::ISODate))
                          : QStringLiteral("; hold on %1 released").arg(held.toString(Qt::ISODate));
        if (!work->setTaskDates(d.taskId, forward ? d.toStart : d.fromStart, forward ? d.toDue : d.fromDue) ||
            (m.fromNotBefore != m.toNotBefore &&
             !work->setTaskNotBefore(d.taskId, forward ? m.toNotBefore : m.fromNotBefore)) ||
            !work->appendAudit(actor(), QStringLiteral("task-dates"), detail))
            return fail(what, work->error());
        ids.append(d.taskId);
    }
    if (!work->commit())
        return fail(what, work->error());
    announce(ProjectChange::rowsEdited(ProjectChange::Tasks, ids));
    return true;
}

} // namespace uproot
