#pragma once

#include "model/detection/detectionresult.h"
#include "model/detection/directive.h"
#include "model/detection/titleevidence.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace uproot {

// Decides, for one distinct title at a time, what each directive a project follows says about it. Built once
// from the directives (patterns compiled, aliases normalised, literals indexed) in milliseconds; evaluate() is
// const and keeps no state between calls, and copies share the compiled rules. A worker thread builds its own.
//
// Per directive: the covering rules are tried; if none matches there is no result. Otherwise the strongest
// match (confirmed before needs review, then catalog order) gives the confidence and explanation, and the
// directive's exclusion and false-positive rules are tried; the first that matches turns the result into
// "not matched, excluded by …".
class Detector
{
public:
    // Raised whenever the same rules come to match differently (a new place or form in which an identifier is
    // found), so that a project whose findings an older detector computed is re-evaluated once when it is
    // next opened. 1: before package names and bundle identifiers were read from the name and from package
    // managers' forms; 2: since.
    static constexpr int Version = 2;

    // The directives should come from a DirectiveCatalog (already validated); a pattern that still does not
    // compile is reported in *error and skipped.
    explicit Detector(const QList<Directive> &directives, QString *error = nullptr);

    // One result per directive with a covering match, in the order the directives were given.
    QList<DetectionResult> evaluate(const TitleEvidence &title) const;

    QStringList directiveIds() const;

    // What a rule of this kind compares and where the detector looks for it, in words for the methods
    // section of a report ("package names, in the package, bundle-identifier or software-name column, …").
    static QString methodOf(RuleKind kind);

private:
    struct Data;
    static bool publisherMayBeAnAlias(const Data &data, const QString &foldedPublisher);

    std::shared_ptr<const Data> m_data;
};

} // namespace uproot
