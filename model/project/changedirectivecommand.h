#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// Replaces the project's copy of a directive's definition (rules, exclusions, milestones) and re-evaluates the
// findings under it, in one unit of work with its audit line.
class ChangeDirectiveCommand final : public ProjectCommand
{
public:
    ChangeDirectiveCommand(Project *project, DirectiveRecord directive, QString before, QString after,
                           const QString &label);

protected:
    bool write(bool forward) override;

private:
    DirectiveRecord m_directive;
    QString m_before;
    QString m_after;
};

} // namespace uproot
