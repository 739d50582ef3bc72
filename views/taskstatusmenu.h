#pragma once

#include "model/store/storetypes.h"

#include <QMenu>
#include <functional>

class QAbstractItemView;

namespace uproot {

class Project;

// "Set status" on the selected tasks of a table (the rows' IdRole): one undoable step for all of them;
// blocked and skipped first ask why, as the status editor in the table does.
class TaskStatusMenu final : public QMenu
{
    Q_OBJECT
public:
    // project: the open project when the person chooses (null: nothing happens).
    TaskStatusMenu(QAbstractItemView *view, std::function<Project *()> project, QWidget *parent = nullptr);

    QAction *actionFor(TaskStatus status) const;

signals:
    void problem(const QString &title, const QString &message);

private:
    void setStatus(TaskStatus status);

    QAbstractItemView *m_view;
    std::function<Project *()> m_project;
    QList<QAction *> m_actions;
};

} // namespace uproot
