#include "views/timelinerowdelegate.h"

#include "model/timeline/timelinemodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace uproot {

QRect TimelineRowDelegate::indicatorRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const int depth = index.data(TimelineModel::DepthRole).toInt();
    return QRect(option.rect.left() + depth * kIndent, option.rect.top(), kIndent, option.rect.height());
}

void TimelineRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (index.column() != TimelineModel::Name)
        return QStyledItemDelegate::paint(painter, option, index);
    const QRect indicator = indicatorRect(option, index);
    QStyleOptionViewItem shifted = option;
    shifted.rect.setLeft(indicator.right() + 1);
    // The selection and focus background spans the whole cell, the indentation included.
    QStyleOptionViewItem background = option;
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);
    if (index.data(TimelineModel::ExpandableRole).toBool()) {
        QStyleOption branch;
        branch.rect = indicator;
        branch.palette = option.palette;
        branch.state = QStyle::State_Children | QStyle::State_Item;
        if (index.data(TimelineModel::ExpandedRole).toBool())
            branch.state |= QStyle::State_Open;
        style->drawPrimitive(QStyle::PE_IndicatorBranch, &branch, painter, option.widget);
    }
    QStyledItemDelegate::paint(painter, shifted, index);
}

bool TimelineRowDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    auto *timeline = qobject_cast<TimelineModel *>(model);
    if (timeline && index.column() == TimelineModel::Name && event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            indicatorRect(option, index).contains(mouse->position().toPoint()) &&
            timeline->isExpandable(index.row())) {
            timeline->setExpanded(index.row(), !timeline->isExpanded(index.row()));
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QSize TimelineRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == TimelineModel::Name)
        size.rwidth() += (index.data(TimelineModel::DepthRole).toInt() + 1) * kIndent;
    return size;
}

} // namespace uproot
