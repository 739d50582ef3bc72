#include "model/project/reevaluation.h"

#include "model/store/findingstore.h"
#include "model/store/inventorystore.h"
#include "model/store/projectstore.h"
#include "model/store/transaction.h"

#include <QHash>

namespace uproot {

bool reevaluateFindings(ProjectStore &store, const TitleMatcher &matcher, ReevaluationResult *result,
                        QString *error)
{
    *result = ReevaluationResult{};
    Transaction tx(store.database());
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QHash<QString, Id> directiveIds;
    for (const DirectiveRecord &d : store.directives())
        directiveIds.insert(d.code, d.id);
    QList<TitleDirectiveMatch> matches;
    for (const TitleRecord &t : store.inventory().titles()) {
        ++result->titles;
        for (const TitleMatch &m : matcher(t)) {
            if (const Id directiveId = directiveIds.value(m.directive))
                matches.append({t.id, directiveId, m.confidence, m.rule, m.matched, m.excluded});
        }
    }
    if (!store.findings().applyMatches(matches, &result->added, &result->removed)) {
        *error = store.lastError();
        return false;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace uproot
