#include "model/documents/documentlayouter.h"

#include "model/documents/printabletext.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <algorithm>
#include <cmath>

namespace uproot {

namespace {

// Bounds that keep hostile text from turning one cell or paragraph into hundreds of pages.
constexpr qsizetype kMaxCellChars = 1000;
constexpr qsizetype kMaxParagraphChars = 100000;
constexpr qsizetype kMaxLineChars = 2000;

QString cellText(const QString &text)
{
    return printableText(text, LineBreaks::Flatten, kMaxCellChars);
}

} // namespace

DocumentLayouter::DocumentLayouter(const DocumentStyle &style, QPaintDevice *device,
                                   const QSizeF &printableSize)
    : m_style(style), m_measure(style, device), m_width(printableSize.width()),
      m_height(printableSize.height()), m_dotsPerPoint(device->logicalDpiY() / 72.0)
{
}

DocumentLayout DocumentLayouter::layout(const Document &document)
{
    m_layout = DocumentLayout{};
    m_layout.printableSize = QSizeF(m_width, m_height);
    m_layout.dotsPerPoint = m_dotsPerPoint;

    layoutTitlePage(document);
    startPage(false);
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        const DocumentBlock *next = i + 1 < document.blocks.size() ? &document.blocks.at(i + 1) : nullptr;
        layoutBlock(document.blocks.at(i), next);
    }
    // A document ending in a page break must not end with a blank page.
    if (m_layout.pages.size() > 1 && m_layout.pages.back().items.empty())
        m_layout.pages.pop_back();
    addRunningHeaderAndFooter(document);
    return std::move(m_layout);
}

// --- pages -------------------------------------------------------------------------------------------------

void DocumentLayouter::startPage(bool titlePage)
{
    // A page of a long table holds about as many items as the one before it: reserve that, not grow into it.
    const size_t previousItems = m_layout.pages.empty() ? 0 : m_layout.pages.back().items.size();
    m_layout.pages.emplace_back();
    m_layout.pages.back().items.reserve(previousItems + 8);
    m_page = m_layout.pages.size() - 1;
    if (titlePage) {
        m_bodyTop = 0;
        m_bodyBottom = m_height;
    } else {
        const qreal band = m_measure.lineHeight(FontRole::Running) + pt(3);
        m_bodyTop = band + pt(DocumentStyle::runningGap);
        m_bodyBottom = m_height - band - pt(DocumentStyle::runningGap);
    }
    m_y = m_bodyTop;
    m_freshY = m_y;
}

void DocumentLayouter::breakPage(const std::function<void()> &onNewPage)
{
    startPage(false);
    if (onNewPage)
        onNewPage();
    m_freshY = m_y;
}

bool DocumentLayouter::atFreshPosition() const
{
    return m_y <= m_freshY + 0.5;
}

void DocumentLayouter::addSpace(qreal points)
{
    if (!atFreshPosition())
        m_y += pt(points);
}

void DocumentLayouter::addText(FontRole font, ColorRole color, qreal x, qreal baseline, const QString &text)
{
    if (text.isEmpty())
        return;
    LayoutItem item;
    item.kind = LayoutItem::Kind::Text;
    item.font = font;
    item.color = color;
    item.rect = QRectF(x, baseline, 0, 0);
    item.text = text;
    m_layout.pages[m_page].items.push_back(std::move(item));
}

void DocumentLayouter::addFill(const QRectF &rect, ColorRole color)
{
    LayoutItem item;
    item.kind = LayoutItem::Kind::Fill;
    item.color = color;
    item.rect = rect;
    m_layout.pages[m_page].items.push_back(std::move(item));
}

void DocumentLayouter::addRule(qreal x1, qreal x2, qreal y, ColorRole color, qreal widthPoints)
{
    LayoutItem item;
    item.kind = LayoutItem::Kind::Rule;
    item.color = color;
    item.rect = QRectF(QPointF(x1, y), QPointF(x2, y));
    item.penWidth = pt(widthPoints);
    m_layout.pages[m_page].items.push_back(std::move(item));
}

// --- rows: the one mechanism every block uses to put lines on pages ----------------------------------------

qreal DocumentLayouter::cellLineHeight(const std::vector<Cell> &cells) const
{
    qreal height = 0;
    for (const Cell &cell : cells)
        height = std::max(height, m_measure.lineHeight(cell.font));
    return height;
}

