#pragma once

#include "model/documents/document.h"
#include "model/documents/documentlayout.h"
#include "model/documents/documentstyle.h"
#include "model/documents/textmeasurer.h"

#include <QSizeF>
#include <functional>
#include <vector>

class QPaintDevice;

namespace uproot {

// Places a document's blocks on pages: the one place where a page breaks. Text is measured on the device that
// will be painted, so what is laid out is what is drawn. Rows of a table never split across pages unless one
// row is taller than a page; the table's header row repeats on every page it continues onto; a heading never
// ends a page. Work is linear in the number of rows: each row is read, wrapped and placed once.
class DocumentLayouter
{
public:
    DocumentLayouter(const DocumentStyle &style, QPaintDevice *device, const QSizeF &printableSize);

    DocumentLayout layout(const Document &document);

private:
    struct Cell
    {
        qreal x = 0;
        qreal width = 0;
        Qt::Alignment alignment = Qt::AlignLeft;
        FontRole font = FontRole::Body;
        ColorRole color = ColorRole::Text;
        QStringList lines;
    };
    struct RowStyle
    {
        qreal padTop = 0;
        qreal padBottom = 0;
        bool keepTogether = true;
        bool zebra = false;
        bool ruleBelow = false;
        std::function<void()> onNewPage; // e.g. repeat the table's header row
    };
    struct TableGeometry
    {
        std::vector<qreal> x;
        std::vector<qreal> width;
        std::vector<Cell> header;
        qreal headerHeight = 0;
    };

    void layoutTitlePage(const Document &document);
    void layoutBlock(const DocumentBlock &block, const DocumentBlock *next);
    void layoutHeading(const DocumentBlock &block, const DocumentBlock *next);
    void layoutParagraph(const DocumentBlock &block);
    void layoutKeyValues(const KeyValueList &pairs);
    void layoutBullets(const QStringList &items);
    void layoutTable(const DocumentBlock &block);
    // fitContent reads every row to widen the columns kept whole; without it (to estimate a table's first
    // lines) the weights alone decide.
    TableGeometry tableGeometry(const DocumentBlock &block, bool fitContent);
    std::vector<qreal> columnWidths(const DocumentBlock &block, bool fitContent);
    qreal widestWord(FontRole font, const QString &text);
    std::vector<Cell> tableRow(const DocumentBlock &block, const TableGeometry &geometry, int row);
    void placeTableHeader(const TableGeometry &geometry, const QString &continuedCaption);
    qreal leadHeight(const DocumentBlock &block);
    void addRunningHeaderAndFooter(const Document &document);

    void startPage(bool titlePage);
    void breakPage(const std::function<void()> &onNewPage);
    bool atFreshPosition() const;
    void placeRow(std::vector<Cell> &cells, const RowStyle &style);
    void addSpace(qreal points);
    void addText(FontRole font, ColorRole color, qreal x, qreal baseline, const QString &text);
    void addFill(const QRectF &rect, ColorRole color);
    void addRule(qreal x1, qreal x2, qreal y, ColorRole color, qreal widthPoints);
    qreal pt(qreal points) const { return points * m_dotsPerPoint; }
    qreal rowHeight(const std::vector<Cell> &cells, const RowStyle &style) const;
    qreal cellLineHeight(const std::vector<Cell> &cells) const;

    const DocumentStyle &m_style;
    TextMeasurer m_measure;
    DocumentLayout m_layout;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_dotsPerPoint = 1;
    qreal m_bodyTop = 0;
    qreal m_bodyBottom = 0;
    qreal m_y = 0;
    size_t m_page = 0;  // the page items are added to
    qreal m_freshY = 0; // where content starts on the current page (after a repeated table header)
};

} // namespace uproot
