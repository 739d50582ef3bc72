#include "views/taskreasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace uproot {

TaskReasonDialog::TaskReasonDialog(TaskStatus status, const QString &task, const QString &current,
                                   QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(current)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const bool blocked = status == TaskStatus::Blocked;
    setWindowTitle(blocked ? tr("Task blocked") : tr("Task skipped"));
    auto *prompt = new QLabel(
        blocked ? tr("Why is %1 blocked? (for example: waiting for the vendor's password)").arg(task)
                : tr("Why is %1 skipped? (for example: the product was never installed "
                     "there)")
                      .arg(task));
    prompt->setWordWrap(true);
    prompt->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] { ok->setEnabled(!reason().isEmpty()); };
    connect(m_reason, &QLineEdit::textChanged, this, update);
    update();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    m_reason->setFocus();
}

QString TaskReasonDialog::reason() const
{
    return m_reason->text().simplified();
}

bool TaskReasonDialog::ask(QWidget *parent, TaskStatus status, const QString &task, const QString &current,
                           QString *reason)
{
    TaskReasonDialog dialog(status, task, current, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return false;
    *reason = dialog.reason();
    return true;
}

bool TaskReasonDialog::reasonFor(QWidget *parent, const TaskRecord &task, TaskStatus status, QString *reason)
{
    reason->clear();
    if (!taskStatusNeedsReason(status))
        return true;
    const QString name = tr("%1, step %2").arg(task.system, QString::number(task.step));
    return ask(parent, status, name, task.status == status ? task.reason : QString(), reason);
}

} // namespace uproot
