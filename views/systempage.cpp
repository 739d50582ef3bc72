#include "views/systempage.h"

#include "model/itemmodels/systemsectionmodel.h"
#include "model/project/project.h"
#include "model/project/systemdossier.h"
#include "views/rowmenu.h"
#include "views/systemplandataform.h"
#include "views/taskdetailsdialog.h"
#include "views/taskreasondialog.h"
#include "views/taskstatusdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace uproot {

namespace {

QTableView *sectionTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setObjectName(name);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(130);
    // Copy and the view's own actions (a task's details) on a right-click; Ctrl+C copies the rows.
    RowMenu::attach(view);
    return view;
}

} // namespace

SystemPage::SystemPage(Project *project, Id systemId, QWidget *parent)
    : QWidget(parent), m_project(project), m_dossier(new SystemDossier(project, systemId, this)),
      m_title(new QLabel), m_facts(new QLabel), m_planData(new SystemPlanDataForm),
      m_sections(new QTabWidget), m_explanation(new QLabel), m_reason(new QLineEdit),
      m_falsePositive(new QPushButton(tr("&Mark false positive"))),
      m_exception(new QPushButton(tr("Record e&xception"))), m_reopen(new QPushButton(tr("Re&open")))
{
    setObjectName(QStringLiteral("systemPage"));
    m_title->setObjectName(QStringLiteral("systemName"));
    m_title->setTextFormat(Qt::PlainText); // inventory text is data, never markup
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_views = {sectionTable(m_dossier->findingsModel(), tr("Findings of the system")),
               sectionTable(m_dossier->tasksModel(), tr("Tasks of the system")),
               sectionTable(m_dossier->installationsModel(), tr("Installations of the system")),
               sectionTable(m_dossier->evidenceModel(), tr("Evidence of the system's tasks")),
               sectionTable(m_dossier->historyModel(), tr("History of the system"))};
    m_sections->addTab(findingsSection(), QString());
    m_sections->addTab(tasksSection(), QString());
    m_sections->addTab(m_views.at(Installations), QString());
    m_sections->addTab(m_views.at(Evidence), QString());
    m_sections->addTab(m_views.at(History), QString());
    m_views.at(History)->setColumnWidth(SystemDossier::HistoryAt, 150);
    m_views.at(Evidence)->setToolTip(tr("Files and references attached to this system's tasks"));

    auto *planScroll = new QScrollArea;
    planScroll->setWidget(m_planData);
    planScroll->setWidgetResizable(true);
    planScroll->setFrameShape(QFrame::NoFrame);
    planScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The whole form in view, its fields wide enough to read a team or a contract reference.
    planScroll->setMinimumWidth(m_planData->sizeHint().width() +
                                planScroll->verticalScrollBar()->sizeHint().width());
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(planScroll);
    splitter->addWidget(m_sections);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(splitter, 1);

    const bool editable = project && !project->isReadOnly();
    m_planData->setEditable(editable);
    m_reason->setReadOnly(!editable);
    connect(m_planData, &SystemPlanDataForm::edited, this, &SystemPage::setPlanField);
    connect(m_dossier, &SystemDossier::systemChanged, this, [this] {
        m_planData->setSystem(m_dossier->system());
        updateHeader();
    });
    connect(m_dossier, &SystemDossier::sectionsChanged, this, [this] {
        updateHeader();
        updateSectionTitles();
        updateFindingControls();
    });
    m_planData->setSystem(m_dossier->system());
    updateHeader();
    updateSectionTitles();
    updateFindingControls();
}

