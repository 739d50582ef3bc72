#include "views/systempages.h"

#include "model/itemmodels/pagedtablemodel.h"
#include "model/project/project.h"
#include "views/systempage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

namespace uproot {

namespace {
Id systemOf(const QModelIndex &index)
{
    return index.isValid() ? index.data(PagedTableModel::SystemIdRole).toLongLong() : 0;
}
} // namespace

SystemPages::SystemPages(QTabWidget *tabs, QObject *parent)
    : QObject(parent), m_tabs(tabs), m_open(new QAction(tr("S&ystem page"), this)),
      m_close(new QAction(tr("&Close system page"), this))
{
    m_open->setShortcuts({QKeySequence(tr("Alt+Return")), QKeySequence(tr("Alt+Enter"))});
    m_open->setToolTip(
        tr("Open the page of the current row's system: its plan data, findings, tasks, evidence and "
           "history"));
    // Ctrl+W everywhere, beside the platform's own Close (Ctrl+F4 where Windows key bindings apply).
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(tr("Ctrl+W"))))
        closeKeys.append(QKeySequence(tr("Ctrl+W")));
    m_close->setShortcuts(closeKeys);
    connect(m_open, &QAction::triggered, this, &SystemPages::openCurrent);
    connect(m_close, &QAction::triggered, this, [this] {
        if (qobject_cast<SystemPage *>(m_tabs->currentWidget()))
            close(m_tabs->currentIndex());
    });
    m_tabs->setTabsClosable(true);
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &SystemPages::close);
}

void SystemPages::setProject(Project *project)
{
    closeAll();
    m_project = project;
    m_open->setEnabled(project != nullptr);
}

void SystemPages::follow(QAbstractItemView *view)
{
    // activated: a double-click that does not start an edit, or Enter (as the platform defines it).
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Id id = systemOf(index))
            open(id);
    });
    // The row's context menu (RowMenu, attached by the window) offers the same action.
}

SystemPage *SystemPages::page(Id systemId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<SystemPage *>(m_tabs->widget(i));
        if (page && page->systemId() == systemId)
            return page;
    }
    return nullptr;
}

QList<SystemPage *> SystemPages::pages() const
{
    QList<SystemPage *> all;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<SystemPage *>(m_tabs->widget(i)))
            all.append(page);
    }
    return all;
}

Id SystemPages::shownSystem() const
{
    auto *page = qobject_cast<SystemPage *>(m_tabs->currentWidget());
    return page ? page->systemId() : 0;
}

SystemPage *SystemPages::open(Id systemId)
{
    if (!m_project || !systemId)
        return nullptr;
    SystemPage *page = this->page(systemId);
    if (!page) {
        page = new SystemPage(m_project, systemId);
        const int tab = m_tabs->addTab(page, page->systemName());
        m_tabs->setTabToolTip(tab, tr("System page of %1").arg(page->systemName()));
        connect(page, &SystemPage::titleChanged, this,
                [this, page](const QString &name) { m_tabs->setTabText(m_tabs->indexOf(page), name); });
        connect(page, &SystemPage::problem, this, &SystemPages::problem);
    }
    m_tabs->setCurrentWidget(page);
    page->sectionView(SystemPage::Findings)->setFocus();
    return page;
}

SystemPage *SystemPages::openCurrent()
{
    const Id id = currentRowSystem();
    if (!id) {
        emit problem(
            tr("No system chosen"),
            tr("Choose a row in the Inventory, Findings or Tasks table, then open its system's page."));
        return nullptr;
    }
    return open(id);
}

Id SystemPages::currentRowSystem() const
{
    QWidget *tab = m_tabs->currentWidget();
    if (!tab || qobject_cast<SystemPage *>(tab))
        return 0;
    // The table the person is in (the findings table or its groups above it), else the tab's main table.
    auto *focused = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    if (focused && tab->isAncestorOf(focused)) {
        if (const Id id = systemOf(focused->currentIndex()))
            return id;
    }
    for (QAbstractItemView *view : tab->findChildren<QAbstractItemView *>()) {
        if (view->isVisible() && view->selectionModel() && view->selectionModel()->hasSelection()) {
            if (const Id id = systemOf(view->currentIndex()))
                return id;
        }
    }
    return 0;
}

void SystemPages::close(int tab)
{
    if (auto *page = qobject_cast<SystemPage *>(m_tabs->widget(tab))) {
        m_tabs->removeTab(tab);
        page->deleteLater();
    }
}

void SystemPages::closeAll()
{
    for (SystemPage *page : pages()) {
        m_tabs->removeTab(m_tabs->indexOf(page));
        // At once: a page reads the project it was opened on, which may be about to go.
        delete page;
    }
}

} // namespace uproot
