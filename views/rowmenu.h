#pragma once

#include <QList>
#include <QObject>

class QAbstractItemView;
class QAction;
class QMenu;
class QPoint;

namespace uproot {

// The context menu on a table's rows: Copy (the selected rows, as Edit > Copy), the view's own actions, then
// the shared actions that apply to the row (the window's menu entries, which act on the current row). A
// right-click on a row that is not selected selects it first, so what the menu does is what the person
// pointed at.
class RowMenu final : public QObject
{
    Q_OBJECT
public:
    // Attaches a menu to the view (the menu's owner is the view); Ctrl+C in the view copies its rows too.
    static RowMenu *attach(QAbstractItemView *view, const QList<QAction *> &actions = {});
    // The menu of a view, when one is attached.
    static RowMenu *of(const QAbstractItemView *view);

    // The menu a click at pos (viewport coordinates) shows, the caller owns it; null when pos is on no row.
    QMenu *createMenu(const QPoint &pos);

private:
    RowMenu(QAbstractItemView *view, const QList<QAction *> &actions);

    QAbstractItemView *m_view;
    QList<QAction *> m_actions;
};

} // namespace uproot
