#include "views/dashboardpane.h"

#include "model/itemmodels/dashboardbreakdownmodel.h"
#include "model/itemmodels/dashboardsystemsmodel.h"
#include "model/project/project.h"
#include "views/breakdownchart.h"
#include "views/burndownchart.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace uproot {

namespace {

constexpr DashboardFigure kFigures[] = {DashboardFigure::Affected,  DashboardFigure::Cleared,
                                        DashboardFigure::Remaining, DashboardFigure::Overdue,
                                        DashboardFigure::Blocked,   DashboardFigure::Reappeared};
constexpr DashboardDimension kDimensions[] = {DashboardDimension::Component, DashboardDimension::Team,
                                              DashboardDimension::Site, DashboardDimension::Product};

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

qint64 countOf(const DashboardCounts &c, DashboardFigure figure)
{
    switch (figure) {
    case DashboardFigure::Affected:
        return c.affected;
    case DashboardFigure::Cleared:
        return c.cleared;
    case DashboardFigure::Remaining:
        return c.remaining();
    case DashboardFigure::Overdue:
        return c.overdue;
    case DashboardFigure::Blocked:
        return c.blocked;
    case DashboardFigure::Reappeared:
        return c.reappeared;
    }
    return 0;
}

// A breakdown table's column stands for these systems of its row's value.
DashboardFigure figureOfColumn(int column)
{
    switch (column) {
    case DashboardBreakdownModel::Cleared:
        return DashboardFigure::Cleared;
    case DashboardBreakdownModel::Remaining:
        return DashboardFigure::Remaining;
    case DashboardBreakdownModel::Overdue:
        return DashboardFigure::Overdue;
    case DashboardBreakdownModel::Blocked:
        return DashboardFigure::Blocked;
    default:
        return DashboardFigure::Affected;
    }
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setAccessibleName(name);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // Columns fit what they hold (the first page of rows); the last takes the rest.
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     [view] { view->resizeColumnsToContents(); });
    return view;
}

} // namespace

DashboardPane::DashboardPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_projection(new QLabel), m_message(new QLabel),
      m_burndown(new BurndownChart), m_breakdownTabs(new QTabWidget), m_rows(new DashboardSystemsModel(this)),
      m_blockers(new DashboardSystemsModel(this)), m_rowsTitle(new QLabel)
{
    setAccessibleName(tr("Dashboard"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Dashboard title"));
    m_projection->setAccessibleName(tr("Projected finish"));
    QFont projectionFont = m_projection->font();
    projectionFont.setBold(true);
    m_projection->setFont(projectionFont);
    m_projection->setWordWrap(true);
    m_projection->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Dashboard message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QFont messageFont = m_message->font();
    messageFont.setBold(true);
    m_message->setFont(messageFont);

    m_rowsView = makeTable(m_rows, tr("Systems behind the chosen figure"));
    m_blockersView = makeTable(m_blockers, tr("Blockers"));
    m_blockers->setSelection(DashboardFigure::Blocked);
    for (int column : {int(DashboardSystemsModel::Site), int(DashboardSystemsModel::Progress),
                       int(DashboardSystemsModel::State), int(DashboardSystemsModel::Component)})
        m_blockersView->setColumnHidden(column, true);
    m_rowsTitle->setAccessibleName(tr("Systems listed"));
    m_rowsTitle->setFont(messageFont);
    m_rowsTitle->setBuddy(m_rowsView);

    for (DashboardDimension d : kDimensions)
        m_breakdownTabs->addTab(makeBreakdown(d), DashboardBreakdownModel::dimensionName(d));
    m_breakdownTabs->setAccessibleName(tr("Breakdowns"));

    auto *blockersBox = new QWidget;
    auto *blockersLayout = new QVBoxLayout(blockersBox);
    blockersLayout->setContentsMargins(0, 0, 0, 0);
    auto *blockersTitle = new QLabel(tr("Blockers and their reasons"));
    blockersTitle->setFont(messageFont);
    blockersTitle->setBuddy(m_blockersView);
    blockersLayout->addWidget(blockersTitle);
    blockersLayout->addWidget(m_blockersView);

    auto *rowsBox = new QWidget;
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_rowsTitle);
    rowsLayout->addWidget(m_rowsView);

    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_burndown);
    charts->addWidget(m_breakdownTabs);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *lists = new QSplitter(Qt::Horizontal);
    lists->addWidget(rowsBox);
    lists->addWidget(blockersBox);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 2);
    auto *body = new QSplitter(Qt::Vertical);
    body->setObjectName(QStringLiteral("dashboardSplitter"));
    body->addWidget(charts);
    body->addWidget(lists);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_projection);
    layout->addWidget(m_message);
    layout->addWidget(makeFigures());
    layout->addWidget(body, 1);

    m_burndown->setMinimumHeight(220);
    // Room for a few rows of each list even in a small window.
    m_rowsView->setMinimumHeight(100);
    m_blockersView->setMinimumHeight(100);
    setProject(nullptr);
}

