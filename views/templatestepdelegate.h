#pragma once

#include <QStyledItemDelegate>

namespace uproot {

// Editors for a template's steps (TemplateStepsModel): a list for the phase, a spin box for the working days,
// and for "After" a checkable list of the other steps, so any number of them can be chosen from the keyboard
// (arrows, Space, Enter to keep).
class TemplateStepDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TemplateStepDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace uproot
