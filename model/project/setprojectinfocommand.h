#pragma once

#include "model/project/projectcommand.h"
#include "model/project/projectsettings.h"

namespace uproot {

// The agency and point of contact the documents print.
class SetProjectInfoCommand final : public ProjectCommand
{
public:
    SetProjectInfoCommand(Project *project, ProjectInfo before, ProjectInfo after);

protected:
    bool write(bool forward) override;

private:
    ProjectInfo m_before;
    ProjectInfo m_after;
};

} // namespace uproot
