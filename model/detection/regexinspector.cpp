#include "model/detection/regexinspector.h"

#include "model/detection/textnormalizer.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace uproot {

namespace {

constexpr int kUnbounded = -1;
// A literal shorter than this is found in too many names to be worth a prefilter.
constexpr int kMinLiteral = 3;

struct Quantifier
{
    int min = 1;
    int max = 1; // kUnbounded for *, + and {n,}
    int length = 0;
    bool repeats() const { return max == kUnbounded || max > 1; }
};

struct Group
{
    int start = 0;
    bool containsQuantifier = false;
    bool containsAlternation = false;
};

class Inspection
{
public:
    explicit Inspection(const QString &pattern) : m_p(pattern) {}

    RegexInspector::Result run();

private:
    QChar at(int i) const { return i < m_p.size() ? m_p.at(i) : QChar(); }
    std::optional<Quantifier> quantifierAt(int i) const;
    bool fail(const QString &message, int offset);
    // Each atom either extends the literal run (top level, plain character) or ends it.
    void literalAtom(QChar c, int next);
    void otherAtom(int next);
    void afterAtom(int next, bool literal, QChar c);
    void endRun();
    void endBranch();
    int skipClass(int i);
    bool openGroup(int &i);

    const QString &m_p;
    RegexInspector::Result m_result;
    QList<Group> m_groups{Group{}};
    QString m_run;
    QString m_branchBest;
    QStringList m_branchLiterals;
    bool m_literalsUsable = true;
    bool m_failed = false;
};

std::optional<Quantifier> Inspection::quantifierAt(int i) const
{
    const QChar c = at(i);
    Quantifier q;
    if (c == u'*') {
        q = {0, kUnbounded, 1};
    } else if (c == u'+') {
        q = {1, kUnbounded, 1};
    } else if (c == u'?') {
        q = {0, 1, 1};
    } else if (c == u'{') {
        // {n}, {n,} or {n,m}; anything else is a literal brace in PCRE2.
        int j = i + 1;
        QString low;
        while (at(j).isDigit())
            low.append(at(j++));
        if (low.isEmpty())
            return std::nullopt;
        QString high = low;
        bool open = false;
        if (at(j) == u',') {
            ++j;
            high.clear();
            while (at(j).isDigit())
                high.append(at(j++));
            open = high.isEmpty();
        }
        if (at(j) != u'}')
            return std::nullopt;
        q.min = low.toInt();
        q.max = open ? kUnbounded : high.toInt();
        q.length = j + 1 - i;
    } else {
        return std::nullopt;
    }
    // Lazy (?) and possessive (+) forms change how, not how often.
    if (at(i + q.length) == u'?' || at(i + q.length) == u'+')
        ++q.length;
    return q;
}

bool Inspection::fail(const QString &message, int offset)
{
    if (!m_failed) {
        m_failed = true;
        m_result.error = message;
        m_result.errorOffset = offset;
    }
    return false;
}

void Inspection::endRun()
{
    if (m_run.size() > m_branchBest.size())
        m_branchBest = m_run;
    m_run.clear();
}

void Inspection::endBranch()
{
    endRun();
    const QString folded = foldText(m_branchBest);
    if (folded.size() < kMinLiteral)
        m_literalsUsable = false;
    else
        m_branchLiterals.append(folded);
    m_branchBest.clear();
}

void Inspection::afterAtom(int next, bool literal, QChar c)
{
    const std::optional<Quantifier> q = quantifierAt(next);
    const bool topLevel = m_groups.size() == 1;
    if (q) {
        if (q->min != 1 || q->max != 1)
            m_groups.last().containsQuantifier = true;
        if (topLevel) {
            if (literal && q->min > 0)
                m_run.append(c);
            endRun();
        }
    } else if (topLevel) {
        if (literal)
            m_run.append(c);
        else
            endRun();
    }
}

int Inspection::skipClass(int i)
{
    // i is at '['. A ']' right after '[' or '[^' is a literal member.
    int j = i + 1;
    if (at(j) == u'^')
        ++j;
    if (at(j) == u']')
        ++j;
    while (j < m_p.size()) {
        const QChar c = m_p.at(j);
        if (c == u'\\') {
            j += 2;
        } else if (c == u'[' && at(j + 1) == u':') {
            const int close = m_p.indexOf(QLatin1String(":]"), j + 2);
            j = close < 0 ? int(m_p.size()) : close + 2;
        } else if (c == u']') {
            return j + 1;
        } else {
            ++j;
        }
    }
    return int(m_p.size()); // unterminated: QRegularExpression reports it
}

bool Inspection::openGroup(int &i)
{
    // i is at '('.
    if (at(i + 1) == u'*')
        return fail(QCoreApplication::translate("RegexInspector",
                                                "pattern verbs such as (*LIMIT_MATCH=…) are not allowed"),
                    i);
    if (at(i + 1) == u'?') {
        const QChar kind = at(i + 2);
        if (kind == u'#') {
            const int close = m_p.indexOf(u')', i + 3);
            i = close < 0 ? int(m_p.size()) : close + 1;
            return true;
        }
        if (kind == u'R' || kind.isDigit() || kind == u'&' || kind == u'(' || kind == u'+' ||
            (kind == u'-' && at(i + 3).isDigit()) || (kind == u'P' && at(i + 3) == u'>'))
            return fail(QCoreApplication::translate("RegexInspector",
                                                    "recursion and conditional groups are not allowed"),
                        i);
        if (kind == u'P' && at(i + 3) == u'=')
            return fail(QCoreApplication::translate("RegexInspector", "back-references are not allowed"), i);
        // Option settings: "(?i)" stands alone, "(?i:" opens a group.
        int j = i + 2;
        while (at(j).isLetter() || at(j) == u'-' || at(j) == u'^')
            ++j;
        const QString flags = m_p.mid(i + 2, j - (i + 2));
        if (flags.contains(u'x'))
            m_literalsUsable = false; // white space in the pattern stops meaning itself
        if (j > i + 2 && at(j) == u')') {
            i = j + 1;
            return true;
        }
        if (j > i + 2 && at(j) == u':') {
            m_groups.append(Group{i, false, false});
            i = j + 1;
            return true;
        }
        // (?: (?| (?> (?= (?! (?<= (?<! (?<name> (?'name' (?P<name>
        int skip = 3;
        if (kind == u'<' && (at(i + 3) == u'=' || at(i + 3) == u'!'))
            skip = 4;
        else if (kind == u'<' || kind == u'\'' || kind == u'P') {
            const QChar close = kind == u'\'' ? u'\'' : u'>';
            const int end = m_p.indexOf(close, i + 3);
            skip = end < 0 ? int(m_p.size()) - i : end + 1 - i;
        }
        m_groups.append(Group{i, false, false});
        i += skip;
        return true;
    }
    m_groups.append(Group{i, false, false});
    i += 1;
    return true;
}

RegexInspector::Result Inspection::run()
{
    if (m_p.size() > RegexInspector::MaxPatternLength) {
        fail(QCoreApplication::translate("RegexInspector", "pattern is %1 characters long; the limit is %2")
                 .arg(m_p.size())
                 .arg(RegexInspector::MaxPatternLength),
             RegexInspector::MaxPatternLength);
        return m_result;
    }
    int i = 0;
    while (i < m_p.size() && !m_failed) {
        const QChar c = m_p.at(i);
        if (c == u'\\') {
            const QChar e = at(i + 1);
            if (e == u'Q') {
                // \Q…\E quotes literally; a quantifier after it applies to its last character only, so the
                // run is kept only when nothing follows.
                const int end = m_p.indexOf(QLatin1String("\\E"), i + 2);
                const int stop = end < 0 ? int(m_p.size()) : end;
                const QString quoted = m_p.mid(i + 2, stop - (i + 2));
                i = end < 0 ? stop : end + 2;
                if (m_groups.size() == 1) {
                    if (quantifierAt(i)) {
                        endRun();
                    } else {
                        m_run.append(quoted);
                    }
                }
                continue;
            }
            if ((e.isDigit() && e != u'0') || e == u'g' || e == u'k') {
                fail(QCoreApplication::translate("RegexInspector", "back-references are not allowed"), i);
                break;
            }
            if (e.isLetterOrNumber()) {
                int next = i + 2;
                if ((e == u'x' || e == u'p' || e == u'P' || e == u'N' || e == u'o' || e == u'u') &&
                    at(next) == u'{') {
                    const int close = m_p.indexOf(u'}', next);
                    next = close < 0 ? int(m_p.size()) : close + 1;
                } else if (e == u'c') {
                    next += 1;
                }
                afterAtom(next, false, QChar());
                i = next;
            } else {
                afterAtom(i + 2, true, e);
                i += 2;
            }
        } else if (c == u'[') {
            const int next = skipClass(i);
            afterAtom(next, false, QChar());
            i = next;
        } else if (c == u'(') {
            openGroup(i);
            continue;
        } else if (c == u')') {
            if (m_groups.size() == 1) {
                ++i; // unbalanced: QRegularExpression reports it
                continue;
            }
            const Group group = m_groups.takeLast();
            const std::optional<Quantifier> q = quantifierAt(i + 1);
            if (q && q->repeats() && (group.containsQuantifier || group.containsAlternation)) {
                fail(QCoreApplication::translate(
                         "RegexInspector",
                         "a repeated group contains a repetition or alternatives (as in (a+)+ or (a|aa)*), "
                         "which can take exponential time"),
                     group.start);
                break;
            }
            Group &parent = m_groups.last();
            parent.containsQuantifier = parent.containsQuantifier || group.containsQuantifier;
            parent.containsAlternation = parent.containsAlternation || group.containsAlternation;
            afterAtom(i + 1, false, QChar());
            i += 1;
        } else if (c == u'|') {
            m_groups.last().containsAlternation = true;
            if (m_groups.size() == 1)
                endBranch();
            ++i;
            continue;
        } else if (c == u'.' || c == u'^' || c == u'$') {
            afterAtom(i + 1, false, QChar());
            ++i;
        } else if (quantifierAt(i)) {
            // A quantifier with nothing to repeat: QRegularExpression reports it.
            const std::optional<Quantifier> q = quantifierAt(i);
            i += q->length;
            endRun();
            continue;
        } else {
            afterAtom(i + 1, true, c);
            ++i;
        }
        // Skip the quantifier that afterAtom already took into account.
        if (const std::optional<Quantifier> q = quantifierAt(i))
            i += q->length;
    }
    if (m_failed)
        return m_result;
    endBranch();
    if (m_literalsUsable)
        m_result.requiredLiterals = m_branchLiterals;
    return m_result;
}

} // namespace

RegexInspector::Result RegexInspector::inspect(const QString &pattern)
{
    Inspection inspection(pattern);
    return inspection.run();
}

} // namespace uproot
