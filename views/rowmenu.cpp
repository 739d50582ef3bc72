#include "views/rowmenu.h"

#include "views/tablecopy.h"

#include <QAbstractItemView>
#include <QMenu>

namespace uproot {

RowMenu::RowMenu(QAbstractItemView *view, const QList<QAction *> &actions)
    : QObject(view), m_view(view), m_actions(actions)
{
    setObjectName(QStringLiteral("rowMenu"));
}

RowMenu *RowMenu::attach(QAbstractItemView *view, const QList<QAction *> &actions)
{
    auto *menu = new RowMenu(view, actions);
    TableCopy::handleCopyKeys(view);
    // Tab leaves the table for the next control (moving from cell to cell it would trap the keyboard); the
    // arrow keys move between cells.
    view->setTabKeyNavigation(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, menu, [menu](const QPoint &pos) {
        QMenu *shown = menu->createMenu(pos);
        if (!shown)
            return;
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->popup(menu->m_view->viewport()->mapToGlobal(pos));
    });
    return menu;
}

RowMenu *RowMenu::of(const QAbstractItemView *view)
{
    return view ? view->findChild<RowMenu *>(QStringLiteral("rowMenu"), Qt::FindDirectChildrenOnly) : nullptr;
}

QMenu *RowMenu::createMenu(const QPoint &pos)
{
    // The Menu key asks at the current row; a click elsewhere than on a row, at the current row too.
    QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        index = m_view->currentIndex();
    if (!index.isValid())
        return nullptr;
    QItemSelectionModel *selection = m_view->selectionModel();
    // The shared actions act on the current row: make the pointed row current, and chosen when it was not.
    if (selection->isSelected(index))
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else
        m_view->setCurrentIndex(index);
    auto *menu = new QMenu(m_view);
    QAbstractItemView *view = m_view;
    // The Copy keys are shown beside the entry, so they are learnt; the entry copies this view whatever the
    // focus.
    const int rows = qMax(1, int(selection->selectedRows().size()));
    QAction *copy = menu->addAction(tr("&Copy %n row(s)", nullptr, rows) + u'\t' +
                                    QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText));
    copy->setObjectName(QStringLiteral("copyRows"));
    connect(copy, &QAction::triggered, view, [view] { TableCopy::copyRows(view); });
    QList<QAction *> actions = m_view->actions();
    if (!actions.isEmpty() || !m_actions.isEmpty())
        menu->addSeparator();
    actions.append(m_actions);
    for (QAction *action : std::as_const(actions)) {
        // A shared action applies to the rows when it is enabled; separators keep the groups.
        if (action->isSeparator() || action->isVisible())
            menu->addAction(action);
    }
    return menu;
}

} // namespace uproot
