// Where things land on pages: pagination, repeated table headers, rows kept whole, page numbers, bounds.

#include "documentfixtures.h"

#include "model/documents/documentrenderer.h"
#include "model/documents/documentstyle.h"
#include "model/documents/planofactiondocument.h"
#include "model/documents/stringtablesource.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QtTest>

using namespace uproot;

namespace {

// A PDF writer to measure on, writing nowhere.
class MeasuringDevice
{
public:
    explicit MeasuringDevice(const PageSetup &setup = PageSetup())
    {
        m_buffer.open(QIODevice::WriteOnly);
        applyPageSetup(&m_writer, setup);
    }
    QPdfWriter *device() { return &m_writer; }

private:
    QBuffer m_buffer;
    QPdfWriter m_writer{&m_buffer};
};

QString rowName(int row)
{
    return QStringLiteral("row-%1").arg(row, 5, 10, QLatin1Char('0'));
}

Document tableDocument(int rows, const QString &longCell = QString())
{
    auto source = std::make_shared<StringTableSource>();
    for (int row = 0; row < rows; ++row)
        source->append(
            {rowName(row), row == 0 && !longCell.isEmpty() ? longCell : QStringLiteral("value %1").arg(row)});
    Document document;
    document.title = QStringLiteral("Table test");
    document.agency = test::kAgency;
    document.blocks.append(DocumentBlock::heading(QStringLiteral("A table"), 1));
    document.blocks.append(DocumentBlock::paragraph(QStringLiteral("Before the table.")));
    document.blocks.append(
        DocumentBlock::table({{QStringLiteral("Name"), 1.0, Qt::AlignLeft},
                              {QStringLiteral("Value"), longCell.isEmpty() ? 2.0 : 0.06, Qt::AlignLeft}},
                             source, QStringLiteral("A table")));
    return document;
}

bool isText(const LayoutItem &item, FontRole font)
{
    return item.kind == LayoutItem::Kind::Text && item.font == font;
}

} // namespace

class TestDocumentLayout : public QObject
{
    Q_OBJECT

private slots:
    void tableHeaderRepeatsAndRowsStayWhole_data();
    void tableHeaderRepeatsAndRowsStayWhole();
    void rowTallerThanAPageIsSplitBetweenLines();
    void itemsStayInsideThePrintableArea_data();
    void itemsStayInsideThePrintableArea();
    void everyPageButTheTitlePageIsNumbered();
    void headingsNeverEndAPage();
    void moreRowsTakeMorePages();
    void pageBreakStartsANewPage();
    void documentWithoutBlocksIsItsTitlePage();
};

void TestDocumentLayout::tableHeaderRepeatsAndRowsStayWhole_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("a table that fits on one page") << 5;
    QTest::newRow("a table over a few pages") << 150;
    QTest::newRow("a table over dozens of pages") << 2000;
}

void TestDocumentLayout::tableHeaderRepeatsAndRowsStayWhole()
{
    QFETCH(int, rows);
    MeasuringDevice device;
    const DocumentLayout layout = layoutDocument(tableDocument(rows), device.device());

    int nextRow = 0;
    for (size_t page = 1; page < layout.pages.size(); ++page) {
        qreal headerY = -1;
        qreal firstRowY = -1;
        for (const LayoutItem &item : layout.pages[page].items) {
            if (isText(item, FontRole::TableHeader) && item.text == QStringLiteral("Name"))
                headerY = item.rect.y();
            if (isText(item, FontRole::TableCell) && item.text.startsWith(QStringLiteral("row-"))) {
                // Every row appears once, whole, in order.
                QCOMPARE(item.text, rowName(nextRow));
                ++nextRow;
                if (firstRowY < 0)
                    firstRowY = item.rect.y();
            }
        }
        if (firstRowY >= 0) {
            QVERIFY2(headerY >= 0,
                     qPrintable(QStringLiteral("page %1 has rows but no header").arg(page + 1)));
            QVERIFY(headerY < firstRowY);
        }
    }
    QCOMPARE(nextRow, rows);
}

void TestDocumentLayout::rowTallerThanAPageIsSplitBetweenLines()
{
    QString longCell;
    for (int i = 0; longCell.size() < 900; ++i)
        longCell += QStringLiteral("word%1 ").arg(i);
    MeasuringDevice device;
    const DocumentLayout layout = layoutDocument(tableDocument(1, longCell), device.device());
    QVERIFY2(layout.pages.size() >= 4, "the tall row should run over several pages");

    QString seen;
    for (size_t page = 1; page < layout.pages.size(); ++page) {
        bool header = false;
        bool piece = false;
        for (const LayoutItem &item : layout.pages[page].items) {
            header = header || (isText(item, FontRole::TableHeader) && item.text == QStringLiteral("Name"));
            // The one row's name and its tall cell: every cell line but the name belongs to the tall cell.
            if (isText(item, FontRole::TableCell) && item.text != rowName(0)) {
                seen += item.text;
                piece = true;
            }
        }
        if (piece)
            QVERIFY2(header,
                     qPrintable(QStringLiteral("page %1 continues the row without a header").arg(page + 1)));
    }
    QString expected = longCell;
    expected.remove(u' ');
    seen.remove(u' ');
    QCOMPARE(seen, expected);
}

void TestDocumentLayout::itemsStayInsideThePrintableArea_data()
{
    QTest::addColumn<bool>("a4");
    QTest::newRow("US Letter") << false;
    QTest::newRow("A4") << true;
}