qreal DocumentLayouter::rowHeight(const std::vector<Cell> &cells, const RowStyle &style) const
{
    qsizetype lines = 1;
    for (const Cell &cell : cells)
        lines = std::max(lines, cell.lines.size());
    return style.padTop + style.padBottom + lines * cellLineHeight(cells);
}

// Places cells side by side. A row kept together moves whole to the next page when it does not fit; a row
// taller than a page (or a paragraph, which flows) is sliced between lines, each slice with its own padding,
// shading and rule, and every new page first gets what onNewPage puts there (a table's header row).
void DocumentLayouter::placeRow(std::vector<Cell> &cells, const RowStyle &style)
{
    const qreal lineHeight = cellLineHeight(cells);
    qsizetype lineCount = 1;
    // Cells share their baselines, so a name set smaller sits on the line its neighbours' text does.
    qreal ascent = 0;
    for (const Cell &cell : cells) {
        lineCount = std::max(lineCount, cell.lines.size());
        ascent = std::max(ascent, m_measure.ascent(cell.font));
    }
    const qreal padding = style.padTop + style.padBottom;

    if (style.keepTogether && m_y + padding + lineCount * lineHeight > m_bodyBottom && !atFreshPosition())
        breakPage(style.onNewPage);

    qsizetype from = 0;
    while (from < lineCount) {
        qsizetype fit = qsizetype(std::floor((m_bodyBottom - m_y - padding) / lineHeight + 1e-6));
        // A flowing paragraph keeps at least two lines together at the foot of a page.
        const qsizetype wanted = std::min<qsizetype>(lineCount - from, style.keepTogether ? 1 : 2);
        if (fit < wanted && !atFreshPosition()) {
            breakPage(style.onNewPage);
            continue;
        }
        fit = std::max<qsizetype>(fit, 1); // a page always takes at least one line, so layout always ends
        const qsizetype to = std::min(lineCount, from + fit);
        const qreal sliceHeight = padding + (to - from) * lineHeight;
        if (style.zebra)
            addFill(QRectF(0, m_y, m_width, sliceHeight), ColorRole::ZebraFill);
        for (const Cell &cell : cells) {
            for (qsizetype k = from; k < to && k < cell.lines.size(); ++k) {
                const QString &line = cell.lines.at(k);
                qreal x = cell.x;
                if (cell.alignment & Qt::AlignRight)
                    x = cell.x + cell.width - m_measure.width(cell.font, line);
                else if (cell.alignment & Qt::AlignHCenter)
                    x = cell.x + (cell.width - m_measure.width(cell.font, line)) / 2;
                const qreal baseline = m_y + style.padTop + (k - from) * lineHeight + ascent;
                addText(cell.font, cell.color, x, baseline, line);
            }
        }
        m_y += sliceHeight;
        if (style.ruleBelow)
            addRule(0, m_width, m_y, ColorRole::LightRule, DocumentStyle::ruleWidth);
        from = to;
        if (from < lineCount)
            breakPage(style.onNewPage);
    }
}

// --- title page
// -----------------------------------------------------------------------------------------------

void DocumentLayouter::layoutTitlePage(const Document &document)
{
    startPage(true);
    addFill(QRectF(0, 0, m_width, pt(8)), ColorRole::Accent);
    m_y = pt(120);
    m_freshY = 0;

    RowStyle style;
    style.keepTogether = false;
    std::vector<Cell> title{
        {0, m_width, Qt::AlignLeft, FontRole::Title, ColorRole::Accent,
         m_measure.wrap(FontRole::Title, printableText(document.title, LineBreaks::Flatten, kMaxLineChars),
                        m_width)}};
    placeRow(title, style);
    if (!document.subtitle.isEmpty()) {
        m_y += pt(10);
        std::vector<Cell> subtitle{
            {0, m_width, Qt::AlignLeft, FontRole::Subtitle, ColorRole::Muted,
             m_measure.wrap(FontRole::Subtitle,
                            printableText(document.subtitle, LineBreaks::Flatten, kMaxLineChars), m_width)}};
        placeRow(subtitle, style);
    }
    m_y += pt(24);
    addRule(0, m_width, m_y, ColorRole::Accent, 1.5);
    m_y += pt(18);
    layoutKeyValues(document.metadata);

    if (!document.titleNote.isEmpty()) {
        std::vector<Cell> note{
            {0, m_width, Qt::AlignLeft, FontRole::Note, ColorRole::Muted,
             m_measure.wrap(FontRole::Note,
                            printableText(document.titleNote, LineBreaks::Keep, kMaxLineChars), m_width)}};
        const qreal height = rowHeight(note, style);
        // The note sits at the foot of the title page, or right after the facts when they run long.
        m_y = std::max(m_y + pt(24), m_bodyBottom - height);
        placeRow(note, style);
    }
}

