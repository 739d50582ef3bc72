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
    // The directives should come from a DirectiveCatalog (already validated); a pattern that still does not
    // compile is reported in *error and skipped.
    explicit Detector(const QList<Directive> &directives, QString *error = nullptr);

    // One result per directive with a covering match, in the order the directives were given.
    QList<DetectionResult> evaluate(const TitleEvidence &title) const;

    QStringList directiveIds() const;

private:
    struct Data;
    static bool publisherMayBeAnAlias(const Data &data, const QString &foldedPublisher);

    std::shared_ptr<const Data> m_data;
};

} // namespace uproot