void TestDocumentLayout::itemsStayInsideThePrintableArea()
{
    QFETCH(bool, a4);
    PageSetup setup;
    setup.paper = a4 ? PageSetup::Paper::A4 : PageSetup::Paper::Letter;
    MeasuringDevice device(setup);
    const DocumentLayout layout =
        layoutDocument(buildPlanOfActionDocument(test::samplePlan(300)), device.device());
    const DocumentStyle style;
    const QSizeF size = layout.printableSize;
    QVERIFY(size.width() > 0 && size.height() > 0);
    const qreal slack = 0.5 * layout.dotsPerPoint;
    for (size_t page = 0; page < layout.pages.size(); ++page) {
        for (const LayoutItem &item : layout.pages[page].items) {
            const QString where = QStringLiteral("page %1: %2").arg(page + 1).arg(item.text);
            if (item.kind == LayoutItem::Kind::Text) {
                const QFontMetricsF metrics(style.font(item.font), device.device());
                QVERIFY2(item.rect.x() >= -slack, qPrintable(where));
                QVERIFY2(item.rect.x() + metrics.horizontalAdvance(item.text) <= size.width() + slack,
                         qPrintable(where));
                QVERIFY2(item.rect.y() - metrics.ascent() >= -slack, qPrintable(where));
                QVERIFY2(item.rect.y() + metrics.descent() <= size.height() + slack, qPrintable(where));
            } else {
                const QRectF bounds = item.rect.normalized();
                QVERIFY2(bounds.left() >= -slack && bounds.right() <= size.width() + slack,
                         qPrintable(where));
                QVERIFY2(bounds.top() >= -slack && bounds.bottom() <= size.height() + slack,
                         qPrintable(where));
            }
        }
    }
}

void TestDocumentLayout::everyPageButTheTitlePageIsNumbered()
{
    MeasuringDevice device;
    const DocumentLayout layout =
        layoutDocument(buildPlanOfActionDocument(test::samplePlan(120)), device.device());
    const int total = int(layout.pages.size());
    QVERIFY(total > 3);
    for (int page = 0; page < total; ++page) {
        QStringList numbers;
        for (const LayoutItem &item : layout.pages[size_t(page)].items) {
            if (isText(item, FontRole::Running) && item.text.startsWith(QStringLiteral("Page ")))
                numbers.append(item.text);
        }
        if (page == 0)
            QVERIFY2(numbers.isEmpty(), "the title page carries no running footer");
        else
            QCOMPARE(numbers, QStringList{QStringLiteral("Page %1 of %2").arg(page + 1).arg(total)});
    }
}

void TestDocumentLayout::headingsNeverEndAPage()
{
    // Many short sections, so headings fall at every possible height of a page.
    Document document;
    document.title = QStringLiteral("Headings");
    for (int i = 0; i < 120; ++i) {
        document.blocks.append(DocumentBlock::heading(QStringLiteral("Section %1").arg(i), 1 + i % 2));
        document.blocks.append(DocumentBlock::paragraph(
            QString(40 + (i * 37) % 400, u'x')
                .replace(QRegularExpression(QStringLiteral("x{9}")), QStringLiteral("xxxxxxxx "))));
    }
    MeasuringDevice device;
    const DocumentLayout layout = layoutDocument(document, device.device());
    QVERIFY(layout.pages.size() > 3);
    for (size_t page = 1; page < layout.pages.size(); ++page) {
        const LayoutItem *last = nullptr;
        for (const LayoutItem &item : layout.pages[page].items) {
            if (item.kind == LayoutItem::Kind::Text && item.font != FontRole::Running &&
                (!last || item.rect.y() >= last->rect.y()))
                last = &item;
        }
        QVERIFY(last);
        QVERIFY2(
            last->font != FontRole::Heading1 && last->font != FontRole::Heading2,
            qPrintable(QStringLiteral("page %1 ends with the heading %2").arg(page + 1).arg(last->text)));
    }
}

void TestDocumentLayout::moreRowsTakeMorePages()
{
    MeasuringDevice device;
    const size_t few =
        layoutDocument(buildPlanOfActionDocument(test::samplePlan(20)), device.device()).pages.size();
    const size_t many =
        layoutDocument(buildPlanOfActionDocument(test::samplePlan(2000)), device.device()).pages.size();
    QVERIFY2(many > few + 20,
             qPrintable(QStringLiteral("%1 pages for 20 rows, %2 for 2,000").arg(few).arg(many)));
}

void TestDocumentLayout::pageBreakStartsANewPage()
{
    Document document;
    document.title = QStringLiteral("Breaks");
    document.blocks = {DocumentBlock::paragraph(QStringLiteral("before the break")),
                       DocumentBlock::pageBreak(),
                       DocumentBlock::paragraph(QStringLiteral("after the break"))};
    MeasuringDevice device;
    const DocumentLayout layout = layoutDocument(document, device.device());
    auto pageOf = [&](const QString &text) {
        for (size_t page = 0; page < layout.pages.size(); ++page) {
            for (const LayoutItem &item : layout.pages[page].items) {
                if (item.text == text)
                    return int(page);
            }
        }
        return -1;
    };
    QCOMPARE(pageOf(QStringLiteral("before the break")), 1);
    QCOMPARE(pageOf(QStringLiteral("after the break")), 2);
    QCOMPARE(layout.pages.size(), size_t(3));
}

void TestDocumentLayout::documentWithoutBlocksIsItsTitlePage()
{
    Document document;
    document.title = QStringLiteral("Only a title");
    MeasuringDevice device;
    QCOMPARE(layoutDocument(document, device.device()).pages.size(), size_t(1));
}

QTEST_MAIN(TestDocumentLayout)
#include "tst_documentlayout.moc"