// --- blocks
// ---------------------------------------------------------------------------------------------------

void DocumentLayouter::layoutBlock(const DocumentBlock &block, const DocumentBlock *next)
{
    switch (block.kind) {
    case DocumentBlock::Kind::Heading:
        layoutHeading(block, next);
        break;
    case DocumentBlock::Kind::Paragraph:
        layoutParagraph(block);
        break;
    case DocumentBlock::Kind::KeyValues:
        layoutKeyValues(block.keyValues);
        m_y += pt(DocumentStyle::blockSpacing - 3);
        break;
    case DocumentBlock::Kind::Bullets:
        layoutBullets(block.items);
        m_y += pt(DocumentStyle::blockSpacing - 2);
        break;
    case DocumentBlock::Kind::Table:
        layoutTable(block);
        m_y += pt(DocumentStyle::blockSpacing + 2);
        break;
    case DocumentBlock::Kind::PageBreak:
        if (!m_layout.pages.back().items.empty())
            breakPage({});
        break;
    }
}

void DocumentLayouter::layoutHeading(const DocumentBlock &block, const DocumentBlock *next)
{
    const bool major = block.level <= 1;
    const FontRole font = major ? FontRole::Heading1 : FontRole::Heading2;
    std::vector<Cell> cells{
        {0, m_width, Qt::AlignLeft, font, ColorRole::Accent,
         m_measure.wrap(font, printableText(block.text, LineBreaks::Flatten, kMaxLineChars), m_width)}};
    RowStyle style;
    style.padBottom = pt(major ? 5 : DocumentStyle::headingSpaceAfter);
    const qreal before = pt(major ? DocumentStyle::heading1SpaceBefore : DocumentStyle::heading2SpaceBefore);
    // Keep the heading with the start of what it introduces.
    const qreal needed = rowHeight(cells, style) + (next ? leadHeight(*next) : 0);
    if (!atFreshPosition() && m_y + before + needed > m_bodyBottom)
        breakPage({});
    addSpace(major ? DocumentStyle::heading1SpaceBefore : DocumentStyle::heading2SpaceBefore);
    placeRow(cells, style);
    if (major) {
        addRule(0, m_width, m_y - pt(2), ColorRole::Accent, 0.75);
        m_y += pt(DocumentStyle::headingSpaceAfter);
    }
}

void DocumentLayouter::layoutParagraph(const DocumentBlock &block)
{
    FontRole font = FontRole::Body;
    ColorRole color = ColorRole::Text;
    if (block.emphasis == DocumentBlock::Emphasis::Strong) {
        font = FontRole::Strong;
    } else if (block.emphasis == DocumentBlock::Emphasis::Note) {
        font = FontRole::Note;
        color = ColorRole::Muted;
    }
    std::vector<Cell> cells{
        {0, m_width, Qt::AlignLeft, font, color,
         m_measure.wrap(font, printableText(block.text, LineBreaks::Keep, kMaxParagraphChars), m_width)}};
    RowStyle style;
    style.keepTogether = false;
    placeRow(cells, style);
    m_y += pt(DocumentStyle::paragraphSpacing);
}

void DocumentLayouter::layoutKeyValues(const KeyValueList &pairs)
{
    qreal keyWidth = 0;
    for (const auto &pair : pairs)
        keyWidth = std::max(keyWidth, m_measure.width(FontRole::Strong, cellText(pair.first)));
    const qreal gap = pt(DocumentStyle::keyValueGap);
    keyWidth = std::min(keyWidth, m_width * 0.34 - gap);
    const qreal valueX = keyWidth + gap;
    RowStyle style;
    style.padBottom = pt(3);
    for (const auto &pair : pairs) {
        std::vector<Cell> cells{
            {0, keyWidth, Qt::AlignLeft, FontRole::Strong, ColorRole::Text,
             m_measure.wrap(FontRole::Strong, cellText(pair.first), keyWidth)},
            {valueX, m_width - valueX, Qt::AlignLeft, FontRole::Body, ColorRole::Text,
             m_measure.wrap(FontRole::Body, printableText(pair.second, LineBreaks::Keep, kMaxParagraphChars),
                            m_width - valueX)}};
        placeRow(cells, style);
    }
}

