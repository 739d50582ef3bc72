#include "views/tablepane.h"

#include "model/itemmodels/pagedtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace uproot {

TablePane::TablePane(PagedTableModel *model, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_filters(new QHBoxLayout)
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(name);
    m_search->setPlaceholderText(tr("Search systems, software, publishers, components, sites"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(name));
    m_search->setAccessibleDescription(tr("Shows only the rows holding these words, as you type"));
    m_count->setAccessibleName(tr("Rows shown"));
    m_view->setModel(model);
    m_view->setAccessibleName(name);
    m_view->setAccessibleDescription(
        tr("Ctrl+C copies the selected rows; the Menu key shows what can be done "
           "with the current row; Alt+Enter opens its system's page"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);

    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addLayout(m_filters);
    top->addWidget(m_count);
    m_splitter->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    // Each keystroke restarts a short timer, so the SQL filter runs once the person pauses.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePane::updateCount);
    connect(m_model, &PagedTableModel::countFinished, this, &TablePane::updateCount);
    updateCount();
}

QComboBox *TablePane::addFilter(const QString &label, const QList<QPair<QString, QString>> &choices,
                                void (PagedTableModel::*apply)(const QString &))
{
    auto *combo = new QComboBox;
    combo->setAccessibleName(label);
    for (const auto &choice : choices)
        combo->addItem(choice.first, choice.second);
    auto *caption = new QLabel(label);
    caption->setBuddy(combo);
    m_filters->addWidget(caption);
    m_filters->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo, apply] { (m_model->*apply)(combo->currentData().toString()); });
    return combo;
}

void TablePane::setSideWidget(QWidget *widget)
{
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
}

void TablePane::setTopWidget(QWidget *widget)
{
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->setChildrenCollapsible(false);
    delete layout()->replaceWidget(m_splitter, vertical);
    vertical->addWidget(widget);
    vertical->addWidget(m_splitter);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 2);
}

void TablePane::addControl(const QString &label, QWidget *control)
{
    auto *caption = new QLabel(label);
    caption->setBuddy(control);
    if (control->accessibleName().isEmpty())
        control->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    m_filters->addWidget(caption);
    m_filters->addWidget(control);
}

void TablePane::updateCount()
{
    // While the model counts the rows past its first page, the label says how many it shows so far.
    m_count->setText(m_model->isCounting() ? tr("%n+ row(s), counting\u2026", nullptr, m_model->rowCount())
                                           : tr("%n row(s)", nullptr, m_model->rowCount()));
}

} // namespace uproot
