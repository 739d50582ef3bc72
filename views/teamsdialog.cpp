#include "views/teamsdialog.h"

#include "model/project/project.h"
#include "views/plansummarypanel.h"
#include "views/teameditdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace uproot {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, const QString &accessible,
                        QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString howAssigned(TeamSource source)
{
    switch (source) {
    case TeamSource::Own:
        return TeamsDialog::tr("by hand");
    case TeamSource::ComponentRule:
        return TeamsDialog::tr("by rule for its component");
    case TeamSource::SiteRule:
        return TeamsDialog::tr("by rule for its site");
    case TeamSource::None:
        break;
    }
    return TeamsDialog::tr("no team: the default capacity");
}

} // namespace

TeamsDialog::TeamsDialog(Project *project, QWidget *parent)
    : QDialog(parent), m_project(project), m_tabs(new QTabWidget(this)),
      m_teams(makeTable({tr("Team"), tr("Systems a day"), tr("Days off"), tr("Affected systems")},
                        QStringLiteral("teams"), tr("Teams"), this)),
      m_components(makeTable({tr("Component"), tr("Systems"), tr("Team")}, QStringLiteral("componentRules"),
                             tr("Teams by component"), this)),
      m_sites(makeTable({tr("Site"), tr("Systems"), tr("Team")}, QStringLiteral("siteRules"),
                        tr("Teams by site"), this)),
      m_systems(makeTable({tr("System"), tr("Component"), tr("Site"), tr("Team"), tr("Assigned")},
                          QStringLiteral("teamSystems"), tr("Affected systems and their teams"), this)),
      m_summary(new PlanSummaryPanel(project, this))
{
    setWindowTitle(tr("Teams"));
    auto *teamsPage = new QWidget(this);
    auto *add = new QPushButton(tr("&Add..."), teamsPage);
    add->setObjectName(QStringLiteral("addTeam"));
    auto *edit = new QPushButton(tr("&Edit..."), teamsPage);
    edit->setObjectName(QStringLiteral("editTeam"));
    auto *remove = new QPushButton(tr("&Remove"), teamsPage);
    remove->setObjectName(QStringLiteral("removeTeam"));
    connect(add, &QPushButton::clicked, this, &TeamsDialog::addTeam);
    connect(edit, &QPushButton::clicked, this, &TeamsDialog::editTeam);
    connect(remove, &QPushButton::clicked, this, &TeamsDialog::removeTeam);
    connect(m_teams, &QTableWidget::cellDoubleClicked, this, &TeamsDialog::editTeam);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *teamsLayout = new QHBoxLayout(teamsPage);
    teamsLayout->addWidget(m_teams, 1);
    teamsLayout->addLayout(buttons);
    m_tabs->addTab(teamsPage, tr("&Teams"));
    m_tabs->addTab(m_components, tr("By &component"));
    m_tabs->addTab(m_sites, tr("By &site"));
    m_tabs->addTab(m_systems, tr("S&ystems"));

    auto *summaryBox = new QGroupBox(tr("The plan with these teams, computed now (Plan > Generate or refresh tasks writes it)"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summary);

    // The dialog is a window of its own: Ctrl+Z here undoes the project's last step, as in the main window.
    QAction *undo = m_project->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_project->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});
    addAction(undo);
    addAction(redo);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("A system's team is its own, set by hand, when it has one; else the team of "
                      "its component; else the team of its site."),
                   this));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(summaryBox, 1);
    layout->addWidget(close);
    resize(760, 620);

    connect(m_project->changes(), &ProjectChanges::changed, this, &TeamsDialog::scheduleRefresh);
    refresh();
}