void DocumentLayouter::layoutBullets(const QStringList &items)
{
    const qreal indent = pt(DocumentStyle::bulletIndent);
    RowStyle style;
    style.padBottom = pt(2.5);
    for (const QString &item : items) {
        std::vector<Cell> cells{
            {pt(3), indent, Qt::AlignLeft, FontRole::Body, ColorRole::Text, {QString(QChar(0x2022))}},
            {indent, m_width - indent, Qt::AlignLeft, FontRole::Body, ColorRole::Text,
             m_measure.wrap(FontRole::Body, printableText(item, LineBreaks::Keep, kMaxParagraphChars),
                            m_width - indent)}};
        placeRow(cells, style);
    }
}

// --- tables
// ---------------------------------------------------------------------------------------------------

qreal DocumentLayouter::widestWord(FontRole font, const QString &text)
{
    qreal widest = 0;
    for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, m_measure.width(font, word.toString()));
    return widest;
}

// Widths from the weights; then a column kept whole grows so that its names stay on one line: all at the cell
// size if the room allows, else all with the longer ones set smaller, else as wide as the room allows (a name
// longer still breaks after a dot or hyphen). The room comes from the other columns in proportion to what
// each can spare without cutting a word, and without wrapping a column that fits on one line. A table without
// such a column, or whose names already fit, is not read ahead. The words measured here are cached for the
// wrapping that follows.
std::vector<qreal> DocumentLayouter::columnWidths(const DocumentBlock &block, bool fitContent)
{
    const size_t count = size_t(block.columns.size());
    std::vector<qreal> weight(count);
    qreal totalWeight = 0;
    for (size_t c = 0; c < count; ++c) {
        weight[c] = std::max<qreal>(block.columns.at(qsizetype(c)).weight, 0.01);
        totalWeight += weight[c];
    }
    std::vector<qreal> width(count);
    for (size_t c = 0; c < count; ++c)
        width[c] = m_width * weight[c] / totalWeight;
    const auto kept = std::find_if(block.columns.cbegin(), block.columns.cend(),
                                   [](const TableColumn &column) { return column.keepWhole; });
    if (!fitContent || !block.rows || kept == block.columns.cend())
        return width;

    const size_t keep = size_t(kept - block.columns.cbegin());
    const qreal pad = 2 * pt(DocumentStyle::cellPaddingH) + pt(0.5);
    const int rowCount = block.rows->rowCount();
    qreal widest = 0;
    QString widestName;
    for (int row = 0; row < rowCount; ++row) {
        const QString name = cellText(block.rows->cell(row, int(keep)));
        const qreal w = m_measure.width(FontRole::TableCell, name);
        if (w > widest) {
            widest = w;
            widestName = name;
        }
    }
    if (widest + pad <= width[keep])
        return width;

    // What each other column can give: a column whose cells all fit on one line gives only the room beyond
    // its widest cell (it must not start wrapping for the names); a column that wraps anyway gives down to
    // its longest word (in a cell or its header).
    std::vector<qreal> longestWord(count, 0);
    std::vector<qreal> widestCell(count, 0);
    for (size_t c = 0; c < count; ++c) {
        if (c != keep)
            longestWord[c] =
                widestWord(FontRole::TableHeader, cellText(block.columns.at(qsizetype(c)).title));
    }
    for (int row = 0; row < rowCount; ++row) {
        const QStringList values = block.rows->row(row);
        for (size_t c = 0; c < count; ++c) {
            if (c == keep)
                continue;
            const QString text = cellText(values.value(qsizetype(c)));
            longestWord[c] = std::max(longestWord[c], widestWord(FontRole::TableCell, text));
            widestCell[c] = std::max(widestCell[c], m_measure.width(FontRole::TableCell, text));
        }
    }
    std::vector<qreal> spare(count, 0);
    qreal slack = 0;
    for (size_t c = 0; c < count; ++c) {
        if (c == keep)
            continue;
        const qreal needed = widestCell[c] + pad <= width[c] ? widestCell[c] : longestWord[c];
        spare[c] = std::max<qreal>(width[c] - needed - pad, 0);
        slack += spare[c];
    }
    // Fonts scale linearly (no hinting), so the widest name at the cell size is the widest set smaller too.
    qreal wanted = widest + pad;
    if (wanted > width[keep] + slack)
        wanted = std::max(m_measure.width(FontRole::TableCellCondensed, widestName) + pad, width[keep]);
    const qreal grow = std::min(wanted - width[keep], slack);
    if (grow <= 0)
        return width;
    for (size_t c = 0; c < count; ++c) {
        if (c != keep)
            width[c] -= grow * spare[c] / slack;
    }
    width[keep] += grow;
    return width;
}

