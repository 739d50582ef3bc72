#pragma once

#include <QObject>
#include <QTimer>

namespace uproot {

class Project;

// Looks about twice a second whether another program or window committed a change to the open project
// (Project::refreshIfChangedElsewhere), so that every view and count shows the file as it is within a second.
// An edit still open in a table's editor is committed first, on the current data, so that it is not lost when
// the tables reload.
class OutsideChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutsideChangeWatcher)
public:
    static constexpr int kIntervalMs = 500;

    explicit OutsideChangeWatcher(QObject *parent = nullptr);
    void setProject(Project *project);
    // Looks now; true when the project was refreshed.
    bool check();

signals:
    // The project was changed by another program and the views reloaded; the message says so (and whether the
    // undo history went with it).
    void refreshed(const QString &message);

private:
    Project *m_project = nullptr;
    QTimer m_timer;
};

} // namespace uproot
