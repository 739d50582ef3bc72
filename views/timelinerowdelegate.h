#pragma once

#include <QStyledItemDelegate>

namespace uproot {

// Draws a timeline row's name indented by its depth, with the branch indicator of a row that has children;
// a click on the indicator expands or collapses the row (TimelineModel::setExpanded).
class TimelineRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kIndent = 16;
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QRect indicatorRect(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace uproot
