#include "model/detection/textpattern.h"

#include "model/detection/regexinspector.h"
#include "model/detection/textnormalizer.h"

#include <QCoreApplication>

namespace uproot {

namespace {

constexpr int kMinLiteral = 3;

QString limitPrefix()
{
    return QStringLiteral("(*LIMIT_MATCH=%1)").arg(TextPattern::MatchLimit);
}

} // namespace

std::optional<TextPattern> TextPattern::compile(const QString &source, PatternSyntax syntax, QString *error)
{
    auto reject = [error](const QString &message) -> std::optional<TextPattern> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    TextPattern pattern;
    pattern.m_source = source;
    if (source.trimmed().isEmpty())
        return reject(QCoreApplication::translate("TextPattern", "pattern is empty"));

    QRegularExpression::PatternOptions options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

    if (syntax == PatternSyntax::Wildcard) {
        if (source.size() > RegexInspector::MaxPatternLength) {
            return reject(
                QCoreApplication::translate("TextPattern", "pattern is %1 characters long; the limit is %2")
                    .arg(source.size())
                    .arg(RegexInspector::MaxPatternLength));
        }
        QString folded = foldText(source);
        while (folded.contains(QLatin1String("**")))
            folded.replace(QLatin1String("**"), QLatin1String("*"));
        QString longest;
        QString segment;
        auto endSegment = [&] {
            if (segment.size() > longest.size())
                longest = segment;
            segment.clear();
        };
        for (QChar c : std::as_const(folded)) {
            if (c == u'*' || c == u'?')
                endSegment();
            else
                segment.append(c);
        }
        endSegment();
        if (longest.isEmpty())
            return reject(QCoreApplication::translate(
                "TextPattern", "pattern has no text besides wildcards, so it would match every title"));
        if (longest.size() >= kMinLiteral)
            pattern.m_requiredLiterals = QStringList{longest};

        const qsizetype stars = folded.count(u'*');
        const bool questions = folded.contains(u'?');
        const bool leading = folded.startsWith(u'*');
        const bool trailing = folded.endsWith(u'*');
        if (!questions && stars == 0) {
            pattern.m_mode = Mode::Exact;
            pattern.m_literal = folded;
        } else if (!questions && stars == 1 && trailing) {
            pattern.m_mode = Mode::Prefix;
            pattern.m_literal = folded.chopped(1);
        } else if (!questions && stars == 1 && leading) {
            pattern.m_mode = Mode::Suffix;
            pattern.m_literal = folded.mid(1);
        } else if (!questions && stars == 2 && leading && trailing) {
            pattern.m_mode = Mode::Contains;
            pattern.m_literal = folded.mid(1, folded.size() - 2);
        } else {
            QString regex = QStringLiteral("\\A");
            for (QChar c : std::as_const(folded)) {
                if (c == u'*')
                    regex += QLatin1String(".*");
                else if (c == u'?')
                    regex += u'.';
                else
                    regex += QRegularExpression::escape(QString(c));
            }
            regex += QLatin1String("\\z");
            pattern.m_mode = Mode::Regex;
            pattern.m_regex = QRegularExpression(limitPrefix() + regex,
                                                 options | QRegularExpression::DotMatchesEverythingOption);
            if (!pattern.m_regex.isValid())
                return reject(
                    QCoreApplication::translate("TextPattern", "wildcard pattern cannot be used: %1")
                        .arg(pattern.m_regex.errorString()));
            pattern.m_regex.optimize();
        }
        return pattern;
    }

    const RegexInspector::Result inspection = RegexInspector::inspect(source);
    if (!inspection.error.isEmpty()) {
        return reject(
            QCoreApplication::translate("TextPattern", "regular expression is not allowed at offset %1: %2")
                .arg(inspection.errorOffset)
                .arg(inspection.error));
    }
    const QString prefix = limitPrefix();
    pattern.m_mode = Mode::Regex;
    pattern.m_regex = QRegularExpression(prefix + source, options);
    if (!pattern.m_regex.isValid()) {
        const qsizetype offset = qMax<qsizetype>(0, pattern.m_regex.patternErrorOffset() - prefix.size());
        return reject(
            QCoreApplication::translate("TextPattern", "regular expression does not compile at offset %1: %2")
                .arg(offset)
                .arg(pattern.m_regex.errorString()));
    }
    if (pattern.m_regex.match(QString()).hasMatch())
        return reject(QCoreApplication::translate(
            "TextPattern", "regular expression matches an empty name, so it would match every title"));
    pattern.m_regex.optimize();
    pattern.m_requiredLiterals = inspection.requiredLiterals;
    return pattern;
}

bool TextPattern::matches(QStringView folded) const
{
    switch (m_mode) {
    case Mode::Exact:
        return folded == m_literal;
    case Mode::Prefix:
        return folded.startsWith(m_literal);
    case Mode::Suffix:
        return folded.endsWith(m_literal);
    case Mode::Contains:
        return folded.contains(m_literal);
    case Mode::Regex:
        return m_regex.match(folded.left(MaxSubjectLength)).hasMatch();
    }
    return false;
}

} // namespace uproot
