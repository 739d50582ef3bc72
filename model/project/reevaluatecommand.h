#pragma once

#include "model/project/projectcommand.h"
#include "model/project/reevaluation.h"

namespace uproot {

// Runs detection again over every title with the directives as the project holds them now (after an upgrade
// of the file, or on request). Not undoable: it only brings the findings in line with the rules.
class ReevaluateCommand final : public ProjectCommand
{
public:
    // clearSetting: a pending-work flag (settings key) cleared in the same unit of work.
    ReevaluateCommand(Project *project, QString clearSetting = {});

    ReevaluationResult result() const { return m_result; }

protected:
    bool write(bool forward) override;

private:
    QString m_clearSetting;
    ReevaluationResult m_result;
};

} // namespace uproot
