#pragma once

#include <QString>
#include <QStringList>

namespace uproot {

// Reads a user's regular expression before it is compiled, for two reasons. Safety: a catalog is data a user
// can import, and a pattern such as (a+)+ or (a|aa)* takes exponential time on a long name, so patterns with
// a repeated group that itself repeats or branches, back-references, recursion, pattern verbs
// ((*LIMIT_MATCH=…) is ours to set) and over-long patterns are refused. Speed: the literal text every match
// must contain (one string per top-level alternative) lets the detector skip the pattern for the many titles
// that lack it.
class RegexInspector
{
public:
    static constexpr int MaxPatternLength = 500;

    struct Result
    {
        QString error;                // empty when the pattern is acceptable
        int errorOffset = -1;         // 0-based character offset of the problem, when known
        QStringList requiredLiterals; // folded; a match contains at least one; empty when none is certain
    };

    static Result inspect(const QString &pattern);
};

} // namespace uproot
