#include "model/itemmodels/tasksmodel.h"

#include "model/project/project.h"
#include "model/store/taskstore.h"

namespace uproot {

static_assert(int(TasksModel::ColumnCount) == int(TaskStore::ColumnCount),
              "the model's columns are the store's sort columns");

TasksModel::TasksModel(QObject *parent)
    : PagedTableModel(parent)
{
}

int TasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 TasksModel::countRows(const PageQuery &q)
{
    return project()->store().tasks().count(q);
}

const TaskRecord *TasksModel::rowAt(int row) const
{
    Project *p = project();
    if (!p)
        return nullptr;
    const PageQuery base = query();
    return m_cache.row(row, [&](qint64 offset, int limit) {
        PageQuery q = base;
        q.offset = offset;
        q.limit = limit;
        return p->store().tasks().page(q);
    });
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TaskRecord *t = rowAt(index.row());
    if (!t)
        return {};
    if (role == IdRole)
        return t->id;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case System:
        return t->system;
    case Component:
        return t->component;
    case Step:
        return t->step;
    case Title:
        return t->title;
    case Status:
        if (role == RawValueRole)
            return int(t->status);
        return toString(t->status);
    case Owner:
        return t->owner;
    case Due:
        if (role == RawValueRole)
            return t->due;
        return QLocale().toString(t->due, QLocale::ShortFormat);
    }
    return {};
}

bool TasksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Status || !project() || project()->isReadOnly())
        return false;
    bool ok = false;
    const TaskStatus status = value.typeId() == QMetaType::Int ? TaskStatus(value.toInt())
                                                               : taskStatusFromString(value.toString(), &ok);
    if (value.typeId() != QMetaType::Int && !ok)
        return false;
    // The command writes the store; the change signal then refreshes this row.
    project()->setTaskStatus(taskAt(index), status);
    return true;
}

Qt::ItemFlags TasksModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Status && project() && !project()->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case System:
        return tr("System");
    case Component:
        return tr("Component");
    case Step:
        return tr("Step");
    case Title:
        return tr("Task");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    }
    return {};
}

Id TasksModel::taskAt(const QModelIndex &index) const
{
    return data(index, IdRole).toLongLong();
}

void TasksModel::projectChanged(const ProjectChange &change)
{
    if (change.kind != ProjectChange::TasksChanged || !project()) {
        PagedTableModel::projectChanged(change);
        return;
    }
    if (!query().stateFilter.isEmpty()) {
        reload();
        return;
    }
    for (Id id : change.ids) {
        const QList<qint64> rows = m_cache.loadedRowsWhere([id](const TaskRecord &t) { return t.id == id; });
        const TaskRecord fresh = project()->store().tasks().task(id);
        for (qint64 row : rows) {
            *m_cache.loadedRow(row) = fresh;
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
}

} // namespace uproot
