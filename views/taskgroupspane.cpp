#include "views/taskgroupspane.h"

#include "model/itemmodels/taskgroupsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace uproot {

namespace {

QComboBox *filterCombo(const QString &name)
{
    auto *combo = new QComboBox;
    combo->setAccessibleName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void addLabelled(QHBoxLayout *row, const QString &label, QWidget *control)
{
    auto *caption = new QLabel(label);
    caption->setBuddy(control);
    row->addWidget(caption);
    row->addWidget(control);
}

void fillChoices(QComboBox *combo, const QString &all, const QStringList &values)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

} // namespace

TaskGroupsPane::TaskGroupsPane(TaskGroupsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTreeView), m_search(new QLineEdit),
      m_team(filterCombo(tr("Team"))), m_component(filterCombo(tr("Component"))),
      m_status(filterCombo(tr("Status"))), m_due(filterCombo(tr("Due"))), m_count(new QLabel),
      m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search systems, tasks, owners, components"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tasks"));
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Tasks by system"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    // Sized to the rows a person sees, not by reading every system (the model pages them).
    m_view->header()->setResizeContentsPrecision(200);

    m_status->addItem(tr("All"), QString());
    m_status->addItem(tr("To do"), toString(TaskStatus::ToDo));
    m_status->addItem(tr("In progress"), toString(TaskStatus::InProgress));
    m_status->addItem(tr("Blocked"), toString(TaskStatus::Blocked));
    m_status->addItem(tr("Done"), toString(TaskStatus::Done));
    m_status->addItem(tr("Skipped"), toString(TaskStatus::Skipped));
    m_due->addItem(tr("Any time"), int(TaskGroupFilter::DueWindow::Any));
    m_due->addItem(tr("Overdue"), int(TaskGroupFilter::DueWindow::Overdue));
    m_due->addItem(tr("This week"), int(TaskGroupFilter::DueWindow::ThisWeek));
    m_due->addItem(tr("Next 30 days"), int(TaskGroupFilter::DueWindow::Next30Days));
    TaskGroupsPane::setChoices({}, {}, QDate());

    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    addLabelled(top, tr("&Team:"), m_team);
    addLabelled(top, tr("Co&mponent:"), m_component);
    addLabelled(top, tr("St&atus:"), m_status);
    addLabelled(top, tr("D&ue:"), m_due);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    // Each keystroke restarts a short timer, so the SQL filter runs once the person pauses; a filter applied
    // replaces the rows of the one before, so nothing stale stays shown.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &TaskGroupsPane::applyFilter);
    for (QComboBox *combo : {m_team, m_component, m_status, m_due})
        connect(combo, &QComboBox::currentIndexChanged, this, &TaskGroupsPane::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaskGroupsPane::updateCount);
    updateCount();
}

void TaskGroupsPane::setChoices(const QStringList &teams, const QStringList &components, const QDate &asOf)
{
    fillChoices(m_team, tr("All"), teams);
    fillChoices(m_component, tr("All"), components);
    m_asOf = asOf;
}

void TaskGroupsPane::applyFilter()
{
    m_debounce->stop();
    TaskGroupFilter f;
    f.search = m_search->text().trimmed();
    f.team = m_team->currentData().toString();
    f.component = m_component->currentData().toString();
    f.status = m_status->currentData().toString();
    f.due = TaskGroupFilter::DueWindow(m_due->currentData().toInt());
    f.asOf = m_asOf;
    m_model->setFilter(f);
}

void TaskGroupsPane::updateCount()
{
    m_count->setText(tr("%n system(s)", nullptr, m_model->rowCount()));
}

void TaskGroupsPane::sizeColumns()
{
    // The first systems' rows and tasks decide the widths (the model pages the rest); the person may then
    // resize, and filtering keeps the widths.
    if (m_model->rowCount() > 0)
        m_view->expand(m_model->index(0, 0));
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->resizeColumnToContents(column);
    // The first rows may all be "to do": the status column takes the longest status as well.
    const int status = m_view->fontMetrics().horizontalAdvance(toString(TaskStatus::InProgress)) + 24;
    m_view->setColumnWidth(TaskGroupsModel::Status,
                           qMax(m_view->columnWidth(TaskGroupsModel::Status), status));
}

} // namespace uproot
