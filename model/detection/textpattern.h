#pragma once

#include "model/detection/directive.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace uproot {

// One compiled catalog pattern. Wildcards ('*' any run, '?' one character) match the whole text; regular
// expressions search anywhere unless anchored. Both ignore case and are matched against foldText() of the
// inventory value. Wildcards without inner stars become plain string tests; the rest becomes a
// QRegularExpression that RegexInspector found safe, with a PCRE2 match limit as a guard at match time.
class TextPattern
{
public:
    // Longer texts are cut to this length before a regular expression sees them: no product name is this
    // long, and hostile input must not buy unbounded matching time.
    static constexpr int MaxSubjectLength = 1024;
    // Backtracking steps PCRE2 may take for one match before it gives up (and the pattern counts as not
    // matching).
    static constexpr int MatchLimit = 200000;

    // std::nullopt with *error set ("regular expression does not compile at offset 3: …") when the pattern is
    // unusable or unsafe, or would match every text.
    static std::optional<TextPattern> compile(const QString &source, PatternSyntax syntax, QString *error);

    bool matches(QStringView folded) const;
    const QString &source() const { return m_source; }
    // Folded texts of which a matching text contains at least one; empty when no such text is known, and the
    // pattern then has to be tried on every value.
    const QStringList &requiredLiterals() const { return m_requiredLiterals; }

private:
    enum class Mode { Exact, Prefix, Suffix, Contains, Regex };

    QString m_source;
    Mode m_mode = Mode::Exact;
    QString m_literal;
    QRegularExpression m_regex;
    QStringList m_requiredLiterals;
};

} // namespace uproot
