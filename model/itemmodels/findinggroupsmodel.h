#pragma once

#include "model/project/projectchange.h"
#include "model/store/findingstore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace uproot {

class Project;

// The findings grouped by product, system, component or site, with counts from SQL. Every group is held (a
// project has far fewer products, components and sites than findings; grouping a million findings by system
// gives at most one row per system), so sorting by a count is done here.
class FindingGroupsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingGroupsModel)
public:
    enum Column { Group, Findings, Systems, Confirmed, NeedsReview, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, IdRole };

    explicit FindingGroupsModel(QObject *parent = nullptr);

    void setProject(Project *project);
    // The findings store's column to group by (FindingStore::System, Component, Site or Product), or -1 for
    // no grouping (no rows).
    void setGroupBy(int column);
    int groupBy() const { return m_groupBy; }
    // The search and filters of the findings table; its group filter and page are ignored.
    void setFilters(const PageQuery &filters);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The group's value as stored ("" for findings with no component or site recorded).
    QString valueAt(const QModelIndex &index) const;
    FindingGroup groupAt(int row) const { return m_rows.value(row); }
    // The row of a group value, or -1.
    int rowOf(const QString &value) const;
    void reload();

private:
    void projectChanged(const ProjectChange &change);
    void sortRows();

    QPointer<Project> m_project;
    int m_groupBy = -1;
    PageQuery m_filters;
    QList<FindingGroup> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace uproot
