#pragma once

#include "model/store/storetypes.h"

#include <QHash>
#include <QList>
#include <functional>

namespace uproot {

struct ProductSummary
{
    QString product;
    QString publisher;
    QString versions; // the distinct versions found, comma-separated
    qint64 endpoints = 0;
};

struct ComponentSummary
{
    QString component;
    qint64 endpoints = 0;
};

// One row of the findings grouped by a column (product, system, component, site): how many findings, on how
// many systems, and how sure the detector was about them.
struct FindingGroup
{
    QString value; // "" for findings whose system has no component or site recorded
    qint64 findings = 0;
    qint64 systems = 0;
    qint64 confirmed = 0;
    qint64 needsReview = 0;
    Id systemId = 0; // grouped by System: the group's system
};

struct AffectedSystemRow
{
    Id systemId = 0;
    QString name;
    QString component;
    QString site;
    QString owner;
    QString products;
    QString team; // the effective team: the system's own, else its component's rule, else its site's
    QString criticality;
    QString kind;
    TeamSource teamSource = TeamSource::None;
    QString missionFunction; // as recorded on the system
};

// What the scans say about one system's open findings under a directive, as of a date.
struct SystemScanState
{
    qint64 findings = 0;   // open by decision (not dismissed, not excluded)
    qint64 removed = 0;    // of them, verified removed by a scan and not seen again
    qint64 reappeared = 0; // of them, seen again by a scan after a verified removal
};

// Findings as read back: one row per (installation, directive) the detector said is covered, including those an
// exclusion or known false-positive rule then took off the report (state Excluded; queries leave them out unless
// their state filter asks for them). Re-evaluation and a person's decisions write through a UnitOfWork.
class FindingsReader
{
public:
    enum Column { System, Component, Site, Product, Version, Publisher, Directive, ConfidenceColumn, State, Rule,
                  Source, ColumnCount };

    virtual ~FindingsReader() = default;

    virtual qint64 countForDirective(Id directiveId) = 0;
    virtual qint64 countAll() = 0;

    virtual qint64 count(const PageQuery &query) = 0;
    virtual QList<FindingRow> page(const PageQuery &query) = 0;
    // Streams every finding in (system, product) order; stops when the callback returns false.
    virtual bool forEach(const PageQuery &query, const std::function<bool(const FindingRow &)> &callback) = 0;
    virtual FindingRow finding(Id id) = 0;
    // The same as of a date: scans dated after it do not count (PageQuery::asOf). A reader without scans gives
    // the finding as found.
    virtual FindingRow findingAsOf(Id id, const QDate &asOf)
    {
        Q_UNUSED(asOf);
        return finding(id);
    }
    virtual Id findingIdFor(Id installationId, Id directiveId) = 0; // 0 when there is none
    // Every finding on one system, excluded ones included, by directive and product.
    virtual QList<FindingRow> findingsOfSystem(Id systemId) = 0;
    // The findings that pass the query's filters, grouped by System, Component, Site or Product (other columns
    // give nothing), largest group first. The query's own group filter is not applied: the groups are what a
    // person chooses it from.
    virtual QList<FindingGroup> groups(Column by, const PageQuery &filters) = 0;
    static bool canGroupBy(int column)
    {
        return column == System || column == Component || column == Site || column == Product;
    }

    virtual QList<ProductSummary> productCounts(Id directiveId) = 0;
    virtual QList<ComponentSummary> componentCounts(Id directiveId) = 0;
    virtual QList<AffectedSystemRow> affectedSystems(Id directiveId) = 0;
    virtual qint64 affectedSystemCount(Id directiveId = 0) = 0;
    // Per affected system (AffectedSystemRow's systems), what the scans dated up to asOf say about its findings;
    // a reader without scans has nothing to say.
    virtual QHash<Id, SystemScanState> scanStateBySystem(Id directiveId, const QDate &asOf)
    {
        Q_UNUSED(directiveId);
        Q_UNUSED(asOf);
        return {};
    }
};

} // namespace uproot
