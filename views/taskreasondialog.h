#pragma once

#include "model/store/storetypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace uproot {

// Asks why a task is blocked or skipped. OK stays disabled until a reason is typed: the status needs one.
class TaskReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    TaskReasonDialog(TaskStatus status, const QString &task, const QString &current,
                     QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Shows the dialog; true with the reason when the person confirmed one.
    static bool ask(QWidget *parent, TaskStatus status, const QString &task, const QString &current,
                    QString *reason);

    // For a status that needs a reason, asks it about this task (its current reason offered when the status stays);
    // for any other status gives an empty reason. False: the person cancelled, and nothing should change.
    static bool reasonFor(QWidget *parent, const TaskRecord &task, TaskStatus status, QString *reason);

private:
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace uproot
