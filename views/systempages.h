#pragma once

#include "model/store/storetypes.h"

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QTabWidget;

namespace uproot {

class Project;
class SystemPage;

// The system pages of the main window: one tab per system, opened by double-click or Enter on any row that
// belongs to a system (inventory, findings, finding groups by system, tasks), from a row's context menu, or
// with the "System page" action on the current row. Opening a system whose page is open shows that page
// again.
class SystemPages final : public QObject
{
    Q_OBJECT
public:
    // The tabs already in the widget stay and cannot be closed; pages are added after them.
    SystemPages(QTabWidget *tabs, QObject *parent = nullptr);

    // The project whose systems are shown; the pages of the previous one close.
    void setProject(Project *project);
    // Rows of this view open their system's page (PagedTableModel::SystemIdRole; rows without one do
    // nothing).
    void follow(QAbstractItemView *view);

    // Opens (or shows again) the page of a system; null without a project or for id 0.
    SystemPage *open(Id systemId);
    // The page of the current row's system in the current tab's table; null (and problem) when there is none.
    SystemPage *openCurrent();
    SystemPage *page(Id systemId) const;
    QList<SystemPage *> pages() const;
    // The system of the tab shown, when it is a system page (else 0).
    Id shownSystem() const;

    QAction *openAction() const { return m_open; }
    QAction *closeAction() const { return m_close; }

signals:
    void problem(const QString &title, const QString &message);

private:
    Id currentRowSystem() const;
    void close(int tab);
    void closeAll();

    QTabWidget *m_tabs;
    QPointer<Project> m_project;
    QAction *m_open;
    QAction *m_close;
};

} // namespace uproot
