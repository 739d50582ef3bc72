#pragma once

#include <QColor>
#include <QFont>
#include <QString>
#include <array>

namespace uproot {

enum class FontRole : quint8 {
    Body,
    Strong,
    Note,
    Heading1,
    Heading2,
    Title,
    Subtitle,
    TableHeader,
    TableCell,
    TableCellCondensed, // a name kept whole that is wider than its column at the cell size
    Running,
    Count
};
enum class ColorRole : quint8 { Text, Muted, Accent, Rule, LightRule, HeaderFill, ZebraFill, Count };

// The look of every document: one sans-serif family, a few sizes, print-friendly greys and one accent. Sizes
// are in points; the layouter converts them for the device it measures on.
class DocumentStyle
{
public:
    DocumentStyle();

    QString family() const { return m_family; }
    QFont font(FontRole role) const { return m_fonts[size_t(role)]; }
    QColor color(ColorRole role) const { return m_colors[size_t(role)]; }

    // Vertical rhythm and table padding, in points.
    static constexpr qreal paragraphSpacing = 6;
    static constexpr qreal heading1SpaceBefore = 18;
    static constexpr qreal heading2SpaceBefore = 12;
    static constexpr qreal headingSpaceAfter = 4;
    static constexpr qreal blockSpacing = 8;
    static constexpr qreal cellPaddingH = 3.5;
    static constexpr qreal cellPaddingV = 2.5;
    static constexpr qreal ruleWidth = 0.5;
    static constexpr qreal runningGap = 14; // between the running header/footer and the body
    static constexpr qreal bulletIndent = 14;
    static constexpr qreal keyValueGap = 12;

private:
    QString m_family;
    std::array<QFont, size_t(FontRole::Count)> m_fonts;
    std::array<QColor, size_t(ColorRole::Count)> m_colors;
};

} // namespace uproot