DocumentLayouter::TableGeometry DocumentLayouter::tableGeometry(const DocumentBlock &block, bool fitContent)
{
    TableGeometry geometry;
    const std::vector<qreal> widths = columnWidths(block, fitContent);
    const qreal padH = pt(DocumentStyle::cellPaddingH);
    qreal x = 0;
    for (qsizetype c = 0; c < block.columns.size(); ++c) {
        const TableColumn &column = block.columns.at(c);
        const qreal width = widths[size_t(c)];
        geometry.x.push_back(x);
        geometry.width.push_back(width);
        const qreal inner = std::max<qreal>(width - 2 * padH, 1);
        geometry.header.push_back({x + padH, inner, column.alignment, FontRole::TableHeader, ColorRole::Text,
                                   m_measure.wrap(FontRole::TableHeader, cellText(column.title), inner)});
        x += width;
    }
    RowStyle style;
    style.padTop = style.padBottom = pt(DocumentStyle::cellPaddingV + 0.5);
    geometry.headerHeight = rowHeight(geometry.header, style);
    return geometry;
}

std::vector<DocumentLayouter::Cell> DocumentLayouter::tableRow(const DocumentBlock &block,
                                                               const TableGeometry &geometry, int row)
{
    const QStringList values = block.rows->row(row);
    const qreal padH = pt(DocumentStyle::cellPaddingH);
    std::vector<Cell> cells;
    cells.reserve(block.columns.size());
    for (qsizetype c = 0; c < block.columns.size(); ++c) {
        const qreal inner = std::max<qreal>(geometry.width[c] - 2 * padH, 1);
        const QString text = cellText(values.value(c));
        // A name kept whole that the widened column still cannot hold is set smaller when that fits on a
        // line.
        if (block.columns.at(c).keepWhole && m_measure.width(FontRole::TableCell, text) > inner &&
            m_measure.width(FontRole::TableCellCondensed, text) <= inner) {
            cells.push_back({geometry.x[c] + padH,
                             inner,
                             block.columns.at(c).alignment,
                             FontRole::TableCellCondensed,
                             ColorRole::Text,
                             {text}});
            continue;
        }
        cells.push_back({geometry.x[c] + padH, inner, block.columns.at(c).alignment, FontRole::TableCell,
                         ColorRole::Text, m_measure.wrap(FontRole::TableCell, text, inner)});
    }
    return cells;
}

void DocumentLayouter::placeTableHeader(const TableGeometry &geometry, const QString &continuedCaption)
{
    if (!continuedCaption.isEmpty()) {
        addText(FontRole::Note, ColorRole::Muted, 0, m_y + m_measure.ascent(FontRole::Note),
                continuedCaption);
        m_y += m_measure.lineHeight(FontRole::Note) + pt(2);
    }
    const qreal top = m_y;
    addFill(QRectF(0, top, m_width, geometry.headerHeight), ColorRole::HeaderFill);
    addRule(0, m_width, top, ColorRole::Rule, DocumentStyle::ruleWidth);
    const qreal lineHeight = cellLineHeight(geometry.header);
    const qreal padV = pt(DocumentStyle::cellPaddingV + 0.5);
    for (const Cell &cell : geometry.header) {
        for (qsizetype k = 0; k < cell.lines.size(); ++k) {
            qreal x = cell.x;
            if (cell.alignment & Qt::AlignRight)
                x = cell.x + cell.width - m_measure.width(cell.font, cell.lines.at(k));
            addText(cell.font, cell.color, x, top + padV + k * lineHeight + m_measure.ascent(cell.font),
                    cell.lines.at(k));
        }
    }
    m_y = top + geometry.headerHeight;
    addRule(0, m_width, m_y, ColorRole::Rule, DocumentStyle::ruleWidth);
}

