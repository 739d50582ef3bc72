#include "views/outsidechangewatcher.h"

#include "model/project/project.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QUndoStack>

namespace uproot {

namespace {

// The editor a table has open (the focus is in it), committed to the model and closed: a table reloading
// would otherwise drop it with what was typed or picked.
void commitOpenEditor()
{
    QWidget *editor = QApplication::focusWidget();
    while (editor && editor->parentWidget()) {
        auto *view = qobject_cast<QAbstractItemView *>(editor->parentWidget()->parentWidget());
        if (view && editor->parentWidget() == view->viewport()) {
            // commitData and closeEditor are the view's slots for its delegate's signals of the same names.
            QMetaObject::invokeMethod(view, "commitData", Q_ARG(QWidget *, editor));
            QMetaObject::invokeMethod(
                view, "closeEditor", Q_ARG(QWidget *, editor),
                Q_ARG(QAbstractItemDelegate::EndEditHint, QAbstractItemDelegate::NoHint));
            return;
        }
        editor = editor->parentWidget();
    }
}

} // namespace

OutsideChangeWatcher::OutsideChangeWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &OutsideChangeWatcher::check);
}

void OutsideChangeWatcher::setProject(Project *project)
{
    m_project = project;
    if (!m_project) {
        m_timer.stop();
        return;
    }
    // The first look only notes where the file stands.
    m_project->refreshIfChangedElsewhere();
    m_timer.start();
}

bool OutsideChangeWatcher::check()
{
    if (!m_project)
        return false;
    bool hadHistory = false;
    const bool changed = m_project->refreshIfChangedElsewhere([this, &hadHistory] {
        commitOpenEditor();
        hadHistory = m_project->undoStack()->count() > 0;
    });
    if (!changed)
        return false;
    emit refreshed(hadHistory
                       ? tr("Changed by another program: refreshed. The undo history was cleared, as its "
                            "steps were made on the project as it was.")
                       : tr("Changed by another program: refreshed"));
    return true;
}

} // namespace uproot
