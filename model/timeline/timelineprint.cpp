#include "model/timeline/timelineprint.h"

#include "model/documents/documentrenderer.h"
#include "model/documents/writefailure.h"
#include "model/project/project.h"
#include "model/timeline/timelinepainter.h"
#include "model/translation.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <algorithm>
#include <QSaveFile>
#include <cerrno>
#include <cmath>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(TimelinePrint)

namespace {
constexpr double kFooter = 16; // points under the rows for the page's place and number
constexpr double kMarginPt = 30;
constexpr int kResolution = 72; // one device unit is one point, so the painter's pixel sizes are points
// A row on paper: 13 points hold the 8-point labels and a bar 8 points tall. Paper is read from closer than a
// screen, and the screen's 22 would nearly double the pages (and the time to print them: most of a page's
// cost is its header and footer, so pages, not rows, set the time).
constexpr double kRowHeight = 13;
} // namespace

TimelinePrint::TimelinePrint(const TimelineModel &model, const TimelinePrintOptions &options)
    : m_model(model), m_options(options)
{
}

QDate TimelinePrint::from() const
{
    return m_options.from.isValid() ? m_options.from : m_model.plan().first;
}

QDate TimelinePrint::to() const
{
    return m_options.to.isValid() ? m_options.to : m_model.plan().last;
}

bool TimelinePrint::check(QString *error) const
{
    if (m_model.rowCount() == 0) {
        *error = tr("the project has no tasks to print on a timeline; generate the plan first");
        return false;
    }
    if (!from().isValid() || !to().isValid() || from() > to()) {
        *error = tr("the date range %1 to %2 selects no days")
                     .arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
        return false;
    }
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const QModelIndex i = m_model.index(r, 0);
        if (i.data(TimelineModel::StartRole).toDate() <= to() &&
            i.data(TimelineModel::FinishRole).toDate() >= from())
            return true;
    }
    *error =
        tr("no work falls between %1 and %2").arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
    return false;
}

QPageLayout TimelinePrint::pageLayout() const
{
    return QPageLayout(QPageSize(m_options.paper), m_options.orientation,
                       QMarginsF(kMarginPt, kMarginPt, kMarginPt, kMarginPt), QPageLayout::Point);
}

QRectF TimelinePrint::content() const
{
    const QRectF paint = pageLayout().paintRect(QPageLayout::Point);
    return QRectF(0, 0, paint.width(), paint.height());
}

