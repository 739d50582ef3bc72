#pragma once

#include "model/project/projectcommand.h"
#include "model/project/projectsettings.h"
#include "model/project/reevaluation.h"

#include <QDate>
#include <optional>

namespace uproot {

class DirectiveCatalog;

// Follows one more directive of the catalog (or the first, when a project is created): stores its definition
// and dated milestones and re-evaluates the findings, in one unit of work with its audit line. Not undoable.
class FollowDirectiveCommand final : public ProjectCommand
{
public:
    // With info, the project is being created: its settings are written in the same unit of work.
    FollowDirectiveCommand(Project *project, const DirectiveCatalog &catalog, QString directiveId, QDate issued,
                           std::optional<ProjectInfo> info = std::nullopt);

    ReevaluationResult result() const { return m_result; }

protected:
    bool write(bool forward) override;

private:
    const DirectiveCatalog &m_catalog;
    QString m_directiveId;
    QDate m_issued;
    std::optional<ProjectInfo> m_info;
    ReevaluationResult m_result;
};

} // namespace uproot