DashboardPane::~DashboardPane()
{
    setProject(nullptr);
}

QString DashboardPane::figureName(DashboardFigure figure)
{
    switch (figure) {
    case DashboardFigure::Affected:
        return tr("Affected");
    case DashboardFigure::Cleared:
        return tr("Cleared");
    case DashboardFigure::Remaining:
        return tr("Remaining");
    case DashboardFigure::Overdue:
        return tr("Overdue");
    case DashboardFigure::Blocked:
        return tr("Blocked");
    case DashboardFigure::Reappeared:
        return tr("Reappeared");
    }
    return {};
}

QString DashboardPane::figureDescription(DashboardFigure figure)
{
    switch (figure) {
    case DashboardFigure::Affected:
        return tr("Systems with an open finding of a banned product.");
    case DashboardFigure::Cleared:
        return tr("Systems whose tasks are all done or skipped, with no product seen again by a later scan.");
    case DashboardFigure::Remaining:
        return tr("Affected systems not cleared yet.");
    case DashboardFigure::Overdue:
        return tr("Systems not cleared whose last task was due before the status date.");
    case DashboardFigure::Blocked:
        return tr("Systems not cleared with a blocked task.");
    case DashboardFigure::Reappeared:
        return tr("Systems where a scan found a product again after its removal was verified.");
    }
    return {};
}

QWidget *DashboardPane::makeFigures()
{
    auto *box = new QWidget;
    auto *row = new QGridLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    for (DashboardFigure figure : kFigures) {
        // A button holding two labels: the number large, its name under it. Clicks on the labels reach the
        // button, and the button is what the keyboard and screen readers work with.
        auto *button = new QPushButton;
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setAccessibleDescription(figureDescription(figure) + u' ' +
                                         tr("Press to list these systems below."));
        button->setToolTip(figureDescription(figure));
        auto *value = new QLabel(QStringLiteral("0"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        value->setFont(big);
        value->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel(figureName(figure));
        caption->setAlignment(Qt::AlignCenter);
        auto *inner = new QVBoxLayout(button);
        inner->setContentsMargins(8, 6, 8, 6);
        inner->setSpacing(0);
        inner->addWidget(value);
        inner->addWidget(caption);
        button->setMinimumSize(inner->sizeHint().width() + 24, inner->sizeHint().height() + 8);
        connect(button, &QPushButton::clicked, this, [this, figure] { showSystems(figure); });
        m_buttons.insert(int(figure), button);
        m_values.insert(int(figure), value);
        row->addWidget(button, 0, column++);
    }
    return box;
}

QWidget *DashboardPane::makeBreakdown(DashboardDimension dimension)
{
    auto *model = new DashboardBreakdownModel(dimension, this);
    auto *chart = new BreakdownChart(model);
    connect(chart, &BreakdownChart::barClicked, this, &DashboardPane::showSystems);
    const QString name = DashboardBreakdownModel::dimensionName(dimension).toLower();
    QTableView *table = makeTable(model, tr("Systems by %1, as a table").arg(name));
    table->setAccessibleDescription(tr("Press Enter or click a count to list its systems below."));
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(DashboardBreakdownModel::Value, QHeaderView::Stretch);
    const auto open = [this, model, dimension](const QModelIndex &index) {
        showSystems(figureOfColumn(index.column()), dimension,
                    model
                        ->data(model->index(index.row(), DashboardBreakdownModel::Value),
                               DashboardBreakdownModel::RawValueRole)
                        .toString());
    };
    connect(table, &QTableView::clicked, this, open);
    connect(table, &QTableView::activated, this, open);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(chart);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    chart->setMinimumHeight(220);
    split->setSizes({400, 110}); // the bars first: their labels are elided when squeezed
    table->setMinimumHeight(60);
    m_breakdowns.append(model);
    m_breakdownCharts.append(chart);
    m_breakdownTables.append(table);
    return split;
}

BreakdownChart *DashboardPane::breakdownChart(DashboardDimension dimension) const
{
    const int i =
        int(std::find(std::begin(kDimensions), std::end(kDimensions), dimension) - std::begin(kDimensions));
    return i < m_breakdownCharts.size() ? m_breakdownCharts[i] : nullptr;
}

QTableView *DashboardPane::breakdownTable(DashboardDimension dimension) const
{
    const int i =
        int(std::find(std::begin(kDimensions), std::end(kDimensions), dimension) - std::begin(kDimensions));
    return i < m_breakdownTables.size() ? m_breakdownTables[i] : nullptr;
}

void DashboardPane::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project->changes(), nullptr, this, nullptr);
    m_project = project;
    DashboardReader *reader = project ? &project->dashboard() : nullptr;
    ProjectChanges *changes = project ? project->changes() : nullptr;
    m_rows->setSource(reader, changes);
    m_blockers->setSource(reader, changes);
    for (DashboardBreakdownModel *model : std::as_const(m_breakdowns))
        model->setSource(reader, changes);
    if (project) {
        // After the models: they have read the change when the figures and the scope follow it.
        connect(changes, &ProjectChanges::changed, this, [this](const ProjectChange &c) {
            if (!DashboardSystemsModel::movesFigures(c))
                return;
            if (isVisible())
                refresh();
            else
                m_stale = true;
        });
    }
    m_rows->setSelection(DashboardFigure::Remaining);
    refresh();
}

void DashboardPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    holdModels(false);
    if (m_stale)
        refresh();
}

void DashboardPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    holdModels(true);
}

void DashboardPane::holdModels(bool held)
{
    m_rows->setHeld(held);
    m_blockers->setHeld(held);
    for (DashboardBreakdownModel *model : std::as_const(m_breakdowns))
        model->setHeld(held);
}

void DashboardPane::refresh()
{
    m_stale = false;
    m_figures = m_project ? m_project->dashboardFigures() : DashboardFigures{};
    const DashboardFigures &f = m_figures;
    const QDate asOf = f.asOf;
    m_rows->setScope(f.directiveId, asOf);
    m_blockers->setScope(f.directiveId, asOf);
    for (DashboardBreakdownModel *model : std::as_const(m_breakdowns))
        model->setScope(f.directiveId, asOf);

    if (!m_project) {
        m_title->setText(tr("Dashboard"));
        m_message->setText(tr("No project open. File > New project, or File > Open project."));
    } else if (!f.directiveId) {
        m_title->setText(tr("Dashboard"));
        m_message->setText(tr("The project follows no directive: Directives > Manage directives."));
    } else {
        m_title->setText(tr("Removal under %1, as of %2").arg(f.directiveCode, dateText(asOf)));
        if (!f.hasFindings())
            m_message->setText(tr("No affected systems yet: File > Import inventory to look for the banned "
                                  "products."));
        else if (!f.hasPlan())
            m_message->setText(tr("No plan yet: Plan > Generate or refresh tasks."));
        else
            m_message->clear();
    }
    m_message->setVisible(!m_message->text().isEmpty());

    // The finish against the target, in working days, in words (never colour alone).
    if (!f.hasPlan() || !f.projectedFinish.isValid()) {
        m_projection->setText(
            f.target.isValid() ? tr("Target: %1. No projected finish without a plan.").arg(dateText(f.target))
                               : QString());
    } else if (!f.target.isValid()) {
        m_projection->setText(
            tr("Projected finish: %1 (no target or removal deadline).").arg(dateText(f.projectedFinish)));
    } else if (f.workingDaysLate > 0) {
        m_projection->setText(tr("Late: projected finish %1 is %n working day(s) after the target %2.",
                                 nullptr, f.workingDaysLate)
                                  .arg(dateText(f.projectedFinish), dateText(f.target)));
    } else {
        m_projection->setText(tr("On track: projected finish %1, %n working day(s) before the target %2.",
                                 nullptr, -f.workingDaysLate)
                                  .arg(dateText(f.projectedFinish), dateText(f.target)));
    }
    m_projection->setVisible(!m_projection->text().isEmpty());

    for (DashboardFigure figure : kFigures) {
        const qint64 n = countOf(f.counts, figure);
        m_values.value(int(figure))->setText(QLocale().toString(n));
        QPushButton *button = m_buttons.value(int(figure));
        button->setAccessibleName(tr("%1: %n system(s)", nullptr, int(n)).arg(figureName(figure)));
        button->setEnabled(m_project != nullptr);
    }

    if (m_project && f.directiveId) {
        m_burndown->setFigures(f, m_project->dashboard().plannedFinishes(f.directiveId),
                               m_project->dashboard().clearedByDate(f.directiveId, asOf));
    } else {
        m_burndown->setFigures(f, {}, {});
    }
    updateRowsTitle();
}

void DashboardPane::showSystems(DashboardFigure figure, DashboardDimension dimension, const QString &value)
{
    m_rows->setSelection(figure, dimension, value);
    if (dimension == DashboardDimension::None) {
        if (QPushButton *button = m_buttons.value(int(figure)))
            button->setChecked(true);
    }
    updateRowsTitle();
}

void DashboardPane::updateRowsTitle()
{
    const DashboardSystemQuery q = m_rows->query();
    QString what = tr("%1 systems").arg(figureName(q.figure));
    if (q.dimension != DashboardDimension::None)
        what = tr("%1 of %2 %3")
                   .arg(what, DashboardBreakdownModel::dimensionName(q.dimension).toLower(),
                        DashboardBreakdownModel::valueText(q.value));
    m_rowsTitle->setText(tr("%1: %2").arg(what).arg(QLocale().toString(m_rows->totalCount())));
    m_rowsView->setAccessibleDescription(m_rowsTitle->text());
}

} // namespace uproot
