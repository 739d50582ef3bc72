#pragma once

#include "model/store/statement.h"
#include "model/store/storetypes.h"

#include <functional>

namespace uproot {

class Database;

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
};

struct AffectedSystemRow
{
    Id systemId = 0;
    QString name;
    QString component;
    QString site;
    QString owner;
    QString products;
};

// Findings: one row per (installation, directive) the detector said is covered. A finding's state (dismissed as
// a false positive, approved exception) survives re-evaluation.
class FindingStore final
{
public:
    explicit FindingStore(Database &db);

    // Records that every installation of a title is covered; returns how many findings are new.
    qint64 addFindingsForTitle(Id directiveId, Id titleId, Confidence confidence, const QString &rule,
                               const QString &matched);
    // Drops findings of a title that no longer matches (re-evaluation); returns how many went.
    qint64 removeFindingsForTitle(Id directiveId, Id titleId);
    QList<Id> matchedTitleIds(Id directiveId);
    qint64 countForDirective(Id directiveId);

    enum Column { System, Component, Site, Product, Version, Publisher, Directive, ConfidenceColumn, State, Rule,
                  Source, ColumnCount };
    qint64 count(const PageQuery &query);
    QList<FindingRow> page(const PageQuery &query);
    // Streams every finding in (system, product) order; stops when the callback returns false.
    bool forEach(const PageQuery &query, const std::function<bool(const FindingRow &)> &callback);
    FindingRow finding(Id id);
    // The findings that pass the query's filters, grouped by System, Component, Site or Product (other columns
    // give nothing), largest group first. The query's own group filter is not applied: the groups are what a
    // person chooses it from.
    QList<FindingGroup> groups(Column by, const PageQuery &filters);
    static bool canGroupBy(int column);
    bool setState(Id id, FindingState state, const QString &reason);

    QList<ProductSummary> productCounts(Id directiveId);
    QList<ComponentSummary> componentCounts(Id directiveId);
    QList<AffectedSystemRow> affectedSystems(Id directiveId);
    qint64 affectedSystemCount(Id directiveId = 0);

private:
    Database &m_db;
    Statement m_add;
};

} // namespace uproot
