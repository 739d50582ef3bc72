#include "views/viewmenu.h"

#include "views/windowlayout.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QTabWidget>
#include <algorithm>

namespace uproot {

ViewMenu::ViewMenu(QMainWindow *window, QTabWidget *tabs, WindowLayout *layout)
    : QMenu(tr("&View"), window), m_window(window), m_tabs(tabs)
{
    setObjectName(QStringLiteral("viewMenu"));
    // The tab actions live on the window so their keys work while the menu is closed; the menu lists those of
    // the tabs there are.
    for (int i = 0; i < 9; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("showTab%1").arg(i + 1));
        connect(action, &QAction::triggered, this, [this, i] {
            if (i >= m_tabs->count())
                return;
            m_tabs->setCurrentIndex(i);
            // The keyboard user lands in the tab, not on the tab bar.
            QWidget *page = m_tabs->currentWidget();
            const QList<QWidget *> list = panes(); // the tab's panes first, then the docks'
            const auto pane = std::find_if(list.cbegin(), list.cend(),
                                           [page](QWidget *w) { return page && page->isAncestorOf(w); });
            if (pane != list.cend()) {
                (*pane)->setFocus(Qt::ShortcutFocusReason);
            } else if (page) {
                // A tab without a table or search field (the timeline before there is a plan): its first
                // control that takes the Tab key.
                const QList<QWidget *> children = page->findChildren<QWidget *>();
                const auto first = std::find_if(children.cbegin(), children.cend(), [](QWidget *w) {
                    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
                });
                (first != children.cend() ? *first : page)->setFocus(Qt::ShortcutFocusReason);
            }
        });
        window->addAction(action);
        m_tabActions.append(action);
    }
    m_tabsEnd = addSeparator();
    m_docksEnd = addSeparator();
    m_nextPane = addAction(tr("&Next pane"), this, [this] { focusPane(1); });
    m_nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    m_previousPane = addAction(tr("&Previous pane"), this, [this] { focusPane(-1); });
    m_previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    addSeparator();
    m_reset = addAction(tr("&Reset layout"), layout, &WindowLayout::reset);
    m_reset->setObjectName(QStringLiteral("resetLayout"));
    m_reset->setToolTip(tr("Show every pane where it was at first, and the columns at their first widths"));
    connect(this, &QMenu::aboutToShow, this, &ViewMenu::refresh);
    refresh();
}

void ViewMenu::refresh()
{
    for (QAction *action : std::as_const(m_tabActions))
        removeAction(action);
    for (int i = 0; i < qMin(m_tabs->count(), int(m_tabActions.size())); ++i) {
        QAction *action = m_tabActions.at(i);
        // The tab's own mnemonic would clash with the menu's: the menu numbers them instead.
        action->setText(QStringLiteral("&%1 %2").arg(i + 1).arg(m_tabs->tabText(i).remove(u'&')));
        insertAction(m_tabsEnd, action);
    }
    for (QAction *action : std::as_const(m_dockActions))
        removeAction(action);
    m_dockActions.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->parentWidget() != m_window)
            continue;
        QAction *toggle = dock->toggleViewAction();
        if (!toggle->text().contains(u'&'))
            toggle->setText(u'&' + toggle->text());
        insertAction(m_docksEnd, toggle);
        m_dockActions.append(toggle);
    }
}

QList<QWidget *> ViewMenu::panes() const
{
    QList<QWidget *> list;
    const auto usable = [](QWidget *w) {
        return w->isVisible() && w->isEnabled() && w->focusPolicy() != Qt::NoFocus;
    };
    if (QWidget *page = m_tabs->currentWidget()) {
        for (QLineEdit *search : page->findChildren<QLineEdit *>()) {
            if (usable(search) && !search->accessibleName().isEmpty())
                list.append(search);
        }
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            if (usable(view) && !qobject_cast<QAbstractItemView *>(view->parentWidget()))
                list.append(view);
        }
    }
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (!dock->isVisible() || !dock->widget())
            continue;
        QWidget *target = dock->widget();
        if (target->focusPolicy() == Qt::NoFocus) {
            // The dock's first control that takes the focus.
            for (QWidget *child : target->findChildren<QWidget *>()) {
                if (usable(child)) {
                    target = child;
                    break;
                }
            }
        }
        if (usable(target))
            list.append(target);
    }
    return list;
}

void ViewMenu::focusPane(int step)
{
    const QList<QWidget *> list = panes();
    if (list.isEmpty())
        return;
    int at = -1;
    for (int i = 0; i < list.size(); ++i) {
        QWidget *focus = m_window->focusWidget();
        if (focus && (focus == list.at(i) || list.at(i)->isAncestorOf(focus)))
            at = i;
    }
    const int next =
        at < 0 ? (step > 0 ? 0 : int(list.size()) - 1) : int((at + step + list.size()) % list.size());
    list.at(next)->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

} // namespace uproot
