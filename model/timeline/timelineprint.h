#pragma once

#include "model/documents/documentaudithead.h"
#include "model/timeline/timelinemodel.h"
#include "model/timeline/timelinescale.h"

#include <QDate>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>

class QPagedPaintDevice;

namespace uproot {

class Project;

// What a printed timeline covers and how it is laid out on paper.
struct TimelinePrintOptions
{
    QDate from; // invalid: from the plan's first date
    QDate to;   // invalid: to its last
    QPageSize::PageSizeId paper = QPageSize::Letter;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    TimelineScale::Unit unit = TimelineScale::Unit::Weeks;
    // The project's audit trail head when the timeline is made: printed on a closing page (the tiles have no
    // room for it) and written into the PDF's metadata, like the other documents (model/documents/
    // documentaudithead.h), so that a timeline sent out pins the trail too. Invalid: no closing page.
    DocumentAuditHead auditHead;
};

// The timeline on paper, tiled: the rows in bands as tall as a page holds, the dates in strips as wide as a
// page holds, every page with the row labels on its left and the milestones and date band on its top
// (TimelinePainter, as on screen), and a footer saying where the page sits ("row band 2 of 5, dates 3 of 4")
// so that the pages tape together. The page count is known before anything is painted.
class TimelinePrint final
{
public:
    TimelinePrint(const TimelineModel &model, const TimelinePrintOptions &options);

    // False, with the reason in plain words, when nothing falls in the range (no rows, or no dates).
    bool check(QString *error) const;
    QPageLayout pageLayout() const;
    int rowBands() const;
    int dateStrips() const;
    // The tiles, and a closing page when an audit head is to be printed.
    int pageCount() const { return rowBands() * dateStrips() + (m_options.auditHead.isValid() ? 1 : 0); }
    // Paints every page into a device already set to pageLayout() (a QPdfWriter, a printer, a preview).
    bool paint(QPagedPaintDevice *device, const QString &title, QString *error) const;

    // The pages as a PDF file, written whole or not at all: painted into a temporary file that replaces the
    // file only when every byte was written (a full disk leaves no half PDF under the name).
    bool writePdfFile(const QString &path, const QString &title, QString *error) const;
    // The whole project's timeline (grouped by component, systems shown) as a PDF file.
    static bool writePdf(Project &project, const TimelinePrintOptions &options, const QString &path,
                         QString *error, int *pages);

private:
    // The page's content in points: where the labels, the chart and the footer go.
    QRectF content() const;
    double labelWidth() const;
    // The labels' font: 8 units, which are points on paper.
    static QFont paperFont();
    int rowsPerBand() const;
    QDate from() const;
    QDate to() const;

    const TimelineModel &m_model;
    TimelinePrintOptions m_options;
    mutable double m_labelWidth = -1; // measured once, on first use
};

} // namespace uproot
