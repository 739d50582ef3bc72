#include "views/templatestepdelegate.h"

#include "model/planning/tasktemplate.h"
#include "views/templatestepsmodel.h"

#include <QComboBox>
#include <QListWidget>
#include <QSpinBox>

namespace uproot {

namespace {
constexpr int kIdRole = Qt::UserRole;
} // namespace

TemplateStepDelegate::TemplateStepDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *TemplateStepDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    switch (index.column()) {
    case TemplateStepsModel::PhaseColumn: {
        auto *box = new QComboBox(parent);
        box->setAccessibleName(tr("Phase"));
        box->addItem(tr("Planning"), true);
        box->addItem(tr("Removal"), false);
        return box;
    }
    case TemplateStepsModel::DaysColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setAccessibleName(tr("Working days"));
        spin->setRange(1, TaskTemplate::kMaxDays);
        return spin;
    }
    case TemplateStepsModel::AfterColumn: {
        auto *list = new QListWidget(parent);
        list->setObjectName(QStringLiteral("afterEditor"));
        list->setAccessibleName(tr("Steps this one follows"));
        return list;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TemplateStepDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(index.data(TemplateStepsModel::RawValueRole).toBool() ? 0 : 1);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(TemplateStepsModel::RawValueRole).toInt());
        return;
    }
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        list->clear();
        const QStringList after = index.data(TemplateStepsModel::RawValueRole).toStringList();
        const QAbstractItemModel *model = index.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (row == index.row())
                continue;
            const QModelIndex title = model->index(row, TemplateStepsModel::TitleColumn);
            const QString id = title.data(TemplateStepsModel::IdRole).toString();
            auto *item = new QListWidgetItem(tr("%1. %2").arg(row + 1).arg(title.data().toString()), list);
            item->setData(kIdRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(after.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
        list->setCurrentRow(0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TemplateStepDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData().toBool(), TemplateStepsModel::RawValueRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QStringList after;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                after.append(list->item(i)->data(kIdRole).toString());
        }
        model->setData(index, after);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void TemplateStepDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        // Room for several steps below the cell, within the table.
        QRect r = option.rect;
        const int rows = qMin(list->count(), 6);
        r.setHeight(qMax(r.height(), rows * list->fontMetrics().height() * 3 / 2 + 2 * list->frameWidth()));
        r.setWidth(qMax(r.width(), 280));
        if (QWidget *area = editor->parentWidget()) {
            if (r.bottom() > area->height())
                r.moveBottom(area->height() - 1);
            if (r.right() > area->width())
                r.moveRight(area->width() - 1);
        }
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace uproot
