#include "model/project/reevaluation.h"

#include "model/store/projectstore.h"

#include <QHash>

namespace uproot {

bool reevaluateFindings(ProjectStore &store, UnitOfWork &work, const TitleMatcher &matcher,
                        ReevaluationResult *result, QString *error)
{
    *result = ReevaluationResult{};
    QHash<QString, Id> directiveIds;
    for (const DirectiveRecord &d : store.directives().all())
        directiveIds.insert(d.code, d.id);
    QList<TitleDirectiveMatch> matches;
    for (const TitleRecord &t : store.inventory().titles()) {
        ++result->titles;
        for (const TitleMatch &m : matcher(t)) {
            if (const Id directiveId = directiveIds.value(m.directive))
                matches.append({t.id, directiveId, m.confidence, m.rule, m.matched, m.excluded});
        }
    }
    if (!work.applyMatches(matches, &result->added, &result->removed)) {
        *error = work.error();
        return false;
    }
    return true;
}

} // namespace uproot
