// The timeline pane in the real main window on the offscreen platform: zoom from the keyboard and with
// Ctrl+wheel, expand a system with the keyboard, drag a task's bar with the mouse (it moves by working days
// in the store) and put it back with Ctrl+Z; a project without tasks and one with far dates say so plainly.
#include "../documents/pdftools.h"
#include "../support/timelinefixture.h"
#include "model/documents/pdfaudithead.h"
#include "model/project/project.h"
#include "model/timeline/timelinemodel.h"
#include "views/mainwindow.h"
#include "views/timelinechart.h"
#include "views/timelineprintrangedialog.h"
#include "views/timelineview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace uproot;
using namespace uproot::testsupport;

class TestTimelineView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
    }
    void zoomsFromTheKeyboardAndTheWheel();
    void dragsABarAndUndoes();
    void saysWhenThereIsNothingToShow();
    void saysWhenDatesAreFar();
    void printsTheRowsAsShown();
    void previewShowsThePagesForThePaperChosen();
    void printsTheDatesChosen();
    void exportsOnThePaperChosen();

private:
    TimelineView *openTimeline(const QString &path);
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DirectiveCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTimelineView::initTestCase()
{
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    QVERIFY(timelineProject(m_dir.path(), QStringLiteral("plan")));
    m_path = m_dir.filePath(QStringLiteral("plan.uproot"));
}

