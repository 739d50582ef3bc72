#pragma once

#include "model/project/planedit.h"

#include <QDate>

namespace uproot {

class Project;
class TaskTemplates;

// What a plan is made from beyond what the project stores.
struct PlanRequest
{
    QDate start;  // invalid: the start the project keeps, else each directive's begin-removal date
    QDate target; // invalid: the target the project keeps, else each directive's removal deadline
    QList<TeamRecord> teams;
    // Only move the tasks there are (a team's capacity or calendar changed): nothing is added or removed.
    bool rescheduleOnly = false;
};

// Computes, without writing, one schedule over every directive the project follows (the teams' capacity
// shared between them), the milestones that change with its finish, and the finish to keep: the edit a plan
// command or a team change writes in its unit of work.
bool buildPlan(Project &project, const TaskTemplates &templates, const PlanRequest &request, PlanEdit *edit,
               QString *error);
// The stored plan moved (nothing added or removed) to the project's teams and rules as the store reads them now:
// inside a command's unit of work, after its own writes, with the project's templates.
bool buildReschedule(Project &project, PlanEdit *edit, QString *error);

} // namespace uproot
