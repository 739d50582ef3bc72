#pragma once

#include "model/project/projectchanges.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace uproot {

class FindingGroupsModel;
class FindingsModel;
class DirectivesReader;
class FindingsReader;
class ProjectChanges;
class TablePane;

// The findings table's grouping and directive filter. Adds "Directive" and "Group by" to the pane's filters
// and shows the groups (value, findings, systems, confirmed, needs review) above the table; choosing a group
// shows only its findings below. The counts follow the table's search and filters.
class FindingGroupsPane final : public QWidget
{
    Q_OBJECT
public:
    FindingGroupsPane(FindingsModel *findings, TablePane *pane, QWidget *parent = nullptr);

    // The findings to group and the directives to filter by, following the project's changes; nulls detach.
    void setSource(FindingsReader *findings, DirectivesReader *directives, ProjectChanges *changes);

    QComboBox *groupByCombo() const { return m_groupBy; }
    QComboBox *directiveCombo() const { return m_directive; }
    QTableView *groupsView() const { return m_view; }
    FindingGroupsModel *groupsModel() const { return m_groups; }
    // Shows every finding again (no group chosen).
    void showAll();

private:
    void groupByChanged();
    void selectedGroupChanged();
    void groupsReset();
    void updateDirectives();
    void updateCaption();

    FindingsModel *m_findings;
    FindingGroupsModel *m_groups;
    DirectivesReader *m_directives = nullptr;
    QPointer<ProjectChanges> m_changes;
    QComboBox *m_groupBy;
    QComboBox *m_directive;
    QTableView *m_view;
    QLabel *m_caption;
    QPushButton *m_showAll;
};

} // namespace uproot