void TeamsDialog::scheduleRefresh()
{
    // Later, not now: the change may come from a combo box in one of the tables, which a refresh replaces.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void TeamsDialog::refresh()
{
    QHash<QString, qint64> affected;
    QHash<Id, QString> teamOf;
    for (const DirectiveRecord &d : m_project->directives()) {
        for (const AffectedSystemRow &s : m_project->findings().affectedSystems(d.id))
            teamOf.insert(s.systemId, s.team);
    }
    for (const QString &team : std::as_const(teamOf))
        ++affected[team];
    const QList<TeamRecord> teams = m_project->teams().all();
    const QList<TeamRule> rules = m_project->teams().rules();
    fillTeams(affected);
    fillRules(m_components, TeamRuleField::Component, rules, teams);
    fillRules(m_sites, TeamRuleField::Site, rules, teams);
    fillSystems();
    m_summary->refresh();
}

void TeamsDialog::fillTeams(const QHash<QString, qint64> &affected)
{
    const QString selected = selectedTeam();
    m_teams->setRowCount(0);
    for (const TeamRecord &t : m_project->teams().all()) {
        const int row = m_teams->rowCount();
        m_teams->insertRow(row);
        QStringList days;
        for (const QDate &d : t.daysOff)
            days.append(d.toString(Qt::ISODate));
        m_teams->setItem(row, 0, cell(t.name));
        m_teams->setItem(row, 1, cell(QString::number(t.capacity), true));
        m_teams->setItem(row, 2, cell(days.isEmpty() ? tr("none") : days.join(QStringLiteral(", "))));
        m_teams->setItem(row, 3, cell(QString::number(affected.value(t.name)), true));
        if (t.name == selected)
            m_teams->selectRow(row);
    }
}

void TeamsDialog::fillRules(QTableWidget *table, TeamRuleField field, const QList<TeamRule> &rules,
                            const QList<TeamRecord> &teams)
{
    QList<QPair<QString, qint64>> values = m_project->teams().systemCounts(field);
    QHash<QString, QString> teamOf;
    for (const TeamRule &r : rules) {
        if (r.field != field)
            continue;
        teamOf.insert(r.value, r.team);
        const bool known = std::any_of(values.cbegin(), values.cend(),
                                       [&r](const QPair<QString, qint64> &v) { return v.first == r.value; });
        if (!known) // a rule set before any system had the value
            values.append({r.value, 0});
    }
    table->setRowCount(0);
    for (const auto &[value, count] : std::as_const(values)) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, cell(value));
        table->setItem(row, 1, cell(QString::number(count), true));
        auto *choice = new QComboBox(table);
        choice->setAccessibleName(tr("Team for %1").arg(value));
        choice->addItem(tr("(none)"), QString());
        for (const TeamRecord &t : teams)
            choice->addItem(t.name, t.name);
        choice->setCurrentIndex(qMax(0, choice->findData(teamOf.value(value))));
        connect(choice, &QComboBox::activated, this, [this, choice, field, value = value] {
            setRule(field, value, choice->currentData().toString());
        });
        table->setCellWidget(row, 2, choice);
    }
}

void TeamsDialog::fillSystems()
{
    m_systems->setSortingEnabled(false);
    m_systems->setRowCount(0);
    QSet<Id> seen;
    for (const DirectiveRecord &d : m_project->directives()) {
        for (const AffectedSystemRow &s : m_project->findings().affectedSystems(d.id)) {
            if (seen.contains(s.systemId))
                continue;
            seen.insert(s.systemId);
            const int row = m_systems->rowCount();
            m_systems->insertRow(row);
            m_systems->setItem(row, 0, cell(s.name));
            m_systems->setItem(row, 1, cell(s.component));
            m_systems->setItem(row, 2, cell(s.site));
            m_systems->setItem(row, 3, cell(s.team));
            m_systems->setItem(row, 4, cell(howAssigned(s.teamSource)));
        }
    }
    m_systems->setSortingEnabled(true);
}

QString TeamsDialog::selectedTeam() const
{
    const QList<QTableWidgetItem *> selected = m_teams->selectedItems();
    return selected.isEmpty() ? QString() : m_teams->item(selected.first()->row(), 0)->text();
}

void TeamsDialog::addTeam()
{
    auto *dialog = new TeamEditDialog(TeamRecord{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TeamRecord team = dialog->team();
        if (m_project->teams().find(team.name).id)
            return showError(tr("There is a team %1 already; edit it instead.").arg(team.name));
        QString error;
        if (!m_project->setTeam(team, &error))
            showError(error);
    });
    dialog->open();
}

void TeamsDialog::editTeam()
{
    const TeamRecord stored = m_project->teams().find(selectedTeam());
    if (!stored.id)
        return;
    auto *dialog = new TeamEditDialog(stored, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!m_project->setTeam(dialog->team(), &error))
            showError(error);
    });
    dialog->open();
}

void TeamsDialog::removeTeam()
{
    const QString name = selectedTeam();
    QString error;
    if (!name.isEmpty() && !m_project->removeTeam(name, &error))
        showError(error);
}

void TeamsDialog::setRule(TeamRuleField field, const QString &value, const QString &team)
{
    QString error;
    if (!m_project->setTeamRule(field, value, team, &error))
        showError(error);
    scheduleRefresh(); // a refused choice goes back to what is stored
}

void TeamsDialog::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Teams"), message);
}

} // namespace uproot