QFont TimelinePrint::paperFont()
{
    QFont font;
    font.setPixelSize(8);
    // No ligatures, as in the other documents (model/documents/documentstyle.cpp): the audit trail head's
    // hash is copied out of the PDF and compared, and "ff" drawn as one glyph copies as U+FB00.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

double TimelinePrint::labelWidth() const
{
    // As wide as the widest label needs, between 80 points and 190 (or a third of the page), so that short
    // system names leave the page to the dates: fewer strips, fewer pages.
    if (m_labelWidth < 0) {
        const QFontMetricsF metrics(paperFont());
        double widest = 0;
        for (int r = 0; r < m_model.rowCount(); ++r) {
            const QModelIndex i = m_model.index(r, 0);
            widest = std::max(widest, metrics.horizontalAdvance(i.data().toString()) +
                                          i.data(TimelineModel::DepthRole).toInt() * 10);
        }
        m_labelWidth = std::clamp(widest + 12, 80.0, std::min(190.0, content().width() / 3));
    }
    return m_labelWidth;
}

int TimelinePrint::rowsPerBand() const
{
    return qMax(1, int((content().height() - TimelinePainter::kHeaderHeight - kFooter) / kRowHeight));
}

int TimelinePrint::rowBands() const
{
    return qMax(1, (m_model.rowCount() + rowsPerBand() - 1) / rowsPerBand());
}

int TimelinePrint::dateStrips() const
{
    const double width = double(from().daysTo(to()) + 1) * TimelineScale::pixelsPerDayFor(m_options.unit);
    return qMax(1, int(std::ceil(width / (content().width() - labelWidth()))));
}

bool TimelinePrint::paint(QPagedPaintDevice *device, const QString &title, QString *error) const
{
    if (!check(error))
        return false;
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("cannot start painting the pages");
        return false;
    }
    // Drawn in points on any device: the painter scaled from the device's resolution, the font sized in those
    // units (a size in points would be scaled twice).
    const double scale = device->logicalDpiX() / double(kResolution);
    painter.scale(scale, scale);
    painter.setFont(paperFont());
    const QFontMetricsF metrics(painter.font());

    TimelinePainter chart(&m_model);
    chart.setRowHeight(kRowHeight);
    chart.setScale(TimelineScale(from(), TimelineScale::pixelsPerDayFor(m_options.unit)));
    chart.setMilestones(m_model.plan().milestones);
    chart.setStatusDate(m_model.plan().statusDate);
    chart.setToday(m_model.plan().statusDate); // paper shows the status date; "today" is the day it is read
    const QRectF page = content();
    const double labels = labelWidth();
    const double chartWidth = page.width() - labels;
    const int perBand = rowsPerBand();
    const int bands = rowBands();
    const int strips = dateStrips();
    const int total = pageCount();
    // A band's labels, elided and shaped once and drawn as glyphs on each of its strips: shaping text is a
    // good part of a page's cost, and a band's labels are the same on all its strips.
    struct Label
    {
        QList<QGlyphRun> glyphs;
        QPointF at;
        bool group;
    };
    QList<Label> labelsOfBand;
    const double baseline = (kRowHeight + metrics.ascent() - metrics.descent()) / 2;
    int number = 0;
    for (int band = 0; band < bands; ++band) {
        const int first = band * perBand;
        const int rows = qMin(perBand, m_model.rowCount() - first);
        labelsOfBand.clear();
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = m_model.index(first + r, 0);
            const int depth = i.data(TimelineModel::DepthRole).toInt();
            const double width = labels - 8 - depth * 10;
            QTextLayout layout(metrics.elidedText(i.data().toString(), Qt::ElideRight, width), painter.font(),
                               device);
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            labelsOfBand.append(
                {layout.glyphRuns(),
                 QPointF(4 + depth * 10,
                         TimelinePainter::kHeaderHeight + r * kRowHeight + baseline - metrics.ascent()),
                 i.data(TimelineModel::KindRole).toInt() == int(TimelineModel::RowKind::Group)});
        }
        for (int strip = 0; strip < strips; ++strip) {
            if (number > 0 && !device->newPage()) {
                *error = tr("cannot add page %1").arg(number + 1);
                return false;
            }
            ++number;
            const double height = TimelinePainter::kHeaderHeight + rows * kRowHeight;
            chart.paint(painter, QRectF(labels, 0, chartWidth, height), strip * chartWidth,
                        first * kRowHeight);
            // The row labels, repeated on every page of the band, with the title above them.
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, 0, labels - 4, TimelinePainter::kHeaderHeight - 4),
                             Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, title);
            for (int r = 0; r < rows; ++r) {
                const Label &label = labelsOfBand.at(r);
                if (label.group)
                    painter.fillRect(
                        QRectF(0, TimelinePainter::kHeaderHeight + r * kRowHeight, labels, kRowHeight),
                        QColor(0xf3, 0xf4, 0xf6));
                for (const QGlyphRun &run : label.glyphs)
                    painter.drawGlyphRun(label.at, run);
            }
            painter.setPen(QColor(0x99, 0x99, 0x99));
            painter.drawLine(QPointF(labels, 0), QPointF(labels, height));
            painter.drawRect(QRectF(0, 0, page.width(), height));
            const QDate stripFrom = chart.scale().dayAt(strip * chartWidth);
            const QDate stripTo = qMin(to(), chart.scale().dayAt((strip + 1) * chartWidth).addDays(-1));
            painter.setPen(Qt::black);
            const double footer =
                page.height() - kFooter / 2 + (metrics.ascent() - metrics.descent()) / 2 + 2;
            painter.drawText(QPointF(0, footer),
                             tr("Rows %1 to %2 (band %3 of %4), %5 to %6 (strip %7 of %8)")
                                 .arg(first + 1)
                                 .arg(first + rows)
                                 .arg(band + 1)
                                 .arg(bands)
                                 .arg(QLocale().toString(stripFrom, QLocale::ShortFormat),
                                      QLocale().toString(stripTo, QLocale::ShortFormat))
                                 .arg(strip + 1)
                                 .arg(strips));
            const QString pageNumber = tr("Page %1 of %2").arg(number).arg(total);
            painter.drawText(QPointF(page.width() - metrics.horizontalAdvance(pageNumber), footer),
                             pageNumber);
        }
    }
    if (m_options.auditHead.isValid()) {
        // The closing page: what the pages show and the audit trail head, as the other documents print it.
        if (!device->newPage()) {
            *error = tr("cannot add page %1").arg(number + 1);
            return false;
        }
        ++number;
        const QString text =
            tr("%1\n\nDates %2 to %3, %4 rows: %5 pages in %6 row band(s) of %7 date strip(s); the pages of "
               "a "
               "band tape together side by side.\n\nAudit trail head: %8 events, SHA-256 %9")
                .arg(title, QLocale().toString(from(), QLocale::LongFormat),
                     QLocale().toString(to(), QLocale::LongFormat), QString::number(m_model.rowCount()),
                     QString::number(bands * strips), QString::number(bands), QString::number(strips),
                     QString::number(m_options.auditHead.events), m_options.auditHead.hash);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, page.width(), page.height() - kFooter),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, text);
        const double footer = page.height() - kFooter / 2 + (metrics.ascent() - metrics.descent()) / 2 + 2;
        const QString pageNumber = tr("Page %1 of %2").arg(number).arg(total);
        painter.drawText(QPointF(page.width() - metrics.horizontalAdvance(pageNumber), footer), pageNumber);
    }
    painter.end();
    return true;
}

bool TimelinePrint::writePdf(Project &project, const TimelinePrintOptions &options, const QString &path,
                             QString *error, int *pages)
{
    TimelineModel model;
    model.setProject(&project);
    TimelinePrintOptions withHead = options;
    const AuditHead head = project.audit().head();
    withHead.auditHead = {head.events, head.hash};
    const TimelinePrint print(model, withHead);
    if (!print.check(error))
        return false;
    if (!print.writePdfFile(path, tr("Timeline: %1").arg(project.displayName()), error))
        return false;
    *pages = print.pageCount();
    return true;
}

bool TimelinePrint::writePdfFile(const QString &path, const QString &title, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution * 4);
        writer.setPageLayout(pageLayout());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Uproot"));
        Document metadata;
        metadata.title = title;
        metadata.auditHead = m_options.auditHead;
        writer.setDocumentXmpMetadata(pdfXmpMetadata(metadata));
        if (!paint(&writer, title, error)) {
            file.cancelWriting();
            return false;
        }
    } // the writer ends the document here
    errno = 0;
    if (!file.commit()) {
        const int systemError = errno;
        *error = tr("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), writeFailureReason(file, systemError));
        return false;
    }
    return true;
}

} // namespace uproot
