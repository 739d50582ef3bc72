#include "model/project/planbuilder.h"

#include "model/project/directivebinding.h"
#include "model/project/project.h"
#include "model/project/projectsettings.h"

#include <QCoreApplication>

namespace uproot {

namespace {

bool sameMilestones(const QList<MilestoneRecord> &a, const QList<MilestoneRecord> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const MilestoneRecord &x, const MilestoneRecord &y) {
                          return x.sequence == y.sequence && x.kind == y.kind && x.title == y.title &&
                                 x.due == y.due && x.warning == y.warning;
                      });
}

} // namespace

bool buildPlan(Project &project, const TaskTemplates &templates, const PlanRequest &request, PlanEdit *edit,
               QString *error)
{
    *edit = PlanEdit{};
    SettingsReader &settings = project.settings();
    const QDate keptStart =
        QDate::fromString(settings.value(QString::fromLatin1(settingkeys::planStart)), Qt::ISODate);
    const QDate keptTarget =
        QDate::fromString(settings.value(QString::fromLatin1(settingkeys::planTarget)), Qt::ISODate);
    const QDate start = request.start.isValid() ? request.start : keptStart;
    const QDate target = request.target.isValid() ? request.target : keptTarget;

    ScheduleInput input;
    input.teams = request.teams;
    input.systemsPerDay = project.systemsPerDay();
    input.rescheduleOnly = request.rescheduleOnly;
    const QList<DirectiveRecord> directives = project.directives();
    for (const DirectiveRecord &d : directives) {
        DirectiveWindow w;
        w.directiveId = d.id;
        w.code = d.code;
        w.removalStart = start;
        w.target = target;
        for (const MilestoneRecord &m : project.directiveRecords().milestones(d.id)) {
            if (m.kind == QLatin1String("begin-removal") && !w.removalStart.isValid())
                w.removalStart = m.due;
            if (m.kind == QLatin1String("plan-of-action") && !w.planDue.isValid())
                w.planDue = m.due;
            if (m.kind == QLatin1String("removal-deadline") && !w.target.isValid())
                w.target = m.due;
        }
        // A directive without a begin-removal milestone (a removal deadline, a prohibition date) has removal
        // start when it is issued: a fixed date, so work not done by its due date shows as overdue on every
        // re-plan.
        if (!w.removalStart.isValid())
            w.removalStart = d.issued.isValid() ? d.issued : QDate::currentDate();
        if (w.target.isValid() && w.target < w.removalStart) {
            *error =
                QCoreApplication::translate("Planner", "%1: the target %2 is before removal starts on %3")
                    .arg(d.code, w.target.toString(Qt::ISODate), w.removalStart.toString(Qt::ISODate));
            return false;
        }
        input.directives.append(w);
    }
    Planner planner(project.findings(), project.tasks(), templates);
    if (!planner.plan(input, &edit->changes, &edit->result, error))
        return false;

    // The finish recurring milestones run to: projected, or the last task's date when every task is done
    // (their dates are kept, so the projection is then the actual finish).
    const QDate finish = edit->result.projectedFinish;
    edit->finishBefore = settings.value(QString::fromLatin1(settingkeys::planFinish));
    edit->finishAfter = finish.isValid() ? finish.toString(Qt::ISODate) : QString();
    for (const DirectiveRecord &d : directives) {
        PlanEdit::Milestones m;
        m.directiveId = d.id;
        m.before = project.directiveRecords().milestones(d.id);
        if (!datedMilestones(d, finish, &m.after, error)) {
            *error = QCoreApplication::translate("Planner", "%1: %2").arg(d.code, *error);
            return false;
        }
        if (!sameMilestones(m.before, m.after))
            edit->milestones.append(m);
    }
    return true;
}

bool buildReschedule(Project &project, PlanEdit *edit, QString *error)
{
    TaskTemplates templates;
    return project.taskTemplates(&templates, error)
           && buildPlan(project, templates, {{}, {}, project.teams().all(), true}, edit, error);
}

} // namespace uproot
