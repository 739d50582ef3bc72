#pragma once

#include "model/project/projectchanges.h"
#include "model/store/findingsreader.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace uproot {


// The findings grouped by product, system, component or site, with counts from SQL. Every group is held (a
// project has far fewer products, components and sites than findings; grouping a million findings by system
// gives at most one row per system), so sorting by a count is done here.
class FindingGroupsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingGroupsModel)
public:
    enum Column { Group, Findings, Systems, Confirmed, NeedsReview, ColumnCount };
    // SystemIdRole: grouped by System, the group's system (0 otherwise), as in the findings table.
    enum Role { RawValueRole = Qt::UserRole, IdRole, SystemIdRole };

    explicit FindingGroupsModel(QObject *parent = nullptr);

    // The findings to group, following the project's changes; null detaches.
    void setSource(FindingsReader *reader, ProjectChanges *changes);
    // The findings store's column to group by (FindingsReader::System, Component, Site or Product), or -1 for
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

    FindingsReader *m_reader = nullptr;
    QPointer<ProjectChanges> m_changes;
    int m_groupBy = -1;
    PageQuery m_filters;
    QList<FindingGroup> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace uproot
