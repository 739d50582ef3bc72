#pragma once

#include "model/project/projectchange.h"
#include "model/timeline/timelineplan.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace uproot {

class Project;

// The plan as timeline rows (conventions §6): one row per group (component or team), per system's work and,
// when a system is expanded, per task, flattened in display order so that a row list and the chart beside it
// share row numbers and scroll together. Columns are the table's view of a row; the timeline roles
// (StartRole, FinishRole, ProgressRole, StateRole ...) are what the chart, its tooltip and a printed timeline
// read, from the same rows. Groups start expanded and systems collapsed; expansion survives reloads.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum Column { Name, Team, Start, Finish, Progress, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole,
        IdRole,    // the system's or task's id (0 for a group)
        KindRole,  // RowKind
        DepthRole, // 0 for a top-level row
        ExpandableRole,
        ExpandedRole,
        StartRole,    // QDate: the first day of the bar
        FinishRole,   // QDate: the last day of the bar (the due date)
        ProgressRole, // double from 0 to 1: the share of tasks done or skipped
        StateRole,    // int(TaskStatus): the bar's state
        LateRole,     // bool: work not done is due before the status date
        LabelRole,    // the text drawn on or beside the bar
        SystemIdRole, // the system a system or task row belongs to
    };
    enum class RowKind { Group, System, Task };
    enum class Grouping { Component, Team, System };
    Q_ENUM(Grouping)

    explicit TimelineModel(QObject *parent = nullptr);

    // The project's plan, following its changes; null detaches.
    void setProject(Project *project);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    const TimelinePlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RowKind kindAt(int row) const { return m_rows.at(row).kind; }
    bool isExpandable(int row) const;
    bool isExpanded(int row) const;
    // Shows or hides a row's children (a group's systems, a system's tasks).
    void setExpanded(int row, bool expanded);
    void expandAll();
    void collapseAll();
    // The row of a system or a task (-1 when it is hidden under a collapsed row).
    int rowOfSystem(Id systemId) const;
    int rowOfTask(Id taskId) const;
    Id idAt(int row) const;

    // The text of a task's or a system's state for people, as used in the tooltip and the bar's label.
    static QString stateText(TaskStatus state);

private:
    struct Group : TimelineSpan
    {
        QString name;
        QList<int> systems;
    };
    struct Row
    {
        RowKind kind;
        int index; // into m_groups, m_plan.systems or m_plan.tasks
    };

    void reload();
    void onChanged(const ProjectChange &change);
    void buildGroups();
    void summarize(Group &group) const;
    QList<Row> childrenOf(const Row &row) const;
    QList<Row> visibleRows() const;
    int depthOf(const Row &row) const;
    QString groupKey(const TimelineSystem &system) const;
    QString toolTip(const Row &row) const;

    QPointer<Project> m_project;
    Grouping m_grouping = Grouping::Component;
    TimelinePlan m_plan;
    QList<Group> m_groups;
    QHash<int, int> m_groupOfSystem;
    QList<Row> m_rows;
    QSet<QString> m_collapsedGroups;
    QSet<Id> m_expandedSystems;
    QMetaObject::Connection m_connection;
};

} // namespace uproot
