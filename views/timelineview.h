#pragma once

#include "model/timeline/timelineprint.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QScrollBar;
class QStackedWidget;
class QTableView;

namespace uproot {

class Project;
class TimelineChart;
class TimelineModel;

// The timeline pane: the plan's rows (grouped by component, team or system; a group or a system expands to
// its systems or tasks) beside the chart of their bars against the directive's milestones, scrolling together
// on one vertical scroll bar. Zoom with Ctrl+wheel, Ctrl++ and Ctrl+- or the toolbar's days, weeks and
// months; drag a bar to move its work (one undoable step through the project). A task moved by hand holds its
// day when the plan is made again; "Release hold" lets the plan place the selected row's work again. A
// project without tasks says so.
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setProject(Project *project);

    TimelineModel *model() const { return m_model; }
    TimelineChart *chart() const { return m_chart; }
    QTableView *rowsView() const { return m_rows; }
    QComboBox *groupBox() const { return m_group; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *releaseHoldAction() const { return m_releaseHold; }
    // The plain message shown instead of the chart (no project, no tasks), or of a refused move.
    QString emptyMessage() const;
    QString notice() const;
    bool showsChart() const;
    // The rows as shown (grouping, what is open) at the zoom shown, over the dates last chosen to print (the
    // plan's whole range at first), on tiled Letter landscape pages.
    TimelinePrintOptions printOptions() const;
    bool writePdf(const QString &path, QString *error, int *pages);
    // Qt's print preview of the rows as shown (window-modal, a child of this pane): the page count in its
    // toolbar before anything is printed, and the pages tiled again for the paper and orientation chosen in
    // its page setup.
    void printPreview();

private:
    void reloaded();
    void moveRequested(int row, const QDate &start);
    // The holds of the current row's task, or of all the tasks of its system (one undoable step).
    void releaseHold();
    void syncHorizontalBar();
    void setUnit(TimelineScale::Unit unit);
    // Asks which dates to print (TimelinePrintRangeDialog, window-modal), keeps them and then does the rest.
    void askPrintRange(const std::function<void()> &then);
    // Asks where and writes the pages.
    void exportPdf();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QPointer<Project> m_project;
    TimelineModel *m_model;
    TimelineChart *m_chart;
    QTableView *m_rows;
    QScrollBar *m_vbar;
    QScrollBar *m_hbar;
    QComboBox *m_group;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_notice;
    QDate m_printFrom;
    QDate m_printTo;
    QPageSize::PageSizeId m_printPaper = QPageSize::Letter;
    QPageLayout::Orientation m_printOrientation = QPageLayout::Landscape;
    QAction *m_zoomIn;
    QAction *m_releaseHold = nullptr;
    QAction *m_zoomOut;
};

} // namespace uproot
