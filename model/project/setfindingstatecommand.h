#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// A person's decision on a finding: dismissed as a false positive, an approved exception, or reopened.
class SetFindingStateCommand final : public ProjectCommand
{
public:
    SetFindingStateCommand(Project *project, const FindingRow &before, FindingState to, const QString &reason,
                           const QString &label);

protected:
    bool write(bool forward) override;

private:
    Id m_installationId;
    Id m_directiveId;
    FindingState m_fromState;
    QString m_fromReason;
    FindingState m_toState;
    QString m_toReason;
};

} // namespace uproot
