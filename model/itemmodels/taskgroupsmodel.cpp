#include "model/itemmodels/taskgroupsmodel.h"
#include "model/itemmodels/taskstatusvalue.h"

#include "model/project/projectchanges.h"

#include <QLocale>

#include <limits>

namespace uproot {

namespace {
// A task row's internal id is its system row plus one; a system row's is 0.
constexpr quintptr kSystemRow = 0;
} // namespace

TaskGroupsModel::TaskGroupsModel(QObject *parent) : QAbstractItemModel(parent) {}

void TaskGroupsModel::setSource(TasksReader *reader, ProjectChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_reader = reader;
    m_changes = reader ? changes : nullptr;
    if (m_changes)
        connect(m_changes, &ProjectChanges::changed, this, &TaskGroupsModel::projectChanged);
    reload();
}

void TaskGroupsModel::setFilter(const TaskGroupFilter &filter)
{
    m_filter = filter;
    reload();
}

void TaskGroupsModel::reload()
{
    beginResetModel();
    m_groups.clear();
    m_tasks.clear();
    m_groupCount = m_reader ? m_reader->countTaskGroups(m_filter) : 0;
    endResetModel();
}

void TaskGroupsModel::projectChanged(const ProjectChange &change)
{
    // A system's team or component, the teams and their rules decide the Team filter and column; the settings
    // hold the status date the state and due windows are counted from (the pane passes it in the filter).
    const ProjectChange::Areas affecting(ProjectChange::Tasks | ProjectChange::Inventory |
                                         ProjectChange::Systems | ProjectChange::Teams);
    if (change.reset & affecting)
        reload();
    else if (change.edits(ProjectChange::Tasks))
        refreshTasks(change.ids);
    else if (change.edits(ProjectChange::Systems))
        reload();
}

void TaskGroupsModel::refreshTasks(const QList<Id> &taskIds)
{
    // Each edited task's system is read again with its group row and its listed tasks. If the filter now lets
    // a different number of its tasks through, rows come or go: then the model reloads, as it does for a big
    // edit.
    constexpr qsizetype kNarrowEdit = 50;
    if (taskIds.size() > kNarrowEdit) {
        reload();
        return;
    }
    const bool taskFilter = !m_filter.search.isEmpty() || !m_filter.status.isEmpty() ||
                            m_filter.due != TaskGroupFilter::DueWindow::Any;
    QList<Id> systems;
    for (Id taskId : taskIds) {
        const Id systemId = m_reader->task(taskId).systemId;
        if (systemId && !systems.contains(systemId))
            systems.append(systemId);
    }
    for (Id systemId : std::as_const(systems)) {
        const QList<qint64> rows =
            m_groups.loadedRowsWhere([systemId](const TaskGroupRecord &g) { return g.systemId == systemId; });
        const TaskGroupRecord fresh = m_reader->taskGroup(systemId, m_filter);
        if (rows.isEmpty()) {
            // Not on a loaded page: only a filter on tasks can make it come or go.
            if (taskFilter) {
                reload();
                return;
            }
            m_tasks.remove(systemId);
            continue;
        }
        if (fresh.matching != m_groups.loadedRow(rows.first())->matching) {
            reload();
            return;
        }
        if (m_tasks.contains(systemId)) {
            QList<TaskRecord> tasks = m_reader->groupTasks(systemId, m_filter);
            if (tasks.size() != m_tasks.value(systemId).size()) {
                reload();
                return;
            }
            m_tasks.insert(systemId, std::move(tasks));
        }
        for (qint64 row : rows) {
            *m_groups.loadedRow(row) = fresh;
            const QModelIndex group = index(int(row), 0);
            emit dataChanged(group, index(int(row), ColumnCount - 1));
            const int children = rowCount(group);
            if (children > 0 && m_tasks.contains(systemId))
                emit dataChanged(index(0, 0, group), index(children - 1, ColumnCount - 1, group));
        }
    }
}

const TaskGroupRecord *TaskGroupsModel::groupAt(int row) const
{
    if (!m_reader || row < 0 || row >= m_groupCount)
        return nullptr;
    return m_groups.row(
        row, [this](qint64 offset, int limit) { return m_reader->taskGroups(m_filter, offset, limit); });
}

const QList<TaskRecord> &TaskGroupsModel::tasksOf(const TaskGroupRecord &group) const
{
    auto it = m_tasks.find(group.systemId);
    if (it == m_tasks.end())
        it = m_tasks.insert(group.systemId, m_reader->groupTasks(group.systemId, m_filter));
    return *it;
}

int TaskGroupsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(qMin<qint64>(m_groupCount, std::numeric_limits<int>::max()));
    if (parent.column() != 0 || parent.internalId() != kSystemRow)
        return 0;
    // The count comes with the group from SQL, so a collapsed system never reads its tasks.
    const TaskGroupRecord *g = groupAt(parent.row());
    return g ? int(g->matching) : 0;
}

int TaskGroupsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex TaskGroupsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : kSystemRow);
}

QModelIndex TaskGroupsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSystemRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSystemRow);
}

bool TaskGroupsModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant TaskGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isSystem = index.internalId() == kSystemRow;
    const TaskGroupRecord *g = groupAt(isSystem ? index.row() : int(index.internalId() - 1));
    if (!g)
        return {};
    if (role == IsSystemRole)
        return isSystem;
    if (role == SystemIdRole)
        return g->systemId;
    if (isSystem)
        return groupData(*g, index.column(), role);
    const QList<TaskRecord> &tasks = tasksOf(*g);
    if (index.row() >= tasks.size())
        return {};
    return taskData(tasks.at(index.row()), index.column(), role);
}

QVariant TaskGroupsModel::groupData(const TaskGroupRecord &g, int column, int role) const
{
    if (role == IdRole)
        return g.systemId;
    if (role == Qt::ToolTipRole) {
        QStringList lines{tr("%1 of %n task(s) done or skipped", nullptr, int(g.total)).arg(g.done)};
        if (g.blocked)
            lines << tr("%n blocked", nullptr, int(g.blocked));
        if (g.overdue)
            lines << tr("%n overdue", nullptr, int(g.overdue));
        if (g.matching != g.total)
            lines << tr("%n shown by the filters", nullptr, int(g.matching));
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Name:
        return g.system;
    case Component:
        return g.component;
    case Progress:
        if (role == RawValueRole)
            return g.total ? double(g.done) / double(g.total) : 0.0;
        return progressText(g);
    case Status:
        return stateText(g);
    case Owner:
        return g.team;
    case Start:
        if (role == RawValueRole)
            return g.start;
        return QLocale().toString(g.start, QLocale::ShortFormat);
    case Due:
        if (role == RawValueRole)
            return g.finish;
        return QLocale().toString(g.finish, QLocale::ShortFormat);
    }
    return {};
}

QVariant TaskGroupsModel::taskData(const TaskRecord &t, int column, int role) const
{
    if (role == IdRole)
        return t.id;
    if (role == Qt::ToolTipRole) {
        QStringList lines{taskStatusText(t.status, t.reason)};
        if (!t.notes.isEmpty())
            lines << tr("Notes: %1").arg(t.notes);
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Name:
        if (role == RawValueRole)
            return t.step;
        return tr("%1. %2").arg(QString::number(t.step), t.title);
    case Status:
        if (role == RawValueRole)
            return int(t.status);
        if (role == Qt::DisplayRole)
            return taskStatusText(t.status, t.reason);
        return toString(t.status);
    case Owner:
        return t.owner;
    case Start:
        if (role == RawValueRole)
            return t.start;
        return QLocale().toString(t.start.isValid() ? t.start : t.due, QLocale::ShortFormat);
    case Due:
        if (role == RawValueRole)
            return t.due;
        return QLocale().toString(t.due, QLocale::ShortFormat);
    }
    return {};
}

bool TaskGroupsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    TaskStatus status = TaskStatus::ToDo;
    if (!taskStatusFromEdit(value, &status))
        return false;
    // The project's command writes the store; its change then refreshes this system's rows.
    emit statusEdited(taskAt(index), status);
    return true;
}

Qt::ItemFlags TaskGroupsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.column() == Status && index.internalId() != kSystemRow && m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TaskGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("System and task");
    case Component:
        return tr("Component");
    case Progress:
        return tr("Progress");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Team or owner");
    case Start:
        return tr("Start");
    case Due:
        return tr("Due");
    }
    return {};
}

Id TaskGroupsModel::taskAt(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() != kSystemRow ? index.data(IdRole).toLongLong() : 0;
}

Id TaskGroupsModel::systemAt(const QModelIndex &index) const
{
    return index.data(SystemIdRole).toLongLong();
}

QString TaskGroupsModel::stateText(const TaskGroupRecord &g)
{
    if (g.total > 0 && g.done == g.total)
        return tr("done");
    if (g.blocked > 0)
        return tr("blocked");
    if (g.overdue > 0)
        return tr("overdue");
    if (g.inProgress > 0 || g.done > 0)
        return tr("in progress");
    return tr("to do");
}

QString TaskGroupsModel::progressText(const TaskGroupRecord &g)
{
    return tr("%1 of %2").arg(g.done).arg(g.total);
}

} // namespace uproot
