#pragma once

#include "model/import/titlematch.h"

#include <QString>

namespace uproot {

class ProjectStore;
class UnitOfWork;

struct ReevaluationResult
{
    qint64 added = 0;   // findings that are new
    qint64 removed = 0; // findings that are gone
    qint64 titles = 0;  // distinct titles evaluated
};

// Runs detection again over every distinct title of the project (not every installation) with the matcher,
// writing through the command's unit of work: findings of titles that no longer match go, new ones come, and the
// state of findings that stay (dismissed, exception) is kept.
bool reevaluateFindings(ProjectStore &store, UnitOfWork &work, const TitleMatcher &matcher,
                        ReevaluationResult *result, QString *error);

} // namespace uproot
