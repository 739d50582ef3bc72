#include "views/projectcheckdialog.h"

#include "model/store/projectcheck.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace uproot {

ProjectCheckDialog::ProjectCheckDialog(const QString &path, QWidget *parent)
    : QDialog(parent), m_path(path), m_check(std::make_unique<ProjectCheck>(path, ProjectCheck::Depth::Full))
{
    setWindowTitle(tr("Check project"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    // SQLite's check says nothing of how far it has got: the bar shows that it runs, the label for how long.
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Checking"));
    layout->addWidget(m_progress);
    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setMinimumSize(520, 140);
    m_problems->hide();
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(this);
    m_button = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectCheckDialog::reject);
    layout->addWidget(buttons);
    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &ProjectCheckDialog::showElapsed);
}

void ProjectCheckDialog::showElapsed()
{
    m_label->setText(tr("Checking %1: every page, and every index against its table (%2 s so far)...")
                         .arg(QFileInfo(m_path).fileName())
                         .arg(m_elapsed.elapsed() / 1000));
}

ProjectCheckDialog::~ProjectCheckDialog()
{
    if (m_thread) {
        m_check->cancel();
        m_thread->wait();
    }
}

void ProjectCheckDialog::start()
{
    m_elapsed.start();
    m_tick->start();
    showElapsed();
    ProjectCheck *check = m_check.get();
    m_thread = QThread::create([check] { check->run(); });
    connect(m_thread, &QThread::finished, this, &ProjectCheckDialog::finish);
    m_thread->start();
}

bool ProjectCheckDialog::isRunning() const
{
    return m_thread != nullptr;
}

void ProjectCheckDialog::finish()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_tick->stop();
    m_progress->hide();
    m_button->setText(tr("Close"));
    const QString name = QFileInfo(m_path).fileName();
    switch (m_check->verdict()) {
    case ProjectCheck::Verdict::Sound:
        m_sound = true;
        m_result = tr("sound");
        m_label->setText(
            tr("%1 is sound: its schema is this version's and SQLite's full integrity check passed "
               "(%2 s).")
                .arg(name)
                .arg(m_elapsed.elapsed() / 1000.0, 0, 'f', 1));
        break;
    case ProjectCheck::Verdict::Cancelled:
        m_result = tr("cancelled");
        m_label->setText(tr("The check of %1 was cancelled; nothing was found or changed.").arg(name));
        break;
    default:
        m_result = m_check->problems().join(QLatin1Char('\n'));
        m_label->setText(
            tr("%1 is not sound. Close it, and restore it from a backup, or open it again to read "
               "a read-only copy.")
                .arg(name));
        m_problems->setPlainText(m_result);
        m_problems->show();
        break;
    }
    emit checked(m_sound);
}

void ProjectCheckDialog::reject()
{
    if (m_thread) {
        // SQLite stops at its next step; finish() reports it.
        m_check->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace uproot
