#pragma once

#include "model/readers/progresssink.h"

#include <QProgressDialog>

namespace uproot {

// Shows long work (an import) as a modal progress dialog with Cancel.
class ProgressDialogSink final : public ProgressSink
{
public:
    ProgressDialogSink(const QString &label, QWidget *parent)
        : m_dialog(label, QObject::tr("Cancel"), 0, 1000, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(300);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    void progress(qint64 done, qint64 total) override
    {
        // setValue on a modal dialog processes events, which keeps the window painting and lets Cancel through.
        m_dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
    }
    bool isCancelled() const override { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

} // namespace uproot
