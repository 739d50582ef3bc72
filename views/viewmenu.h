#pragma once

#include <QList>
#include <QMenu>

class QMainWindow;
class QTabWidget;

namespace uproot {

class WindowLayout;

// View: go to each tab (Ctrl+1 to Ctrl+9, in the tabs' order), show or hide each dock, move the focus from
// pane to pane (F6, Shift+F6), and reset the layout. A closed dock comes back from here, not only from a
// right-click on the menu bar.
class ViewMenu final : public QMenu
{
    Q_OBJECT
public:
    ViewMenu(QMainWindow *window, QTabWidget *tabs, WindowLayout *layout);

    // The action that shows tab i (0-based; null past the ninth).
    QAction *tabAction(int i) const { return m_tabActions.value(i); }
    QAction *resetAction() const { return m_reset; }
    QAction *nextPaneAction() const { return m_nextPane; }
    // The panes F6 moves between, in order: the shown tab's search field and tables, then the docks shown.
    QList<QWidget *> panes() const;
    // Moves the focus to the next (or previous) pane.
    void focusPane(int step);

private:
    void refresh();

    QMainWindow *m_window;
    QTabWidget *m_tabs;
    QList<QAction *> m_tabActions;
    QAction *m_tabsEnd;
    QAction *m_docksEnd;
    QList<QAction *> m_dockActions;
    QAction *m_nextPane;
    QAction *m_previousPane;
    QAction *m_reset;
};

} // namespace uproot