QWidget *SystemPage::findingsSection()
{
    QTableView *view = m_views.at(Findings);
    view->setColumnWidth(SystemDossier::FindingProduct, 260);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAccessibleName(tr("Why this finding"));
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason->setPlaceholderText(tr("Why it is a false positive or an approved exception"));
    m_reason->setAccessibleName(tr("Reason for the decision"));
    m_reason->setClearButtonEnabled(true);
    auto *reasonLabel = new QLabel(tr("&Reason:"));
    reasonLabel->setBuddy(m_reason);
    auto *decision = new QHBoxLayout;
    decision->addWidget(reasonLabel);
    decision->addWidget(m_reason, 1);
    decision->addWidget(m_falsePositive);
    decision->addWidget(m_exception);
    decision->addWidget(m_reopen);
    connect(m_falsePositive, &QPushButton::clicked, this, [this] { decide(FindingState::FalsePositive); });
    connect(m_exception, &QPushButton::clicked, this, [this] { decide(FindingState::Exception); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { decide(FindingState::Open); });
    connect(m_reason, &QLineEdit::textChanged, this, &SystemPage::updateFindingControls);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SystemPage::updateFindingControls);

    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->addWidget(view, 1);
    layout->addWidget(m_explanation);
    layout->addLayout(decision);
    return section;
}

