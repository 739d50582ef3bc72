#include "views/templatestepsmodel.h"

#include <QSet>

namespace uproot {

namespace {
const QList<TaskTemplate::Step> kNoSteps;
} // namespace

TemplateStepsModel::TemplateStepsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TemplateStepsModel::setSteps(QList<TaskTemplate::Step> *steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

const QList<TaskTemplate::Step> &TemplateStepsModel::steps() const
{
    return m_steps ? *m_steps : kNoSteps;
}

int TemplateStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_steps ? 0 : int(m_steps->size());
}

int TemplateStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TemplateStepsModel::afterText(const TaskTemplate::Step &step) const
{
    QStringList numbers;
    for (const QString &id : step.after) {
        for (qsizetype i = 0; i < m_steps->size(); ++i) {
            if ((*m_steps)[i].id == id)
                numbers.append(QString::number(i + 1));
        }
    }
    return numbers.isEmpty() ? tr("(none)") : tr("step %1").arg(numbers.join(QStringLiteral(", ")));
}

QVariant TemplateStepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_steps || index.row() >= m_steps->size())
        return {};
    const TaskTemplate::Step &s = (*m_steps)[index.row()];
    if (role == IdRole)
        return s.id;
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole)
            return s.title;
        break;
    case PhaseColumn:
        if (role == RawValueRole)
            return s.planning;
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return s.planning ? tr("Planning") : tr("Removal");
        break;
    case DaysColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole)
            return s.days;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AfterColumn:
        if (role == RawValueRole || role == Qt::EditRole)
            return s.after;
        if (role == Qt::DisplayRole)
            return afterText(s);
        if (role == Qt::ToolTipRole) {
            QStringList titles;
            for (const TaskTemplate::Step &other : *m_steps) {
                if (s.after.contains(other.id))
                    titles.append(other.title);
            }
            return titles.join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TemplateStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TitleColumn:
        return tr("Step");
    case PhaseColumn:
        return tr("Phase");
    case DaysColumn:
        return tr("Working days");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

Qt::ItemFlags TemplateStepsModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool TemplateStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_steps || index.row() >= m_steps->size() ||
        (role != Qt::EditRole && role != RawValueRole))
        return false;
    TaskTemplate::Step &s = (*m_steps)[index.row()];
    const TaskTemplate::Step before = s;
    switch (index.column()) {
    case TitleColumn:
        s.title = value.toString().trimmed();
        break;
    case PhaseColumn:
        s.planning = value.typeId() == QMetaType::Bool ? value.toBool() : value.toString() == tr("Planning");
        break;
    case DaysColumn:
        s.days = value.toInt();
        break;
    case AfterColumn:
        s.after = value.toStringList();
        break;
    default:
        return false;
    }
    if (s == before)
        return true;
    emit dataChanged(index, index);
    emit stepsEdited();
    return true;
}

QString TemplateStepsModel::newId() const
{
    QSet<QString> ids;
    for (const TaskTemplate::Step &s : *m_steps)
        ids.insert(s.id);
    int n = int(m_steps->size()) + 1;
    while (ids.contains(QStringLiteral("step-%1").arg(n)))
        ++n;
    return QStringLiteral("step-%1").arg(n);
}

int TemplateStepsModel::addStep(int row, const QString &title)
{
    if (!m_steps)
        return -1;
    row = qBound(0, row, int(m_steps->size()));
    TaskTemplate::Step step;
    step.id = newId();
    step.title = title;
    beginInsertRows({}, row, row);
    m_steps->insert(row, step);
    endInsertRows();
    // The After column shows step numbers, which moved.
    emit dataChanged(index(0, AfterColumn), index(rowCount() - 1, AfterColumn));
    emit stepsEdited();
    return row;
}

QStringList TemplateStepsModel::removeStep(int row)
{
    if (!m_steps || row < 0 || row >= m_steps->size())
        return {};
    const TaskTemplate::Step gone = (*m_steps)[row];
    beginRemoveRows({}, row, row);
    m_steps->removeAt(row);
    endRemoveRows();
    QStringList handedOn;
    for (TaskTemplate::Step &s : *m_steps) {
        if (!s.after.removeAll(gone.id))
            continue;
        handedOn.append(s.title);
        for (const QString &id : gone.after) {
            if (!s.after.contains(id) && id != s.id)
                s.after.append(id);
        }
    }
    if (!m_steps->isEmpty())
        emit dataChanged(index(0, AfterColumn), index(rowCount() - 1, AfterColumn));
    emit stepsEdited();
    return handedOn;
}

bool TemplateStepsModel::moveStep(int row, int delta)
{
    const int to = row + delta;
    if (!m_steps || row < 0 || row >= m_steps->size() || to < 0 || to >= m_steps->size() ||
        (delta != 1 && delta != -1))
        return false;
    // beginMoveRows names the row the moved one goes before.
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_steps->move(row, to);
    endMoveRows();
    emit dataChanged(index(0, AfterColumn), index(rowCount() - 1, AfterColumn));
    emit stepsEdited();
    return true;
}

} // namespace uproot
