#pragma once

#include "model/documents/documentstyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QStringList>
#include <vector>

class QPaintDevice;

namespace uproot {

// Measures and wraps text for one device, in that device's units. Measuring is the hot path of a long table,
// and its strings repeat (components, sites, owners, products, dates), so widths are cached per font;
// wrapping sums cached word widths instead of measuring every candidate line.
class TextMeasurer
{
public:
    TextMeasurer(const DocumentStyle &style, QPaintDevice *device);

    qreal width(FontRole role, const QString &text);
    qreal lineHeight(FontRole role) const { return m_fonts[size_t(role)].lineHeight; }
    qreal ascent(FontRole role) const { return m_fonts[size_t(role)].metrics.ascent(); }
    QString elided(FontRole role, const QString &text, qreal maxWidth) const;

    // Lines no wider than maxWidth, breaking at spaces, at '\n', and inside a word only when the word alone
    // is too wide: then after a dot, hyphen, slash or the like, and between characters only as a last resort.
    // Runs of spaces collapse. Always at least one line (empty for empty text).
    QStringList wrap(FontRole role, const QString &text, qreal maxWidth);

private:
    struct FontEntry
    {
        QFontMetricsF metrics;
        qreal lineHeight = 0;
        qreal spaceWidth = 0;
        QHash<QString, qreal> widths;
    };

    void wrapParagraph(FontEntry &font, const QString &paragraph, qreal maxWidth, QStringList &lines);
    void breakWord(FontEntry &font, const QString &word, qreal maxWidth, QStringList &lines, QString &rest,
                   qreal &restWidth);
    void breakCharacters(FontEntry &font, const QString &piece, qreal maxWidth, QStringList &lines,
                         QString &rest, qreal &restWidth);
    static bool isBreakAfter(QChar c);
    qreal cachedWidth(FontEntry &font, const QString &text);

    std::vector<FontEntry> m_fonts;
};

} // namespace uproot
