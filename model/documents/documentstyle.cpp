#include "model/documents/documentstyle.h"

#include <QFontDatabase>

namespace uproot {

namespace {

// DejaVu Sans ships with Debian (fonts-dejavu-core), covers Latin, Greek and Cyrillic (publisher names such
// as «Лаборатория Касперского» appear in inventories) and is a TrueType font QPdfWriter can embed.
QString documentFamily()
{
    const QString preferred = QStringLiteral("DejaVu Sans");
    if (QFontDatabase::families().contains(preferred))
        return preferred;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QFont makeFont(const QString &family, qreal points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setItalic(italic);
    // Measured widths must hold on every device: no hinting that differs between a printer and a PDF.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No shaping where the script does not need it (Latin, Greek, Cyrillic): no ligatures, so "Office" is
    // searchable and read aloud as written rather than as "O\uFB03ce", and a long table is measured and drawn
    // faster. Scripts that need shaping (Arabic, Devanagari, ...) are still shaped.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

} // namespace

DocumentStyle::DocumentStyle() : m_family(documentFamily())
{
    auto set = [this](FontRole role, QFont font) { m_fonts[size_t(role)] = std::move(font); };
    set(FontRole::Body, makeFont(m_family, 10));
    set(FontRole::Strong, makeFont(m_family, 10, QFont::Bold));
    set(FontRole::Note, makeFont(m_family, 8.5, QFont::Normal, true));
    set(FontRole::Heading1, makeFont(m_family, 15, QFont::Bold));
    set(FontRole::Heading2, makeFont(m_family, 11.5, QFont::Bold));
    set(FontRole::Title, makeFont(m_family, 26, QFont::Bold));
    set(FontRole::Subtitle, makeFont(m_family, 14));
    set(FontRole::TableHeader, makeFont(m_family, 8, QFont::Bold));
    set(FontRole::TableCell, makeFont(m_family, 8));
    set(FontRole::TableCellCondensed, makeFont(m_family, 6.5));
    set(FontRole::Running, makeFont(m_family, 8));

    auto paint = [this](ColorRole role, QRgb rgb) { m_colors[size_t(role)] = QColor::fromRgb(rgb); };
    paint(ColorRole::Text, 0x1a1a1a);
    paint(ColorRole::Muted, 0x555555);
    paint(ColorRole::Accent, 0x1f3a5f);
    paint(ColorRole::Rule, 0x6b6b6b);
    paint(ColorRole::LightRule, 0xc4c4c4);
    paint(ColorRole::HeaderFill, 0xdfe5ec);
    paint(ColorRole::ZebraFill, 0xf3f4f6);
}

} // namespace uproot
