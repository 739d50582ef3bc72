#pragma once

#include "model/store/storetypes.h"

#include <QDialog>

class QTableWidget;
class QTabWidget;

namespace uproot {

class PlanSummaryPanel;
class Project;

// Plan > Teams: the teams with their capacity and days off (add, edit, remove), the rules by which they take the
// systems of a component or site, each affected system with its team and whether it has that team by hand or
// by rule, and what the plan would give now. Every change is one undoable step at once (Edit > Undo in the main
// window or Ctrl+Z here takes it back), and every view in the dialog follows the project's changes.
class TeamsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TeamsDialog(Project *project, QWidget *parent = nullptr);

    PlanSummaryPanel *summary() const { return m_summary; }

private:
    void scheduleRefresh();
    void refresh();
    void fillTeams(const QHash<QString, qint64> &affected);
    void fillRules(QTableWidget *table, TeamRuleField field, const QList<TeamRule> &rules,
                   const QList<TeamRecord> &teams);
    void fillSystems();
    QString selectedTeam() const;
    void addTeam();
    void editTeam();
    void removeTeam();
    void setRule(TeamRuleField field, const QString &value, const QString &team);
    void showError(const QString &message);

    Project *m_project;
    QTabWidget *m_tabs;
    QTableWidget *m_teams;
    QTableWidget *m_components;
    QTableWidget *m_sites;
    QTableWidget *m_systems;
    PlanSummaryPanel *m_summary;
    bool m_refreshQueued = false;
};

} // namespace uproot
