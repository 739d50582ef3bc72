// timeline_frame_10k_ms (issue 13): one frame of the timeline chart (header, date band, milestones, shaded
// weekends and holidays, the bars of the rows in view) painted into a QImage the size of a typical chart
// area, for a project with 10,000 affected systems planned (one row per system), at the days, weeks and
// months zooms. The figure is the worst of the three medians; the budget is 16 ms (60 frames a second),
// reported as a ratio too. timeline_load_10k_ms: reading the plan into the timeline model (opening the pane,
// or a re-plan).
#include "bench/benchmark.h"
#include "bench/benchproject.h"
#include "model/project/project.h"
#include "model/timeline/timelinemodel.h"
#include "model/timeline/timelinepainter.h"
#include "model/timeline/timelineprint.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace uproot::bench {

namespace {

constexpr double kBudgetMs = 16.0;

std::unique_ptr<Project> plannedProject(int systems)
{
    const QString csv = scratchDir() + QStringLiteral("/timeline-%1.csv").arg(systems);
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return nullptr;
        QTextStream out(&f);
        out << "Hostname,Software,Publisher,Version,Site\n";
        for (int i = 0; i < systems; ++i)
            out << "WS-" << i << ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11,Site "
                << (i % 20) << '\n';
    }
    std::unique_ptr<Project> project = projectFromInventory(QStringLiteral("timeline-%1").arg(systems), csv);
    if (!project)
        return nullptr;
    QString error;
    PlanResult result;
    if (!project->setTeam({0, QStringLiteral("Alpha"), 40, {}}, &error) ||
        !project->plan({QDate(2017, 12, 12), QDate(2018, 6, 29)}, &result, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return nullptr;
    }
    return project;
}

bool timelineFrame()
{
    const std::unique_ptr<Project> project = plannedProject(10000);
    if (!project)
        return false;
    QElapsedTimer timer;
    timer.start();
    TimelineModel model;
    model.setProject(project.get());
    model.setGrouping(TimelineModel::Grouping::System);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    if (model.rowCount() < 10000) {
        std::fprintf(stderr, "only %d timeline rows\n", model.rowCount());
        return false;
    }
    const TimelinePlan &plan = model.plan();
    TimelinePainter painter(&model);
    painter.setMilestones(plan.milestones);
    painter.setStatusDate(plan.statusDate);
    painter.setToday(QDate::currentDate());
    // The chart half of a 1600 x 1000 window: the row list takes the rest.
    QImage image(1180, 820, QImage::Format_ARGB32_Premultiplied);
    const QDate origin = plan.first.addDays(-30);
    const QDate middle = plan.first.addDays(plan.first.daysTo(plan.last) / 2);
    const double scrollY = double(model.rowCount() / 2) * TimelinePainter::kRowHeight;
    double worst = 0;
    for (const TimelineScale::Unit unit :
         {TimelineScale::Unit::Days, TimelineScale::Unit::Weeks, TimelineScale::Unit::Months}) {
        const TimelineScale scale(origin, TimelineScale::pixelsPerDayFor(unit));
        painter.setScale(scale);
        const double scrollX = qMax(0.0, scale.x(middle) - image.width() / 2.0);
        std::vector<double> times;
        for (int i = 0; i < 41; ++i) {
            image.fill(Qt::white);
            timer.restart();
            QPainter p(&image);
            // Each frame a little further on, as when scrolling, so that nothing is painted twice alike.
            painter.paint(p, image.rect(), scrollX + i * 3, scrollY + i * 7);
            p.end();
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        const char *name = unit == TimelineScale::Unit::Days    ? "days"
                           : unit == TimelineScale::Unit::Weeks ? "weeks"
                                                                : "months";
        std::fprintf(stderr, "%s zoom: median %.2f ms, worst %.2f ms\n", name, median, times.back());
        report(QStringLiteral("timeline_frame_10k_%1_ms").arg(QLatin1String(name)), median,
               QStringLiteral("ms"));
        worst = std::max(worst, median);
    }
    report(QStringLiteral("timeline_frame_10k_ms"), worst, QStringLiteral("ms"));
    report(QStringLiteral("timeline_frame_10k_ratio_vs_budget"), worst / kBudgetMs, QStringLiteral("x"));
    report(QStringLiteral("timeline_load_10k_ms"), loadMs, QStringLiteral("ms"));
    if (qEnvironmentVariableIsSet("UPROOT_BENCH_KEEP"))
        image.save(scratchDir() + QStringLiteral("/timeline-frame.png"));

    // The whole timeline on tiled Letter pages (every system's row, the plan's dates at the weeks zoom).
    timer.restart();
    QString error;
    int pages = 0;
    if (!TimelinePrint::writePdf(*project, {}, scratchDir() + QStringLiteral("/timeline-10k.pdf"), &error,
                                 &pages)) {
        std::fprintf(stderr, "timeline PDF: %s\n", qPrintable(error));
        return false;
    }
    const double pdfMs = timer.nsecsElapsed() / 1e6;
    std::fprintf(stderr, "timeline PDF: %d pages\n", pages);
    report(QStringLiteral("timeline_pdf_10k_ms"), pdfMs, QStringLiteral("ms"));
    report(QStringLiteral("timeline_pdf_10k_pages"), pages, QStringLiteral("pages"));
    return true;
}

const Registrar
    r("timeline_frame_10k_ms",
      "paint one timeline frame (1180 x 820) of a 10,000-system plan at the days, weeks and months "
      "zooms; the worst median",
      timelineFrame,
      {QStringLiteral("timeline_frame_10k_days_ms"), QStringLiteral("timeline_frame_10k_weeks_ms"),
       QStringLiteral("timeline_frame_10k_months_ms"), QStringLiteral("timeline_frame_10k_ratio_vs_budget"),
       QStringLiteral("timeline_load_10k_ms")});

} // namespace
} // namespace uproot::bench
