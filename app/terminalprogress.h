#pragma once

#include "model/readers/progresssink.h"

#include <QElapsedTimer>
#include <QString>

namespace uproot {

// Long work shows progress on a terminal: one line on stderr, rewritten in place, only when stderr is a tty.
class TerminalProgress final : public ProgressSink
{
public:
    explicit TerminalProgress(QString label);
    ~TerminalProgress() override;
    void progress(qint64 done, qint64 total) override;
    bool isCancelled() const override { return false; }

private:
    QString m_label;
    bool m_tty;
    bool m_shown = false;
    QElapsedTimer m_sinceLast;
};

} // namespace uproot
