#include "model/project/setfindingstatecommand.h"

#include <QCoreApplication>

namespace uproot {

SetFindingStateCommand::SetFindingStateCommand(Project *project, const FindingRow &before, FindingState to,
                                               const QString &reason, const QString &label)
    : ProjectCommand(project, label)
    , m_installationId(before.installationId)
    , m_directiveId(before.directiveId)
    , m_fromState(before.state)
    , m_fromReason(before.reason)
    , m_toState(to)
    , m_toReason(reason)
{
}

bool SetFindingStateCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not change the finding");
    const FindingState state = forward ? m_toState : m_fromState;
    const QString &reason = forward ? m_toReason : m_fromReason;
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    if (!work->setDecision(m_installationId, m_directiveId, state, reason))
        return fail(what, work->error());
    // The old and the new decision, each with its reason.
    const FindingState fromState = forward ? m_fromState : m_toState;
    const QString &fromReason = forward ? m_fromReason : m_toReason;
    const QString detail = QStringLiteral("installation %1, directive %2: %3 (%4) -> %5 (%6)")
                               .arg(m_installationId)
                               .arg(m_directiveId)
                               .arg(toString(fromState), fromReason, toString(state), reason);
    if (!commit(*work, what, QStringLiteral("finding-state"), detail))
        return false;
    // The finding may be gone (a rule change since); the decision is kept for when it comes back.
    if (const Id findingId = store().findings().findingIdFor(m_installationId, m_directiveId))
        announce(ProjectChange::rowsEdited(ProjectChange::Findings, {findingId}));
    return true;
}

} // namespace uproot
