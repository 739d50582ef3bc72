// open_1m_ms (issue 13): opening a project of 1,000,000 installations with 10,000 affected systems planned,
// and showing what the window shows first: the inventory's first rows and the dashboard's figures. The
// baseline in the same run is a plain count of the installations (open_1m_ratio_vs_count);
// open_1m_dashboard_ms is the rest of the dashboard (burndown and the four breakdowns) on top of the figures.
// open_1m_check_overhead_ratio (issue 14): open_1m_ms over the same open without the check on opening.
#include "bench/benchmark.h"
#include "bench/benchproject.h"
#include "model/itemmodels/dashboardbreakdownmodel.h"
#include "model/itemmodels/dashboardsystemsmodel.h"
#include "model/itemmodels/inventorymodel.h"
#include "model/project/project.h"
#include "model/store/projectcheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>

namespace uproot::bench {

namespace {

constexpr int kHosts = 12500;
constexpr int kTitlesPerHost = 80; // 1,000,000 rows

// Four hosts in five carry a covered product: 10,000 affected systems over 12,500 (the shared generator gives
// 3 %, a few hundred, which would not load the dashboard's queries).
QString writeInventory()
{
    const QString path = scratchDir() + QStringLiteral("/open-1m.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    static const char *const components[] = {"Office of the Secretary", "Bureau of Statistics",
                                             "Field Operations", "Inspector General", "Research Division"};
    static const char *const sites[] = {"HQ", "East", "West", "North", "South", "Central", "Lab"};
    QByteArray buffer = "Hostname,Component,Site,Software,Publisher,Version\n";
    for (int host = 0; host < kHosts; ++host) {
        const QByteArray name = "WS" + QByteArray::number(100000 + host);
        const QByteArray where = QByteArray(components[host % 5]) + ',' + sites[host % 7];
        for (int t = 0; t < kTitlesPerHost; ++t) {
            if (t == 0 && host % 5 != 0)
                buffer += name + ',' + where +
                          ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.1." +
                          QByteArray::number(host % 4) + "\n";
            else
                buffer += name + ',' + where + ",Application " +
                          QByteArray::number((host * 7 + t * 13) % 900) + " Suite,Vendor " +
                          QByteArray::number(t % 15) + ',' + QByteArray::number(t % 9) + '.' +
                          QByteArray::number(host % 50) + "\n";
        }
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.error() == QFile::NoError ? path : QString();
}

void showFirstRows(QAbstractItemModel &model)
{
    for (int row = 0; row < std::min(model.rowCount(), 60); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.data(model.index(row, column));
    }
}

// Opening and what the window shows first, in ms; -1 when the project does not open.
double openAndShow(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<Project> project = Project::open(path, true, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    InventoryModel inventory;
    inventory.setSource(&project->inventory(), project->changes());
    showFirstRows(inventory);
    project->dashboardFigures();
    return timer.nsecsElapsed() / 1e6;
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

bool open1m()
{
    const QString csv = writeInventory();
    QString path;
    {
        const std::unique_ptr<Project> project = projectFromInventory(QStringLiteral("open1m"), csv);
        PlanResult plan;
        QString error;
        if (!project || !project->plan(&plan, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        std::fprintf(stderr, "%lld installations, %lld systems planned, %lld tasks\n",
                     static_cast<long long>(project->inventory().installationCount()),
                     static_cast<long long>(plan.systems), static_cast<long long>(project->tasks().total()));
        if (project->inventory().installationCount() != qint64(kHosts) * kTitlesPerHost ||
            plan.systems != 10000)
            return false;
        path = project->path();
    }
    QList<double> opens, counts, rests;
    QList<double> parts[3]; // opening the file, the inventory's first rows, the dashboard's figures
    // Issue 14, in the same runs so that the machine's load falls on all alike: the same open without the
    // check on opening (the schema comparison, and SQLite's quick check when the file changed since it last
    // passed), and with the quick check forced by a new status time, as on the first open after another
    // program wrote.
    QList<double> unchecked, firstChecks;
    DashboardFigures figures;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        std::unique_ptr<Project> project = Project::open(path, true, &error);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        const qint64 opened = timer.nsecsElapsed();
        InventoryModel inventory;
        inventory.setSource(&project->inventory(), project->changes());
        showFirstRows(inventory);
        const qint64 shown = timer.nsecsElapsed();
        figures = project->dashboardFigures();
        opens.append(timer.nsecsElapsed() / 1e6);
        parts[0].append(opened / 1e6);
        parts[1].append((shown - opened) / 1e6);
        parts[2].append((timer.nsecsElapsed() - shown) / 1e6);

        // The rest of the dashboard: the burndown's steps, the four breakdowns, the first rows of its lists.
        timer.start();
        DashboardReader &dashboard = project->dashboard();
        dashboard.plannedFinishes(figures.directiveId);
        dashboard.clearedByDate(figures.directiveId, figures.asOf);
        for (DashboardDimension d : {DashboardDimension::Component, DashboardDimension::Team,
                                     DashboardDimension::Site, DashboardDimension::Product}) {
            DashboardBreakdownModel breakdown(d);
            breakdown.setSource(&dashboard, project->changes());
            breakdown.setScope(figures.directiveId, figures.asOf);
        }
        DashboardSystemsModel rows;
        rows.setSource(&dashboard, project->changes());
        rows.setScope(figures.directiveId, figures.asOf);
        rows.setSelection(DashboardFigure::Remaining);
        showFirstRows(rows);
        rests.append(timer.nsecsElapsed() / 1e6);

        ProjectCheck::setCheckedOnOpen(false);
        unchecked.append(openAndShow(path));
        ProjectCheck::setCheckedOnOpen(true);
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) ||
            !file.setFileTime(file.fileTime(QFileDevice::FileModificationTime),
                              QFileDevice::FileModificationTime))
            return false;
        file.close();
        firstChecks.append(openAndShow(path));

        // The baseline: the plainest question a million-row file answers.
        timer.start();
        project->inventory().installationCount();
        counts.append(timer.nsecsElapsed() / 1e6);
    }
    std::fprintf(stderr, "figures: %lld affected, %lld remaining, %lld overdue, finish %s\n",
                 static_cast<long long>(figures.counts.affected),
                 static_cast<long long>(figures.counts.remaining()),
                 static_cast<long long>(figures.counts.overdue),
                 qPrintable(figures.projectedFinish.toString(Qt::ISODate)));
    if (figures.counts.affected != 10000)
        return false;
    if (std::min(*std::min_element(unchecked.cbegin(), unchecked.cend()),
                 *std::min_element(firstChecks.cbegin(), firstChecks.cend())) < 0)
        return false;
    const double open = median(opens);
    report(QStringLiteral("open_1m_ms"), open, QStringLiteral("ms"));
    report(QStringLiteral("open_1m_worst_ms"), *std::max_element(opens.cbegin(), opens.cend()),
           QStringLiteral("ms"));
    report(QStringLiteral("open_1m_file_ms"), median(parts[0]), QStringLiteral("ms"));
    report(QStringLiteral("open_1m_inventory_rows_ms"), median(parts[1]), QStringLiteral("ms"));
    report(QStringLiteral("open_1m_figures_ms"), median(parts[2]), QStringLiteral("ms"));
    report(QStringLiteral("open_1m_dashboard_ms"), median(rests), QStringLiteral("ms"));
    report(QStringLiteral("count_installations_1m_ms"), median(counts), QStringLiteral("ms"));
    report(QStringLiteral("open_1m_ratio_vs_count"), open / std::max(median(counts), 0.001),
           QStringLiteral("x"));
    report(QStringLiteral("open_1m_unchecked_ms"), median(unchecked), QStringLiteral("ms"));
    report(QStringLiteral("open_1m_check_overhead_ratio"), open / std::max(median(unchecked), 0.001),
           QStringLiteral("x"));
    report(QStringLiteral("open_1m_first_check_ms"), median(firstChecks), QStringLiteral("ms"));
    report(QStringLiteral("open_1m_first_check_ratio"),
           median(firstChecks) / std::max(median(unchecked), 0.001), QStringLiteral("x"));
    return true;
}

const Registrar
    r("open_1m_ms",
      "open a 1,000,000-installation project with 10,000 systems planned: first rows and dashboard figures",
      open1m,
      {QStringLiteral("open_1m_worst_ms"), QStringLiteral("open_1m_dashboard_ms"),
       QStringLiteral("count_installations_1m_ms"), QStringLiteral("open_1m_ratio_vs_count"),
       QStringLiteral("open_1m_unchecked_ms"), QStringLiteral("open_1m_check_overhead_ratio"),
       QStringLiteral("open_1m_first_check_ms"), QStringLiteral("open_1m_first_check_ratio")});

} // namespace
} // namespace uproot::bench
