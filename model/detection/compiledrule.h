#pragma once

#include "model/detection/cpename.h"
#include "model/detection/directive.h"
#include "model/detection/literalscanner.h"
#include "model/detection/packageidentifier.h"
#include "model/detection/packageurl.h"
#include "model/detection/textpattern.h"
#include "model/detection/titleevidence.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace uproot {

// Where in a title an identifier or CPE name was found, for the explanation.
enum class EvidenceField { Name, PackageName, BundleId, PackageUrl, Cpe };

// A package name or bundle identifier found in one of the title's fields, in one of the forms package
// managers print.
struct IdentifierReading
{
    PackageIdentifier identifier;
    EvidenceField field = EvidenceField::PackageName;
};

struct CpeReading
{
    CpeName cpe;
    EvidenceField field = EvidenceField::Cpe;
};

// A title's values prepared once for all rules: folded, normalised, parsed, and the literals found in the
// name and the publisher.
struct EvidenceView
{
    const TitleEvidence *raw = nullptr;
    QString name;
    QString publisher;
    QString publisherOrganization;
    std::optional<PackageUrl> purl;
    QString purlIdentity; // folded
    QString hardwareVendor;
    QString hardwareVendorOrganization;
    QString hardwareModel;
    // Every package name and bundle identifier the title holds, wherever it is: the package field, the
    // package URL's name, the bundle field, then the name when it is written as an identifier.
    QVarLengthArray<IdentifierReading, 8> identifiers;
    // The CPE field's CPE name, then one written in the name or package field.
    QVarLengthArray<CpeReading, 2> cpes;
    QVarLengthArray<quint8, 256> nameHits;
    QVarLengthArray<quint8, 256> publisherHits;
};

struct CompiledPattern
{
    TextPattern pattern;
    QList<int> literalIds; // in the field's scanner; empty: no prefilter, always try the pattern
};

// One catalog rule ready to match. Built by the Detector; the patterns in name and publisher fields register
// their literals with the Detector's scanners.
class CompiledRule
{
public:
    // The directive's rule must have passed DirectiveReader; a pattern that does not compile anyway is
    // reported in *error and the rule matches nothing. Package and bundle rules register their literals with
    // identifierScanner, which tells the detector whether a name may hold one of their identifiers.
    CompiledRule(const Directive &directive, const DetectionRule &rule, LiteralScanner &nameScanner,
                 LiteralScanner &publisherScanner, LiteralScanner &identifierScanner, QString *error);

    const DetectionRule &rule() const { return m_rule; }
    const QString &qualifiedId() const { return m_qualifiedId; }
    // Normalised aliases (publisher rules) or vendor names (hardware rules).
    QList<QString> organizationNames() const { return m_organizations.keys(); }
    // True when some name or publisher pattern has no literal, so titles without hits still need looking at.
    bool needsEveryTitle() const { return m_needsEveryTitle; }
    // True when some package or bundle pattern has no literal, so every name has to be read for identifiers.
    bool needsEveryName() const { return m_needsEveryName; }

    // Whether the rule matches; *explanation then says what matched what. coveredPublishers are the
    // directive's normalised publisher aliases, for the publisher condition. *indirect is set when the match
    // is on an identifier found outside the rule's own field or inside a package manager's form: the detector
    // prefers a direct match of equal confidence for the explanation.
    bool match(const EvidenceView &view, const QSet<QString> &coveredPublishers, QString *explanation,
               bool *indirect = nullptr) const;

private:
    // Registers each pattern's literals with the scanner, when there is one; *lacksLiteral is set when a
    // pattern has none.
    QList<CompiledPattern> compileAll(const QStringList &sources, LiteralScanner *scanner, QString *error,
                                      bool *lacksLiteral = nullptr);
    const CompiledPattern *firstMatch(const QList<CompiledPattern> &patterns, const QString &folded,
                                      const QVarLengthArray<quint8, 256> *hits) const;
    bool publisherConditionHolds(const EvidenceView &view, const QSet<QString> &coveredPublishers,
                                 QString *clause) const;
    bool matchKind(const EvidenceView &view, QString *clause, bool *indirect) const;
    bool matchHardware(const EvidenceView &view, QString *clause) const;
    bool matchCpe(const EvidenceView &view, QString *clause, bool *indirect) const;
    bool matchPackage(const EvidenceView &view, QString *clause, bool *indirect) const;
    bool matchBundle(const EvidenceView &view, QString *clause, bool *indirect) const;
    QString identifierClause(const EvidenceView &view, const IdentifierReading &reading,
                             const CompiledPattern &hit) const;

    DetectionRule m_rule;
    QString m_qualifiedId;
    QHash<QString, QString> m_organizations; // normalised -> as written in the catalog
    QList<CompiledPattern> m_patterns;       // publisher, product-name, bundle-id, purl; package names
    QList<CompiledPattern> m_secondary;      // cpe products, hardware vendor patterns
    QList<CompiledPattern> m_models;         // hardware models
    QSet<QString> m_cpeVendors;
    QSet<QString> m_cpeParts;
    bool m_needsEveryTitle = false;
    bool m_needsEveryName = false;
};

} // namespace uproot
