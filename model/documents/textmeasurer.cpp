#include "model/documents/textmeasurer.h"

#include <QStringView>
#include <cmath>

namespace uproot {

namespace {

// Strings longer than this are rarely repeated (paragraphs, long product lists); caching them would only grow
// the table, so they are measured directly.
constexpr qsizetype kCachedLength = 48;
// A bound on the cache of one font; past it the cache starts again (a 10,000-row table stays far below).
constexpr qsizetype kCacheLimit = 200000;

} // namespace

TextMeasurer::TextMeasurer(const DocumentStyle &style, QPaintDevice *device)
{
    m_fonts.reserve(size_t(FontRole::Count));
    for (size_t i = 0; i < size_t(FontRole::Count); ++i) {
        const QFontMetricsF metrics(style.font(FontRole(i)), device);
        FontEntry entry{metrics, 0, 0, {}};
        // Leading is often zero or negative in DejaVu's metrics; a little air keeps wrapped lines readable.
        entry.lineHeight = std::ceil(metrics.height() * 1.12);
        entry.spaceWidth = metrics.horizontalAdvance(u' ');
        m_fonts.push_back(std::move(entry));
    }
}

qreal TextMeasurer::cachedWidth(FontEntry &font, const QString &text)
{
    if (text.size() > kCachedLength)
        return font.metrics.horizontalAdvance(text);
    const auto found = font.widths.constFind(text);
    if (found != font.widths.constEnd())
        return found.value();
    if (font.widths.size() >= kCacheLimit)
        font.widths.clear();
    const qreal w = font.metrics.horizontalAdvance(text);
    font.widths.insert(text, w);
    return w;
}

qreal TextMeasurer::width(FontRole role, const QString &text)
{
    return cachedWidth(m_fonts[size_t(role)], text);
}

QString TextMeasurer::elided(FontRole role, const QString &text, qreal maxWidth) const
{
    return m_fonts[size_t(role)].metrics.elidedText(text, Qt::ElideRight, maxWidth);
}

QStringList TextMeasurer::wrap(FontRole role, const QString &text, qreal maxWidth)
{
    FontEntry &font = m_fonts[size_t(role)];
    QStringList lines;
    if (!text.contains(u'\n')) {
        wrapParagraph(font, text, maxWidth, lines);
    } else {
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            wrapParagraph(font, text.mid(start, end - start), maxWidth, lines);
            start = end + 1;
        }
    }
    if (lines.isEmpty())
        lines.append(QString());
    return lines;
}

void TextMeasurer::wrapParagraph(FontEntry &font, const QString &paragraph, qreal maxWidth,
                                 QStringList &lines)
{
    if (paragraph.isEmpty() || cachedWidth(font, paragraph) <= maxWidth) {
        lines.append(paragraph);
        return;
    }
    QString current;
    qreal currentWidth = 0;
    const auto words = QStringView(paragraph).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView view : words) {
        const QString word = view.toString();
        const qreal w = cachedWidth(font, word);
        if (w > maxWidth) {
            if (!current.isEmpty())
                lines.append(current);
            breakWord(font, word, maxWidth, lines, current, currentWidth);
        } else if (current.isEmpty()) {
            current = word;
            currentWidth = w;
        } else if (currentWidth + font.spaceWidth + w <= maxWidth) {
            current += u' ' + word;
            currentWidth += font.spaceWidth + w;
        } else {
            lines.append(current);
            current = word;
            currentWidth = w;
        }
    }
    if (!current.isEmpty() || lines.isEmpty())
        lines.append(current);
}

// A word wider than the column (a host name, a path, a GUID, a hostile cell) breaks where a reader expects it
// to: after a dot, hyphen, underscore, slash or the like, so "srv-0042.field.example.gov" reads as
// "srv-0042.field." over "example.gov", never "srv-0042.fie" over "ld.example.gov". Only a piece between two
// such marks that is itself wider than the column is cut between characters. The last line stays open so the
// next word can follow it on the same line.
void TextMeasurer::breakWord(FontEntry &font, const QString &word, qreal maxWidth, QStringList &lines,
                             QString &rest, qreal &restWidth)
{
    QString line;
    qreal lineWidth = 0;
    qsizetype from = 0;
    while (from < word.size()) {
        qsizetype to = from;
        while (to < word.size() && !isBreakAfter(word.at(to)))
            ++to;
        if (to < word.size())
            ++to; // the mark ends its piece
        const QString piece = word.mid(from, to - from);
        from = to;
        const qreal w = cachedWidth(font, piece);
        if (!line.isEmpty() && lineWidth + w <= maxWidth) {
            line += piece;
            lineWidth += w;
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        if (w <= maxWidth) {
            line = piece;
            lineWidth = w;
        } else {
            breakCharacters(font, piece, maxWidth, lines, line, lineWidth);
        }
    }
    rest = line;
    restWidth = lineWidth;
}

bool TextMeasurer::isBreakAfter(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'-':
    case u'_':
    case u'/':
    case u'\\':
    case u':':
    case u';':
    case u',':
    case u'@':
    case u'}':
    case u')':
        return true;
    default:
        return false;
    }
}

// The last resort for a piece with no mark to break after: cut between characters (never inside a surrogate
// pair).
void TextMeasurer::breakCharacters(FontEntry &font, const QString &piece, qreal maxWidth, QStringList &lines,
                                   QString &rest, qreal &restWidth)
{
    QString line;
    qreal lineWidth = 0;
    for (qsizetype i = 0; i < piece.size();) {
        const qsizetype len =
            (piece.at(i).isHighSurrogate() && i + 1 < piece.size() && piece.at(i + 1).isLowSurrogate()) ? 2
                                                                                                        : 1;
        const QString glyph = piece.mid(i, len);
        const qreal w = cachedWidth(font, glyph);
        if (!line.isEmpty() && lineWidth + w > maxWidth) {
            lines.append(line);
            line.clear();
            lineWidth = 0;
        }
        line += glyph;
        lineWidth += w;
        i += len;
    }
    rest = line;
    restWidth = lineWidth;
}

} // namespace uproot
