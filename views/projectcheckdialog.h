#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace uproot {

class ProjectCheck;

// File > Check project: SQLite's full integrity check and the schema comparison on the open project's file,
// on a thread of its own over a connection of its own (a million installations take seconds), with the time
// so far and Cancel; then what was found. Window-modal, deleted when closed.
class ProjectCheckDialog final : public QDialog
{
    Q_OBJECT
public:
    ProjectCheckDialog(const QString &path, QWidget *parent = nullptr);
    ~ProjectCheckDialog() override;

    void start();
    bool isRunning() const;
    // "sound", or the problems found; empty while the check runs.
    QString result() const { return m_result; }
    bool isSound() const { return m_sound; }
    QPushButton *button() const { return m_button; }

signals:
    void checked(bool sound);

protected:
    void reject() override;

private:
    void finish();
    void showElapsed();

    QString m_path;
    std::unique_ptr<ProjectCheck> m_check;
    QThread *m_thread = nullptr;
    QElapsedTimer m_elapsed;
    QTimer *m_tick;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPlainTextEdit *m_problems;
    QPushButton *m_button;
    QString m_result;
    bool m_sound = false;
};

} // namespace uproot
