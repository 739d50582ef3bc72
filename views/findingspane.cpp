#include "views/findingspane.h"

#include "model/itemmodels/findingexplanation.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/project/project.h"
#include "views/findinggroupspane.h"
#include "views/findingreasondialog.h"
#include "views/sourcerowdialog.h"
#include "views/tablepane.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace uproot {

FindingsPane::FindingsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_table(new TablePane(m_model, tr("Findings")))
    , m_explanation(new QLabel)
    , m_sourceRowButton(new QPushButton(tr("Sho&w source row...")))
{
    m_table->addFilter(tr("Confidence:"),
                       {{tr("All"), QString()},
                        {tr("Confirmed"), QStringLiteral("confirmed")},
                        {tr("Needs review"), QStringLiteral("needs review")}},
                       &PagedTableModel::setConfidenceFilter);
    m_table->addFilter(tr("State:"),
                       {{tr("All on the report"), QString()},
                        {tr("Reappeared after removal"), QStringLiteral("reappeared")},
                        {tr("Open"), QStringLiteral("open")},
                        {tr("Removed (verified by a scan)"), QStringLiteral("removed")},
                        {tr("False positive"), QStringLiteral("false positive")},
                        {tr("Exception"), QStringLiteral("exception")},
                        {tr("Excluded by a rule"), QStringLiteral("excluded")}},
                       &PagedTableModel::setStateFilter);
    m_groups = new FindingGroupsPane(m_model, m_table);

    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText); // inventory text is data, never markup
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_explanation->setMinimumWidth(260);
    m_explanation->setAccessibleName(tr("Why this finding"));
    m_explanation->setText(tr("Select a finding to see why it was flagged and where it was imported from."));
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(new QLabel(tr("<b>Why this finding</b>")));
    sideLayout->addWidget(m_explanation);
    m_sourceRowButton->setToolTip(tr("Open the row of the inventory file this finding was imported from"));
    m_sourceRowButton->setEnabled(false);
    connect(m_sourceRowButton, &QPushButton::clicked, this, &FindingsPane::showSourceRow);
    sideLayout->addWidget(m_sourceRowButton, 0, Qt::AlignLeft);
    sideLayout->addStretch(1);
    m_table->setSideWidget(side);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsPane::updateExplanation);
    // A reload (a search, a filter, a change) leaves no row current; the pane goes on saying what it said
    // about the finding chosen last, and the project's changes bring that up to date.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_sourceRowButton->setEnabled(false);
        if (!m_shownFinding)
            updateExplanation();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

FindingsPane::~FindingsPane()
{
    setProject(nullptr);
}

void FindingsPane::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project->changes(), nullptr, this, nullptr);
    m_project = project;
    m_shownFinding = 0;
    // What the scans say is read as of the status date, which is a setting.
    if (project) {
        m_model->setAsOf(project->asOf());
        connect(project->changes(), &ProjectChanges::changed, this, [this](const ProjectChange &change) {
            if (m_project && change.touches(ProjectChange::Settings))
                m_model->setAsOf(m_project->asOf());
        });
    }
    m_model->setSource(project ? &project->findings() : nullptr, project ? project->changes() : nullptr);
    // A decision, or its undo, changes what the pane says about the finding; queued, so the model has read
    // the change first.
    if (project)
        connect(project->changes(), &ProjectChanges::changed, this, [this] {
            QMetaObject::invokeMethod(this, &FindingsPane::showChangedFinding, Qt::QueuedConnection);
        });
    m_groups->setSource(project ? &project->findings() : nullptr, project ? &project->directiveRecords() : nullptr,
                        project ? project->changes() : nullptr);
}

void FindingsPane::decide(FindingState state)
{
    const FindingRow row = m_model->rowData(m_table->view()->currentIndex());
    if (!row.id || !m_project) {
        emit problem(tr("No finding selected"), tr("Select a finding in the Findings table first."));
        return;
    }
    if (row.state == FindingState::Excluded) {
        emit problem(tr("Excluded by the directive"),
                     tr("%1 on %2 is not on the report: %3\n\nTo change that, edit the directive's exclusion rules.")
                         .arg(row.product, row.system, row.matched));
        return;
    }
    QString reason;
    if (state != FindingState::Open &&
        !FindingReasonDialog::ask(this, state, row.product, row.system, &reason))
        return;
    m_project->setFindingState(row.id, state, reason.trimmed());
}

void FindingsPane::updateExplanation()
{
    const QModelIndex current = m_table->view()->currentIndex();
    m_shownFinding = current.isValid() ? m_model->rowData(current).id : 0;
    const QString text =
        current.isValid() ? m_model->data(current, FindingsModel::ExplanationRole).toString() : QString();
    m_explanation->setText(text.isEmpty() ? tr("Select a finding to see why it was flagged.") : text);
    m_sourceRowButton->setEnabled(!m_model->rowData(current).sourcePath.isEmpty());
}

void FindingsPane::showChangedFinding()
{
    if (!m_project || !m_shownFinding)
        return updateExplanation();
    // The finding the pane was about, read again: a decision on it, or the undo of one, shows at once.
    const FindingRow row = m_project->findings().findingAsOf(m_shownFinding, m_project->asOf());
    if (!row.id)
        return updateExplanation();
    m_explanation->setText(explainFinding(row));
    const QModelIndex current = m_table->view()->currentIndex();
    m_sourceRowButton->setEnabled(m_model->rowData(current).id == row.id && !row.sourcePath.isEmpty());
}

SourceRowDialog *FindingsPane::showSourceRow()
{
    const FindingRow row = m_model->rowData(m_table->view()->currentIndex());
    if (!row.id || !m_project) {
        emit problem(tr("No finding selected"), tr("Select a finding in the Findings table first."));
        return nullptr;
    }
    auto *dialog = new SourceRowDialog(m_project, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace uproot
