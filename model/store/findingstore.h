#pragma once

#include "model/store/findingsreader.h"
#include "model/store/statement.h"

namespace uproot {

class Database;

// Findings: one row per (installation, directive) the detector said is covered, including those an exclusion or
// known false-positive rule then took off the report (state Excluded; queries leave them out unless their state
// filter asks for them). A user's decision (false positive, approved exception) survives re-evaluation.
class FindingStore final : public FindingsReader
{
public:
    explicit FindingStore(Database &db);

    // Re-evaluation: afterwards the findings are exactly what `matches` say over every installation. Findings of
    // a title and directive no longer matched go, changed rules and confidences are updated in place (a
    // finding's state and reason survive), and installations of newly matched titles get findings.
    bool applyMatches(const QList<TitleDirectiveMatch> &matches, qint64 *added, qint64 *removed);
    qint64 countForDirective(Id directiveId) override;
    qint64 countAll() override;

    qint64 count(const PageQuery &query) override;
    QList<FindingRow> page(const PageQuery &query) override;
    // Streams every finding in (system, product) order; stops when the callback returns false.
    bool forEach(const PageQuery &query, const std::function<bool(const FindingRow &)> &callback) override;
    FindingRow finding(Id id) override { return findingAsOf(id, QDate()); }
    FindingRow findingAsOf(Id id, const QDate &asOf) override;
    // The findings that pass the query's filters, grouped by System, Component, Site or Product (other columns
    // give nothing), largest group first. The query's own group filter is not applied: the groups are what a
    // person chooses it from.
    QList<FindingGroup> groups(Column by, const PageQuery &filters) override;
    // Records the user's decision on the finding of this installation under this directive (Open clears it), and
    // shows it on the finding if there is one that detection has not excluded. The decision outlives the
    // finding: if a rule change drops the finding and a later one brings it back, the decision comes back too.
    bool setDecision(Id installationId, Id directiveId, FindingState state, const QString &reason);
    Id findingIdFor(Id installationId, Id directiveId) override; // 0 when there is none
    QList<FindingRow> findingsOfSystem(Id systemId) override;

    QList<ProductSummary> productCounts(Id directiveId) override;
    QList<ComponentSummary> componentCounts(Id directiveId) override;
    QList<AffectedSystemRow> affectedSystems(Id directiveId) override;
    qint64 affectedSystemCount(Id directiveId = 0) override;
    QHash<Id, SystemScanState> scanStateBySystem(Id directiveId, const QDate &asOf) override;

private:
    // Fills temp.title_matches; `fresh` marks title-directive pairs that have no finding yet.
    bool loadMatches(const QList<TitleDirectiveMatch> &matches);

    Database &m_db;
};

} // namespace uproot
