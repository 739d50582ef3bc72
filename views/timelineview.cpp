#include "views/timelineview.h"

#include "model/project/project.h"
#include "model/timeline/timelinemodel.h"
#include "views/timelinechart.h"
#include "views/timelineprintrangedialog.h"
#include "views/timelinerowdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace uproot {

namespace {
// Dates this far from the status date are most likely typed wrong; the pane says so rather than hiding them.
constexpr qint64 kFarDays = 20 * 365;
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_model(new TimelineModel(this)), m_chart(new TimelineChart), m_rows(new QTableView),
      m_vbar(new QScrollBar(Qt::Vertical)), m_hbar(new QScrollBar(Qt::Horizontal)), m_group(new QComboBox),
      m_stack(new QStackedWidget), m_empty(new QLabel), m_notice(new QLabel)
{
    auto *toolbar = new QToolBar(tr("Timeline"));
    toolbar->setAccessibleName(tr("Timeline tools"));
    auto *groupLabel = new QLabel(tr("&Group by:"));
    groupLabel->setBuddy(m_group);
    m_group->addItem(tr("Component"), int(TimelineModel::Grouping::Component));
    m_group->addItem(tr("Team"), int(TimelineModel::Grouping::Team));
    m_group->addItem(tr("System"), int(TimelineModel::Grouping::System));
    m_group->setAccessibleName(tr("Group rows by"));
    toolbar->addWidget(groupLabel);
    toolbar->addWidget(m_group);
    toolbar->addSeparator();

    const auto add = [&](const QString &text, const QString &tip, const QList<QKeySequence> &keys,
                         auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        action->setShortcuts(keys);
        // Only while the timeline has the focus: the other panes keep their own keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        toolbar->addAction(action);
        return action;
    };
    m_zoomOut = add(tr("Zoom out"), tr("Show more days (Ctrl+-)"), {QKeySequence::ZoomOut},
                    [this] { m_chart->zoomBy(1 / 1.5); });
    m_zoomIn =
        add(tr("Zoom in"), tr("Show fewer days, larger (Ctrl++)"),
            {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, [this] { m_chart->zoomBy(1.5); });
    add(tr("Days"), tr("A column per day"), {}, [this] { setUnit(TimelineScale::Unit::Days); });
    add(tr("Weeks"), tr("A column per week"), {}, [this] { setUnit(TimelineScale::Unit::Weeks); });
    add(tr("Months"), tr("A column per month"), {}, [this] { setUnit(TimelineScale::Unit::Months); });
    toolbar->addSeparator();
    add(tr("Status date"), tr("Scroll to the status date"), {}, [this] {
        if (m_project)
            m_chart->scrollToDate(m_model->plan().statusDate);
    });
    add(tr("Print preview..."), tr("The rows shown, at this zoom, as they will print (Ctrl+P)"),
        {QKeySequence::Print}, [this] { askPrintRange([this] { printPreview(); }); });
    add(tr("Export PDF..."), tr("The rows shown, at this zoom, on tiled pages"), {},
        [this] { askPrintRange([this] { exportPdf(); }); });
    add(tr("Expand all"), tr("Show every task"), {}, [this] { m_model->expandAll(); });
    add(tr("Collapse all"), tr("Show only the groups"), {}, [this] { m_model->collapseAll(); });
    toolbar->addSeparator();
    m_releaseHold =
        add(tr("Release hold"),
            tr("A task moved by hand keeps its day when the plan is made again: let the plan place "
               "the selected task, or the selected system's work, again"),
            {}, [this] { releaseHold(); });
    m_releaseHold->setObjectName(QStringLiteral("releaseHold"));

    m_rows->setModel(m_model);
    m_rows->setItemDelegate(new TimelineRowDelegate(m_rows));
    m_rows->setAccessibleName(tr("Timeline rows"));
    m_rows->setFrameShape(QFrame::NoFrame);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_rows->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rows->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_rows->setWordWrap(false);
    m_rows->verticalHeader()->setVisible(false);
    m_rows->verticalHeader()->setMinimumSectionSize(TimelinePainter::kRowHeight);
    m_rows->verticalHeader()->setDefaultSectionSize(TimelinePainter::kRowHeight);
    m_rows->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The header as tall as the chart's, so that a row and its bar sit on one line.
    m_rows->horizontalHeader()->setFixedHeight(TimelinePainter::kHeaderHeight);
    m_rows->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    // Sized to their content from the font, not by measuring rows: ten thousand rows would take a while.
    const QFontMetrics metrics(m_rows->font());
    const int date =
        metrics.horizontalAdvance(QLocale().toString(QDate(2027, 12, 28), QLocale::ShortFormat)) + 16;
    m_rows->setColumnWidth(TimelineModel::Name, metrics.horizontalAdvance(QLatin1Char('M')) * 16 + 40);
    m_rows->setColumnWidth(TimelineModel::Team, metrics.horizontalAdvance(QLatin1Char('n')) * 15 + 12);
    m_rows->setColumnWidth(TimelineModel::Start, date);
    m_rows->setColumnWidth(TimelineModel::Finish, date);
    m_rows->setColumnWidth(TimelineModel::Progress, metrics.horizontalAdvance(tr("in progress")) + 16);
    m_rows->installEventFilter(this);
    m_chart->setModel(m_model);

    // One vertical scroll bar for both halves: the row list's own is hidden and follows this one.
    QScrollBar *inner = m_rows->verticalScrollBar();
    connect(inner, &QScrollBar::rangeChanged, this, [this, inner](int min, int max) {
        m_vbar->setRange(min, max);
        m_vbar->setPageStep(inner->pageStep());
        m_vbar->setSingleStep(TimelinePainter::kRowHeight);
    });
    connect(inner, &QScrollBar::valueChanged, m_vbar, &QScrollBar::setValue);
    connect(m_vbar, &QScrollBar::valueChanged, inner, &QScrollBar::setValue);
    connect(inner, &QScrollBar::valueChanged, m_chart, &TimelineChart::setScrollY);
    connect(m_chart, &TimelineChart::rowsScrolled, this,
            [this](int by) { m_vbar->setValue(m_vbar->value() + by); });
    connect(m_hbar, &QScrollBar::valueChanged, m_chart, [this](int x) { m_chart->setScrollX(x); });
    connect(m_chart, &TimelineChart::viewChanged, this, &TimelineView::syncHorizontalBar);
    connect(m_chart, &TimelineChart::moveRequested, this, &TimelineView::moveRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::reloaded);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (showsChart())
            m_chart->setDateRange(m_model->plan().first, m_model->plan().last);
    });
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setGrouping(TimelineModel::Grouping(m_group->currentData().toInt())); });

    auto *chartSide = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_hbar);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("timelineSplitter"));
    splitter->addWidget(m_rows);
    splitter->addWidget(chartSide);
    splitter->setStretchFactor(1, 1);
    int rowsWidth = 0;
    for (int c = 0; c < TimelineModel::ColumnCount; ++c)
        rowsWidth += m_rows->columnWidth(c);
    splitter->setSizes({rowsWidth + 2, 900});
    auto *content = new QWidget;
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(splitter, 1);
    // The shared bar ends where the rows end, above the horizontal bars.
    auto *vbarColumn = new QVBoxLayout;
    vbarColumn->setContentsMargins(0, TimelinePainter::kHeaderHeight, 0, m_hbar->sizeHint().height());
    vbarColumn->addWidget(m_vbar);
    contentLayout->addLayout(vbarColumn);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setAccessibleName(tr("Timeline notice"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    setUnit(TimelineScale::Unit::Weeks);
    reloaded();
}

void TimelineView::setProject(Project *project)
{
    m_project = project;
    m_model->setProject(project);
    m_printFrom = m_printTo = QDate(); // another project: its own whole range
    if (project)
        m_chart->scrollToDate(m_model->plan().first.isValid() ? m_model->plan().first : project->asOf());
}

QString TimelineView::emptyMessage() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

QString TimelineView::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

bool TimelineView::showsChart() const
{
    return m_stack->currentWidget() != m_empty;
}

void TimelineView::reloaded()
{
    const TimelinePlan &plan = m_model->plan();
    m_notice->setVisible(false);
    if (!m_project) {
        m_empty->setText(tr("Open a project to see its plan on a timeline."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (plan.tasks.isEmpty()) {
        m_empty->setText(
            tr("This project has no tasks yet, so there is nothing to show on the timeline. Generate "
               "the plan (Plan > Generate or refresh tasks) once the findings are reviewed."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_stack->widget(1));
    m_chart->setMilestones(plan.milestones);
    m_chart->painter().setStatusDate(plan.statusDate);
    m_chart->setDateRange(plan.first, plan.last);
    const QDate reference = plan.statusDate.isValid() ? plan.statusDate : QDate::currentDate();
    if (plan.first.daysTo(reference) > kFarDays || reference.daysTo(plan.last) > kFarDays) {
        m_notice->setText(
            tr("Some dates are far from the status date: the plan runs from %1 to %2. Check the "
               "directive's milestones and the plan's start and target.")
                .arg(QLocale().toString(plan.first, QLocale::LongFormat),
                     QLocale().toString(plan.last, QLocale::LongFormat)));
        m_notice->setVisible(true);
    }
}

void TimelineView::moveRequested(int row, const QDate &start)
{
    if (!m_project || row < 0 || row >= m_model->rowCount())
        return;
    QString error;
    const Id id = m_model->idAt(row);
    const bool ok = m_model->kindAt(row) == TimelineModel::RowKind::Task
                        ? m_project->moveTask(id, start, &error)
                        : m_project->moveSystemWork(id, start, &error);
    m_notice->setText(ok ? QString() : tr("The work was not moved: %1.").arg(error));
    m_notice->setVisible(!ok);
}

void TimelineView::releaseHold()
{
    const int row = m_rows->currentIndex().row();
    if (!m_project || row < 0 || row >= m_model->rowCount())
        return;
    Id systemId = 0;
    Id taskId = 0;
    switch (m_model->kindAt(row)) {
    case TimelineModel::RowKind::Task:
        taskId = m_model->idAt(row);
        systemId = m_project->tasks().task(taskId).systemId;
        break;
    case TimelineModel::RowKind::System:
        systemId = m_model->idAt(row);
        break;
    default:
        break;
    }
    QString text;
    if (!systemId) {
        text = tr("Select a task or a system to release its hold.");
    } else {
        const int before = m_project->undoStack()->count();
        QString error;
        if (!m_project->releaseHolds(systemId, taskId, &error))
            text = tr("The hold was not released: %1.").arg(error);
        else if (m_project->undoStack()->count() == before)
            text = tr("Nothing there is held: the plan already places it.");
        else
            text = tr("Released: the next re-plan places this work again (Ctrl+Z keeps it held).");
    }
    m_notice->setText(text);
    m_notice->setVisible(true);
}

TimelinePrintOptions TimelineView::printOptions() const
{
    TimelinePrintOptions options;
    options.unit = m_chart->scale().unit();
    options.from = m_printFrom;
    options.to = m_printTo;
    options.paper = m_printPaper;
    options.orientation = m_printOrientation;
    // Paper from a project pins its audit trail, as the other documents do (a closing page and the metadata).
    if (m_project) {
        const AuditHead head = m_project->audit().head();
        options.auditHead = {head.events, head.hash};
    }
    return options;
}

bool TimelineView::writePdf(const QString &path, QString *error, int *pages)
{
    const TimelinePrint print(*m_model, printOptions());
    const QString title = m_project ? tr("Timeline: %1").arg(m_project->displayName()) : tr("Timeline");
    if (!print.writePdfFile(path, title, error))
        return false;
    *pages = print.pageCount();
    return true;
}

void TimelineView::printPreview()
{
    QString error;
    if (!TimelinePrint(*m_model, printOptions()).check(&error)) {
        QMessageBox::information(this, tr("Print the timeline"), tr("Nothing to print: %1.").arg(error));
        return;
    }
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintPreviewDialog(printer, this);
    dialog->setObjectName(QStringLiteral("timelinePrintPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    printer->setPageLayout(TimelinePrint(*m_model, printOptions()).pageLayout());
    const QString title = m_project ? tr("Timeline: %1").arg(m_project->displayName()) : tr("Timeline");
    printer->setDocName(title);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, title](QPrinter *device) {
        // The paper and orientation are the preview's (its page setup may have changed them); the bands and
        // strips are worked out again for them, with the print's own margins.
        TimelinePrintOptions options = printOptions();
        options.paper = device->pageLayout().pageSize().id();
        options.orientation = device->pageLayout().orientation();
        const TimelinePrint print(*m_model, options);
        device->setPageLayout(print.pageLayout());
        QString why;
        if (!print.paint(device, title, &why)) {
            m_notice->setText(tr("Not printed: %1.").arg(why));
            m_notice->setVisible(true);
        }
    });
    dialog->setWindowTitle(tr("Print preview: %1").arg(title));
    dialog->open();
}

void TimelineView::askPrintRange(const std::function<void()> &then)
{
    QString error;
    if (!TimelinePrint(*m_model, TimelinePrintOptions{}).check(&error)) {
        QMessageBox::information(this, tr("Print the timeline"), tr("Nothing to print: %1.").arg(error));
        return;
    }
    // The dialog says how many pages the dates make before anything is printed or written.
    auto *dialog = new TimelinePrintRangeDialog(*m_model, printOptions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, then] {
        const TimelinePrintOptions chosen = dialog->options();
        m_printFrom = chosen.from;
        m_printTo = chosen.to;
        m_printPaper = chosen.paper;
        m_printOrientation = chosen.orientation;
        then();
    });
    dialog->open();
}

void TimelineView::exportPdf()
{
    const TimelinePrint print(*m_model, printOptions());
    QString error;
    if (!print.check(&error)) {
        QMessageBox::information(this, tr("Export the timeline"), tr("Nothing to print: %1.").arg(error));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the timeline"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    int pages = 0;
    const bool ok = writePdf(path, &error, &pages);
    m_notice->setText(ok ? tr("Wrote %1 (%2 pages).").arg(path).arg(pages)
                         : tr("Not written: %1.").arg(error));
    m_notice->setVisible(true);
}

void TimelineView::syncHorizontalBar()
{
    const QSignalBlocker blocker(m_hbar);
    m_hbar->setRange(0, qMax(0, m_chart->contentWidth() - m_chart->width()));
    m_hbar->setPageStep(qMax(1, m_chart->width()));
    m_hbar->setSingleStep(qMax(1, int(m_chart->scale().pixelsPerDay() * 7)));
    m_hbar->setValue(int(m_chart->scrollX()));
}

void TimelineView::setUnit(TimelineScale::Unit unit)
{
    m_chart->setPixelsPerDay(TimelineScale::pixelsPerDayFor(unit));
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    // Right and Left open and close the current row, as in a tree; with Alt they move its work a working day
    // later or earlier, as a drag would (the project snaps the day to the team's calendar).
    if (watched == m_rows && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_rows->currentIndex().row();
        if (row >= 0 && (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left) &&
            key->modifiers() == Qt::AltModifier && m_model->kindAt(row) != TimelineModel::RowKind::Group) {
            const QDate start = m_model->index(row, 0).data(TimelineModel::StartRole).toDate();
            QDate day = start.addDays(key->key() == Qt::Key_Right ? 1 : -1);
            while (key->key() == Qt::Key_Left && day.dayOfWeek() > 5)
                day = day.addDays(-1);
            moveRequested(row, day);
            return true;
        }
        if (row >= 0 && (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left) &&
            m_model->isExpandable(row) && key->modifiers() == Qt::NoModifier) {
            m_model->setExpanded(row, key->key() == Qt::Key_Right);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace uproot