void TestTimelineView::init()
{
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->setMessagePresenter(
        [](const MainWindow::Message &message) { qWarning("%s", qPrintable(message.text)); });
    m_window->resize(1400, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

TimelineView *TestTimelineView::openTimeline(const QString &path)
{
    if (!m_window->openProject(path))
        return nullptr;
    TimelineView *view = m_window->timelineView();
    m_window->tabs()->setCurrentWidget(view);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return view;
}

void TestTimelineView::zoomsFromTheKeyboardAndTheWheel()
{
    TimelineView *view = openTimeline(m_path);
    QVERIFY(view);
    QVERIFY(view->showsChart());
    TimelineChart *chart = view->chart();
    chart->setFocus();
    const double weeks = chart->scale().pixelsPerDay();
    QCOMPARE(chart->scale().unit(), TimelineScale::Unit::Weeks);

    QTest::keyClick(chart, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(chart->scale().pixelsPerDay(), weeks * 1.5);
    QTest::keyClick(chart, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(chart, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(chart, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(chart->scale().pixelsPerDay() < weeks / 2);
    QCOMPARE(chart->scale().unit(), TimelineScale::Unit::Months);

    // Ctrl+wheel forward zooms in, back out, around the pointer: the day under it stays there.
    const QPointF at(300, 200);
    const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(at, chart->mapToGlobal(at), {}, QPoint(0, delta), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart, &event);
    };
    for (int i = 0; i < 12; ++i)
        wheel(120, Qt::ControlModifier);
    QCOMPARE(chart->scale().unit(), TimelineScale::Unit::Days);
    chart->setScrollX(chart->contentWidth() / 2.0);
    const QDate under = chart->scale().dayAt(chart->scrollX() + at.x());
    const double days = chart->scale().pixelsPerDay();
    wheel(-120, Qt::ControlModifier);
    QCOMPARE(chart->scale().pixelsPerDay(), days / 1.25);
    QVERIFY(qAbs(chart->scale().dayAt(chart->scrollX() + at.x()).daysTo(under)) <= 1);
    // A plain wheel scrolls the rows, not the zoom.
    const double zoom = chart->scale().pixelsPerDay();
    wheel(-120, Qt::NoModifier);
    QCOMPARE(chart->scale().pixelsPerDay(), zoom);
}

void TestTimelineView::dragsABarAndUndoes()
{
    TimelineView *view = openTimeline(m_path);
    QVERIFY(view);
    Project *project = m_window->project();
    view->groupBox()->setCurrentIndex(view->groupBox()->findText(QStringLiteral("System")));
    QCOMPARE(view->model()->grouping(), TimelineModel::Grouping::System);
    // WS-1 is the first row; Right opens it to its tasks.
    QTableView *rows = view->rowsView();
    rows->setFocus();
    rows->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(rows, Qt::Key_Right);
    QCOMPARE(view->model()->rowCount(), 6 + 11);

    const TaskRecord task = taskOf(*project, QStringLiteral("WS-1"), 11);
    QCOMPARE(task.due, QDate(2018, 1, 10));
    const int row = view->model()->rowOfTask(task.id);
    QCOMPARE(row, 11);
    rows->scrollTo(view->model()->index(row, 0));
    TimelineChart *chart = view->chart();
    chart->setPixelsPerDay(24);
    chart->scrollToDate(QDate(2018, 1, 1));
    const QRectF bar = chart->barOnScreen(row);
    QVERIFY(!bar.isEmpty());
    QVERIFY(chart->rect().contains(bar.center().toPoint()));

    // Three days to the right (Wednesday the 10th to Saturday the 13th): the task starts on the next working
    // day, Tuesday the 16th, three working days later (Monday the 15th is a holiday).
    const QPoint from = bar.center().toPoint();
    QTest::mousePress(chart, Qt::LeftButton, {}, from);
    for (int dx = 12; dx <= 72; dx += 12)
        QTest::mouseMove(chart, from + QPoint(dx, 0));
    QTest::mouseRelease(chart, Qt::LeftButton, {}, from + QPoint(72, 0));
    QCOMPARE(project->tasks().task(task.id).due, QDate(2018, 1, 16));
    QCOMPARE(view->model()->index(row, 0).data(TimelineModel::StartRole).toDate(), QDate(2018, 1, 16));
    QVERIFY(view->notice().isEmpty());

    // Ctrl+Z (the window's Edit > Undo) puts it back, in the store and on the chart.
    QTest::keyClick(chart, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(project->tasks().task(task.id).due, QDate(2018, 1, 10));
    QCOMPARE(view->model()->index(row, 0).data(TimelineModel::FinishRole).toDate(), QDate(2018, 1, 10));

    // From the keyboard: Alt+Right on the task's row moves it a working day later (Thursday the 11th), and
    // Alt+Left back to Wednesday the 10th.
    rows->setFocus();
    rows->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(rows, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(project->tasks().task(task.id).due, QDate(2018, 1, 11));
    QTest::keyClick(rows, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(project->tasks().task(task.id).due, QDate(2018, 1, 10));

    // Moved by hand, the task holds its day through a re-plan; Release hold, on its row, lets the plan place
    // it again, and Ctrl+Z holds it again.
    QCOMPARE(project->tasks().task(task.id).notBefore, QDate(2018, 1, 10));
    QVERIFY(view->releaseHoldAction()->isEnabled());
    view->releaseHoldAction()->trigger();
    QVERIFY(!project->tasks().task(task.id).notBefore.isValid());
    QVERIFY2(view->notice().startsWith(QLatin1String("Released")), qPrintable(view->notice()));
    view->releaseHoldAction()->trigger();
    QVERIFY2(view->notice().startsWith(QLatin1String("Nothing there is held")), qPrintable(view->notice()));
    QTest::keyClick(rows, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(project->tasks().task(task.id).notBefore, QDate(2018, 1, 10));
    rows->setCurrentIndex(view->model()->index(row, 0));

    // A finished task cannot be dragged: the pane says why and the dates stay.
    QString error;
    QVERIFY(project->setTaskStatuses({task.id}, TaskStatus::Done, {}, &error));
    const QPoint again = chart->barOnScreen(row).center().toPoint();
    QTest::mousePress(chart, Qt::LeftButton, {}, again);
    QTest::mouseMove(chart, again + QPoint(48, 0));
    QTest::mouseRelease(chart, Qt::LeftButton, {}, again + QPoint(48, 0));
    QCOMPARE(project->tasks().task(task.id).due, QDate(2018, 1, 10));
    QVERIFY(view->notice().contains(QStringLiteral("keeps its dates")));
}

void TestTimelineView::saysWhenThereIsNothingToShow()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.uproot"));
    QString error;
    QVERIFY2(Project::create(path, QStringLiteral("bod-17-01"), {}, {}, *m_catalog, &error),
             qPrintable(error));
    TimelineView *view = openTimeline(path);
    QVERIFY(view);
    QVERIFY(!view->showsChart());
    QVERIFY(view->emptyMessage().contains(QStringLiteral("no tasks")));
    // Still usable: zooming and grouping do nothing harmful.
    view->zoomInAction()->trigger();
    view->groupBox()->setCurrentIndex(1);
    QVERIFY(!view->grab().isNull());
}

void TestTimelineView::saysWhenDatesAreFar()
{
    std::unique_ptr<Project> far = timelineProject(m_dir.path(), QStringLiteral("far"));
    QVERIFY(far);
    PlanResult result;
    QString error;
    QVERIFY2(far->plan({QDate(2093, 3, 2), QDate(2093, 12, 31)}, &result, &error), qPrintable(error));
    QVERIFY(far->setAsOf(QDate(2018, 1, 2), &error));
    far.reset();
    TimelineView *view = openTimeline(m_dir.filePath(QStringLiteral("far.uproot")));
    QVERIFY(view);
    QVERIFY(view->showsChart());
    QVERIFY2(view->notice().contains(QStringLiteral("far from the status date")), qPrintable(view->notice()));
    view->chart()->setPixelsPerDay(TimelineScale::pixelsPerDayFor(TimelineScale::Unit::Days));
    view->chart()->scrollToDate(QDate(2093, 3, 2));
    QVERIFY(!view->chart()->grab().isNull());
    QVERIFY(view->chart()->barOnScreen(0).right() > 0);
}

void TestTimelineView::printsTheRowsAsShown()
{
    TimelineView *view = openTimeline(m_path);
    QVERIFY(view);
    // WS-1 opened: its tasks are printed too, under it.
    view->model()->setExpanded(
        view->model()->rowOfSystem(systemNamed(*m_window->project(), QStringLiteral("WS-1"))), true);
    const QString pdf = m_dir.filePath(QStringLiteral("shown.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(view->writePdf(pdf, &error, &pages), qPrintable(error));
    QVERIFY(pages >= 1);
    if (test::havePdfTools()) {
        QCOMPARE(test::pdfPageCount(pdf), pages);
        const QString text = test::pdfText(pdf, 1, 1);
        QVERIFY2(text.contains(QStringLiteral("11. Record")) && text.contains(QStringLiteral("WS-6")),
                 qPrintable(text));
    }
    // 8 rows and 11 tasks: 19 rows, one band of 35.
    QCOMPARE(TimelinePrint(*view->model(), view->printOptions()).rowBands(), 1);
    QCOMPARE(view->model()->rowCount(), 19);
}

void TestTimelineView::previewShowsThePagesForThePaperChosen()
{
    TimelineView *view = openTimeline(m_path);
    QVERIFY(view);
    // Days: a few weeks take a page's width, so the orientation changes how many strips of dates there are.
    for (QAction *action : view->actions()) {
        if (action->text() == QLatin1String("Days"))
            action->trigger();
    }
    QCOMPARE(view->printOptions().unit, TimelineScale::Unit::Days);
    m_window->timelineView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier); // Ctrl+P in the timeline
    // First the dates to print (the whole plan, as offered), then the preview.
    auto *range = view->findChild<TimelinePrintRangeDialog *>();
    QVERIFY(range);
    QTRY_VERIFY(range->isVisible());
    QTest::mouseClick(range->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    auto *dialog = view->findChild<QPrintPreviewDialog *>(QStringLiteral("timelinePrintPreview"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    // The pages a PDF of the same rows on the same paper has, counted in the file.
    const auto pdfPages = [&](QPageLayout::Orientation orientation) {
        TimelinePrintOptions options = view->printOptions();
        options.orientation = orientation;
        const TimelinePrint print(*view->model(), options);
        const QString path = m_dir.filePath(QStringLiteral("preview-%1.pdf").arg(int(orientation)));
        {
            QPdfWriter writer(path);
            writer.setPageLayout(print.pageLayout());
            QString error;
            if (!print.paint(&writer, QStringLiteral("t"), &error))
                return -1;
        }
        return test::havePdfTools() ? test::pdfPageCount(path) : print.pageCount();
    };
    const int landscape = pdfPages(QPageLayout::Landscape);
    const int portrait = pdfPages(QPageLayout::Portrait);
    QVERIFY(landscape >= 1);
    QVERIFY2(portrait > landscape, qPrintable(QStringLiteral("%1 %2").arg(portrait).arg(landscape)));
    QTRY_COMPARE(preview->pageCount(), landscape);
    // Portrait in the preview: narrower pages, more strips of dates, counted again before printing.
    preview->setPortraitOrientation();
    preview->updatePreview();
    QTRY_COMPARE(preview->pageCount(), portrait);
    dialog->close();
}

void TestTimelineView::printsTheDatesChosen()
{
    TimelineView *view = openTimeline(m_path);
    QVERIFY(view);
    for (QAction *action : view->actions()) {
        if (action->text() == QLatin1String("Days"))
            action->trigger();
    }
    const TimelinePlan &plan = view->model()->plan();
    // Two weeks from the first work: one strip of days on a landscape page, so one page for the one band.
    const QDate from = view->model()->index(0, 0).data(TimelineModel::StartRole).toDate();
    QVERIFY(from.isValid());
    const QDate to = from.addDays(13);
    QVERIFY(to < plan.last);
    view->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    auto *range = view->findChild<TimelinePrintRangeDialog *>();
    QVERIFY(range);
    QTRY_VERIFY(range->isVisible());
    const QString whole = range->pagesLabel()->text();
    QVERIFY2(whole.contains(QLatin1String("page")), qPrintable(whole));
    // A range that selects no days (To before From) says so, and OK waits.
    range->fromField()->setDate(from);
    range->toField()->setDate(from.addDays(-1));
    QVERIFY2(range->pagesLabel()->text().startsWith(QLatin1String("Nothing to print")),
             qPrintable(range->pagesLabel()->text()));
    QVERIFY(!range->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    range->toField()->setDate(to);
    QVERIFY2(range->buttons()->button(QDialogButtonBox::Ok)->isEnabled(),
             qPrintable(range->pagesLabel()->text()));
    // One tile, and the closing page that prints the audit trail head (a timeline from a project pins it).
    QCOMPARE(range->pagesLabel()->text(),
             QStringLiteral("2 page(s): 1 band(s) of rows by 1 strip(s) of dates, "
                            "and a closing page with the audit trail head."));
    QTest::mouseClick(range->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    // The preview and the PDF print those dates: the footer of the one page names them.
    auto *dialog = view->findChild<QPrintPreviewDialog *>(QStringLiteral("timelinePrintPreview"));
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->findChild<QPrintPreviewWidget *>()->pageCount(), 2);
    dialog->close();
    QCOMPARE(view->printOptions().from, from);
    QCOMPARE(view->printOptions().to, to);
    const QString pdf = m_dir.filePath(QStringLiteral("range.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(view->writePdf(pdf, &error, &pages), qPrintable(error));
    // The PDF pins the project's audit trail as it stands: in its metadata, and in words on the closing page.
    const AuditHead head = m_window->project()->audit().head();
    QVERIFY(head.events > 0);
    DocumentAuditHead printed;
    QVERIFY2(readPdfAuditHead(pdf, &printed, &error), qPrintable(error));
    QCOMPARE(printed.events, head.events);
    QCOMPARE(printed.hash, head.hash);
    if (test::havePdfTools()) {
        QCOMPARE(test::pdfPageCount(pdf), 2);
        const QString text = test::pdfText(pdf, 1, 1);
        const QString footer = QStringLiteral("%1 to %2")
                                   .arg(QLocale().toString(from, QLocale::ShortFormat),
                                        QLocale().toString(to, QLocale::ShortFormat));
        QVERIFY2(text.contains(footer), qPrintable(footer + QStringLiteral(" not in ") + text));
        // pdftotext breaks the long hash where the page wraps it; the words are compared without blanks.
        const QString closing = test::pdfText(pdf, 2, 2).simplified().remove(QLatin1Char(' '));
        const QString line = QStringLiteral("Audit trail head: %1 events, SHA-256 %2")
                                 .arg(head.events)
                                 .arg(head.hash)
                                 .remove(QLatin1Char(' '));
        QVERIFY2(closing.contains(line), qPrintable(closing));
    }
}

void TestTimelineView::exportsOnThePaperChosen()
{
    TimelineView *view = openTimeline(m_path);
    QVERIFY(view);
    view->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    auto *range = view->findChild<TimelinePrintRangeDialog *>();
    QVERIFY(range);
    QTRY_VERIFY(range->isVisible());
    // The count follows the paper: portrait A4 is narrower than landscape Letter, so more strips of dates.
    const QString landscape = range->pagesLabel()->text();
    range->paperField()->setCurrentIndex(range->paperField()->findText(QStringLiteral("A4")));
    range->orientationField()->setCurrentIndex(
        range->orientationField()->findText(QStringLiteral("Portrait")));
    const QString portrait = range->pagesLabel()->text();
    QVERIFY2(portrait != landscape, qPrintable(portrait));
    QTest::mouseClick(range->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (auto *preview = view->findChild<QPrintPreviewDialog *>(QStringLiteral("timelinePrintPreview")))
        preview->close();
    const QString pdf = m_dir.filePath(QStringLiteral("a4.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(view->writePdf(pdf, &error, &pages), qPrintable(error));
    QVERIFY2(portrait.startsWith(QStringLiteral("%1 page").arg(pages)), qPrintable(portrait));
    if (!test::havePdfTools())
        QSKIP("poppler-utils are not installed");
    // A4 is 210 x 297 mm: 595 x 842 points, taller than wide.
    const QSizeF size = test::pdfPageSize(pdf);
    QVERIFY2(qAbs(size.width() - 595.3) < 1 && qAbs(size.height() - 841.9) < 1,
             qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
    QCOMPARE(test::pdfPageCount(pdf), pages);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
