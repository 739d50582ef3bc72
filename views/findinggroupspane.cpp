#include "views/findinggroupspane.h"

#include "model/itemmodels/findinggroupsmodel.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/store/directivesreader.h"
#include "model/store/findingsreader.h"
#include "views/tablepane.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

namespace uproot {

FindingGroupsPane::FindingGroupsPane(FindingsModel *findings, TablePane *pane, QWidget *parent)
    : QWidget(parent), m_findings(findings), m_groups(new FindingGroupsModel(this)), m_groupBy(new QComboBox),
      m_directive(nullptr), m_view(new QTableView), m_caption(new QLabel),
      m_showAll(new QPushButton(tr("Show &all findings")))
{
    setObjectName(QStringLiteral("findingGroups"));
    m_directive =
        pane->addFilter(tr("Directive:"), {{tr("All"), QString()}}, &PagedTableModel::setDirectiveFilter);
    m_directive->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_directive->setToolTip(tr("Show the findings of one directive the project follows"));

    m_groupBy->addItem(tr("None"), -1);
    m_groupBy->addItem(tr("Product"), int(FindingsReader::Product));
    m_groupBy->addItem(tr("System"), int(FindingsReader::System));
    m_groupBy->addItem(tr("Component"), int(FindingsReader::Component));
    m_groupBy->addItem(tr("Site"), int(FindingsReader::Site));
    m_groupBy->setAccessibleName(tr("Group by"));
    m_groupBy->setToolTip(tr("Count the findings by product, system, component or site"));
    pane->addControl(tr("Gro&up by:"), m_groupBy);

    m_view->setModel(m_groups);
    m_view->setAccessibleName(tr("Finding groups"));
    m_view->setAccessibleDescription(tr("Choose a group to show only its findings in the table below"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(FindingGroupsModel::Group, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    for (int c = FindingGroupsModel::Findings; c < FindingGroupsModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, 110);

    m_caption->setTextFormat(Qt::PlainText);
    m_showAll->setToolTip(tr("Leave the chosen group and show every finding"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    pane->setTopWidget(this);
    setVisible(false);

    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &FindingGroupsPane::groupByChanged);
    // The selection, not the current row, chooses the group: a view that gets the focus makes its first row
    // current without selecting it, and that must not filter the table.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingGroupsPane::selectedGroupChanged);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &FindingGroupsPane::groupsReset);
    connect(m_showAll, &QPushButton::clicked, this, &FindingGroupsPane::showAll);
    // The groups count what the table shows: the same search and filters, whatever group is chosen.
    connect(m_findings, &QAbstractItemModel::modelReset, this, [this] {
        m_groups->setFilters(m_findings->query());
        updateCaption();
    });
}

void FindingGroupsPane::setSource(FindingsReader *findings, DirectivesReader *directives, ProjectChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_directives = directives;
    m_changes = directives ? changes : nullptr;
    if (m_changes) {
        // Following a directive changes the choices of the directive filter.
        connect(m_changes, &ProjectChanges::changed, this, [this](const ProjectChange &change) {
            if (change.resets(ProjectChange::Directives))
                updateDirectives();
        });
    }
    updateDirectives();
    m_findings->setGroupFilter(-1, {});
    m_groups->setSource(findings, changes);
}

void FindingGroupsPane::updateDirectives()
{
    const QString current = m_directive->currentData().toString();
    const QList<DirectiveRecord> directives = m_directives ? m_directives->all() : QList<DirectiveRecord>();
    QStringList codes;
    for (const DirectiveRecord &d : directives)
        codes << d.code;
    QStringList shown;
    for (int i = 1; i < m_directive->count(); ++i)
        shown << m_directive->itemData(i).toString();
    if (shown == codes)
        return;
    {
        const QSignalBlocker blocker(m_directive);
        while (m_directive->count() > 1)
            m_directive->removeItem(1);
        for (const DirectiveRecord &d : directives) {
            m_directive->addItem(d.code, d.code);
            m_directive->setItemData(m_directive->count() - 1, d.title, Qt::ToolTipRole);
        }
        m_directive->setCurrentIndex(qMax(0, m_directive->findData(current)));
    }
    // The chosen directive may be gone (another project): the table follows what the combo now says.
    m_findings->setDirectiveFilter(m_directive->currentData().toString());
}

void FindingGroupsPane::groupByChanged()
{
    const int column = m_groupBy->currentData().toInt();
    m_findings->setGroupFilter(-1, {});
    m_groups->setFilters(m_findings->query());
    m_groups->setGroupBy(column);
    const bool wasShown = !isHidden();
    setVisible(column >= 0);
    // A splitter gives a pane that was hidden when it was laid out no height at all; give it a third.
    auto *splitter = qobject_cast<QSplitter *>(parentWidget());
    if (column >= 0 && !wasShown && splitter && splitter->indexOf(this) == 0) {
        QList<int> sizes = splitter->sizes();
        const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
        if (sizes.size() == 2 && sizes.first() < minimumSizeHint().height())
            splitter->setSizes({total / 3, total - total / 3});
    }
    updateCaption();
}

void FindingGroupsPane::selectedGroupChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_groups->groupBy() < 0)
        return;
    m_findings->setGroupFilter(m_groups->groupBy(), m_groups->valueAt(rows.first()));
    updateCaption();
}

void FindingGroupsPane::groupsReset()
{
    // Keep the chosen group chosen when the counts are refreshed; show everything when it is gone.
    const PageQuery q = m_findings->query();
    if (!q.hasGroupFilter()) {
        // Another project's groups, or new counts: the caption says how many there are now.
        updateCaption();
        return;
    }
    const int row = q.groupColumn == m_groups->groupBy() ? m_groups->rowOf(q.groupValue) : -1;
    if (row < 0) {
        m_findings->setGroupFilter(-1, {});
    } else {
        const QModelIndex index = m_groups->index(row, FindingGroupsModel::Group);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
    updateCaption();
}

void FindingGroupsPane::showAll()
{
    m_view->selectionModel()->clear();
    m_findings->setGroupFilter(-1, {});
    updateCaption();
}

void FindingGroupsPane::updateCaption()
{
    const PageQuery q = m_findings->query();
    const int groups = m_groups->rowCount();
    if (q.hasGroupFilter()) {
        m_caption->setText(tr("%n group(s); the table shows the findings of \"%1\"", nullptr, groups)
                               .arg(q.groupValue.isEmpty() ? tr("(none recorded)") : q.groupValue));
    } else {
        m_caption->setText(tr("%n group(s); choose one to show only its findings", nullptr, groups));
    }
    m_showAll->setEnabled(q.hasGroupFilter());
}

} // namespace uproot
