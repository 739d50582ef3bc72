#include "model/itemmodels/tasksmodel.h"
#include "model/itemmodels/taskstatusvalue.h"

#include <QLocale>

namespace uproot {

static_assert(int(TasksModel::ColumnCount) == int(TasksReader::ColumnCount),
              "the model's columns are the store's sort columns");

TasksModel::TasksModel(QObject *parent) : PagedTableModel(ProjectChange::Tasks, parent) {}

void TasksModel::setSource(TasksReader *reader, ProjectChanges *changes)
{
    m_reader = reader;
    attach(reader != nullptr, changes);
}

int TasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 TasksModel::countRows(const PageQuery &q)
{
    return m_reader->count(q);
}

int TasksModel::loadFirstPage()
{
    if (!m_reader)
        return -1;
    return firstPage(m_cache, [this](const PageQuery &q) { return m_reader->page(q); });
}

const TaskRecord *TasksModel::rowAt(int row) const
{
    if (!m_reader)
        return nullptr;
    return cachedRow(m_cache, row, [this](const PageQuery &q) { return m_reader->page(q); });
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
    if (role == SystemIdRole)
        return t->systemId;
    if (role == Qt::ToolTipRole)
        return toolTip(*t);
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
        // The reason shows where the status does ("blocked: waiting for vendor password"); the editor takes
        // the bare status.
        if (role == Qt::DisplayRole)
            return taskStatusText(t->status, t->reason);
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
    if (role != Qt::EditRole || index.column() != Status || !m_editable)
        return false;
    TaskStatus status = TaskStatus::ToDo;
    if (!taskStatusFromEdit(value, &status))
        return false;
    // The project's command writes the store; its change then refreshes this row.
    emit statusEdited(taskAt(index), status);
    return true;
}

Qt::ItemFlags TasksModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Status && m_editable)
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

QString TasksModel::toolTip(const TaskRecord &t)
{
    QStringList lines{taskStatusText(t.status, t.reason)};
    if (!t.notes.isEmpty())
        lines << tr("Notes: %1").arg(t.notes);
    if (t.evidence > 0)
        lines << tr("%n item(s) of evidence", nullptr, t.evidence);
    return lines.join(QLatin1Char('\n'));
}

Id TasksModel::taskAt(const QModelIndex &index) const
{
    return data(index, IdRole).toLongLong();
}

void TasksModel::refreshRows(const QList<Id> &ids)
{
    refreshCachedRows(m_cache, ids, [this](Id id) { return m_reader->task(id); });
}

} // namespace uproot
