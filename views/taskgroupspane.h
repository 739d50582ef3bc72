#pragma once

#include "model/store/taskgroupfilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace uproot {

class TaskGroupsModel;

// The tasks grouped under their system: a tree of systems (progress "7 of 11", state, span) and their tasks,
// with a search that filters as the person types and filters by team, component, status and due window.
// Filtering is done by the model in SQL; the pane passes on what was chosen (a typed search after a short
// pause).
class TaskGroupsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskGroupsPane(TaskGroupsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *teamFilter() const { return m_team; }
    QComboBox *componentFilter() const { return m_component; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *dueFilter() const { return m_due; }

    // The choices of the team and component filters (those of systems with tasks) and the status date the due
    // windows count from; keeps what is chosen when it is still offered.
    void setChoices(const QStringList &teams, const QStringList &components, const QDate &asOf);

    // Sizes the columns to their content (the rows shown first).
    void sizeColumns();

private:
    void applyFilter();
    void updateCount();

    TaskGroupsModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_search;
    QComboBox *m_team;
    QComboBox *m_component;
    QComboBox *m_status;
    QComboBox *m_due;
    QLabel *m_count;
    QTimer *m_debounce;
    QDate m_asOf;
};

} // namespace uproot
