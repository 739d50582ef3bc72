#include "model/project/reevaluation.h"

#include "model/store/findingstore.h"
#include "model/store/inventorystore.h"
#include "model/store/projectstore.h"
#include "model/store/transaction.h"

#include <QHash>
#include <QSet>

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
    FindingStore &findings = store.findings();
    QHash<QString, Id> directiveIds;
    QHash<Id, QSet<Id>> matchedBefore;
    qint64 countBefore = 0;
    for (const DirectiveRecord &d : store.directives()) {
        directiveIds.insert(d.code, d.id);
        const QList<Id> titles = findings.matchedTitleIds(d.id);
        matchedBefore.insert(d.id, QSet<Id>(titles.cbegin(), titles.cend()));
        countBefore += findings.countForDirective(d.id);
    }
    auto failed = [&] {
        *error = store.lastError();
        return false;
    };
    for (const TitleRecord &t : store.inventory().titles()) {
        ++result->titles;
        QSet<Id> matchedNow;
        for (const TitleMatch &m : matcher(t)) {
            const Id directiveId = directiveIds.value(m.directive);
            if (!directiveId)
                continue;
            matchedNow.insert(directiveId);
            if (findings.addFindingsForTitle(directiveId, t.id, m.confidence, m.rule, m.matched) < 0)
                return failed();
        }
        for (auto it = matchedBefore.cbegin(); it != matchedBefore.cend(); ++it) {
            if (!it.value().contains(t.id) || matchedNow.contains(it.key()))
                continue;
            const qint64 gone = findings.removeFindingsForTitle(it.key(), t.id);
            if (gone < 0)
                return failed();
            result->removed += gone;
        }
    }
    qint64 countAfter = 0;
    for (const Id id : std::as_const(directiveIds))
        countAfter += findings.countForDirective(id);
    // Upserts count updated rows as changes too, so what is new comes from the counts.
    result->added = countAfter - countBefore + result->removed;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace uproot
