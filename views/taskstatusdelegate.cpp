#include "views/taskstatusdelegate.h"

#include "model/itemmodels/pagedtablemodel.h"
#include "model/store/storetypes.h"

#include <QComboBox>

namespace uproot {

QWidget *TaskStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Task status"));
    for (TaskStatus s : {TaskStatus::ToDo, TaskStatus::InProgress, TaskStatus::Blocked, TaskStatus::Done,
                         TaskStatus::Skipped})
        combo->addItem(toString(s), int(s));
    return combo;
}

void TaskStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    // The shown text carries the reason ("blocked: ..."); the raw value is the status alone.
    combo->setCurrentIndex(combo->findData(index.data(PagedTableModel::RawValueRole).toInt()));
}

void TaskStatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace uproot
