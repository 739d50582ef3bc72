#pragma once

#include "model/detection/cpename.h"
#include "model/detection/directive.h"
#include "model/detection/literalscanner.h"
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

// A title's values prepared once for all rules: folded, normalised, parsed, and the literals found in the
// name and the publisher.
struct EvidenceView
{
    const TitleEvidence *raw = nullptr;
    QString name;
    QString publisher;
    QString publisherOrganization;
    QString packageName;
    std::optional<PackageUrl> purl;
    QString purlIdentity; // folded
    QString purlName;     // folded
    QString bundleId;
    QString hardwareVendor;
    QString hardwareVendorOrganization;
    QString hardwareModel;
    std::optional<CpeName> cpe;
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
    // reported in *error and the rule matches nothing.
    CompiledRule(const Directive &directive, const DetectionRule &rule, LiteralScanner &nameScanner,
                 LiteralScanner &publisherScanner, QString *error);

    const DetectionRule &rule() const { return m_rule; }
    const QString &qualifiedId() const { return m_qualifiedId; }
    // Normalised aliases (publisher rules) or vendor names (hardware rules).
    QList<QString> organizationNames() const { return m_organizations.keys(); }
    // True when some name or publisher pattern has no literal, so titles without hits still need looking at.
    bool needsEveryTitle() const { return m_needsEveryTitle; }

    // Whether the rule matches; *explanation then says what matched what. coveredPublishers are the
    // directive's normalised publisher aliases, for the publisher condition.
    bool match(const EvidenceView &view, const QSet<QString> &coveredPublishers, QString *explanation) const;

private:
    QList<CompiledPattern> compileAll(const QStringList &sources, LiteralScanner *scanner, QString *error);
    const CompiledPattern *firstMatch(const QList<CompiledPattern> &patterns, const QString &folded,
                                      const QVarLengthArray<quint8, 256> *hits) const;
    bool publisherConditionHolds(const EvidenceView &view, const QSet<QString> &coveredPublishers,
                                 QString *clause) const;
    bool matchKind(const EvidenceView &view, QString *clause) const;
    bool matchHardware(const EvidenceView &view, QString *clause) const;
    bool matchCpe(const EvidenceView &view, QString *clause) const;
    bool matchPackage(const EvidenceView &view, QString *clause) const;

    DetectionRule m_rule;
    QString m_qualifiedId;
    QHash<QString, QString> m_organizations; // normalised -> as written in the catalog
    QList<CompiledPattern> m_patterns;       // publisher, product-name, bundle-id, purl; package names
    QList<CompiledPattern> m_secondary;      // cpe products, hardware vendor patterns
    QList<CompiledPattern> m_models;         // hardware models
    QSet<QString> m_cpeVendors;
    QSet<QString> m_cpeParts;
    bool m_needsEveryTitle = false;
};

} // namespace uproot