QWidget *SystemPage::tasksSection()
{
    QTableView *view = m_views.at(Tasks);
    view->setColumnWidth(SystemDossier::TaskStep, 50);
    view->setColumnWidth(SystemDossier::TaskTitle, 300);
    view->setItemDelegateForColumn(SystemDossier::TaskStatusColumn, new TaskStatusDelegate(view));
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::SelectedClicked);
    view->setToolTip(
        tr("Double-click a task's status, or press F2, to change it; Ctrl+Enter or Task details... "
           "for its reason, notes and evidence"));
    // A task's reason, notes and evidence are edited in its details, as from the Tasks table.
    auto *details = new QAction(tr("Task &details..."), view);
    details->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    details->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(details);
    connect(details, &QAction::triggered, this, [this, view] {
        const QModelIndex current = view->currentIndex();
        const Id taskId = current.isValid() ? m_dossier->tasksModel()->idAt(current.row()) : 0;
        if (!m_project || !taskId)
            return;
        auto *dialog = new TaskDetailsDialog(m_project, taskId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    // The model only announces the person's choice; the project makes it an undoable command.
    connect(
        m_dossier->tasksModel(), &SystemSectionModel::edited, this,
        // Queued: the dialog asking why, and the change that reloads the rows, come once the editor that
        // made the choice is closed (a reload under an open editor made the view warn "closeEditor called
        // with an editor that does not belong to this view").
        [this](Id taskId, int, const QVariant &v) {
            bool ok = false;
            const TaskStatus status = v.typeId() == QMetaType::Int ? TaskStatus(v.toInt())
                                                                   : taskStatusFromString(v.toString(), &ok);
            if (!m_project || !(ok || v.typeId() == QMetaType::Int))
                return;
            QString reason, error;
            // Blocked and skipped ask why, as in the Tasks table; cancelling changes nothing.
            if (!TaskReasonDialog::reasonFor(this, m_project->tasks().task(taskId), status, &reason))
                return;
            if (!m_project->setTaskStatuses({taskId}, status, reason, &error))
                QMessageBox::warning(this, tr("The status was not changed"), error);
        },
        Qt::QueuedConnection);
    return view;
}

Id SystemPage::systemId() const
{
    return m_dossier->systemId();
}

QString SystemPage::systemName() const
{
    return m_dossier->system().name;
}

QTableView *SystemPage::sectionView(Section section) const
{
    return m_views.value(section);
}

QPushButton *SystemPage::decisionButton(FindingState state) const
{
    switch (state) {
    case FindingState::FalsePositive:
        return m_falsePositive;
    case FindingState::Exception:
        return m_exception;
    case FindingState::Open:
        return m_reopen;
    case FindingState::Excluded:
        break;
    }
    return nullptr;
}

void SystemPage::updateHeader()
{
    const SystemRecord &s = m_dossier->system();
    if (!s.id) {
        m_title->setText(tr("System not found"));
        m_facts->setText(tr("The project holds no system with the id %1.").arg(m_dossier->systemId()));
        emit titleChanged(m_title->text());
        return;
    }
    if (m_title->text() != s.name) {
        m_title->setText(s.name);
        emit titleChanged(s.name);
    }
    QStringList facts;
    if (!s.os.isEmpty())
        facts << s.os;
    if (!s.ip.isEmpty())
        facts << tr("IP %1").arg(s.ip);
    if (!s.serial.isEmpty())
        facts << tr("serial %1").arg(s.serial);
    qint64 open = 0;
    for (const FindingRow &f : m_dossier->findings())
        open += f.state == FindingState::Open ? 1 : 0;
    qint64 done = 0;
    for (const TaskRecord &t : m_dossier->tasks())
        done += t.status == TaskStatus::Done || t.status == TaskStatus::Skipped ? 1 : 0;
    facts << tr("%n installation(s)", nullptr, int(m_dossier->installations().size()))
          << tr("%n finding(s), %1 open", nullptr, int(m_dossier->findings().size())).arg(open)
          << tr("%n task(s), %1 done or skipped", nullptr, int(m_dossier->tasks().size())).arg(done);
    m_facts->setText(facts.join(QStringLiteral(" · ")));
}

void SystemPage::updateSectionTitles()
{
    m_sections->setTabText(Findings, tr("Findin&gs (%1)").arg(m_dossier->findings().size()));
    m_sections->setTabText(Tasks, tr("Tas&ks (%1)").arg(m_dossier->tasks().size()));
    m_sections->setTabText(Installations, tr("Insta&llations (%1)").arg(m_dossier->installations().size()));
    m_sections->setTabText(Evidence, tr("E&vidence (%1)").arg(m_dossier->evidence().size()));
    m_sections->setTabText(History, tr("Hi&story (%1)").arg(m_dossier->history().size()));
}

void SystemPage::updateFindingControls()
{
    const QModelIndex current = m_views.at(Findings)->currentIndex();
    const FindingRow f =
        m_dossier->finding(current.isValid() ? m_dossier->findingsModel()->idAt(current.row()) : Id(0));
    m_explanation->setText(f.id ? current.data(Qt::ToolTipRole).toString()
                                : tr("Choose a finding to see why it was flagged and to decide on it."));
    const bool decidable = f.id && f.state != FindingState::Excluded && m_project && !m_project->isReadOnly();
    const bool reason = !m_reason->text().trimmed().isEmpty();
    m_falsePositive->setEnabled(decidable && reason && f.state != FindingState::FalsePositive);
    m_exception->setEnabled(decidable && reason && f.state != FindingState::Exception);
    m_reopen->setEnabled(decidable && f.state != FindingState::Open);
}

void SystemPage::decide(FindingState state)
{
    const QModelIndex current = m_views.at(Findings)->currentIndex();
    const FindingRow f =
        m_dossier->finding(current.isValid() ? m_dossier->findingsModel()->idAt(current.row()) : Id(0));
    if (!f.id || !m_project) {
        emit problem(tr("No finding chosen"),
                     tr("Choose a finding in the Findings section of the page first."));
        return;
    }
    if (f.state == FindingState::Excluded) {
        emit problem(
            tr("Excluded by the directive"),
            tr("%1 on %2 is not on the report: %3\n\nTo change that, edit the directive's exclusion rules.")
                .arg(f.product, f.system, f.matched));
        return;
    }
    const QString reason = state == FindingState::Open ? QString() : m_reason->text().trimmed();
    if (state != FindingState::Open && reason.isEmpty()) {
        emit problem(
            tr("A reason is needed"),
            tr("Type why %1 on %2 is a false positive or an approved exception.").arg(f.product, f.system));
        return;
    }
    m_project->setFindingState(f.id, state, reason);
    m_reason->clear();
}

void SystemPage::setPlanField(PlanField field, const QString &value)
{
    if (!m_project)
        return;
    QString error;
    if (!m_project->setPlanData({systemId()}, field, value, &error)) {
        // The field shows what the project holds again; the person is told why.
        m_planData->setSystem(m_dossier->system(), true);
        emit problem(tr("The plan data was not set"), error);
    }
}

} // namespace uproot