void DocumentLayouter::layoutTable(const DocumentBlock &block)
{
    if (block.columns.isEmpty())
        return;
    const TableGeometry geometry = tableGeometry(block, true);
    const int rowCount = block.rows ? block.rows->rowCount() : 0;
    const QString caption = printableText(block.text, LineBreaks::Flatten, kMaxLineChars);
    const QString continued = caption.isEmpty()
                                  ? QString()
                                  : QCoreApplication::translate("Document", "%1 (continued)").arg(caption);

    RowStyle style;
    style.padTop = style.padBottom = pt(DocumentStyle::cellPaddingV);
    style.ruleBelow = true;
    style.onNewPage = [&] { placeTableHeader(geometry, continued); };

    // The header row never stands alone at the foot of a page: it needs its first row beneath it.
    std::vector<Cell> first;
    if (rowCount > 0)
        first = tableRow(block, geometry, 0);
    const qreal firstHeight = rowCount > 0 ? rowHeight(first, style) : 0;
    const qreal needed =
        geometry.headerHeight + std::min(firstHeight, m_bodyBottom - m_bodyTop - geometry.headerHeight);
    if (!atFreshPosition() && m_y + needed > m_bodyBottom)
        breakPage({});
    placeTableHeader(geometry, QString());
    m_freshY = m_y; // a row taller than the rest of this page may start right under the header

    for (int row = 0; row < rowCount; ++row) {
        std::vector<Cell> cells = row == 0 ? std::move(first) : tableRow(block, geometry, row);
        style.zebra = block.zebra && row % 2 == 1;
        placeRow(cells, style);
    }
    if (rowCount == 0) {
        std::vector<Cell> none{{pt(DocumentStyle::cellPaddingH),
                                m_width,
                                Qt::AlignLeft,
                                FontRole::Note,
                                ColorRole::Muted,
                                {QCoreApplication::translate("Document", "None")}}};
        placeRow(none, style);
    }
    addRule(0, m_width, m_y, ColorRole::Rule, DocumentStyle::ruleWidth);
}

qreal DocumentLayouter::leadHeight(const DocumentBlock &block)
{
    switch (block.kind) {
    case DocumentBlock::Kind::Heading:
        return m_measure.lineHeight(block.level <= 1 ? FontRole::Heading1 : FontRole::Heading2) +
               2 * m_measure.lineHeight(FontRole::Body);
    case DocumentBlock::Kind::Paragraph:
    case DocumentBlock::Kind::KeyValues:
    case DocumentBlock::Kind::Bullets:
        return 2 * m_measure.lineHeight(FontRole::Body);
    case DocumentBlock::Kind::Table:
        if (block.columns.isEmpty())
            return 0;
        return tableGeometry(block, false).headerHeight + m_measure.lineHeight(FontRole::TableCell) +
               2 * pt(DocumentStyle::cellPaddingV);
    case DocumentBlock::Kind::PageBreak:
        break;
    }
    return 0;
}

// --- running header and footer
// --------------------------------------------------------------------------------

void DocumentLayouter::addRunningHeaderAndFooter(const Document &document)
{
    const int total = int(m_layout.pages.size());
    const FontRole font = FontRole::Running;
    const qreal lineHeight = m_measure.lineHeight(font);
    const qreal ascent = m_measure.ascent(font);
    const qreal gap = pt(18);
    const QString left = printableText(document.headerText.isEmpty() ? document.title : document.headerText,
                                       LineBreaks::Flatten, kMaxLineChars);
    const QString agency = printableText(document.agency, LineBreaks::Flatten, kMaxLineChars);
    const qreal agencyWidth = std::min(m_measure.width(font, agency), m_width * 0.45);
    const QString headerRight = m_measure.elided(font, agency, agencyWidth);
    const QString headerLeft = m_measure.elided(font, left, m_width - agencyWidth - gap);
    const QString footerLeft = m_measure.elided(
        font, printableText(document.footerText, LineBreaks::Flatten, kMaxLineChars), m_width * 0.6);

    const qreal headerRule = lineHeight + pt(3);
    const qreal footerRule = m_height - lineHeight - pt(3);
    const qreal footerBaseline = m_height - (lineHeight - ascent);
    for (int page = 1; page < total; ++page) {
        m_page = size_t(page);
        addText(font, ColorRole::Muted, 0, ascent, headerLeft);
        addText(font, ColorRole::Muted, m_width - m_measure.width(font, headerRight), ascent, headerRight);
        addRule(0, m_width, headerRule, ColorRole::Rule, DocumentStyle::ruleWidth);
        addRule(0, m_width, footerRule, ColorRole::Rule, DocumentStyle::ruleWidth);
        addText(font, ColorRole::Muted, 0, footerBaseline, footerLeft);
        const QString number =
            QCoreApplication::translate("Document", "Page %1 of %2").arg(page + 1).arg(total);
        addText(font, ColorRole::Text, m_width - m_measure.width(font, number), footerBaseline, number);
    }
}

} // namespace uproot
