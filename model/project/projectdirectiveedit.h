#pragma once

#include "model/project/reevaluation.h"

#include <QString>

namespace uproot {

class Project;

// A person's edit of the text of the project's copy of a directive (its rules, exclusions and milestones):
// checked first, then applied through the project's undo stack, which re-evaluates the findings at once.
struct ProjectDirectiveEdit
{
    enum class Status {
        Changed,   // the project uses the new definition; Edit > Undo puts the old one back
        Unchanged, // the text says what the copy already says; nothing was done
        Refused,   // not valid, not exactly one directive, another id, or not followed; nothing was done
    };

    // code: the id of the directive the project follows, which its copy keeps. sourceName names the text in
    // errors.
    static ProjectDirectiveEdit apply(Project &project, const QString &code, const QString &json,
                                      const QString &sourceName);

    bool ok() const { return status != Status::Refused; }

    Status status = Status::Refused;
    QString error;                   // why it was refused, naming the text and the field
    ReevaluationResult reevaluation; // what the change did to the findings, when changed
};

} // namespace uproot
